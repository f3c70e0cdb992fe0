// HMAC signing with the workbook's secret key, kept only in Document Properties, and SHA-256 fingerprints.
import { safeEqual } from '../domain/bytes';
import { SIGNING_KEY_PROPERTY as KEY_PROPERTY } from '../domain/credential-keys';
import { base64Of, hmacSha256, sha256HexOf } from '../domain/sha256';
import { secretProperties } from './secret-store';
import { withShortDocumentLock } from './sheet-rows';

/** The signing key; created on first use. Never written to a cell, a log line or a message. */
let cachedKey: string | null = null;

function key(): string {
  if (cachedKey) return cachedKey;
  const props = secretProperties();
  let k = props.getProperty(KEY_PROPERTY);
  if (!k) {
    // Created once per workbook, under the document lock so that two first executions never keep two different keys.
    k = withShortDocumentLock(() => {
      const other = props.getProperty(KEY_PROPERTY);
      if (other) return other;
      const made = Utilities.getUuid() + Utilities.getUuid();
      props.setProperty(KEY_PROPERTY, made);
      return made;
    });
  }
  cachedKey = k;
  return k;
}

/** Base64 HMAC-SHA256 of the text with the workbook's key: the bytes Utilities.computeHmacSignature gives, with no service call. */
export function sign(text: string): string {
  return base64Of(hmacSha256(key(), text));
}

export function verify(text: string, signature: string): boolean {
  return typeof signature === 'string' && signature !== '' && safeEqual(sign(text), signature);
}

/** Hex SHA-256 of UTF-8 text (the value Utilities.computeDigest gives), with no service call. */
export function sha256Hex(text: string): string {
  return sha256HexOf(text);
}

/**
 * Verifies many signatures with one read of the key and no service call per item (pure HMAC-SHA256, the same bytes
 * Utilities computes), for checks over a whole sheet.
 */
export function verifyMany(items: ReadonlyArray<{ text: string; signature: string }>): boolean[] {
  if (items.length === 0) return [];
  const k = key();
  return items.map((it) => typeof it.signature === 'string' && it.signature !== '' && safeEqual(base64Of(hmacSha256(k, it.text)), it.signature));
}
