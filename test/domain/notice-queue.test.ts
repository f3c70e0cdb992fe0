// Pure rules of the Titular's notice queue: waiting decision, bounded property values, order and tolerance of bad values.
import {
  AVISO_COLA_MAX_BYTES,
  AVISO_INTERVALO_MS,
  AVISO_KEY_PREFIX,
  AVISO_TEXTO_MAX,
  AVISO_ULTIMO_KEY,
  AVISO_VALUE_MAX_BYTES,
  debeEsperar,
  entradasDeCola,
  leerCola,
  ultimoEnvio,
  utf8Bytes,
} from '../../src/domain/notice-queue';

const EMPTY = { keys: [], avisos: [], bytes: 0 };

describe('notice queue', () => {
  test('utf8Bytes counts like UTF-8 (accents 2, emoji 4)', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('autorización')).toBe(Buffer.byteLength('autorización'));
    expect(utf8Bytes('💜 ñ €')).toBe(Buffer.byteLength('💜 ñ €'));
  });

  test('the first notice never waits; within the interval they wait; after it, or with a full queue, they go', () => {
    const t = 1_800_000_000_000;
    expect(debeEsperar(t, 0, EMPTY)).toBe(false);
    expect(debeEsperar(t, t - 60_000, EMPTY)).toBe(true);
    expect(debeEsperar(t, t - AVISO_INTERVALO_MS + 1, EMPTY)).toBe(true);
    expect(debeEsperar(t, t - AVISO_INTERVALO_MS, EMPTY)).toBe(false);
    expect(debeEsperar(t, t - 60_000, { keys: ['k'], avisos: [], bytes: AVISO_COLA_MAX_BYTES + 1 })).toBe(false);
    // A clock that went backwards does not hold notices forever.
    expect(debeEsperar(t, t + 60_000, EMPTY)).toBe(false);
    expect(ultimoEnvio({ [AVISO_ULTIMO_KEY]: String(t) })).toBe(t);
    expect(ultimoEnvio({ [AVISO_ULTIMO_KEY]: 'basura' })).toBe(0);
  });

  test('entries stay under the per-value limit, keep every notice in order, and read back sorted by time', () => {
    const long = 'Aviso con acentos áéíóú y emoji 💜 '.repeat(60); // clipped to AVISO_TEXTO_MAX
    const textos = Array.from({ length: 40 }, (_, i) => `${i}: ${long}`);
    const a = entradasDeCola(2_000, textos, 'b-2');
    const b = entradasDeCola(1_000, ['primero'], 'a1');
    for (const [k, v] of Object.entries(a)) {
      expect(k.startsWith(AVISO_KEY_PREFIX)).toBe(true);
      expect(utf8Bytes(v)).toBeLessThanOrEqual(AVISO_VALUE_MAX_BYTES);
    }
    expect(Object.keys(a).length).toBeGreaterThan(1);
    const cola = leerCola({ ...a, ...b, OTRA: 'x', [AVISO_ULTIMO_KEY]: '5' });
    expect(cola.keys).toHaveLength(Object.keys(a).length + 1);
    expect(cola.avisos).toHaveLength(41);
    expect(cola.avisos[0]).toEqual({ at: 1_000, texto: 'primero' });
    expect(cola.avisos.slice(1).map((x) => x.texto.split(':')[0])).toEqual(textos.map((_, i) => String(i)));
    expect(cola.avisos[1].texto.length).toBe(AVISO_TEXTO_MAX);
    expect(cola.avisos[1].texto.endsWith('…')).toBe(true);
  });

  test('a malformed queued value is listed (so it can be removed) but yields no notice', () => {
    const cola = leerCola({ [AVISO_KEY_PREFIX + '1']: '{no es json', [AVISO_KEY_PREFIX + '2']: JSON.stringify([[1, 'ok'], ['x', 2]]) });
    expect(cola.keys).toHaveLength(2);
    expect(cola.avisos).toEqual([{ at: 1, texto: 'ok' }]);
  });
});
