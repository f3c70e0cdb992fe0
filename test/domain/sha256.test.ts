// The pure SHA-256 / HMAC-SHA256 agree with Node's crypto for Spanish text, emoji, long and empty inputs.
import { createHash, createHmac } from 'crypto';
import fc from 'fast-check';
import { base64Of, hmacSha256, sha256HexOf } from '../../src/domain/sha256';

const samples = ['', 'abc', 'Información: niñas y mujeres 💜 https://icm.gob.mx', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'á'.repeat(1000)];

describe('pure sha256 and hmac', () => {
  test('sha256 matches crypto', () => {
    for (const s of samples) expect(sha256HexOf(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => sha256HexOf(s) === createHash('sha256').update(s, 'utf8').digest('hex')));
  });

  test('hmac matches crypto (short and long keys), base64 as Utilities gives it', () => {
    for (const key of ['k', 'clave-secreta-ñ', 'K'.repeat(100)]) {
      for (const s of samples) {
        expect(base64Of(hmacSha256(key, s))).toBe(createHmac('sha256', Buffer.from(key, 'utf8')).update(s, 'utf8').digest('base64'));
      }
    }
    expect(base64Of([1])).toBe('AQ==');
    expect(base64Of([1, 2])).toBe('AQI=');
  });
});
