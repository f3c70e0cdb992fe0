// Pins the Utilities fake: signed-byte HMAC and digests, base64, Blobs, UUIDs, formatDate patterns and sleep.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createUtilities } from '../../local/fakes/utilities.fake';

function setup() {
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 't', user: 'asistente@example.org' });
  return { world, exec, u: createUtilities(exec) };
}

// Reference section B1 (X "Creating a signature" page, host api.x.com).
const BASE =
  'POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521';
const KEY = 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw&LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE';

describe('Utilities fake (reference/utilities/utilities)', () => {
  test('computeHmacSignature(HMAC_SHA_1) returns signed bytes; OAuth 1.0a vector B1', () => {
    const { u } = setup();
    const sig = u.computeHmacSignature(u.MacAlgorithm.HMAC_SHA_1, BASE, KEY);
    expect(Array.isArray(sig)).toBe(true);
    // 2E CF 77 84 98 ... as Java bytes: 0xCF = -49, 0x84 = -124.
    expect(sig.slice(0, 5)).toEqual([0x2e, -49, 0x77, -124, -104]);
    expect(sig.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(u.base64Encode(sig)).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=');
  });

  test('byte-array key and value give the same HMAC as strings', () => {
    const { u } = setup();
    const v = u.base64Decode(u.base64Encode(BASE));
    const k = u.base64Decode(u.base64Encode(KEY));
    expect(u.base64Encode(u.computeHmacSignature(u.MacAlgorithm.HMAC_SHA_1, v, k))).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=');
  });

  test('computeHmacSha256Signature matches RFC 4231 test case 2', () => {
    const { u } = setup();
    const sig = u.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    const hex = sig.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  test('computeDigest(SHA_256, "abc") in signed bytes', () => {
    const { u } = setup();
    const d = u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc');
    // ba7816bf 8f01cfea ... : 0xba = -70, 0x78 = 120, 0x16 = 22, 0xbf = -65, 0x8f = -113, 0x01 = 1, 0xcf = -49, 0xea = -22
    expect(d.slice(0, 8)).toEqual([-70, 120, 22, -65, -113, 1, -49, -22]);
    expect(d).toHaveLength(32);
    const hex = d.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('computeDigest MD5 and charset US_ASCII', () => {
    const { u } = setup();
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, '');
    expect(u.base64Encode(md5)).toBe('1B2M2Y8AsgTpgAmY7PhCfg==');
    expect(u.computeDigest(u.DigestAlgorithm.SHA_1, 'ñ', u.Charset.US_ASCII)).toEqual(
      u.computeDigest(u.DigestAlgorithm.SHA_1, '?'),
    );
  });

  test('base64 round trip (UTF-8 strings, bytes, web-safe)', () => {
    const { u } = setup();
    expect(u.base64Encode('Día Naranja ♀')).toBe(Buffer.from('Día Naranja ♀').toString('base64'));
    const bytes = u.base64Decode(u.base64Encode('Día Naranja ♀'));
    expect(u.newBlob(bytes).getDataAsString()).toBe('Día Naranja ♀');
    const raw = [-1, -2, 62, 63, 0, 127, -128];
    expect(u.base64Decode(u.base64Encode(raw))).toEqual(raw);
    const ws = u.base64EncodeWebSafe(raw);
    expect(ws).not.toMatch(/[+/]/);
    expect(u.base64DecodeWebSafe(ws)).toEqual(raw);
    expect(() => u.base64Decode('***')).toThrow('Could not decode string.');
  });

  test('newBlob: signed bytes, string data, name and content type', () => {
    const { u } = setup();
    const b = u.newBlob('hola ñ', 'text/plain', 'saludo.txt');
    expect(b.getBytes()).toEqual([104, 111, 108, 97, 32, -61, -79]);
    expect(b.getDataAsString()).toBe('hola ñ');
    expect(b.getContentType()).toBe('text/plain');
    expect(b.getName()).toBe('saludo.txt');
    const c = b.copyBlob().setName('otro.txt').setContentType('text/csv');
    expect(b.getName()).toBe('saludo.txt');
    expect(c.getContentType()).toBe('text/csv');
    const pdf = u.newBlob([37, 80, 68, 70], 'application/pdf', 'x.bin');
    expect(pdf.getAs('application/pdf').getName()).toBe('x.pdf');
    expect(() => b.getAs('application/pdf')).toThrow('Converting from text/plain to application/pdf is not supported.');
  });

  test('getUuid: RFC 4122 version 4, unique', () => {
    const { u } = setup();
    const a = u.getUuid();
    const b = u.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  test('formatDate in America/Monterrey (UTC−6 all year since 2022) with SimpleDateFormat patterns', () => {
    const { u } = setup();
    const d = new Date(Date.UTC(2026, 6, 5, 3, 7, 9, 45)); // 4 July 2026 21:07:09.045 in Monterrey
    const z = 'America/Monterrey';
    expect(u.formatDate(d, z, 'yyyy-MM-dd HH:mm:ss')).toBe('2026-07-04 21:07:09');
    expect(u.formatDate(d, z, 'yy M d H')).toBe('26 7 4 21');
    expect(u.formatDate(d, z, 'EEE, d MMM yyyy hh:mm a')).toBe('Sat, 4 Jul 2026 09:07 PM');
    expect(u.formatDate(d, z, 'EEEE d MMMM')).toBe('Saturday 4 July');
    expect(u.formatDate(d, z, 'SSS Z XXX')).toBe('045 -0600 -06:00');
    expect(u.formatDate(d, z, "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-07-04T21:07:09-06:00');
    expect(u.formatDate(d, z, "'o''clock' h")).toBe("o'clock 9");
    // Winter: still UTC−6 (Mexico abolished DST in 2022).
    expect(u.formatDate(new Date(Date.UTC(2026, 0, 15, 12, 0)), z, 'HH:mm Z')).toBe('06:00 -0600');
    expect(u.formatDate(d, 'UTC', 'yyyy-MM-dd HH:mm XXX')).toBe('2026-07-05 03:07 Z');
    expect(u.formatDate(d, 'Europe/Madrid', 'HH:mm XXX')).toBe('05:07 +02:00');
  });

  test('parseDate reads wall time in the zone', () => {
    const { u } = setup();
    const d = u.parseDate('2026-12-01 10:30', 'America/Monterrey', 'yyyy-MM-dd HH:mm');
    expect(d.getTime()).toBe(Date.UTC(2026, 11, 1, 16, 30));
  });

  test('sleep advances the emulated clock; more than 300000 ms throws', () => {
    const { u, world } = setup();
    const t0 = world.now;
    u.sleep(1500);
    expect(world.now).toBe(t0 + 1500);
    expect(() => u.sleep(300001)).toThrow(/milliseconds/);
    expect(world.now).toBe(t0 + 1500);
  });

  test('parseCsv', () => {
    const { u } = setup();
    expect(u.parseCsv('a,"b,c"\n"d ""e""",f')).toEqual([['a', 'b,c'], ['d "e"', 'f']]);
  });
});
