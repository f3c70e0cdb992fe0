// One versioned fingerprint per kind: version 1 stays what earlier records signed; version 2 covers title, category, veda and the image bytes.
import { createHash } from 'crypto';
import { canonicalCalendario, type CalendarioContent } from '../../src/domain/authorization';
import { boletinFingerprint, bytesFingerprint, formatHuella, parseHuella, publicationFingerprint } from '../../src/domain/fingerprint';

const base: CalendarioContent = {
  id: 'CAL-20261201-1', fecha: new Date(2026, 11, 1), hora: '10:00', redes: 'X, Facebook', textoX: 'Hola', textoFacebook: 'Hola FB', textoWeb: '',
  imagen: 'https://drive.google.com/file/d/1abcdefghijk/view', tema: 'Vivir sin violencia', categoria: 'Campaña', veda: '', imagenContenido: 'a'.repeat(64),
};
const hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('fingerprints', () => {
  test('version 1 is the form earlier records signed: it ignores the fields version 2 added', () => {
    const v1 = publicationFingerprint(base, 1);
    expect(v1).toBe(hex(JSON.stringify(['calendario/v1', 'CAL-20261201-1', '2026-12-01', '10:00', ['Facebook', 'X'], [['Facebook', 'Hola FB'], ['Web', ''], ['X', 'Hola']], base.imagen])));
    expect(publicationFingerprint({ ...base, tema: 'Otro', categoria: 'Otra', veda: 'Sí', imagenContenido: 'b'.repeat(64) }, 1)).toBe(v1);
  });

  test.each([['tema', 'Otro título'], ['categoria', 'Salud'], ['veda', 'Sí'], ['imagenContenido', 'b'.repeat(64)]] as const)('version 2 changes with %s', (k, v) => {
    expect(publicationFingerprint({ ...base, [k]: v })).not.toBe(publicationFingerprint(base));
    expect(publicationFingerprint(base)).toBe(hex(canonicalCalendario(base, 2)));
  });

  test('the stored form carries the version; unknown versions and malformed text are refused', () => {
    const h = publicationFingerprint(base);
    expect(formatHuella({ version: 2, hex: h })).toBe('v2:' + h);
    expect(formatHuella({ version: 1, hex: h })).toBe(h);
    expect(parseHuella('calendario', 'v2:' + h)).toEqual({ version: 2, hex: h });
    expect(parseHuella('calendario', h)).toEqual({ version: 1, hex: h });
    expect(parseHuella('calendario', 'v3:' + h)).toBeNull();
    expect(parseHuella('calendario', 'v1:' + h)).toBeNull();
    expect(parseHuella('boletines', 'v3:' + h)).toBeNull();
    expect(parseHuella('calendario', 'x')).toBeNull();
  });

  test('the boletín: version 1 ignores the Doc text it never covered; version 2 covers it', () => {
    const b = { numero: 'CS01-1', fecha: new Date(2026, 11, 3), titulo: 'T', lugar: 'L', resumen: 'R', documento: 'https://docs.google.com/document/d/1x/edit' };
    expect(boletinFingerprint({ ...b, textoDoc: 'texto del Doc' }, 1)).toBe(boletinFingerprint(b, 1));
    expect(boletinFingerprint({ ...b, textoDoc: 'texto del Doc' }, 2)).not.toBe(boletinFingerprint({ ...b, textoDoc: 'otro texto' }, 2));
    expect(boletinFingerprint({ ...b, textoDoc: 'texto del Doc' }, 2)).not.toBe(boletinFingerprint(b, 1));
    expect(() => boletinFingerprint(b, 3)).toThrow('FINGERPRINT_VERSION_UNKNOWN');
  });

  test('the image hash is the SHA-256 of the bytes, from Apps Script\'s signed bytes', () => {
    const bytes = Buffer.from([0x89, 0x50, 0xff, 0x00, 0x80]);
    const signed = [...bytes].map((b) => (b > 127 ? b - 256 : b));
    expect(bytesFingerprint(signed)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
