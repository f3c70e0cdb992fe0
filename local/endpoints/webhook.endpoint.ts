// Emulated JSON webhook of a non-WordPress institute site: HMAC-SHA256 over «timestamp.body», 5-minute window, Idempotency-Key replays answer the same URL.
import * as crypto from 'crypto';
import type { EmuRequest, EmuResponse, EmulatedEndpoint } from './endpoint';
import type { WorldState } from '../world';
import { dataOf, feed, json, parseUrl } from './http-util';

export const WEBHOOK_ENDPOINT = 'webhook';
export const WEBHOOK_HOST = 'www.icm.gob.mx';
export const WEBHOOK_PATH = '/api/difusion/publicar';
/** Requests signed longer ago (or further ahead) than this are refused. */
export const WEBHOOK_TOLERANCE_MS = 5 * 60 * 1000;

export interface WebhookPost {
  id: string;
  /** The Idempotency-Key it was created with (the add-on sends the Calendario row ID). */
  key: string;
  url: string;
  titulo: string;
  texto: string;
  imagen: string;
  at: number;
}

export interface WebhookData {
  /** Shared secret of the site (what «Conectar redes» must store as WEBHOOK_SECRET). */
  secret: string;
  name: string;
  posts: WebhookPost[];
  nextId: number;
  /** Requests answered from an earlier Idempotency-Key (retries made safe). */
  replays: number;
}

export function webhookData(world: WorldState): WebhookData {
  return dataOf<WebhookData>(world, WEBHOOK_ENDPOINT, () => ({ secret: '', name: 'Portal ICM', posts: [], nextId: 500, replays: 0 }));
}

function refuse(status: number, error: string, message: string): EmuResponse {
  return json(status, { error, message });
}

/** The receiver's own check, written independently of the add-on: "sha256=" + hex HMAC-SHA256(secret, `${ts}.${body}`). */
export function expectedWebhookSignature(secret: string, ts: string, body: string): string {
  return 'sha256=' + crypto.createHmac('sha256', secret).update(`${ts}.${body}`, 'utf8').digest('hex');
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'nota';
}

export function createWebhookEndpoint(): EmulatedEndpoint {
  return {
    name: WEBHOOK_ENDPOINT,
    hosts: [WEBHOOK_HOST],
    handle(req: EmuRequest, world: WorldState): EmuResponse {
      const d = webhookData(world);
      const { path } = parseUrl(req.url);
      if (path !== WEBHOOK_PATH) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>No encontrado</h1>' };
      if (req.method !== 'POST') return refuse(405, 'method_not_allowed', 'Only POST is accepted.');
      const ts = req.headers['x-difusion-timestamp'] ?? '';
      const sig = req.headers['x-difusion-signature'] ?? '';
      if (!/^\d{9,11}$/.test(ts) || !sig) return refuse(401, 'missing_signature', 'Signature headers are missing.');
      const want = expectedWebhookSignature(d.secret, ts, req.body);
      if (!d.secret || want.length !== sig.length || !crypto.timingSafeEqual(Buffer.from(want), Buffer.from(sig))) {
        return refuse(401, 'invalid_signature', 'The signature does not match the body.');
      }
      if (Math.abs(Number(ts) * 1000 - world.now) > WEBHOOK_TOLERANCE_MS) {
        return refuse(401, 'stale_timestamp', 'The timestamp is outside the 5-minute window.');
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(req.body) as Record<string, unknown>;
      } catch {
        return refuse(400, 'invalid_json', 'The body is not JSON.');
      }
      if (body.prueba === true) return json(200, { ok: true, sitio: d.name });

      const key = (req.headers['idempotency-key'] ?? '').trim();
      if (!key) return refuse(400, 'missing_idempotency_key', 'Idempotency-Key is required.');
      const earlier = d.posts.find((p) => p.key === key);
      if (earlier) {
        // The same key always gets the same answer: a retry after a lost response creates nothing new.
        d.replays += 1;
        return json(200, { id: earlier.id, url: earlier.url, replay: true });
      }
      const texto = typeof body.texto === 'string' ? body.texto : '';
      const titulo = typeof body.titulo === 'string' ? body.titulo : '';
      if (!texto.trim()) return refuse(422, 'empty_content', 'texto is required.');
      d.nextId += 1;
      const id = String(d.nextId);
      const local = new Date(world.now - 6 * 3600_000).toISOString().slice(0, 10);
      const post: WebhookPost = {
        id,
        key,
        url: `https://${WEBHOOK_HOST}/noticias/${local}/${slug(titulo || texto)}-${id}`,
        titulo,
        texto,
        imagen: typeof body.imagen === 'string' ? body.imagen : '',
        at: world.now,
      };
      d.posts.push(post);
      feed(world, WEBHOOK_ENDPOINT, req, 201, { kind: 'post', id, key, url: post.url, titulo, texto });
      return json(201, { id, url: post.url });
    },
  };
}
