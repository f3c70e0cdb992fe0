// SHA-256 and HMAC-SHA256 in plain JavaScript (the js-sha256 package), for checks over many rows without one service call each.
import { sha256 } from 'js-sha256';

/** Hex SHA-256 of the UTF-8 bytes of a string, or of unsigned bytes (the same value Utilities.computeDigest gives). */
export function sha256HexOf(s: string | number[]): string {
  return sha256(s);
}

/** HMAC-SHA256 of a UTF-8 message with a UTF-8 key, as unsigned bytes. */
export function hmacSha256(key: string, message: string): number[] {
  return sha256.hmac.array(key, message);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding) of bytes, like Utilities.base64Encode. */
export function base64Of(bytes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const n = (a << 16) | (b << 8) | c;
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    s += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return s;
}
