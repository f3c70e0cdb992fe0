// Conversions of Apps Script's signed byte arrays (Utilities digests and signatures) to hex, and constant-time comparison.

/** Hex of signed or unsigned bytes, lower-case. */
export function toHex(bytes: number[]): string {
  let s = '';
  for (const b of bytes) {
    const u = b & 0xff;
    s += (u < 16 ? '0' : '') + u.toString(16);
  }
  return s;
}

/** Compares two strings in time that depends only on their length. */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
