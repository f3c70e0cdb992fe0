// UrlFetchApp fake: synchronous requests routed by host to the in-process emulated endpoints, with injected faults.
import { ExecutionKilled, type Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import type { FaultState, WorldState } from '../world';
import type { EmuRequest, EmuResponse } from '../endpoints/endpoint';
import { endpointForHost } from '../endpoints/registry';
import { FakeBlob, asBlobLike, decodeBytes, fromByteArray, isByteArray, toSignedBytes } from './utilities.fake';

type GasUrlFetchApp = GoogleAppsScript.URL_Fetch.UrlFetchApp;
type GasHTTPResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;
type GasOptions = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type GasRequest = GoogleAppsScript.URL_Fetch.URLFetchRequest;

/** How much of the body the "Request failed" message quotes. */
export const TRUNCATE_RESPONSE_AT = 200;
/** How long a timed-out fetch takes before Apps Script gives up (emulated). */
export const FETCH_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 10;
/** What Apps Script throws once the day's UrlFetch calls are spent (quotas page: 20,000 / 100,000 a day). */
export const URLFETCH_QUOTA_MESSAGE = 'Service invoked too many times for one day: urlfetch.';

/** Host helper: queues a fault for an endpoint (consumed in order by the next calls to it). */
export function injectFault(world: WorldState, fault: FaultState): void {
  world.endpoints.faults.push({ ...fault, headers: fault.headers ? { ...fault.headers } : undefined });
}

/** Apps Script quotes only scheme://host in its "Request failed" message. */
function originOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return url;
  }
}

function escapeUrl(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (c) => encodeURIComponent(c));
}

function formEncode(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

interface Wire {
  contentType: string;
  body: string;
  bytes?: Uint8Array;
}

/** Encodes params.payload as Apps Script sends it. */
function encodePayload(payload: unknown, contentType: string | undefined): Wire | null {
  if (payload === undefined || payload === null) return null;
  if (typeof payload === 'string') {
    return { contentType: contentType ?? 'application/x-www-form-urlencoded', body: payload };
  }
  if (isByteArray(payload)) {
    const b = fromByteArray(payload);
    return { contentType: contentType ?? 'application/x-www-form-urlencoded', body: b.toString('latin1'), bytes: b };
  }
  const blob = asBlobLike(payload);
  if (blob) {
    const b = fromByteArray(blob.getBytes());
    const t = contentType ?? (typeof blob.getContentType === 'function' ? blob.getContentType() : null);
    return { contentType: t ?? 'application/octet-stream', body: b.toString('latin1'), bytes: b };
  }
  if (typeof payload === 'object') {
    const fields = payload as Record<string, unknown>;
    const hasBlob = Object.values(fields).some((v) => asBlobLike(v) !== null);
    if (!hasBlob) return { contentType: contentType ?? 'application/x-www-form-urlencoded', body: formEncode(fields) };
    // A Blob among the fields makes Apps Script send multipart/form-data.
    const boundary = '----GasEmulatorBoundary7MA4YWxkTrZu0gW';
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields)) {
      const bl = asBlobLike(v);
      if (bl) {
        const name = (typeof bl.getName === 'function' ? bl.getName() : null) ?? k;
        const type = (typeof bl.getContentType === 'function' ? bl.getContentType() : null) ?? 'application/octet-stream';
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
            'utf8',
          ),
          fromByteArray(bl.getBytes()),
          Buffer.from('\r\n'),
        );
      } else {
        parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`, 'utf8'));
      }
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    const b = Buffer.concat(parts);
    return { contentType: `multipart/form-data; boundary=${boundary}`, body: b.toString('latin1'), bytes: b };
  }
  return { contentType: contentType ?? 'application/x-www-form-urlencoded', body: String(payload) };
}

export class FakeHTTPResponse implements GasHTTPResponse {
  readonly [FAKE_TYPE] = 'HTTPResponse';
  private readonly bytes: Buffer;

  constructor(
    private readonly status: number,
    private readonly headers: Record<string, string>,
    body: string,
  ) {
    this.bytes = Buffer.from(body, 'utf8');
  }

  getResponseCode(): number {
    return this.status;
  }

  getContentText(charset?: string): string {
    return decodeBytes(this.bytes, charset);
  }

  getContent(): number[] {
    return toSignedBytes(this.bytes);
  }

  private contentType(): string | null {
    const k = Object.keys(this.headers).find((h) => h.toLowerCase() === 'content-type');
    return k ? this.headers[k] : null;
  }

  getBlob(): FakeBlob {
    return new FakeBlob(this.bytes, this.contentType(), null);
  }

  getAs(contentType: string): FakeBlob {
    return this.getBlob().getAs(contentType);
  }

  getHeaders(): Record<string, string> {
    return { ...this.headers };
  }

  getAllHeaders(): Record<string, string> {
    return { ...this.headers };
  }
}

export class FakeUrlFetchApp implements GasUrlFetchApp {
  readonly [FAKE_TYPE] = 'UrlFetchApp';

  constructor(private readonly exec: Execution) {}

  fetch(url: string, params?: GasOptions): FakeHTTPResponse {
    return this.send(String(url), params ?? {});
  }

  /**
   * Apps Script sends them in parallel: every request reaches its server even when another fails in transport. Then,
   * as Apps Script does, the call throws the first transport failure (no responses at all come back); an injected
   * crash kills the execution once the whole batch went out.
   */
  fetchAll(requests: Array<GasRequest | string>): FakeHTTPResponse[] {
    for (const r of requests) this.quota(typeof r === 'string' ? r : String(r.url));
    const out: FakeHTTPResponse[] = [];
    let failure: unknown = null;
    let killed: ExecutionKilled | null = null;
    for (const r of requests) {
      try {
        out.push(typeof r === 'string' ? this.send(r, {}) : this.send(String(r.url), r));
      } catch (e) {
        if (e instanceof ExecutionKilled) killed ??= e;
        else failure ??= e;
      }
    }
    if (killed) throw killed;
    if (failure) throw failure;
    return out;
  }

  getRequest(url: string, params?: GasOptions): GasRequest {
    const p = params ?? {};
    const wire = encodePayload(p.payload, p.contentType);
    const req: GasRequest = {
      url: p.escaping === false ? String(url) : escapeUrl(String(url)),
      method: (String(p.method ?? 'get').toLowerCase() as GasRequest['method']),
      headers: { ...(p.headers ?? {}) },
      followRedirects: p.followRedirects !== false,
      validateHttpsCertificates: p.validateHttpsCertificates !== false,
      useIntranet: false,
    };
    if (wire) {
      req.contentType = wire.contentType;
      req.payload = wire.body;
    }
    return req;
  }

  /** A spent quota refuses the whole call before anything is sent (consumes one of the fault's `times`). */
  private quota(rawUrl: string): void {
    const w = this.exec.world;
    let host = '';
    try {
      host = new URL(rawUrl).hostname;
    } catch {
      return;
    }
    const name = endpointForHost(host)?.name;
    const f = w.endpoints.faults.find((x) => x.kind === 'quota' && x.endpoint === name && x.times > 0);
    if (!f) return;
    f.times -= 1;
    if (f.times <= 0) w.endpoints.faults = w.endpoints.faults.filter((x) => x !== f);
    throw new Error(URLFETCH_QUOTA_MESSAGE);
  }

  private send(rawUrl: string, p: GasOptions): FakeHTTPResponse {
    const w = this.exec.world;
    this.quota(rawUrl);
    let url = p.escaping === false ? rawUrl : escapeUrl(rawUrl);
    let method = String(p.method ?? 'get').toUpperCase();
    let wire = encodePayload(p.payload, p.contentType);
    const baseHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.headers ?? {})) baseHeaders[k.toLowerCase()] = String(v);

    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new Error(`Invalid argument: ${rawUrl}`);
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Invalid argument: ${rawUrl}`);
      const endpoint = endpointForHost(parsed.hostname);
      // Modelled on the error Apps Script gives for a host that does not resolve.
      if (!endpoint) throw new Error(`DNS error: ${url}`);

      w.endpoints.callsThisExecution += 1;
      const callNo = w.endpoints.callsThisExecution;
      const headers = { ...baseHeaders };
      if (wire && !headers['content-type']) headers['content-type'] = wire.contentType;
      const req: EmuRequest = {
        method,
        url,
        headers,
        contentType: wire?.contentType ?? '',
        body: wire?.body ?? '',
        ...(wire?.bytes ? { bytes: new Uint8Array(wire.bytes) } : {}),
      };

      let res: EmuResponse;
      const fault = w.endpoints.faults.find((f) => f.endpoint === endpoint.name && f.kind !== 'crashAfter' && f.kind !== 'quota' && f.times > 0);
      if (fault) {
        fault.times -= 1;
        if (fault.times <= 0) w.endpoints.faults = w.endpoints.faults.filter((f) => f !== fault);
        // timeoutAfter: the server acted (a post exists) and the answer never came back.
        if (fault.kind === 'timeoutAfter') endpoint.handle(req, w);
        if (fault.kind === 'timeout' || fault.kind === 'timeoutAfter') {
          w.now += FETCH_TIMEOUT_MS;
          throw new Error(`Timeout: ${url}`);
        }
        const limits = fault.status === 429 && !fault.headers && endpoint.rateLimitHeaders ? endpoint.rateLimitHeaders(w) : {};
        res = { status: fault.status ?? 500, headers: { ...limits, ...(fault.headers ?? {}) }, body: fault.body ?? '' };
      } else {
        res = endpoint.handle(req, w);
      }

      // crashAfter: the call happened; the execution dies right after its Nth external call.
      const crash = w.endpoints.faults.find((f) => f.endpoint === endpoint.name && f.kind === 'crashAfter' && f.times === callNo);
      if (crash) {
        w.endpoints.faults = w.endpoints.faults.filter((f) => f !== crash);
        throw new ExecutionKilled(`falla inyectada: la ejecución murió justo después de la llamada externa n.º ${callNo} (${method} ${url})`);
      }

      const resHeaders = { ...(res.headers ?? {}) };
      const locKey = Object.keys(resHeaders).find((k) => k.toLowerCase() === 'location');
      if (p.followRedirects !== false && res.status >= 300 && res.status < 400 && locKey && hop < MAX_REDIRECTS) {
        url = new URL(resHeaders[locKey], url).toString();
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
          method = 'GET';
          wire = null;
        }
        continue;
      }

      const response = new FakeHTTPResponse(res.status, resHeaders, res.body ?? '');
      if (res.status >= 400 && p.muteHttpExceptions !== true) {
        const text = response.getContentText();
        throw new Error(
          `Request failed for ${originOf(url)} returned code ${res.status}. Truncated server response: ` +
            `${text.slice(0, TRUNCATE_RESPONSE_AT)} (use muteHttpExceptions option to examine full response)`,
        );
      }
      return response;
    }
  }
}

export function createUrlFetchApp(exec: Execution): FakeUrlFetchApp {
  return new FakeUrlFetchApp(exec);
}
