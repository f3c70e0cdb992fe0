// Tests for the pure Programar mes rules: one row per day, weekends pending, themes, agenda eve, vedas, idempotence.
import { planMonth, type PlanInput, slotId } from '../../src/domain/calendar.plan';
import { DEFAULT_CONFIG } from '../../src/domain/config.types';
import { efemeridesDelAnio } from '../../src/domain/efemerides';
import { monthGrid, dayCellText } from '../../src/domain/month-grid';

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    year: 2026,
    month1: 12,
    config: { ...DEFAULT_CONFIG },
    propuestas: [],
    efemerides: efemeridesDelAnio(2026).map((e) => ({ fecha: e.fecha, nombre: e.nombre, tipo: e.tipo, tema: e.temaSugerido, texto: e.textoSugerido })),
    agenda: [],
    existing: [],
    ...over,
  };
}

describe('planMonth', () => {
  test('December 2026: 31 rows, 8 weekend rows pending the Asistente, ids by day', () => {
    const r = planMonth(input());
    expect(r.create).toHaveLength(31);
    expect(r.kept).toEqual([]);
    const weekend = r.create.filter((c) => c.finDeSemana !== '');
    expect(weekend.map((c) => c.fecha)).toEqual(['2026-12-05', '2026-12-06', '2026-12-12', '2026-12-13', '2026-12-19', '2026-12-20', '2026-12-26', '2026-12-27']);
    expect(weekend.every((c) => c.finDeSemana === 'Por decidir')).toBe(true);
    expect(r.create[0]).toMatchObject({ id: 'CAL-20261201-1', fecha: '2026-12-01', hora: '10:00', estado: 'Borrador', redes: 'X, Facebook, Web', veda: '' });
  });

  test('themes from efemérides: 16 días from the 1st, Navidad + Día Naranja on the 25th, Derechos Humanos on the 10th', () => {
    const byDay = new Map(planMonth(input()).create.map((c) => [c.fecha, c]));
    expect(byDay.get('2026-12-01')?.tema).toBe('16 días de activismo contra la violencia de género');
    expect(byDay.get('2026-12-01')?.textos['Texto Facebook']).toMatch(/^Día 7 de los 16 días de activismo/);
    expect(byDay.get('2026-12-25')?.tema).toBe('Día de descanso obligatorio: Navidad · Día Naranja: actuar para erradicar la violencia contra mujeres y niñas');
    expect(byDay.get('2026-12-25')?.textos['Texto X']).toMatch(/^Hoy es Día Naranja/);
    expect(byDay.get('2026-12-10')?.tema).toBe('Los derechos de las mujeres son derechos humanos · 16 días de activismo contra la violencia de género');
    expect(byDay.get('2026-12-15')?.tema).toBe('');
  });

  test('November 25: the elimination of violence day, Día Naranja and the start of the 16 días', () => {
    const nov25 = planMonth(input({ month1: 11 })).create.find((c) => c.fecha === '2026-11-25');
    expect(nov25?.tema).toBe('Eliminación de la violencia contra las mujeres · Día Naranja: actuar para erradicar la violencia contra mujeres y niñas · 16 días de activismo contra la violencia de género');
    expect(nov25?.textos['Texto X']).toMatch(/^Hoy, Día Internacional de la Eliminación de la Violencia contra la Mujer/);
  });

  test('authorized proposals fill the days of their period with their networks', () => {
    const r = planMonth(input({
      propuestas: [{ id: 'PRO-2026-0001', tipo: 'Campaña', tema: 'Campaña Únete', del: '2026-11-25', al: '2026-12-03', redes: ['Facebook'] }],
    }));
    const d3 = r.create.find((c) => c.fecha === '2026-12-03');
    const d4 = r.create.find((c) => c.fecha === '2026-12-04');
    expect(d3).toMatchObject({ propuesta: 'PRO-2026-0001', redes: 'Facebook' });
    expect(d3?.tema).toContain('Campaña Únete');
    expect(d4).toMatchObject({ propuesta: '', redes: 'X, Facebook, Web' });
  });

  test('agenda events are announced the day before, including the 1st of next month', () => {
    const r = planMonth(input({
      agenda: [
        { fecha: '2026-12-16', hora: '10:00', actividad: 'Taller de nuevas masculinidades', lugar: 'Centro Cultural', municipio: 'Saltillo' },
        { fecha: '2027-01-01', hora: '', actividad: 'Brindis', lugar: '', municipio: '' },
        { fecha: '2026-12-01', hora: '', actividad: 'Evento de noviembre', lugar: '', municipio: '' },
      ],
    }));
    const d15 = r.create.find((c) => c.fecha === '2026-12-15');
    expect(d15?.tema).toBe('Anuncio: Taller de nuevas masculinidades (16 de diciembre)');
    expect(d15?.textos['Texto Facebook']).toBe('Te invitamos mañana 16 de diciembre a las 10:00 h: Taller de nuevas masculinidades, en Centro Cultural, Saltillo. #ICMujeres');
    expect(r.create.find((c) => c.fecha === '2026-12-31')?.tema).toBe('Anuncio: Brindis (1 de enero)');
    expect(r.create.some((c) => c.tema.includes('Evento de noviembre'))).toBe(false);
  });

  test('weekend policy Nunca / Siempre', () => {
    const nunca = planMonth(input({ config: { ...DEFAULT_CONFIG, finesDeSemana: 'Nunca' } }));
    expect(nunca.create.find((c) => c.fecha === '2026-12-05')?.finDeSemana).toBe('No');
    const siempre = planMonth(input({ config: { ...DEFAULT_CONFIG, finesDeSemana: 'Siempre' } }));
    expect(siempre.create.find((c) => c.fecha === '2026-12-05')?.finDeSemana).toBe('Sí');
  });

  test('vedas flag new and existing rows', () => {
    const r = planMonth(input({
      config: { ...DEFAULT_CONFIG, vedas: [{ del: '2026-12-20', al: '2026-12-22', excepciones: ['Salud'] }] },
      existing: [{ index: 0, id: 'CAL-20261221-1', fecha: '2026-12-21', veda: '' }],
    }));
    expect(r.flagged).toEqual(['2026-12-20', '2026-12-21', '2026-12-22']);
    expect(r.markVeda).toEqual([0]);
    expect(r.create.filter((c) => c.veda === 'Sí').map((c) => c.fecha)).toEqual(['2026-12-20', '2026-12-22']);
  });

  test('never duplicates: days with a row are kept; a second plan over the first creates none', () => {
    const first = planMonth(input());
    const existing = first.create.map((c, i) => ({ index: i, id: c.id, fecha: c.fecha, veda: c.veda }));
    const second = planMonth(input({ existing }));
    expect(second.create).toEqual([]);
    expect(second.kept).toHaveLength(31);
  });

  test('slot ids never collide with an id already used on another day', () => {
    expect(slotId('2026-12-01', new Set(['CAL-20261201-1']))).toBe('CAL-20261201-2');
    const r = planMonth(input({ existing: [{ index: 0, id: 'CAL-20261202-1', fecha: '2026-11-30', veda: '' }] }));
    expect(r.create.find((c) => c.fecha === '2026-12-02')?.id).toBe('CAL-20261202-2');
  });
});

describe('monthGrid', () => {
  test('December 2026 starts on Tuesday (lunes-first) and has 5 weeks', () => {
    const g = monthGrid(2026, 12, new Map([['2026-12-25', [{ tema: 'Navidad', estado: 'Borrador', finDeSemana: '' }]]]));
    expect(g.title).toBe('Diciembre 2026');
    expect(g.dayNames).toEqual(['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo']);
    expect(g.weeks).toHaveLength(5);
    expect(g.weeks[0][0]).toBeNull();
    expect(g.weeks[0][1]?.day).toBe(1);
    expect(g.weeks[4].map((d) => d?.day ?? null)).toEqual([28, 29, 30, 31, null, null, null]);
    expect(dayCellText(g.weeks[3][4] as NonNullable<(typeof g.weeks)[0][0]>)).toBe('25\nNavidad — Borrador');
  });

  test('a month starting on Monday has no leading blanks; February 2027 fits 4 weeks', () => {
    const g = monthGrid(2027, 2, new Map());
    expect(g.weeks).toHaveLength(4);
    expect(g.weeks[0][0]?.day).toBe(1);
  });
});
