// UrlFetchApp adapter: sends requests in parallel with fetchAll, never throws for HTTP codes, turns transport failures into status 0.
import type { HttpRequest, HttpResponse } from '../app/provider.port';
import { messageOf } from '../domain/errors';

/** Errors UrlFetchApp throws when no HTTP answer came back (anything else — e.g. the execution dying — propagates). */
const TRANSPORT = /timeout|timed out|dns|address unavailable|unavailable|connection|ssl|handshake|bandwidth|too many times|unexpected error/i;

function toParams(r: HttpRequest): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  const p: GoogleAppsScript.URL_Fetch.URLFetchRequest = {
    url: r.url,
    method: r.method,
    muteHttpExceptions: true,
    followRedirects: true,
  };
  if (r.headers) p.headers = r.headers;
  if (r.contentType) p.contentType = r.contentType;
  if (r.payload !== undefined) p.payload = r.payload as GoogleAppsScript.URL_Fetch.Payload;
  return p;
}

function lowerHeaders(h: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h as Record<string, unknown>)) out[k.toLowerCase()] = Array.isArray(v) ? String(v[0]) : String(v);
  return out;
}

/**
 * Sends all requests at once. When UrlFetchApp throws (a timeout or a network error in any of them), nobody knows
 * which requests reached their server: every response of the batch comes back as a transport failure.
 */
export function fetchAll(reqs: HttpRequest[]): HttpResponse[] {
  if (reqs.length === 0) return [];
  try {
    const res = UrlFetchApp.fetchAll(reqs.map(toParams));
    return res.map((r) => ({ status: r.getResponseCode(), headers: lowerHeaders(r.getAllHeaders()), body: r.getContentText() }));
  } catch (e) {
    const msg = messageOf(e);
    if (!TRANSPORT.test(msg)) throw e;
    // Providers redact and truncate this message before it is stored anywhere.
    return reqs.map(() => ({ status: 0, headers: {}, body: '', transportError: msg }));
  }
}
