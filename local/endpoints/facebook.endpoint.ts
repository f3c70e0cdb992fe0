// Emulated Facebook Graph API (graph.facebook.com): Page token auth, /{page}/feed and /{page}/photos, GET /me, error objects 190/4/368/506.
import type { EmuRequest, EmuResponse, EmulatedEndpoint } from './endpoint';
import type { WorldState } from '../world';
import { dataOf, feed, json, parseForm, parseMultipart, parseUrl } from './http-util';

export const GRAPH_ENDPOINT = 'facebook';
export const GRAPH_HOST = 'graph.facebook.com';

export interface GraphPage {
  pageId: string;
  token: string;
  name: string;
  /** Error subcode 463: the token expired. */
  expired?: boolean;
  /** Code 368: the Page is temporarily blocked from posting. */
  blocked?: boolean;
}

export interface GraphPost {
  id: string;
  pageId: string;
  message: string;
  at: number;
  photo?: { id: string; bytes: number; filename?: string };
}

export interface GraphData {
  pages: GraphPage[];
  posts: GraphPost[];
  nextId: number;
  /** Calls per hour before code 4 (unset = unlimited). */
  limit?: number;
  window?: { start: number; count: number };
}

function graphError(status: number, code: number, message: string, subcode?: number): EmuResponse {
  const error: Record<string, unknown> = { message, type: code === 190 ? 'OAuthException' : 'GraphMethodException', code, fbtrace_id: 'AemuTrace' + code };
  if (subcode) error.error_subcode = subcode;
  return json(status, { error });
}

export function graphData(world: WorldState): GraphData {
  return dataOf<GraphData>(world, GRAPH_ENDPOINT, () => ({ pages: [], posts: [], nextId: 1000 }));
}

function tokenOf(req: EmuRequest, query: Record<string, string>, form: Record<string, string>): string {
  const h = req.headers['authorization'] ?? '';
  const m = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(h);
  return m ? m[1].trim() : query.access_token ?? form.access_token ?? '';
}

/**
 * The usage headers Graph API sends, at 100 % when throttled (https://developers.facebook.com/docs/graph-api/overview/rate-limiting/):
 * X-App-Usage {call_count,total_cputime,total_time} (percentages) and, for Page tokens, X-Business-Use-Case-Usage
 * {"<page id>":[{type:"pages",call_count,total_cputime,total_time,estimated_time_to_regain_access (minutes)}]}.
 */
export function graphRateLimitHeaders(world: WorldState): Record<string, string> {
  const page = graphData(world).pages[0]?.pageId ?? '0';
  return {
    'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 12, total_time: 15 }),
    'x-business-use-case-usage': JSON.stringify({ [page]: [{ type: 'pages', call_count: 100, total_cputime: 12, total_time: 15, estimated_time_to_regain_access: 30 }] }),
  };
}

/**
 * Facebook's duplicate rule (error 506 «Duplicate status message», listed among the Graph API error codes in
 * reference/apps-script-and-apis.md): a Page may not post the same message as its latest post again soon after.
 * Meta does not document the window; emulated as the latest post of the Page within 24 hours.
 */
export const GRAPH_DUPLICATE_WINDOW_MS = 24 * 3600_000;

export function createGraphEndpoint(): EmulatedEndpoint {
  return {
    name: GRAPH_ENDPOINT,
    hosts: [GRAPH_HOST],
    rateLimitHeaders: graphRateLimitHeaders,
    handle(req: EmuRequest, world: WorldState): EmuResponse {
      const d = graphData(world);
      const { path, query } = parseUrl(req.url);
      const m = /^\/(v\d+\.\d+)\/(.+)$/.exec(path);
      if (!m) return graphError(400, 2500, 'Unknown path components: ' + path);
      const parts = m[2].split('/');
      const isMultipart = /multipart\/form-data/i.test(req.contentType);
      const form = req.method === 'POST' && !isMultipart ? parseForm(req.body) : {};
      const fields: Record<string, string> = { ...form };
      let photo: { bytes: number; filename?: string } | undefined;
      if (isMultipart) {
        for (const f of parseMultipart(req)) {
          if (f.filename !== undefined) photo = { bytes: f.data.length, filename: f.filename };
          else fields[f.name] = f.data.toString('utf8');
        }
      }
      const token = tokenOf(req, query, fields);
      const page = d.pages.find((p) => p.token === token);
      if (!token || !page) return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
      if (page.expired) return graphError(400, 190, 'Error validating access token: Session has expired.', 463);

      if (d.limit !== undefined) {
        if (!d.window || world.now >= d.window.start + 3600_000) d.window = { start: world.now, count: 0 };
        if (d.window.count >= d.limit) return graphError(400, 4, 'Application request limit reached');
        d.window.count += 1;
      }

      if (req.method === 'GET' && parts.length === 1 && parts[0] === 'me') {
        return json(200, { id: page.pageId, name: page.name });
      }
      const target = parts[0];
      if (target !== page.pageId && target !== 'me') {
        return graphError(403, 200, 'Permissions error: the token does not belong to this Page');
      }
      const edge = parts[1];

      if (req.method === 'GET' && edge === 'feed') {
        const limit = Math.min(100, Number(query.limit) || 25);
        const data = d.posts
          .filter((p) => p.pageId === page.pageId)
          .slice()
          .reverse()
          .slice(0, limit)
          .map((p) => ({
            id: p.id,
            message: p.message,
            created_time: new Date(p.at).toISOString().replace(/\.\d{3}Z$/, '+0000'),
            permalink_url: `https://www.facebook.com/${p.pageId}/posts/${p.id.split('_')[1]}`,
          }));
        return json(200, { data });
      }

      if (req.method === 'POST' && (edge === 'feed' || edge === 'photos')) {
        const message = edge === 'feed' ? fields.message ?? '' : fields.caption ?? fields.message ?? '';
        if (page.blocked) return graphError(400, 368, 'The action attempted has been deemed abusive or is otherwise disallowed');
        if (edge === 'feed' && !message && !fields.link) return graphError(400, 100, '(#100) Missing message or attachment');
        if (edge === 'photos' && !photo && !fields.url) return graphError(400, 324, '(#324) Requires upload file');
        if ([...message].length > 63206) return graphError(400, 100, '(#100) Param message must be at most 63206 characters long');
        const last = d.posts.filter((p) => p.pageId === page.pageId).pop();
        if (message && last && last.message === message && world.now - last.at < GRAPH_DUPLICATE_WINDOW_MS) {
          return graphError(400, 506, 'Duplicate status message');
        }
        d.nextId += 1;
        const postId = `${page.pageId}_${d.nextId}`;
        const post: GraphPost = { id: postId, pageId: page.pageId, message, at: world.now };
        if (edge === 'photos') {
          d.nextId += 1;
          post.photo = { id: String(d.nextId), bytes: photo?.bytes ?? 0, filename: photo?.filename };
        }
        d.posts.push(post);
        const body = edge === 'photos' ? { id: post.photo?.id, post_id: postId } : { id: postId };
        feed(world, GRAPH_ENDPOINT, req, 200, { kind: edge === 'photos' ? 'photo' : 'post', id: postId, message, photo: post.photo ?? null });
        return json(200, body);
      }

      return graphError(400, 100, `Unsupported ${req.method} request.`);
    },
  };
}
