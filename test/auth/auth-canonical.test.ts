// Canonical authorized content and ledger record text: deterministic, and sensitive to every authorized field.
import {
  canonicalBoletin,
  canonicalCalendario,
  canonicalPropuesta,
  type CalendarioContent,
  ledgerCanonical,
  parseRedes,
  wholeSeconds,
} from '../../src/domain/authorization';

const base: CalendarioContent = {
  id: 'CAL-20261201-1',
  fecha: new Date(2026, 11, 1),
  hora: '10:00',
  redes: 'X, Facebook',
  textoX: 'Hola ✨ https://icm.gob.mx',
  textoFacebook: 'Texto largo',
  textoWeb: '',
  imagen: 'https://drive.google.com/file/d/abc',
};

describe('auth-canonical', () => {
  test('calendar content is deterministic: network order, date as text or Date, hour as text or Date', () => {
    const a = canonicalCalendario(base);
    expect(canonicalCalendario({ ...base, redes: 'Facebook;x' })).toBe(a);
    expect(canonicalCalendario({ ...base, fecha: '2026-12-01' })).toBe(a);
    expect(canonicalCalendario({ ...base, hora: new Date(1899, 11, 30, 10, 0) })).toBe(a);
    expect(JSON.parse(a)).toEqual([
      'calendario/v1', 'CAL-20261201-1', '2026-12-01', '10:00', ['Facebook', 'X'],
      [['Facebook', 'Texto largo'], ['Web', ''], ['X', 'Hola ✨ https://icm.gob.mx']],
      'https://drive.google.com/file/d/abc',
    ]);
  });

  test.each<[string, Partial<CalendarioContent>]>([
    ['texto X', { textoX: 'Hola ✨ https://icm.gob.mx ' }],
    ['texto Facebook', { textoFacebook: 'Texto largo.' }],
    ['texto web', { textoWeb: 'x' }],
    ['imagen', { imagen: 'https://drive.google.com/file/d/xyz' }],
    ['fecha', { fecha: new Date(2026, 11, 2) }],
    ['hora', { hora: '10:01' }],
    ['redes', { redes: 'X' }],
    ['id', { id: 'CAL-20261201-2' }],
  ])('changing the %s changes the canonical text', (_name, change) => {
    expect(canonicalCalendario({ ...base, ...change })).not.toBe(canonicalCalendario(base));
  });

  test('boletín and propuesta content cover each field', () => {
    const b = { numero: 7, fecha: '2026-12-01', titulo: 'T', lugar: 'Saltillo', resumen: 'R', documento: 'https://docs/1' };
    for (const k of Object.keys(b) as Array<keyof typeof b>) {
      expect(canonicalBoletin({ ...b, [k]: 'otro' })).not.toBe(canonicalBoletin(b));
    }
    const p = { id: 'PRO-1', tipo: 'Campaña', tema: 'T', direccion: 'D', marcoLegal: 'Ambas', descripcion: 'd', del: '2026-12-01', al: '2026-12-31', redes: 'X' };
    for (const k of Object.keys(p) as Array<keyof typeof p>) {
      expect(canonicalPropuesta({ ...p, [k]: 'otro' })).not.toBe(canonicalPropuesta(p));
    }
  });

  test('redes: known names normalized, unknown kept, sorted, de-duplicated', () => {
    expect(parseRedes('web, X, x ,Facebook')).toEqual(['Facebook', 'Web', 'X']);
    expect(parseRedes('X, TikTok')).toEqual(['TikTok', 'X']);
    expect(parseRedes('')).toEqual([]);
  });

  test('ledger record text covers every field and whole seconds only', () => {
    const r = { fecha: new Date(Date.UTC(2026, 10, 30, 15, 0, 0, 400)), hoja: 'Calendario', elemento: 'CAL-1', decision: 'Autorizado', por: 'Titular@ICM.gob.mx', huella: 'AB', comentario: '' };
    const c = ledgerCanonical(r);
    expect(ledgerCanonical({ ...r, fecha: wholeSeconds(r.fecha) })).toBe(c);
    expect(JSON.parse(c)).toEqual(['autorizacion/v1', 'Calendario', 'CAL-1', 'Autorizado', 'titular@icm.gob.mx', 'ab', Math.round(r.fecha.getTime() / 1000), '']);
    for (const k of ['hoja', 'elemento', 'decision', 'por', 'huella', 'comentario'] as const) {
      expect(ledgerCanonical({ ...r, [k]: 'z' })).not.toBe(c);
    }
    expect(ledgerCanonical({ ...r, fecha: new Date(r.fecha.getTime() + 1000) })).not.toBe(c);
  });
});
