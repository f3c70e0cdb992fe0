// Emulated X API v2 (api.x.com): OAuth 1.0a signature check, POST /2/tweets, POST /2/media/upload, GET /2/users/me, duplicates and rate limits.
import * as crypto from 'crypto';
import twitter from 'twitter-text';
import type { EmuRequest, EmuResponse, EmulatedEndpoint } from './endpoint';
import type { WorldState } from '../world';
import { dataOf, feed, json, parseForm, parseUrl } from './http-util';

export const X_ENDPOINT = 'x';
export const X_HOST = 'api.x.com';
/** POST /2/tweets: 100 per 15 min per user (docs' current figure); tests lower it through XData.limit. */
export const X_DEFAULT_LIMIT = 100;
export const X_WINDOW_MS = 15 * 60 * 1000;

export interface XAccount {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  userId: string;
  username: string;
  name: string;
  /** Revoked tokens answer 401. */
  revoked?: boolean;
}

export interface XPost {
  id: string;
  text: string;
  userId: string;
  at: number;
  mediaIds: string[];
}

export interface XData {
  accounts: XAccount[];
  posts: XPost[];
  media: Array<{ id: string; bytes: number; userId: string }>;
  nextId: string;
  /** Recently used nonces (replays are rejected). */
  nonces: string[];
  /** Rate-limit windows per user id. */
  windows: Record<string, { start: number; count: number }>;
  limit?: number;
}

function enc(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Parses `OAuth k="v", …` into decoded parameters. */
export function parseOAuthHeader(h: string): Record<string, string> | null {
  if (!/^OAuth\s/i.test(h)) return null;
  const out: Record<string, string> = {};
  const re = /([a-z_]+)="([^"]*)"/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(h))) out[m[1]] = decodeURIComponent(m[2]);
  return out;
}

/** The RFC 5849 signature the request should carry, computed independently of the add-on's library. */
export function expectedSignature(req: EmuRequest, oauth: Record<string, string>, consumerSecret: string, tokenSecret: string): string {
  const u = new URL(req.url);
  const params: Array<[string, string]> = [];
  u.searchParams.forEach((v, k) => params.push([k, v]));
  for (const [k, v] of Object.entries(oauth)) if (k !== 'oauth_signature' && k !== 'realm') params.push([k, v]);
  if (/application\/x-www-form-urlencoded/i.test(req.contentType) && req.body) {
    for (const [k, v] of Object.entries(parseForm(req.body))) params.push([k, v]);
  }
  const norm = params
    .map(([k, v]) => [enc(k), enc(v)])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const base = `${req.method.toUpperCase()}&${enc(`${u.protocol}//${u.host.toLowerCase()}${u.pathname}`)}&${enc(norm)}`;
  return crypto.createHmac('sha1', `${enc(consumerSecret)}&${enc(tokenSecret)}`).update(base).digest('base64');
}

function problem(status: number, title: string, detail: string, headers: Record<string, string> = {}): EmuResponse {
  return json(status, { title, type: 'about:blank', status, detail }, headers);
}

function unauthorized(): EmuResponse {
  return problem(401, 'Unauthorized', 'Unauthorized');
}

function nextId(d: XData): string {
  const id = (BigInt(d.nextId) + 1n).toString();
  d.nextId = id;
  return id;
}

export function xData(world: WorldState): XData {
  return dataOf<XData>(world, X_ENDPOINT, () => ({ accounts: [], posts: [], media: [], nextId: '1867000000000000000', nonces: [], windows: {} }));
}

function authenticate(req: EmuRequest, world: WorldState, d: XData): XAccount | null {
  const oauth = parseOAuthHeader(req.headers['authorization'] ?? '');
  if (!oauth || oauth.oauth_signature_method !== 'HMAC-SHA1' || oauth.oauth_version !== '1.0') return null;
  const acc = d.accounts.find((a) => a.consumerKey === oauth.oauth_consumer_key && a.token === oauth.oauth_token);
  if (!acc || acc.revoked) return null;
  const ts = Number(oauth.oauth_timestamp);
  if (!(Math.abs(ts * 1000 - world.now) <= 5 * 60 * 1000)) return null;
  if (!oauth.oauth_nonce || d.nonces.includes(oauth.oauth_nonce)) return null;
  const want = expectedSignature(req, oauth, acc.consumerSecret, acc.tokenSecret);
  const got = oauth.oauth_signature ?? '';
  if (want.length !== got.length || !crypto.timingSafeEqual(Buffer.from(want), Buffer.from(got))) return null;
  d.nonces.push(oauth.oauth_nonce);
  if (d.nonces.length > 2000) d.nonces.splice(0, d.nonces.length - 2000);
  return acc;
}

function rate(world: WorldState, d: XData, userId: string): { headers: Record<string, string>; over: boolean } {
  const limit = d.limit ?? X_DEFAULT_LIMIT;
  let w = d.windows[userId];
  if (!w || world.now >= w.start + X_WINDOW_MS) w = d.windows[userId] = { start: world.now, count: 0 };
  const over = w.count >= limit;
  if (!over) w.count += 1;
  return {
    over,
    headers: {
      'x-rate-limit-limit': String(limit),
      'x-rate-limit-remaining': String(Math.max(0, limit - w.count)),
      'x-rate-limit-reset': String(Math.ceil((w.start + X_WINDOW_MS) / 1000)),
    },
  };
}

export function createXEndpoint(): EmulatedEndpoint {
  return {
    name: X_ENDPOINT,
    hosts: [X_HOST],
    handle(req: EmuRequest, world: WorldState): EmuResponse {
      const d = xData(world);
      const { path } = parseUrl(req.url);
      const acc = authenticate(req, world, d);
      if (!acc) return unauthorized();

      if (req.method === 'GET' && path === '/2/users/me') {
        return json(200, { data: { id: acc.userId, name: acc.name, username: acc.username } });
      }

      if (req.method === 'POST' && path === '/2/media/upload') {
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(req.body) as Record<string, unknown>;
        } catch {
          return problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.');
        }
        const media = typeof body.media === 'string' ? Buffer.from(body.media, 'base64') : Buffer.alloc(0);
        if (media.length === 0) return problem(400, 'Invalid Request', 'The `media` field is required.');
        if (media.length > 5 * 1024 * 1024) return problem(400, 'Invalid Request', 'File size exceeds 5242880 bytes.');
        const id = nextId(d);
        d.media.push({ id, bytes: media.length, userId: acc.userId });
        const out = { id, media_key: `3_${id}`, size: media.length, expires_after_secs: 86400 };
        feed(world, X_ENDPOINT, req, 200, { kind: 'media', ...out, media_category: body.media_category });
        return json(200, { data: out });
      }

      if (req.method === 'POST' && path === '/2/tweets') {
        let body: { text?: unknown; media?: { media_ids?: unknown } };
        try {
          body = JSON.parse(req.body) as typeof body;
        } catch {
          return problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.');
        }
        const r = rate(world, d, acc.userId);
        if (r.over) return problem(429, 'Too Many Requests', 'Too Many Requests', r.headers);
        const text = typeof body.text === 'string' ? body.text : '';
        const mediaIds = Array.isArray(body.media?.media_ids) ? (body.media?.media_ids as unknown[]).map(String) : [];
        if (!text && mediaIds.length === 0) return problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.', r.headers);
        if (!twitter.parseTweet(text).valid && text) {
          return problem(400, 'Invalid Request', 'The text of your Post is too long.', r.headers);
        }
        for (const m of mediaIds) {
          if (!d.media.some((x) => x.id === m && x.userId === acc.userId)) {
            return problem(400, 'Invalid Request', `Your media IDs are invalid: ${m}`, r.headers);
          }
        }
        if (d.posts.some((p) => p.userId === acc.userId && p.text === text)) {
          return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.', r.headers);
        }
        const id = nextId(d);
        d.posts.push({ id, text, userId: acc.userId, at: world.now, mediaIds });
        feed(world, X_ENDPOINT, req, 201, { kind: 'post', id, text, media_ids: mediaIds, username: acc.username });
        return json(201, { data: { id, text } }, r.headers);
      }

      return problem(404, 'Not Found Error', `Could not find ${req.method} ${path}`);
    },
  };
}
