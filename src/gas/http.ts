// UrlFetchApp adapter: fetchAll in parallel, never throws for HTTP codes, isolates one request's transport failure from the rest of its batch.
import type { HttpRequest, HttpResponse } from '../app/publishing/index';
import { messageOf } from '../domain/errors';

/** Errors UrlFetchApp throws when no HTTP answer came back (anything else — e.g. the execution dying — propagates). */
const TRANSPORT = /timeout|timed out|dns|address unavailable|unavailable|connection|ssl|handshake|bandwidth|too many times|unexpected error|request failed/i;

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

/** Lower-case host of a URL ('' when none). */
export function hostOf(url: string): string {
  return (/^[a-z]+:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? '').toLowerCase();
}

function answer(r: GoogleAppsScript.URL_Fetch.HTTPResponse): HttpResponse {
  return { status: r.getResponseCode(), headers: lowerHeaders(r.getAllHeaders()), body: r.getContentText() };
}

function failed(r: HttpRequest, msg: string): HttpResponse {
  return { status: 0, headers: {}, body: '', transportError: msg, host: hostOf(r.url) };
}

/** One request alone (only for requests safe to repeat), signed again: a server refuses a reused OAuth nonce. */
function fetchOne(req: HttpRequest): HttpResponse {
  const r = req.resign ? req.resign() : req;
  try {
    return answer(UrlFetchApp.fetch(r.url, toParams(r)));
  } catch (e) {
    const msg = messageOf(e);
    if (!TRANSPORT.test(msg)) throw e;
    return failed(r, msg);
  }
}

/**
 * Sends all requests at once. When UrlFetchApp throws, its message names the URL that failed: that request gets the
 * failure; every other request did not fail itself but nobody knows whether it reached its server. Those safe to
 * repeat (reads, uploads, connection tests) are sent again alone; mutations come back `interrupted` so the caller
 * verifies them instead of re-sending them.
 */
export function fetchAll(reqs: HttpRequest[]): HttpResponse[] {
  if (reqs.length === 0) return [];
  try {
    return UrlFetchApp.fetchAll(reqs.map(toParams)).map(answer);
  } catch (e) {
    const msg = messageOf(e);
    if (!TRANSPORT.test(msg)) throw e;
    const lower = msg.toLowerCase();
    const named = reqs.map((r) => hostOf(r.url) !== '' && lower.indexOf(hostOf(r.url)) >= 0);
    return reqs.map((r, k) => {
      if (named[k]) return failed(r, msg);
      if (r.method === 'get' || r.repeatable) return fetchOne(r);
      return { ...failed(r, msg), interrupted: true };
    });
  }
}
