// X (API v2): POST /2/tweets with OAuth 1.0a user context, image through POST /2/media/upload, GET /2/users/me.
import { validatePostTexts } from '../domain/post-limits';
import type { XCredentials } from './credentials';
import { classifyX, parseJson, str } from './http-errors';
import { oauth1Header } from './oauth1';
import type { Account, Failure, HttpRequest, HttpResponse, PostInput, Provider, Published, Uploaded } from '../app/provider.port';

export const X_API = 'https://api.x.com';

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
    return validatePostTexts({ x: post.text }, ['X'], post.image ? { size: post.image.size, mimeType: post.image.mimeType, name: post.image.name } : null);
  }

  private signed(method: 'get' | 'post', url: string, body?: unknown): HttpRequest {
    const c = this.keys();
    // JSON bodies are not part of the OAuth 1.0a signature base string (RFC 5849 §3.4.1.3.1): sign no body params.
    const req: HttpRequest = { url, method, headers: { Authorization: oauth1Header(method, url, c) } };
    if (body !== undefined) {
      req.contentType = 'application/json';
      req.payload = JSON.stringify(body);
    }
    return req;
  }

  private keys(): { consumerKey: string; consumerSecret: string; token: string; tokenSecret: string } {
    if (!this.creds) throw new Error('X_NOT_CONFIGURED');
    return this.creds;
  }

  uploadRequest(post: PostInput): HttpRequest | null {
    if (!post.image) return null;
    return this.signed('post', `${X_API}/2/media/upload`, {
      media: Utilities.base64Encode(post.image.blob.getBytes()),
      media_category: 'tweet_image',
    });
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
      if (id) return { ok: true, id, url: `https://x.com/i/web/status/${id}` };
      return { ok: false, clase: 'temporal', motivo: 'X respondió sin el identificador de la publicación.', status: res.status, detalle: '', incierto: true };
    }
    return classifyX(res, this.now());
  }

  /** X rejects an identical text with 403 duplicate, so a careful retry is itself the reconciliation. */
  lookupRequest(_post: PostInput): HttpRequest | null {
    return null;
  }

  parseLookup(_res: HttpResponse, _post: PostInput): Published | null | Failure {
    return null;
  }

  meRequest(): HttpRequest {
    return this.signed('get', `${X_API}/2/users/me`);
  }

  parseMe(res: HttpResponse): Account {
    if (res.status === 200) {
      const data = (parseJson(res.body)?.data ?? {}) as Record<string, unknown>;
      const u = str(data.username);
      if (u) return { ok: true, cuenta: '@' + u };
    }
    return classifyX(res, this.now());
  }
}
