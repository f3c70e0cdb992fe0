// The institute's website: WordPress REST API (Application Password, featured image via /media) or a JSON webhook signed with HMAC-SHA256.
import { toHex } from '../domain/bytes';
import { escapeHtml } from '../domain/html';
import { hmacSha256 } from '../domain/sha256';
import { validatePost } from '../domain/post-limits';
import type { WebCredentials } from './credentials';
import { classifyWeb, parseJson, str } from './http-errors';
import type { Account, Failure, HttpRequest, HttpResponse, PostInput, Provider, Published, Uploaded } from '../app/publishing/index';

/** Header names of the signed webhook: the receiver recomputes HMAC-SHA256(secret, timestamp + "." + body). */
export const WEBHOOK_TIMESTAMP_HEADER = 'X-Difusion-Timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'X-Difusion-Signature';
export const WEBHOOK_IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Paragraphs of plain text as HTML, every character escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The WordPress slug of a row: stable, so an uncertain attempt can be found again. */
export function slugOf(rowId: string): string {
  return 'difusion-' + rowId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Signature of a webhook body: hex HMAC-SHA256 of `${timestamp}.${body}`. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return 'sha256=' + toHex(hmacSha256(secret, `${timestamp}.${body}`));
}

export class WebsiteProvider implements Provider {
  readonly red = 'Web' as const;
  readonly nombre = 'el sitio web';

  constructor(
    private readonly creds: WebCredentials | null,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get manualUrl(): string {
    if (this.creds && this.creds.kind === 'wordpress') return `${this.creds.url}/wp-admin/post-new.php`;
    return this.creds ? this.creds.url : '';
  }

  configured(): boolean {
    return this.creds !== null;
  }

  validate(post: PostInput) {
    return validatePost('Web', post.text, post.image ? { size: post.image.size, mimeType: post.image.mimeType, name: post.image.name } : null);
  }

  private c(): WebCredentials {
    if (!this.creds) throw new Error('WEB_NOT_CONFIGURED');
    return this.creds;
  }

  private basic(): Record<string, string> {
    const c = this.c();
    if (c.kind !== 'wordpress') return {};
    return { Authorization: 'Basic ' + Utilities.base64Encode(`${c.user}:${c.appPassword}`, Utilities.Charset.UTF_8) };
  }

  uploadRequest(post: PostInput): HttpRequest | null {
    const c = this.c();
    if (c.kind !== 'wordpress' || !post.image) return null;
    const name = post.image.name.replace(/["\\\r\n]/g, '_');
    return {
      url: `${c.url}/wp-json/wp/v2/media`,
      method: 'post',
      contentType: post.image.mimeType,
      headers: { ...this.basic(), 'Content-Disposition': `attachment; filename="${name}"` },
      payload: post.image.blob,
      repeatable: true, // A media item publishes nothing.
    };
  }

  parseUpload(res: HttpResponse): Uploaded {
    if (res.status === 201 || res.status === 200) {
      const id = str(parseJson(res.body)?.id);
      if (id) return { ok: true, mediaId: id };
    }
    return classifyWeb(res, this.now());
  }

  publishRequest(post: PostInput, mediaId: string | null): HttpRequest {
    const c = this.c();
    if (c.kind === 'wordpress') {
      const body: Record<string, unknown> = {
        title: post.title,
        content: textToHtml(post.text),
        status: 'publish',
        slug: slugOf(post.rowId),
      };
      if (mediaId) body.featured_media = Number(mediaId);
      return { url: `${c.url}/wp-json/wp/v2/posts`, method: 'post', contentType: 'application/json', headers: this.basic(), payload: JSON.stringify(body) };
    }
    const body = JSON.stringify({
      id: post.rowId,
      titulo: post.title,
      texto: post.text,
      html: textToHtml(post.text),
      imagen: post.image ? post.image.url : '',
    });
    const ts = String(Math.floor(this.now() / 1000));
    return {
      url: c.url,
      method: 'post',
      contentType: 'application/json',
      headers: {
        [WEBHOOK_TIMESTAMP_HEADER]: ts,
        [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(c.secret, ts, body),
        [WEBHOOK_IDEMPOTENCY_HEADER]: post.rowId,
      },
      payload: body,
    };
  }

  parsePublish(res: HttpResponse, _post: PostInput): Published | Failure {
    if (res.status === 201 || res.status === 200) {
      const j = parseJson(res.body) ?? {};
      const id = str(j.id);
      const url = str(j.link) || str(j.url);
      if (url) return { ok: true, id: id || url, url };
    }
    return classifyWeb(res, this.now());
  }

  lookupRequest(post: PostInput): HttpRequest | null {
    const c = this.c();
    if (c.kind !== 'wordpress') return null; // The webhook receiver deduplicates by Idempotency-Key.
    return { url: `${c.url}/wp-json/wp/v2/posts?slug=${encodeURIComponent(slugOf(post.rowId))}&_fields=id,link,slug`, method: 'get', headers: this.basic() };
  }

  parseLookup(res: HttpResponse, _post: PostInput): Published | null | Failure {
    if (res.status !== 200) return classifyWeb(res, this.now());
    let list: unknown;
    try {
      list = JSON.parse(res.body);
    } catch {
      return null;
    }
    if (!Array.isArray(list) || list.length === 0) return null;
    const p = list[0] as Record<string, unknown>;
    return str(p.link) ? { ok: true, id: str(p.id), url: str(p.link) } : null;
  }

  meRequest(): HttpRequest {
    const c = this.c();
    if (c.kind === 'wordpress') return { url: `${c.url}/wp-json/wp/v2/users/me?_fields=id,name,slug`, method: 'get', headers: this.basic() };
    const body = JSON.stringify({ prueba: true });
    const ts = String(Math.floor(this.now() / 1000));
    return {
      url: c.url,
      method: 'post',
      contentType: 'application/json',
      headers: { [WEBHOOK_TIMESTAMP_HEADER]: ts, [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(c.secret, ts, body) },
      payload: body,
      repeatable: true, // A connection test publishes nothing.
    };
  }

  parseMe(res: HttpResponse): Account {
    if (res.status === 200 || res.status === 201 || res.status === 204) {
      const c = this.c();
      if (c.kind === 'webhook') return { ok: true, cuenta: 'webhook ' + c.url.replace(/^https?:\/\//, '').split('/')[0] };
      const name = str(parseJson(res.body)?.name);
      if (name) return { ok: true, cuenta: name };
    }
    return classifyWeb(res, this.now());
  }
}
