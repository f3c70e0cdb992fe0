// Emulated WordPress REST API (the institute's site): Application Password Basic auth, /wp-json/wp/v2/posts, /media, /users/me.
import type { EmuRequest, EmuResponse, EmulatedEndpoint } from './endpoint';
import type { WorldState } from '../world';
import { dataOf, feed, json, parseUrl } from './http-util';

export const WP_ENDPOINT = 'web';
export const WP_HOST = 'sitio.icm.gob.mx';

export interface WordPressData {
  users: Array<{ id: number; user: string; appPassword: string; name: string }>;
  posts: Array<{
    id: number; slug: string; title: string; content: string; status: string; link: string; featured_media: number; date: number; author: number;
  }>;
  media: Array<{ id: number; filename: string; mimeType: string; bytes: number; source_url: string }>;
  nextId: number;
}

function wpError(status: number, code: string, message: string): EmuResponse {
  return json(status, { code, message, data: { status } });
}

export function wordpressData(world: WorldState): WordPressData {
  return dataOf<WordPressData>(world, WP_ENDPOINT, () => ({ users: [], posts: [], media: [], nextId: 100 }));
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function postJson(p: WordPressData['posts'][number]): Record<string, unknown> {
  return {
    id: p.id,
    date: new Date(p.date).toISOString().slice(0, 19),
    slug: p.slug,
    status: p.status,
    link: p.link,
    title: { rendered: p.title },
    content: { rendered: p.content, protected: false },
    author: p.author,
    featured_media: p.featured_media,
  };
}

/**
 * WordPress core sends no rate-limit headers; a host or security plugin that throttles answers 429 with
 * Retry-After (seconds, RFC 9110 §10.2.3), which is what an injected 429 carries.
 */
export function wordpressRateLimitHeaders(): Record<string, string> {
  return { 'retry-after': '600' };
}

export function createWordPressEndpoint(): EmulatedEndpoint {
  return {
    name: WP_ENDPOINT,
    hosts: [WP_HOST],
    rateLimitHeaders: wordpressRateLimitHeaders,
    handle(req: EmuRequest, world: WorldState): EmuResponse {
      const d = wordpressData(world);
      const { path, query, host } = parseUrl(req.url);
      if (!path.startsWith('/wp-json/')) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>No encontrado</h1>' };
      const auth = req.headers['authorization'] ?? '';
      let user: WordPressData['users'][number] | undefined;
      const m = /^Basic\s+(.+)$/i.exec(auth);
      if (m) {
        const decoded = Buffer.from(m[1], 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        const name = decoded.slice(0, i);
        const pass = decoded.slice(i + 1).replace(/\s+/g, '');
        user = d.users.find((u) => u.user === name);
        if (!user) return wpError(401, 'invalid_username', 'Unknown username. Check again or try your email address.');
        if (user.appPassword.replace(/\s+/g, '') !== pass) return wpError(401, 'incorrect_password', 'The provided password is an invalid application password.');
      }

      if (req.method === 'GET' && path === '/wp-json/wp/v2/users/me') {
        if (!user) return wpError(401, 'rest_not_logged_in', 'You are not currently logged in.');
        return json(200, { id: user.id, name: user.name, slug: user.user });
      }

      if (req.method === 'GET' && path === '/wp-json/wp/v2/posts') {
        let list = d.posts.filter((p) => p.status === 'publish');
        if (query.slug) list = list.filter((p) => p.slug === query.slug);
        return json(200, list.slice().reverse().map(postJson));
      }

      if (req.method === 'POST' && path === '/wp-json/wp/v2/media') {
        if (!user) return wpError(401, 'rest_cannot_create', 'Sorry, you are not allowed to create posts as this user.');
        const disp = req.headers['content-disposition'] ?? '';
        const filename = /filename="?([^";]+)"?/.exec(disp)?.[1];
        if (!filename) return wpError(400, 'rest_upload_no_content_disposition', 'No Content-Disposition supplied.');
        const bytes = req.bytes ? req.bytes.length : Buffer.from(req.body, 'latin1').length;
        if (bytes === 0) return wpError(400, 'rest_upload_no_data', 'No data supplied.');
        if (!/^image\/(jpeg|png|gif|webp)$/.test(req.contentType)) return wpError(400, 'rest_upload_sideload_error', 'Sorry, you are not allowed to upload this file type.');
        d.nextId += 1;
        const d0 = new Date(world.now);
        const item = {
          id: d.nextId,
          filename,
          mimeType: req.contentType,
          bytes,
          source_url: `https://${host}/wp-content/uploads/${d0.getUTCFullYear()}/${pad(d0.getUTCMonth() + 1)}/${filename}`,
        };
        d.media.push(item);
        feed(world, WP_ENDPOINT, req, 201, { kind: 'media', id: item.id, source_url: item.source_url, bytes });
        return json(201, { id: item.id, source_url: item.source_url, media_type: 'image', mime_type: item.mimeType });
      }

      if (req.method === 'POST' && path === '/wp-json/wp/v2/posts') {
        if (!user) return wpError(401, 'rest_cannot_create', 'Sorry, you are not allowed to create posts as this user.');
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(req.body) as Record<string, unknown>;
        } catch {
          return wpError(400, 'rest_invalid_json', 'Invalid JSON body passed.');
        }
        const title = typeof body.title === 'string' ? body.title : '';
        const content = typeof body.content === 'string' ? body.content : '';
        if (!title && !content) return wpError(400, 'empty_content', 'Content, title, and excerpt are empty.');
        const featured = Number(body.featured_media ?? 0);
        if (featured && !d.media.some((x) => x.id === featured)) return wpError(400, 'rest_invalid_featured_media', 'Invalid featured media ID.');
        let slug = typeof body.slug === 'string' && body.slug ? body.slug : `post-${d.nextId + 1}`;
        if (d.posts.some((p) => p.slug === slug)) {
          let n = 2;
          while (d.posts.some((p) => p.slug === `${slug}-${n}`)) n++;
          slug = `${slug}-${n}`;
        }
        d.nextId += 1;
        const d0 = new Date(world.now - 6 * 3600_000);
        const post = {
          id: d.nextId,
          slug,
          title,
          content,
          status: typeof body.status === 'string' ? body.status : 'draft',
          link: `https://${host}/${d0.getUTCFullYear()}/${pad(d0.getUTCMonth() + 1)}/${pad(d0.getUTCDate())}/${slug}/`,
          featured_media: featured,
          date: world.now,
          author: user.id,
        };
        d.posts.push(post);
        feed(world, WP_ENDPOINT, req, 201, { kind: 'post', id: post.id, slug, title, status: post.status, link: post.link, featured_media: featured });
        return json(201, postJson(post));
      }

      return wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
    },
  };
}
