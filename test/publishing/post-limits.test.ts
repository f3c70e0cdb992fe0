// Post limits: X weighted length (twitter-text vectors from the reference), Facebook length, image checks in Spanish.
import {
  FACEBOOK_MAX,
  X_MAX_WEIGHTED,
  validatePostTexts,
  xCounter,
  xWeightedLength,
} from '../../src/domain/post-limits';

describe('post-limits: xWeightedLength', () => {
  it.each([
    ['Hello, world! 👋', 16],
    ['see https://example.com/very/long/path?x=1 ok', 30],
    ['a'.repeat(280), 280],
    ['a'.repeat(281), 281],
    ['👨‍👩‍👧‍👦', 2],
    ['日本語', 6],
    ['café', 4],
  ])('%j weighs %d', (text, n) => {
    expect(xWeightedLength(text)).toBe(n);
  });

  it('280 is valid, 281 is not', () => {
    expect(xCounter('a'.repeat(280))).toEqual({ length: 280, max: X_MAX_WEIGHTED, remaining: 0, valid: true });
    expect(xCounter('a'.repeat(281)).valid).toBe(false);
  });
});

describe('post-limits: validatePostTexts', () => {
  it('accepts texts within the limits', () => {
    expect(validatePostTexts({ x: 'Hola', facebook: 'Hola', web: 'Hola' }, ['X', 'Facebook', 'Web'])).toEqual([]);
  });

  it('reports an X text over 280 weighted characters in Spanish, counting URLs as 23', () => {
    const text = 'https://icm.gob.mx/' + 'x'.repeat(200) + ' ' + 'y'.repeat(57);
    expect(xWeightedLength(text)).toBe(23 + 1 + 57);
    const long = 'ñ'.repeat(281);
    const p = validatePostTexts({ x: long }, ['X']);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ red: 'X', code: 'X_DEMASIADO_LARGO' });
    expect(p[0].mensaje).toContain('281');
    expect(p[0].mensaje).toContain('Quite 1');
  });

  it('only checks the networks the post goes to', () => {
    expect(validatePostTexts({ x: 'a'.repeat(400), facebook: 'ok' }, ['Facebook'])).toEqual([]);
    expect(validatePostTexts({ x: '' }, ['X'])[0]).toMatchObject({ code: 'TEXTO_VACIO', mensaje: 'Falta el texto para X.' });
  });

  it('checks the Facebook limit in code points', () => {
    expect(validatePostTexts({ facebook: 'a'.repeat(FACEBOOK_MAX) }, ['Facebook'])).toEqual([]);
    expect(validatePostTexts({ facebook: 'a'.repeat(FACEBOOK_MAX + 1) }, ['Facebook'])[0].code).toBe('FACEBOOK_DEMASIADO_LARGO');
    // An emoji is one character for Facebook, not two UTF-16 units.
    expect(validatePostTexts({ facebook: '👋'.repeat(FACEBOOK_MAX) }, ['Facebook'])).toEqual([]);
  });

  it('checks image type and per-network size', () => {
    const big = { size: 4.5 * 1024 * 1024, mimeType: 'image/png', name: 'cartel.png' };
    const p = validatePostTexts({ x: 'a', facebook: 'b', web: 'c' }, ['X', 'Facebook', 'Web'], big);
    expect(p.map((x) => [x.red, x.code])).toEqual([['Facebook', 'IMAGEN_GRANDE']]);
    expect(p[0].mensaje).toBe('La imagen «cartel.png» pesa 4.5 MB; para Facebook el máximo es 4 MB.');
    const pdf = validatePostTexts({ x: 'a' }, ['X'], { size: 10, mimeType: 'application/pdf' });
    expect(pdf[0].code).toBe('IMAGEN_TIPO');
    // Exactly 4 MB is fine for Facebook (its documented recommendation is "under 4MB"); one byte more is not.
    expect(validatePostTexts({ facebook: 'b' }, ['Facebook'], { size: 4 * 1024 * 1024, mimeType: 'image/jpeg' })).toEqual([]);
    expect(validatePostTexts({ facebook: 'b' }, ['Facebook'], { size: 4 * 1024 * 1024 + 1, mimeType: 'image/jpeg' })[0].code).toBe('IMAGEN_GRANDE');
  });

  it('WebP is not among the formats Facebook lists; X and the website take it', () => {
    const webp = { size: 1000, mimeType: 'image/webp', name: 'cartel.webp' };
    const p = validatePostTexts({ x: 'a', facebook: 'b', web: 'c' }, ['X', 'Facebook', 'Web'], webp);
    expect(p.map((x) => [x.red, x.code])).toEqual([['Facebook', 'IMAGEN_TIPO']]);
    expect(p[0].mensaje).toBe('La imagen «cartel.webp» no es JPG, PNG, GIF, BMP ni TIFF; Facebook no la acepta.');
    expect(validatePostTexts({ facebook: 'b' }, ['Facebook'], { size: 1000, mimeType: 'image/bmp' })).toEqual([]);
  });
});
