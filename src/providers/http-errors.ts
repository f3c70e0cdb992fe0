// The one place that turns HTTP failures of X, Graph API and WordPress into the classes credenciales / límite / temporal / contenido / duplicado.
import type { Failure, HttpResponse } from '../app/publishing/index';

/** Stored bodies are cut to this many characters. */
export const BODY_LIMIT = 300;

/** Secrets of this execution, removed from every text we store or show. Filled by the credentials store. */
const secrets: string[] = [];

export function registerSecrets(values: string[]): void {
  for (const v of values) if (v && v.length >= 6 && secrets.indexOf(v) < 0) secrets.push(v);
  secrets.sort((a, b) => b.length - a.length);
}

/** Removes any registered secret (and any bearer/basic/oauth credential) from a text. */
export function redact(s: string): string {
  let out = s;
  for (const v of secrets) out = out.split(v).join('••••');
  return out
    .replace(/(access_token=)[^&\s"']+/gi, '$1••••')
    .replace(/((?:Bearer|Basic|OAuth)\s+)[^\s"',]+/g, '$1••••');
}

/** A body as it may be stored: redacted and truncated. */
export function truncateBody(body: string): string {
  const r = redact(String(body ?? '')).replace(/\s+/g, ' ').trim();
  return r.length > BODY_LIMIT ? r.slice(0, BODY_LIMIT) + '…' : r;
}

function parseJson(body: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

function fail(res: HttpResponse, clase: Failure['clase'], motivo: string, extra: Partial<Failure> = {}): Failure {
  return { ok: false, clase, motivo: redact(motivo), status: res.status, detalle: truncateBody(res.body || res.transportError || ''), ...extra };
}

/** The kind of network failure in Spanish, from UrlFetchApp's English message (which is never shown as is). */
export function transportPhrase(msg: string): string {
  if (/dns/i.test(msg)) return 'no se encontró la dirección';
  if (/ssl|handshake|certificate/i.test(msg)) return 'falló la conexión segura';
  if (/bandwidth|too many times/i.test(msg)) return 'se agotó la cuota diaria de conexiones de Apps Script';
  if (/timeout|timed out/i.test(msg)) return 'no respondió a tiempo';
  return 'error de red';
}

/**
 * Transport failures (no HTTP answer). A timeout may have reached the network, so the outcome is uncertain; so is a
 * request whose batch was interrupted by another request's failure. Messages are Spanish; the raw text stays out.
 */
function transport(res: HttpResponse, nombre: string): Failure {
  const msg = res.transportError ?? '';
  if (res.interrupted) {
    return fail(
      res,
      'temporal',
      `El envío a ${nombre} se interrumpió por una falla de red de otra solicitud del mismo lote; no se sabe si ${nombre} la recibió: se verificará antes de reintentar.`,
      { incierto: true, interrumpido: true, detalle: '' },
    );
  }
  if (/timeout|timed out|tiempo/i.test(msg)) {
    return fail(res, 'temporal', `${nombre} no respondió a tiempo; no se sabe si recibió la publicación.`, { incierto: true, detalle: '' });
  }
  return fail(res, 'temporal', `No se pudo conectar con ${res.host || nombre} (${transportPhrase(msg)}).`, { detalle: '' });
}

function resetFromHeaders(h: Record<string, string>, now: number): number | undefined {
  const reset = Number(h['x-rate-limit-reset']);
  if (reset > 0) return reset * 1000;
  const after = Number(h['retry-after']);
  if (after > 0) return now + after * 1000;
  return undefined;
}

function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${d.getHours() < 10 ? '0' : ''}${d.getHours()}:${d.getMinutes() < 10 ? '0' : ''}${d.getMinutes()}`;
}

/** X API v2 (problem JSON: title, detail, status). */
export function classifyX(res: HttpResponse, now: number): Failure {
  if (res.status === 0) return transport(res, 'X');
  const j = parseJson(res.body) ?? {};
  const detail = str(j.detail) || str(j.title) || `HTTP ${res.status}`;
  if (res.status === 401) return fail(res, 'credenciales', 'X rechazó las credenciales (401). Vuelva a «Conectar redes».');
  if (res.status === 403 && /duplicate/i.test(detail)) return fail(res, 'duplicado', 'X indica que esa publicación ya existe (contenido duplicado).');
  if (res.status === 429) {
    const at = resetFromHeaders(res.headers, now) ?? now + 15 * 60 * 1000;
    return fail(res, 'límite', `X alcanzó su límite de publicaciones; se reintentará después de las ${hhmm(at)}.`, { retryAt: at });
  }
  if (res.status >= 500) return fail(res, 'temporal', `X tuvo una falla temporal (${res.status}).`);
  if (res.status === 403) return fail(res, 'contenido', `X no permitió la publicación: ${detail}`);
  return fail(res, 'contenido', `X rechazó la publicación (${res.status}): ${detail}`);
}

/** Minutes until Graph API lets the Page call again (X-Business-Use-Case-Usage estimated_time_to_regain_access), or 0. */
export function graphRegainMinutes(h: Record<string, string>): number {
  const raw = h['x-business-use-case-usage'];
  if (!raw) return 0;
  const j = parseJson(raw) ?? {};
  let most = 0;
  for (const list of Object.values(j)) {
    if (!Array.isArray(list)) continue;
    for (const u of list as Array<Record<string, unknown>>) most = Math.max(most, Number(u.estimated_time_to_regain_access) || 0);
  }
  return most;
}

/** Graph API error object: {error:{message,type,code,error_subcode}}. */
export function classifyGraph(res: HttpResponse, now: number): Failure {
  if (res.status === 0) return transport(res, 'Facebook');
  const j = parseJson(res.body);
  const e = (j && typeof j.error === 'object' && j.error ? j.error : {}) as Record<string, unknown>;
  const code = Number(e.code);
  const sub = Number(e.error_subcode);
  const msg = str(e.message) || `HTTP ${res.status}`;
  if (code === 190 || code === 102 || (code >= 200 && code <= 299) || code === 10 || res.status === 401) {
    const why = sub === 463 ? 'el token caducó' : sub === 460 ? 'cambió la contraseña de la cuenta' : 'el token no es válido o le faltan permisos';
    return fail(res, 'credenciales', `Facebook rechazó el acceso: ${why} (código ${code || res.status}). Vuelva a «Conectar redes».`);
  }
  if (code === 4 || code === 17 || code === 32 || code === 613 || code === 341 || res.status === 429) {
    const at = now + (graphRegainMinutes(res.headers) || 60) * 60 * 1000;
    return fail(res, 'límite', `Facebook limitó las llamadas (código ${code || res.status}); se reintentará después de las ${hhmm(at)}.`, { retryAt: at });
  }
  if (code === 506) return fail(res, 'duplicado', 'Facebook indica que esa publicación ya existe (publicación duplicada).');
  if (code === 1 || code === 2 || res.status >= 500) return fail(res, 'temporal', `Facebook tuvo una falla temporal (código ${code || res.status}).`);
  if (code === 368) return fail(res, 'contenido', `Facebook bloqueó temporalmente la publicación por sus políticas (código 368): ${msg}`);
  return fail(res, 'contenido', `Facebook rechazó la publicación (código ${code || res.status}): ${msg}`);
}

/** WordPress REST API ({code, message, data:{status}}) and the JSON webhook. */
export function classifyWeb(res: HttpResponse, now: number): Failure {
  if (res.status === 0) return transport(res, 'el sitio web');
  const j = parseJson(res.body) ?? {};
  const msg = str(j.message) || str(j.error) || `HTTP ${res.status}`;
  if (res.status === 401 || res.status === 403) {
    return fail(res, 'credenciales', `El sitio web rechazó las credenciales (${res.status}): ${msg}. Vuelva a «Conectar redes».`);
  }
  if (res.status === 429) {
    const at = resetFromHeaders(res.headers, now) ?? now + 60 * 60 * 1000;
    return fail(res, 'límite', `El sitio web limitó las llamadas; se reintentará después de las ${hhmm(at)}.`, { retryAt: at });
  }
  if (res.status >= 500 || res.status === 408) return fail(res, 'temporal', `El sitio web tuvo una falla temporal (${res.status}).`);
  return fail(res, 'contenido', `El sitio web rechazó la publicación (${res.status}): ${msg}`);
}

/** A post made this long before the first attempt's recorded start still counts as ours (clocks differ a little). */
export const RECONCILE_SKEW_MS = 5 * 60 * 1000;

/** Milliseconds of an API timestamp (RFC 3339 / ISO 8601 with Z, ±hh:mm or ±hhmm); NaN when unreadable. */
export function apiTimeMs(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})$/.exec(s.trim());
  if (!m) return NaN;
  const base = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7] ? Math.round(Number('0.' + m[7]) * 1000) : 0);
  if (m[8] === 'Z') return base;
  const sign = m[8][0] === '-' ? -1 : 1;
  const digits = m[8].slice(1).replace(':', '');
  return base - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60 * 1000;
}

/** True when a post found by a lookup may be this post: made no earlier than `since` (less the skew). Unknown times never match. */
export function madeSince(created: string, since: number | undefined): boolean {
  if (since === undefined) return true;
  const t = apiTimeMs(created);
  return !isNaN(t) && t >= since - RECONCILE_SKEW_MS;
}

export { parseJson, str };
