// OAuth 1.0a request signing for X (HMAC-SHA1) with the oauth-1.0a package and Apps Script's Utilities for the hash and nonce.
import OAuth from 'oauth-1.0a';

export interface OAuth1Keys {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface OAuth1Options {
  /** Form fields or query parameters that are signed. JSON bodies are NOT signed: pass none for them. */
  data?: Record<string, string>;
  /** Fixed nonce and timestamp (tests); by default Utilities.getUuid() and the clock. */
  nonce?: string;
  timestamp?: number;
}

function hmacSha1Base64(base: string, key: string): string {
  return Utilities.base64Encode(
    Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_1, base, key, Utilities.Charset.UTF_8),
  );
}

function client(keys: OAuth1Keys, opts: OAuth1Options): OAuth {
  const oauth = new OAuth({
    consumer: { key: keys.consumerKey, secret: keys.consumerSecret },
    signature_method: 'HMAC-SHA1',
    hash_function: hmacSha1Base64,
  });
  // The package's own nonce uses Math.random and its clock new Date(); use Apps Script's UUID and the given time.
  const nonce = opts.nonce ?? Utilities.getUuid().replace(/-/g, '');
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  oauth.getNonce = () => nonce;
  oauth.getTimeStamp = () => timestamp;
  return oauth;
}

/** The signed oauth_* parameters of a request (oauth_signature included). */
export function oauth1Authorize(method: string, url: string, keys: OAuth1Keys, opts: OAuth1Options = {}): OAuth.Authorization {
  return client(keys, opts).authorize(
    { url, method: method.toUpperCase(), data: opts.data ?? {} },
    { key: keys.token, secret: keys.tokenSecret },
  );
}

/** The Authorization header value: `OAuth oauth_consumer_key="…", …, oauth_signature="…"`. */
export function oauth1Header(method: string, url: string, keys: OAuth1Keys, opts: OAuth1Options = {}): string {
  const c = client(keys, opts);
  const auth = c.authorize({ url, method: method.toUpperCase(), data: opts.data ?? {} }, { key: keys.token, secret: keys.tokenSecret });
  return c.toHeader(auth).Authorization;
}
