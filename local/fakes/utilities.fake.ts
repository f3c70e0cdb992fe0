// Utilities fake: HMAC/digest as signed bytes, base64, Blobs, UUIDs, SimpleDateFormat-style formatDate, sleep on the emulated clock.
import { gasException } from './exception';
import * as crypto from 'crypto';
import * as zlib from 'zlib';
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import type { WorldState } from '../world';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;
type GasBlob = GoogleAppsScript.Base.Blob;
type GasCharset = GoogleAppsScript.Utilities.Charset;
type GasMacAlgorithm = GoogleAppsScript.Utilities.MacAlgorithm;
type GasDigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;
type GasRsaAlgorithm = GoogleAppsScript.Utilities.RsaAlgorithm;

// ---------------------------------------------------------------------------------------------------------------
// Bytes. Apps Script's Byte[] is a JS array of Java bytes: signed, -128..127. Arrays cross the vm realm as plain arrays.

/** Host bytes → Apps Script Byte[] (a plain array of signed numbers). */
export function toSignedBytes(buf: Uint8Array): number[] {
  const out: number[] = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

/** Apps Script Byte[] (signed or unsigned numbers) → host bytes. */
export function fromByteArray(bytes: ArrayLike<number>): Buffer {
  const b = Buffer.alloc(bytes.length);
  for (let i = 0; i < bytes.length; i++) b[i] = Number(bytes[i]) & 0xff;
  return b;
}

export function isByteArray(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((n) => typeof n === 'number');
}

/**
 * computeDigest / computeHmac… / computeRsa… given a string and no charset encode it as US-ASCII (every other character
 * becomes '?'), as live Apps Script does (recorded by gas-fakes); with a charset, or given bytes, nothing changes.
 */
function signingCharset(value: unknown, charset: GasCharset | undefined): GasCharset | undefined {
  return typeof value === 'string' && (charset === undefined || charset === null) ? ('US_ASCII' as unknown as GasCharset) : charset;
}

/** Encodes a string in an Apps Script Charset enum value or a Java charset name; default UTF-8. */
export function encodeString(s: string, charset?: unknown): Buffer {
  const cs = charsetName(charset);
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000 on purpose
  if (cs === 'ascii') return Buffer.from(String(s).replace(/[^\x00-\x7f]/g, '?'), 'latin1');
  // eslint-disable-next-line no-control-regex -- the Latin-1 range starts at U+0000 on purpose
  if (cs === 'latin1') return Buffer.from(String(s).replace(/[^\x00-\xff]/g, '?'), 'latin1');
  return Buffer.from(String(s), 'utf8');
}

export function decodeBytes(b: Uint8Array, charset?: unknown): string {
  const cs = charsetName(charset);
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (cs === 'ascii') return buf.toString('latin1').replace(/[\x80-\xff]/g, '\ufffd');
  if (cs === 'latin1') return buf.toString('latin1');
  return buf.toString('utf8');
}

function charsetName(charset: unknown): 'utf8' | 'ascii' | 'latin1' {
  if (charset === undefined || charset === null) return 'utf8';
  const c = String(charset).toUpperCase().replace(/[-_]/g, '');
  if (c === 'USASCII' || c === 'ASCII') return 'ascii';
  if (c === 'ISO88591' || c === 'LATIN1' || c === 'WINDOWS1252' || c === 'CP1252') return 'latin1';
  return 'utf8';
}

/** Bytes of an argument that may be a string, a Byte[] or a Blob/BlobSource (checked by shape, never instanceof). */
export function bytesOf(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string') return encodeString(data, charset);
  if (isByteArray(data)) return fromByteArray(data);
  const blob = asBlobLike(data);
  if (blob) return fromByteArray(blob.getBytes());
  return encodeString(String(data), charset);
}

export interface BlobLike {
  getBytes(): number[];
  getName?(): string | null;
  getContentType?(): string | null;
}

/** A Blob (ours or the bundle's) or a BlobSource (anything with getBlob()), recognised by shape. */
export function asBlobLike(x: unknown): BlobLike | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  if (typeof o.getBytes === 'function') return o as unknown as BlobLike;
  if (typeof o.getBlob === 'function') {
    const b = (o.getBlob as () => unknown).call(x);
    if (b && typeof (b as Record<string, unknown>).getBytes === 'function') return b as BlobLike;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Blob

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  csv: 'text/csv',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  zip: 'application/zip',
};

const TYPE_EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/json': 'json',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
};

export class FakeBlob implements GasBlob {
  readonly [FAKE_TYPE] = 'Blob';
  private bytes: Buffer;

  constructor(
    bytes: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = Buffer.from(bytes);
  }

  /** Host accessor (not an Apps Script method): the raw bytes. */
  hostBytes(): Buffer {
    return Buffer.from(this.bytes);
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this.bytes, this.contentType, this.name);
  }

  /**
   * Only the identity conversion is emulated (e.g. a PDF as 'application/pdf'); Apps Script's image/PDF
   * conversions are not. The name's extension follows the new type, as in Apps Script.
   */
  getAs(contentType: string): FakeBlob {
    const target = String(contentType).toLowerCase();
    if ((this.contentType ?? '').toLowerCase() !== target) {
      throw gasException(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
    }
    const copy = this.copyBlob();
    const ext = TYPE_EXTENSIONS[target];
    if (this.name && ext) copy.setName(this.name.replace(/(\.[^.]*)?$/, '.' + ext));
    return copy;
  }

  getBlob(): FakeBlob {
    return this;
  }

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    return decodeBytes(this.bytes, charset);
  }

  getName(): string | null {
    return this.name;
  }

  isGoogleType(): boolean {
    return (this.contentType ?? '').startsWith('application/vnd.google-apps.');
  }

  setBytes(data: number[]): FakeBlob {
    this.bytes = fromByteArray(data);
    return this;
  }

  setContentType(contentType: string | null): FakeBlob {
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): FakeBlob {
    const m = /\.([^.]+)$/.exec(this.name ?? '');
    const t = m ? EXTENSION_TYPES[m[1].toLowerCase()] : undefined;
    if (!t) throw gasException(`Could not determine the content type of ${this.name ?? 'the blob'}.`);
    this.contentType = t;
    return this;
  }

  setDataFromString(string: string, charset?: string): FakeBlob {
    this.bytes = encodeString(string, charset);
    return this;
  }

  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }

  /** @deprecated in Apps Script. */
  getAllBlobs(): FakeBlob[] {
    return [this];
  }
}

/** Copies any Blob-shaped value (ours or a plain object from the bundle) into a FakeBlob. */
export function toFakeBlob(x: unknown): FakeBlob | null {
  if (x instanceof FakeBlob) return x;
  const b = asBlobLike(x);
  if (!b) return null;
  return new FakeBlob(
    fromByteArray(b.getBytes()),
    typeof b.getContentType === 'function' ? b.getContentType() : null,
    typeof b.getName === 'function' ? b.getName() : null,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Enums: Apps Script enum values print as their names, so strings stand in for them.

function enumOf<K extends string>(...names: K[]): { readonly [P in K]: P } {
  const o = {} as { [P in K]: P };
  for (const n of names) o[n] = n;
  return Object.freeze(o);
}

export const Charset = enumOf('US_ASCII', 'UTF_8');
export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const MacAlgorithm = enumOf('HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512');
export const RsaAlgorithm = enumOf('RSA_SHA_1', 'RSA_SHA_256');

const MAC_NODE: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};
const DIGEST_NODE: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

// ---------------------------------------------------------------------------------------------------------------
// formatDate: java.text.SimpleDateFormat patterns in any IANA zone, English names (Apps Script's default locale).

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface ZonedParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number; // 0..23
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMin: number; // local - UTC
  zoneName: string;
}

function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    // java.util.TimeZone.getTimeZone falls back to GMT for an unknown id.
    return 'UTC';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      timeZoneName: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const zone = validZone(timeZone);
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const msPart = ((ms % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, msPart);
  const offsetMin = Math.round((asUtc - ms) / 60000);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
  return {
    year, month, day, hour, minute, second, ms: msPart, weekday, offsetMin,
    zoneName: zone === 'UTC' ? 'UTC' : (parts.timeZoneName ?? zone),
  };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(min: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (style !== 'Z' && min === 0) return 'Z';
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  const hh = pad(Math.floor(a / 60), 2);
  const mm = pad(a % 60, 2);
  if (style === 'X') return sign + hh;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return sign + hh + mm;
}

type Token = { lit: string } | { field: string; count: number };

function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out.push({ lit: "'" });
        i += 2;
        continue;
      }
      let j = i + 1;
      let lit = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            lit += "'";
            j += 2;
            continue;
          }
          break;
        }
        lit += pattern[j++];
      }
      if (j >= pattern.length) throw gasException(`Invalid argument: format (unterminated quote in "${pattern}")`);
      out.push({ lit });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out.push({ field: c, count: j - i });
      i = j;
    } else {
      out.push({ lit: c });
      i++;
    }
  }
  return out;
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
}

export function formatDateIn(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  let out = '';
  for (const t of tokenize(String(pattern))) {
    if ('lit' in t) {
      out += t.lit;
      continue;
    }
    const n = t.count;
    switch (t.field) {
      case 'G': out += 'AD'; break;
      case 'y':
      case 'Y': out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n); break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd': out += pad(p.day, n); break;
      case 'D': out += pad(dayOfYear(p), n); break;
      case 'E': out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3); break;
      case 'u': out += pad(p.weekday === 0 ? 7 : p.weekday, n); break;
      case 'a': out += p.hour < 12 ? 'AM' : 'PM'; break;
      case 'H': out += pad(p.hour, n); break;
      case 'k': out += pad(p.hour === 0 ? 24 : p.hour, n); break;
      case 'K': out += pad(p.hour % 12, n); break;
      case 'h': out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n); break;
      case 'm': out += pad(p.minute, n); break;
      case 's': out += pad(p.second, n); break;
      case 'S': out += pad(p.ms, n); break;
      case 'z': out += p.zoneName; break;
      case 'Z': out += offsetText(p.offsetMin, 'Z'); break;
      case 'X': out += offsetText(p.offsetMin, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX'); break;
      default:
        throw gasException(`Invalid argument: format (illegal pattern character '${t.field}')`);
    }
  }
  return out;
}

/** Local wall time in `timeZone` → epoch ms (two passes resolve the offset). */
export function zonedToEpoch(
  timeZone: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0,
): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  let guess = wall - zonedParts(wall, timeZone).offsetMin * 60000;
  guess = wall - zonedParts(guess, timeZone).offsetMin * 60000;
  return guess;
}

function parseDateIn(text: string, timeZone: string, pattern: string): Date {
  const fields: string[] = [];
  let re = '^';
  for (const t of tokenize(pattern)) {
    if ('lit' in t) {
      re += t.lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    if ('yMdHhms'.includes(t.field) || t.field === 'S' || t.field === 'k') {
      fields.push(t.field);
      re += t.count >= 2 && t.field !== 'y' ? `(\\d{${t.count}})` : '(\\d+)';
    } else if (t.field === 'a') {
      fields.push('a');
      re += '(AM|PM|am|pm)';
    } else if (t.field === 'E') {
      fields.push('E');
      re += '([A-Za-z]+)';
    } else if (t.field === 'M') {
      fields.push('MMM');
      re += '([A-Za-z]+)';
    } else if (t.field === 'Z' || t.field === 'X') {
      fields.push('Z');
      re += '(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})';
    } else {
      throw gasException(`Invalid argument: format (illegal pattern character '${t.field}')`);
    }
  }
  const m = new RegExp(re + '$').exec(String(text).trim());
  if (!m) throw gasException(`Unparseable date: "${text}"`);
  let y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0;
  let pm: boolean | null = null;
  let offset: number | null = null;
  fields.forEach((f, i) => {
    const v = m[i + 1];
    const n = Number(v);
    if (f === 'y') y = v.length === 2 ? 2000 + n : n;
    else if (f === 'M') mo = n;
    else if (f === 'MMM') mo = MONTHS.findIndex((x) => x.toLowerCase().startsWith(v.toLowerCase().slice(0, 3))) + 1;
    else if (f === 'd') d = n;
    else if (f === 'H' || f === 'k') h = n % 24;
    else if (f === 'h') h = n % 12;
    else if (f === 'm') mi = n;
    else if (f === 's') s = n;
    else if (f === 'S') ms = n;
    else if (f === 'a') pm = v.toUpperCase() === 'PM';
    else if (f === 'Z') {
      if (v === 'Z') offset = 0;
      else {
        const z = /([+-])(\d{2}):?(\d{2})?/.exec(v);
        if (z) offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
      }
    }
  });
  if (pm === true) h += 12;
  if (mo < 1) throw gasException(`Unparseable date: "${text}"`);
  if (offset !== null) return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60000);
  return new Date(zonedToEpoch(timeZone, y, mo, d, h, mi, s, ms));
}

// ---------------------------------------------------------------------------------------------------------------

/** Utilities.sleep maximum (reference/utilities/utilities: "maximum allowed value is 300000 (or 5 minutes)"). */
export const SLEEP_MAX_MS = 300000;

/** Deterministic but unique RFC 4122 version-4 UUIDs, derived from the world's spreadsheet id and a counter. */
export function nextUuid(world: WorldState): string {
  world.uuidCounter = (world.uuidCounter ?? 0) + 1;
  const h = crypto.createHash('sha256').update(`${world.spreadsheet.id}|uuid|${world.uuidCounter}`).digest();
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

function decodeBase64Strict(encoded: string, webSafe: boolean): Buffer {
  const s = String(encoded).replace(/\s+/g, '');
  const ok = webSafe ? /^[A-Za-z0-9_\-+/]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!ok.test(s) || s.replace(/=+$/, '').length % 4 === 1) throw gasException('Could not decode string.');
  return Buffer.from(webSafe ? s.replace(/-/g, '+').replace(/_/g, '/') : s, 'base64');
}

function isDateLike(x: unknown): x is Date {
  return !!x && typeof x === 'object' && typeof (x as Date).getTime === 'function';
}

export class FakeUtilities implements GasUtilities {
  readonly [FAKE_TYPE] = 'Utilities';
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm as unknown as typeof GoogleAppsScript.Utilities.RsaAlgorithm;

  constructor(private readonly exec: Execution) {}

  base64Decode(encoded: string, _charset?: GasCharset): number[] {
    return toSignedBytes(decodeBase64Strict(encoded, false));
  }

  base64DecodeWebSafe(encoded: string, _charset?: GasCharset): number[] {
    return toSignedBytes(decodeBase64Strict(encoded, true));
  }

  base64Encode(data: number[] | string, charset?: GasCharset): string {
    return bytesOf(data, charset).toString('base64');
  }

  /** Web-safe alphabet ('-' and '_'), padding kept, as Apps Script does. */
  base64EncodeWebSafe(data: number[] | string, charset?: GasCharset): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  computeDigest(algorithm: GasDigestAlgorithm, value: number[] | string, charset?: GasCharset): number[] {
    charset = signingCharset(value, charset);
    const alg = DIGEST_NODE[String(algorithm)];
    if (!alg) throw gasException('Invalid argument: algorithm');
    let h: crypto.Hash;
    try {
      h = crypto.createHash(alg);
    } catch {
      throw new Error(`Digest algorithm ${String(algorithm)} is not available in the emulator.`);
    }
    return toSignedBytes(h.update(bytesOf(value, charset)).digest());
  }

  computeHmacSha256Signature(value: number[] | string, key: number[] | string, charset?: GasCharset): number[] {
    return this.computeHmacSignature(MacAlgorithm.HMAC_SHA_256 as unknown as GasMacAlgorithm, value, key, charset);
  }

  computeHmacSignature(
    algorithm: GasMacAlgorithm, value: number[] | string, key: number[] | string, charset?: GasCharset,
  ): number[] {
    const alg = MAC_NODE[String(algorithm)];
    if (!alg) throw gasException('Invalid argument: algorithm');
    charset = signingCharset(value, charset);
    return toSignedBytes(crypto.createHmac(alg, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  computeRsaSha1Signature(value: string, key: string, charset?: GasCharset): number[] {
    return this.computeRsaSignature(RsaAlgorithm.RSA_SHA_1 as unknown as GasRsaAlgorithm, value, key, charset);
  }

  computeRsaSha256Signature(value: string, key: string, charset?: GasCharset): number[] {
    return this.computeRsaSignature(RsaAlgorithm.RSA_SHA_256 as unknown as GasRsaAlgorithm, value, key, charset);
  }

  computeRsaSignature(algorithm: GasRsaAlgorithm, value: string, key: string, charset?: GasCharset): number[] {
    const alg = String(algorithm) === 'RSA_SHA_1' ? 'RSA-SHA1' : 'RSA-SHA256';
    charset = signingCharset(value, charset);
    try {
      return toSignedBytes(crypto.createSign(alg).update(bytesOf(value, charset)).sign(String(key)));
    } catch {
      throw gasException('Invalid argument: key');
    }
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDateLike(date) || isNaN(date.getTime())) throw gasException('Invalid argument: date');
    return formatDateIn(date.getTime(), String(timeZone), String(format));
  }

  /** java.lang.String.format subset: %s, %d, %f (with precision), %%. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(\d+\$)?([-0-9]*)(?:\.(\d+))?([sdf%])/g, (_m, _pos, _w, prec, conv: string) => {
      if (conv === '%') return '%';
      const a = args[i++];
      if (conv === 'd') return String(Math.trunc(Number(a)));
      if (conv === 'f') return Number(a).toFixed(prec === undefined ? 6 : Number(prec));
      return String(a);
    });
  }

  getUuid(): string {
    return nextUuid(this.exec.world);
  }

  gzip(blob: GoogleAppsScript.Base.BlobSource, name?: string): FakeBlob {
    const b = toFakeBlob(blob);
    if (!b) throw gasException('Invalid argument: blob');
    return new FakeBlob(zlib.gzipSync(b.hostBytes()), 'application/x-gzip', name ?? `${b.getName() ?? 'archive'}.gz`);
  }

  ungzip(blob: GoogleAppsScript.Base.BlobSource): FakeBlob {
    const b = toFakeBlob(blob);
    if (!b) throw gasException('Invalid argument: blob');
    return new FakeBlob(zlib.gunzipSync(b.hostBytes()), null, (b.getName() ?? '').replace(/\.gz$/, '') || null);
  }

  /** A blob made from text is text/plain unless told otherwise; one made from bytes has no content type. */
  newBlob(data: number[] | string, contentType?: string, name?: string): FakeBlob {
    const text = typeof data === 'string';
    const bytes = text ? encodeString(data) : bytesOf(data);
    return new FakeBlob(bytes, contentType ?? (text ? 'text/plain' : null), name ?? null);
  }

  /** RFC 4180 CSV; `delimiter` is one character (default ','). */
  parseCsv(csv: string, delimiter?: string): string[][] {
    const d = delimiter ?? ',';
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    const s = String(csv);
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (quoted) {
        if (c === '"' && s[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === d) {
        row.push(cell);
        cell = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && s[i + 1] === '\n') i++;
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
      } else cell += c;
    }
    if (cell !== '' || row.length > 0) {
      row.push(cell);
      rows.push(row);
    }
    return rows;
  }

  /** Numeric SimpleDateFormat fields (y M MMM d H h k m s S a Z X); text fields other than months are skipped. */
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDateIn(String(date), String(timeZone), String(format));
  }

  /** Advances the emulated clock; Apps Script rejects more than 300000 ms. */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!(ms >= 0)) throw gasException('Invalid argument: milliseconds');
    if (ms > SLEEP_MAX_MS) throw gasException(`Argument too large: milliseconds (the maximum is ${SLEEP_MAX_MS})`);
    this.exec.world.now += Math.floor(ms);
  }

  /** @deprecated in Apps Script. */
  jsonParse(jsonString: string): unknown {
    return JSON.parse(jsonString) as unknown;
  }

  /** @deprecated in Apps Script. */
  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }

  unzip(_blob: GoogleAppsScript.Base.BlobSource): FakeBlob[] {
    throw new Error('Utilities.unzip is not emulated.');
  }

  zip(_blobs: GoogleAppsScript.Base.BlobSource[], _name?: string): FakeBlob {
    throw new Error('Utilities.zip is not emulated.');
  }
}

export function createUtilities(exec: Execution): FakeUtilities {
  return new FakeUtilities(exec);
}
