// Small HTTP helpers shared by the emulated X, Graph API and WordPress endpoints (query/form/multipart parsing, JSON answers, feeds).
import type { EmuRequest, EmuResponse } from './endpoint';
import type { WorldState } from '../world';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

export function parseUrl(url: string): { host: string; path: string; query: Record<string, string> } {
  const u = new URL(url);
  const query: Record<string, string> = {};
  u.searchParams.forEach((v, k) => (query[k] = v));
  return { host: u.hostname, path: decodeURIComponent(u.pathname), query };
}

export function parseForm(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of body.split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    const k = decodeURIComponent((i < 0 ? part : part.slice(0, i)).replace(/\+/g, ' '));
    const v = i < 0 ? '' : decodeURIComponent(part.slice(i + 1).replace(/\+/g, ' '));
    out[k] = v;
  }
  return out;
}

export interface MultipartField {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Parses a multipart/form-data body into its fields. */
export function parseMultipart(req: EmuRequest): MultipartField[] {
  const m = /boundary=([^;]+)/.exec(req.contentType);
  if (!m) return [];
  const boundary = Buffer.from('--' + m[1].trim());
  const buf = Buffer.from(req.bytes ?? Buffer.from(req.body, 'latin1'));
  const out: MultipartField[] = [];
  let pos = buf.indexOf(boundary);
  while (pos >= 0) {
    const start = pos + boundary.length;
    if (buf.slice(start, start + 2).toString() === '--') break;
    const next = buf.indexOf(boundary, start);
    if (next < 0) break;
    const part = buf.slice(start + 2, next - 2); // skip CRLF after boundary and before the next
    const sep = part.indexOf('\r\n\r\n');
    const head = part.slice(0, sep).toString('utf8');
    const data = part.slice(sep + 4);
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    const contentType = /Content-Type:\s*([^\r\n]+)/i.exec(head)?.[1];
    out.push({ name, filename, contentType, data });
    pos = next;
  }
  return out;
}

/** Records what an endpoint accepted (what `difusion-local feed NAME` prints). */
export function feed(world: WorldState, name: string, req: EmuRequest, status: number, body: unknown): void {
  const list = (world.endpoints.feeds[name] ??= []);
  list.push({ at: world.now, method: req.method, url: req.url, status, body });
}

/** Endpoint-specific persistent state, created on first use. */
export function dataOf<T>(world: WorldState, name: string, init: () => T): T {
  const d = world.endpoints.data;
  if (!d[name]) d[name] = init();
  return d[name] as T;
}
