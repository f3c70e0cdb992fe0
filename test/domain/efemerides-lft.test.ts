// Pins the Ley Federal del Trabajo art. 74 rest days for 2024–2030 and the women's-rights dates with their themes.
import { descansosLft, efemeridesDelAnio, efemeridesDelMes, isTransmisionYear, TIPO_ACTIVISMO, TIPO_NARANJA } from '../../src/domain/efemerides';

const EXPECTED: Record<number, string[]> = {
  2024: ['2024-01-01', '2024-02-05', '2024-03-18', '2024-05-01', '2024-09-16', '2024-10-01', '2024-11-18', '2024-12-25'],
  2025: ['2025-01-01', '2025-02-03', '2025-03-17', '2025-05-01', '2025-09-16', '2025-11-17', '2025-12-25'],
  2026: ['2026-01-01', '2026-02-02', '2026-03-16', '2026-05-01', '2026-09-16', '2026-11-16', '2026-12-25'],
  2027: ['2027-01-01', '2027-02-01', '2027-03-15', '2027-05-01', '2027-09-16', '2027-11-15', '2027-12-25'],
  2028: ['2028-01-01', '2028-02-07', '2028-03-20', '2028-05-01', '2028-09-16', '2028-11-20', '2028-12-25'],
  2029: ['2029-01-01', '2029-02-05', '2029-03-19', '2029-05-01', '2029-09-16', '2029-11-19', '2029-12-25'],
  2030: ['2030-01-01', '2030-02-04', '2030-03-18', '2030-05-01', '2030-09-16', '2030-10-01', '2030-11-18', '2030-12-25'],
};

describe('LFT art. 74 rest days', () => {
  test.each(Object.keys(EXPECTED).map(Number))('%i', (year) => {
    expect(descansosLft(year).map((d) => d.fecha)).toEqual(EXPECTED[year]);
  });

  test('1 October only in transmission years (every six years from 2024), never 1 December', () => {
    expect([2024, 2025, 2029, 2030, 2036].map(isTransmisionYear)).toEqual([true, false, false, true, true]);
    expect(descansosLft(2030).find((d) => d.fecha === '2030-10-01')?.nombre).toBe('Transmisión del Poder Ejecutivo Federal');
    expect(descansosLft(2024).some((d) => d.fecha === '2024-12-01')).toBe(false);
  });
});

describe("women's-rights efemérides", () => {
  const y2026 = efemeridesDelAnio(2026);
  const on = (fecha: string): string[] => y2026.filter((e) => e.fecha === fecha).map((e) => e.nombre);

  test('fixed dates with suggested themes', () => {
    expect(on('2026-02-11')).toContain('Día Internacional de la Mujer y la Niña en la Ciencia');
    expect(on('2026-03-08')).toContain('Día Internacional de la Mujer');
    expect(on('2026-05-28')).toContain('Día Internacional de Acción por la Salud de las Mujeres');
    expect(on('2026-09-23')).toContain('Día Internacional contra la Explotación Sexual y la Trata de Personas');
    expect(on('2026-10-11')).toContain('Día Internacional de la Niña');
    expect(on('2026-10-15')).toContain('Día Internacional de las Mujeres Rurales');
    expect(on('2026-10-17')).toContain('Aniversario del voto de las mujeres en México (1953)');
    expect(on('2026-10-19')).toContain('Día Internacional de la Lucha contra el Cáncer de Mama');
    expect(on('2026-12-10')).toContain('Día de los Derechos Humanos');
    for (const e of y2026) expect(e.temaSugerido).not.toBe('');
  });

  test('Día Naranja every 25th, and 25 December is also Navidad', () => {
    const naranja = y2026.filter((e) => e.tipo === TIPO_NARANJA).map((e) => e.fecha);
    expect(naranja).toHaveLength(12);
    expect(naranja.every((f) => f.endsWith('-25'))).toBe(true);
    expect(on('2026-12-25')).toEqual(['Navidad', 'Día Naranja']);
  });

  test('16 días de activismo run from 25 November to 10 December', () => {
    const dias = y2026.filter((e) => e.tipo === TIPO_ACTIVISMO).map((e) => e.fecha);
    expect(dias).toHaveLength(16);
    expect(dias[0]).toBe('2026-11-25');
    expect(dias[15]).toBe('2026-12-10');
    expect(on('2026-11-25')).toEqual([
      'Día Internacional de la Eliminación de la Violencia contra la Mujer',
      'Día Naranja',
      '16 días de activismo contra la violencia de género (día 1 de 16)',
    ]);
    expect(on('2026-12-01')).toEqual(['16 días de activismo contra la violencia de género (día 7 de 16)']);
  });

  test('a month holds only its own days', () => {
    const dec = efemeridesDelMes(2026, 12);
    expect(dec.every((e) => e.fecha.startsWith('2026-12-'))).toBe(true);
    expect(dec.length).toBe(10 + 1 + 2); // 10 activism days, Derechos Humanos, Navidad + Día Naranja
  });
});
