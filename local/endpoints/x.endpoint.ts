// Emulated X API v2 (api.x.com): OAuth 1.0a check, POST /2/tweets, POST /2/media/upload, GET /2/users/me and /:id/tweets, duplicates, rate limits.
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
  /** GET /2/users/:id/tweets calls answered (tests check that reconciliation stays bounded). */
  lookups?: number;
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

/** X returns post text HTML-escaped (&amp; &lt; &gt;), links wrapped in t.co, and the t.co link of attached media appended. */
function asReturned(p: XPost): string {
  let n = 0;
  const text = p.text
    .replace(/https?:\/\/\S+/g, () => `https://t.co/${(p.id.slice(-8) + String(++n)).padStart(10, 'x')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return p.mediaIds.length ? `${text} https://t.co/${p.id.slice(-10)}` : text;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * GET /2/users/:id/tweets (contract of X's openapi.json, operation getUsersPosts): max_results 5–100 (default 10),
 * start_time/end_time RFC 3339 on or after 2010-11-06, exclude replies,retweets, tweet.fields, expansions=author_id
 * with user.fields; newest first; only the 3,200 most recent posts. Answers {data, includes.users, meta}.
 */
function userPosts(world: WorldState, d: XData, userId: string, q: Record<string, string>): EmuResponse {
  d.lookups = (d.lookups ?? 0) + 1;
  const invalid = (msg: string) => json(400, { errors: [{ parameters: {}, message: msg }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' });
  if (!/^\d{1,19}$/.test(userId)) return invalid(`The \`id\` query parameter value [${userId}] is not valid`);
  const max = q.max_results === undefined ? 10 : Number(q.max_results);
  if (!Number.isInteger(max) || max < 5 || max > 100) return invalid(`The \`max_results\` query parameter value [${q.max_results}] is not between 5 and 100`);
  let start = -Infinity;
  let end = Infinity;
  for (const [k, v] of [['start_time', q.start_time], ['end_time', q.end_time]] as const) {
    if (v === undefined) continue;
    const t = Date.parse(v);
    if (!RFC3339.test(v) || !(t >= Date.UTC(2010, 10, 6))) return invalid(`Invalid '${k}':'${v}'. '${k}' must be a date on or after 2010-11-06 in the format YYYY-MM-DDTHH:mm:ssZ`);
    if (k === 'start_time') start = t;
    else end = t;
  }
  if (start >= end) return invalid("'start_time' must be earlier than 'end_time'");
  const user = d.accounts.find((a) => a.userId === userId);
  if (!user) return problem(404, 'Not Found Error', `Could not find user with id: [${userId}].`);
  const list = d.posts
    .filter((p) => p.userId === userId)
    .slice(-3200)
    .filter((p) => Math.floor(p.at / 1000) * 1000 >= start && p.at <= end)
    .reverse()
    .slice(0, max);
  if (list.length === 0) return json(200, { meta: { result_count: 0 } });
  const fields = new Set((q['tweet.fields'] ?? '').split(',').filter(Boolean));
  const data = list.map((p) => {
    const o: Record<string, unknown> = { id: p.id, text: asReturned(p), edit_history_tweet_ids: [p.id] };
    if (fields.has('created_at')) o.created_at = new Date(p.at).toISOString();
    if (fields.has('author_id') || /author_id/.test(q.expansions ?? '')) o.author_id = p.userId;
    return o;
  });
  const out: Record<string, unknown> = { data, meta: { result_count: list.length, newest_id: list[0].id, oldest_id: list[list.length - 1].id } };
  if (/author_id/.test(q.expansions ?? '')) {
    const u: Record<string, unknown> = { id: user.userId, name: user.name, username: user.username };
    out.includes = { users: [u] };
  }
  return json(200, out);
}

/**
 * X's duplicate rule: POST /2/tweets refuses (403 «You are not allowed to create a Tweet with duplicate content.») a text
 * identical to one of the account's recent posts; X does not document the window. Sources: the 403 body quoted in
 * akrherz/iembot#163 (2026) and sferik/x-ruby#24; Kegbot/kegbot-server#219 («fails if the tweet is a 100% match of
 * something the user has tweeted before»). Emulated as: the same text among the account's last 3,200 posts (what its
 * timeline keeps) made within the last `X_DUPLICATE_WINDOW_MS`; older repeats are accepted.
 */
export const X_DUPLICATE_WINDOW_MS = 30 * 24 * 3600 * 1000;

function isDuplicate(world: WorldState, d: XData, userId: string, text: string): boolean {
  return d.posts.filter((p) => p.userId === userId).slice(-3200).some((p) => p.text === text && world.now - p.at < X_DUPLICATE_WINDOW_MS);
}

/** The headers X sends with a 429 (x-rate-limit-limit/remaining/reset, reset in Unix seconds): rate-limits.mdx. */
export function xRateLimitHeaders(world: WorldState): Record<string, string> {
  const d = xData(world);
  const limit = d.limit ?? X_DEFAULT_LIMIT;
  const starts = Object.values(d.windows).map((w) => w.start).filter((t) => world.now < t + X_WINDOW_MS);
  const reset = starts.length ? Math.min(...starts) + X_WINDOW_MS : world.now + X_WINDOW_MS;
  return { 'x-rate-limit-limit': String(limit), 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil(reset / 1000)) };
}

export function createXEndpoint(): EmulatedEndpoint {
  return {
    name: X_ENDPOINT,
    hosts: [X_HOST],
    rateLimitHeaders: xRateLimitHeaders,
    handle(req: EmuRequest, world: WorldState): EmuResponse {
      const d = xData(world);
      const { path, query } = parseUrl(req.url);
      const acc = authenticate(req, world, d);
      if (!acc) return unauthorized();

      if (req.method === 'GET' && path === '/2/users/me') {
        return json(200, { data: { id: acc.userId, name: acc.name, username: acc.username } });
      }

      const timeline = /^\/2\/users\/([^/]+)\/tweets$/.exec(path);
      if (req.method === 'GET' && timeline) return userPosts(world, d, timeline[1], query);

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
        if (isDuplicate(world, d, acc.userId, text)) {
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
