// X (API v2): POST /2/tweets with OAuth 1.0a, images by POST /2/media/upload, GET /2/users/me, GET /2/users/:id/tweets to find an uncertain post.
import { validatePost } from '../domain/post-limits';
import type { XCredentials } from './credentials';
import { classifyX, madeSince, parseJson, RECONCILE_SKEW_MS, str } from './http-errors';
import { oauth1Header } from './oauth1';
import type { Account, Failure, HttpRequest, HttpResponse, PostInput, Provider, Published, Uploaded } from '../app/publishing/index';

export const X_API = 'https://api.x.com';
/**
 * Posts read by one reconciliation lookup: X bills every post read, so the fewest GET /2/users/:id/tweets accepts
 * (max_results 5–100), newest first from the attempt's earliest moment. When the post is not among them, the careful
 * re-post that follows is answered «duplicate» by X, which confirms it without reading more.
 */
export const X_LOOKUP_MAX = 5;
/** How far back a lookup reads when the post carries no `since`. */
const X_LOOKUP_DEFAULT_MS = 48 * 3600 * 1000;

/**
 * Text as X returns it compared with the text we sent: NFC, HTML entities undone, links removed (X wraps them in t.co
 * and appends media links), spaces collapsed.
 */
export function comparableXText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** RFC 3339 in UTC at second granularity, as X's start_time expects (YYYY-MM-DDTHH:mm:ssZ). */
function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class XProvider implements Provider {
  readonly red = 'X' as const;
  readonly nombre = 'X';
  readonly manualUrl = 'https://x.com/compose/post';

  constructor(
    private readonly creds: XCredentials | null,
    private readonly now: () => number = () => Date.now(),
  ) {}

  configured(): boolean {
    return this.creds !== null;
  }

  validate(post: PostInput) {
    return validatePost('X', post.text, post.image ? { size: post.image.size, mimeType: post.image.mimeType, name: post.image.name } : null);
  }

  private signed(method: 'get' | 'post', url: string, body?: unknown): HttpRequest {
    const c = this.keys();
    // JSON bodies are not part of the OAuth 1.0a signature base string (RFC 5849 §3.4.1.3.1): sign no body params.
    // Sent again (after another request broke its batch) it must carry a fresh nonce: X refuses a replay with 401.
    const req: HttpRequest = { url, method, headers: { Authorization: oauth1Header(method, url, c) }, resign: () => this.signed(method, url, body) };
    if (body !== undefined) {
      req.contentType = 'application/json';
      req.payload = JSON.stringify(body);
    }
    return req;
  }

  private keys(): XCredentials {
    if (!this.creds) throw new Error('X_NOT_CONFIGURED');
    return this.creds;
  }

  /** https://x.com/<username>/status/<id> when the username is known, else X's username-less form. */
  private permalink(id: string, username?: string): string {
    const u = username || (this.creds ? this.creds.username : '');
    return u ? `https://x.com/${encodeURIComponent(u)}/status/${id}` : `https://x.com/i/web/status/${id}`;
  }

  uploadRequest(post: PostInput): HttpRequest | null {
    if (!post.image) return null;
    // An upload publishes nothing: safe to send again alone when another request broke its batch.
    return {
      ...this.signed('post', `${X_API}/2/media/upload`, {
        media: Utilities.base64Encode(post.image.blob.getBytes()),
        media_category: 'tweet_image',
      }),
      repeatable: true,
    };
  }

  parseUpload(res: HttpResponse): Uploaded {
    if (res.status === 200 || res.status === 201) {
      const data = (parseJson(res.body)?.data ?? {}) as Record<string, unknown>;
      const id = str(data.id);
      if (id) return { ok: true, mediaId: id };
    }
    return classifyX(res, this.now());
  }

  publishRequest(post: PostInput, mediaId: string | null): HttpRequest {
    const body: Record<string, unknown> = { text: post.text };
    if (mediaId) body.media = { media_ids: [mediaId] };
    return this.signed('post', `${X_API}/2/tweets`, body);
  }

  parsePublish(res: HttpResponse, _post: PostInput): Published | Failure {
    if (res.status === 201 || res.status === 200) {
      const data = (parseJson(res.body)?.data ?? {}) as Record<string, unknown>;
      const id = str(data.id);
      if (id) return { ok: true, id, url: this.permalink(id) };
      return { ok: false, clase: 'temporal', motivo: 'X respondió sin el identificador de la publicación.', status: res.status, detalle: '', incierto: true };
    }
    return classifyX(res, this.now());
  }

  /**
   * One read of the account's own recent posts (GET /2/users/:id/tweets, user context; contract from X's openapi.json:
   * max_results 5–100, start_time RFC 3339, exclude replies,retweets) to find the exact post of an uncertain attempt.
   */
  lookupRequest(post: PostInput): HttpRequest | null {
    const c = this.keys();
    if (!/^\d{1,19}$/.test(c.userId)) return null; // Unknown account id: the careful re-post (403 duplicate) reconciles.
    const since = Math.max(post.since !== undefined ? post.since - RECONCILE_SKEW_MS : this.now() - X_LOOKUP_DEFAULT_MS, Date.UTC(2010, 10, 6));
    const q = [
      ['max_results', String(X_LOOKUP_MAX)],
      ['start_time', rfc3339(since)],
      ['exclude', 'replies,retweets'],
      ['tweet.fields', 'created_at'],
      ['expansions', 'author_id'],
      ['user.fields', 'username'],
    ]
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    return this.signed('get', `${X_API}/2/users/${c.userId}/tweets?${q}`);
  }

  parseLookup(res: HttpResponse, post: PostInput): Published | null | Failure {
    if (res.status !== 200) return classifyX(res, this.now());
    const j = parseJson(res.body) ?? {};
    const data = Array.isArray(j.data) ? (j.data as Array<Record<string, unknown>>) : [];
    const includes = (j.includes ?? {}) as Record<string, unknown>;
    const users = Array.isArray(includes.users) ? (includes.users as Array<Record<string, unknown>>) : [];
    const want = comparableXText(post.text);
    if (!want) return null;
    for (const p of data) {
      if (comparableXText(str(p.text)) !== want || !madeSince(str(p.created_at), post.since)) continue;
      const id = str(p.id);
      if (!id) continue;
      const author = users.find((u) => str(u.id) === str(p.author_id));
      return { ok: true, id, url: this.permalink(id, author ? str(author.username) : '') };
    }
    return null;
  }

  meRequest(): HttpRequest {
    return this.signed('get', `${X_API}/2/users/me`);
  }

  parseMe(res: HttpResponse): Account {
    if (res.status === 200) {
      const data = (parseJson(res.body)?.data ?? {}) as Record<string, unknown>;
      const u = str(data.username);
      if (u) return { ok: true, cuenta: '@' + u, id: str(data.id) };
    }
    return classifyX(res, this.now());
  }
}
