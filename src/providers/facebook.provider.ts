// Facebook Page (Graph API): POST /{page-id}/feed (text) or /{page-id}/photos (image + caption) with a Page token; GET /me.
import { validatePost } from '../domain/post-limits';
import type { FacebookCredentials } from './credentials';
import { classifyGraph, madeSince, parseJson, RECONCILE_SKEW_MS, str } from './http-errors';
import type { Account, Failure, HttpRequest, HttpResponse, PostInput, Provider, Published, Uploaded } from '../app/publishing/index';

export const GRAPH_HOST = 'https://graph.facebook.com';

export class FacebookProvider implements Provider {
  readonly red = 'Facebook' as const;
  readonly nombre = 'Facebook';

  constructor(
    private readonly creds: FacebookCredentials | null,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get manualUrl(): string {
    return this.creds ? `https://www.facebook.com/${this.creds.pageId}` : 'https://www.facebook.com/';
  }

  configured(): boolean {
    return this.creds !== null;
  }

  validate(post: PostInput) {
    return validatePost('Facebook', post.text, post.image ? { size: post.image.size, mimeType: post.image.mimeType, name: post.image.name } : null);
  }

  private c(): FacebookCredentials {
    if (!this.creds) throw new Error('FACEBOOK_NOT_CONFIGURED');
    return this.creds;
  }

  private base(): string {
    const c = this.c();
    return `${GRAPH_HOST}/${encodeURIComponent(c.graphVersion)}`;
  }

  /** The token travels in a header, never in the URL (URLs appear in fetch error messages). */
  private auth(): Record<string, string> {
    return { Authorization: 'Bearer ' + this.c().token };
  }

  uploadRequest(_post: PostInput): HttpRequest | null {
    return null; // The photo and its caption go in one multipart call.
  }

  parseUpload(_res: HttpResponse): Uploaded {
    return { ok: true, mediaId: '' };
  }

  publishRequest(post: PostInput, _mediaId: string | null): HttpRequest {
    const c = this.c();
    if (post.image) {
      return {
        url: `${this.base()}/${encodeURIComponent(c.pageId)}/photos`,
        method: 'post',
        headers: this.auth(),
        payload: { source: post.image.blob, caption: post.text },
      };
    }
    return {
      url: `${this.base()}/${encodeURIComponent(c.pageId)}/feed`,
      method: 'post',
      headers: this.auth(),
      payload: { message: post.text },
    };
  }

  private permalink(postId: string): string {
    const i = postId.indexOf('_');
    return i > 0
      ? `https://www.facebook.com/${postId.slice(0, i)}/posts/${postId.slice(i + 1)}`
      : `https://www.facebook.com/${postId}`;
  }

  parsePublish(res: HttpResponse, _post: PostInput): Published | Failure {
    if (res.status === 200) {
      const j = parseJson(res.body) ?? {};
      const id = str(j.post_id) || str(j.id);
      if (id && !j.error) return { ok: true, id, url: this.permalink(id) };
    }
    return classifyGraph(res, this.now());
  }

  /** The Page's recent posts (since the first attempt, when known); parseLookup also checks each post's created_time. */
  lookupRequest(post: PostInput): HttpRequest | null {
    const c = this.c();
    const since = post.since !== undefined ? `&since=${Math.floor((post.since - RECONCILE_SKEW_MS) / 1000)}` : '';
    return {
      url: `${this.base()}/${encodeURIComponent(c.pageId)}/feed?fields=id,message,permalink_url,created_time&limit=25${since}`,
      method: 'get',
      headers: this.auth(),
    };
  }

  parseLookup(res: HttpResponse, post: PostInput): Published | null | Failure {
    if (res.status !== 200) return classifyGraph(res, this.now());
    const data = parseJson(res.body)?.data;
    if (!Array.isArray(data)) return null;
    const want = post.text.trim();
    for (const p of data as Array<Record<string, unknown>>) {
      // A recurring text (Día Naranja every 25th) matches last month's post too: only one made since the first attempt counts.
      if (str(p.message).trim() === want && madeSince(str(p.created_time), post.since)) {
        const id = str(p.id);
        return { ok: true, id, url: str(p.permalink_url) || this.permalink(id) };
      }
    }
    return null;
  }

  meRequest(): HttpRequest {
    return { url: `${this.base()}/me?fields=id,name`, method: 'get', headers: this.auth() };
  }

  parseMe(res: HttpResponse): Account {
    if (res.status === 200) {
      const name = str(parseJson(res.body)?.name);
      if (name) return { ok: true, cuenta: name };
    }
    return classifyGraph(res, this.now());
  }
}
