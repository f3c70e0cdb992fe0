// A test-only fourth network («Mastodon» at social.icm.test): its descriptor and provider, registered through the one registry entry point.
import type { Account, Failure, HttpRequest, HttpResponse, PostInput, Provider, Published, Uploaded } from '../../src/app/publishing/index';
import { codePointLength, type NetworkDescriptor } from '../../src/domain/networks';
import { validatePost } from '../../src/domain/post-limits';
import { registerNetwork } from '../../src/providers/index';

export const MASTODON_HOST = 'social.icm.test';
export const MASTODON_TOKEN_KEY = 'MASTODON_TOKEN';
export const MASTODON_CUENTA_KEY = 'MASTODON_CUENTA';

export const MASTODON: NetworkDescriptor = {
  id: 'Mastodon',
  etiqueta: 'Mastodon',
  nombre: 'Mastodon',
  columns: { texto: 'Texto Mastodon', estado: 'Estado Mastodon', enlace: 'Enlace Mastodon' },
  text: {
    max: 500,
    count: codePointLength,
    code: 'MASTODON_DEMASIADO_LARGO',
    mensaje: (n, max) => `El texto para Mastodon mide ${n} caracteres y el máximo es ${max}.`,
  },
  image: null,
  manualUrl: `https://${MASTODON_HOST}/publish`,
  formFields: { mastodonToken: MASTODON_TOKEN_KEY },
  secretKeys: [MASTODON_TOKEN_KEY],
  accountKeys: [MASTODON_CUENTA_KEY],
  configured: (p) => (p[MASTODON_TOKEN_KEY] ?? '').trim() !== '',
  ownsHost: (host) => host === MASTODON_HOST,
};

function failure(res: HttpResponse): Failure {
  if (res.status === 401) return { ok: false, clase: 'credenciales', motivo: 'Mastodon rechazó el token.', status: 401, detalle: '' };
  if (res.status === 0 || res.status >= 500) {
    return { ok: false, clase: 'temporal', motivo: `Mastodon tuvo una falla temporal (${res.status}).`, status: res.status, detalle: '', incierto: res.status === 0 };
  }
  return { ok: false, clase: 'contenido', motivo: `Mastodon rechazó la publicación (${res.status}).`, status: res.status, detalle: '' };
}

/** Builds requests for the emulated Mastodon API and reads its answers (no images, no reconciliation lookup). */
export class MastodonProvider implements Provider {
  readonly red = 'Mastodon';
  readonly nombre = 'Mastodon';
  readonly manualUrl = MASTODON.manualUrl;

  constructor(private readonly token: string) {}

  configured(): boolean {
    return this.token !== '';
  }

  validate(post: PostInput) {
    return validatePost('Mastodon', post.text, null);
  }

  private request(method: 'get' | 'post', path: string, body?: unknown): HttpRequest {
    const req: HttpRequest = { url: `https://${MASTODON_HOST}${path}`, method, headers: { Authorization: `Bearer ${this.token}` } };
    if (body !== undefined) {
      req.contentType = 'application/json';
      req.payload = JSON.stringify(body);
    }
    return req;
  }

  uploadRequest(): HttpRequest | null {
    return null;
  }

  parseUpload(res: HttpResponse): Uploaded {
    return failure(res);
  }

  publishRequest(post: PostInput): HttpRequest {
    return this.request('post', '/api/v1/statuses', { status: post.text, idempotency: post.rowId });
  }

  parsePublish(res: HttpResponse): Published | Failure {
    if (res.status !== 200) return failure(res);
    const b = JSON.parse(res.body) as { id: string; url: string };
    return { ok: true, id: b.id, url: b.url };
  }

  lookupRequest(): HttpRequest | null {
    return null;
  }

  parseLookup(): Published | null | Failure {
    return null;
  }

  meRequest(): HttpRequest {
    return this.request('get', '/api/v1/accounts/verify_credentials');
  }

  parseMe(res: HttpResponse): Account {
    if (res.status !== 200) return failure(res);
    return { ok: true, cuenta: '@' + (JSON.parse(res.body) as { username: string }).username };
  }
}

registerNetwork(MASTODON, (props) => new MastodonProvider((props[MASTODON_TOKEN_KEY] ?? '').trim()));
