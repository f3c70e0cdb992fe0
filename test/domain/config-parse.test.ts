// Tests for the Configuración parser: defaults, roles, hours, networks and vedas, and Spanish messages naming the cell.
import { CONFIG_HEADER, CONFIG_PARAMS, parseConfig, VEDAS_HEADER, VEDAS_TITLE, vedaOf } from '../../src/domain/config.sheet';
import type { Cell } from '../../src/domain/cell';

function sheet(over: Record<string, Cell> = {}, vedas: Cell[][] = []): Cell[][] {
  const rows: Cell[][] = [[...CONFIG_HEADER]];
  for (const p of CONFIG_PARAMS) rows.push([p.label, p.label in over ? over[p.label] : p.initial, p.descripcion]);
  rows.push(['', '', '']);
  rows.push([VEDAS_TITLE, '', '']);
  rows.push([...VEDAS_HEADER]);
  for (const v of vedas) rows.push(v);
  return rows;
}

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('did not throw');
}

describe('parseConfig', () => {
  test('reads roles, hours and lists', () => {
    const cfg = parseConfig(sheet({
      Titular: 'Titular@ICM.gob.mx',
      Asistentes: 'asistente@icm.gob.mx, otra@icm.gob.mx',
      'Destinatarios SEGOB': 'prensa@coahuila.gob.mx',
      'Hora de publicación': new Date(1899, 11, 30, 9, 0),
      'Día de la agenda semanal': 'miércoles',
      'Redes activas': 'X, Web',
      'Modo ensayo': 'Sí',
    }));
    expect(cfg.titular).toBe('titular@icm.gob.mx');
    expect(cfg.asistentes).toEqual(['asistente@icm.gob.mx', 'otra@icm.gob.mx']);
    expect(cfg.segob).toEqual(['prensa@coahuila.gob.mx']);
    expect(cfg.horaPublicacion).toBe(9);
    expect(cfg.agendaDia).toBe(3);
    expect(cfg.agendaHora).toBe(12);
    expect(cfg.redesActivas).toEqual(['X', 'Web']);
    expect(cfg.modoEnsayo).toBe(true);
    expect(cfg.plazoManualHoras).toBe(3);
    expect(cfg.finesDeSemana).toBe('Decide la Asistente');
  });

  test('names the cell of a bad e-mail', () => {
    const e = errorOf(() => parseConfig(sheet({ Titular: 'titular@icm.gob.mx', Asistentes: 'ana@' })));
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.message).toBe('Configuración!B3: "ana@" no es un correo válido.');
  });

  test('requires the Titular unless told otherwise', () => {
    expect(errorOf(() => parseConfig(sheet())).message).toBe('Configuración!B2: falta el correo de la Titular del Instituto.');
    expect(parseConfig(sheet(), { requireTitular: false }).titular).toBe('');
  });

  test('rejects bad hours, days, networks, yes/no and deadlines naming the cell', () => {
    const t = { Titular: 'titular@icm.gob.mx' };
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Hora de publicación': '25:00' }))).message).toMatch(/^Configuración!B6: "25:00" no es una hora válida/);
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Hora de publicación': '10:30' }))).message).toMatch(/^Configuración!B6: "10:30" no es una hora en punto/);
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Día de la agenda semanal': 'Juernes' }))).message).toMatch(/^Configuración!B7: /);
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Redes activas': 'X, Instagram' }))).message).toMatch(/^Configuración!B10: "Instagram" no es una red válida/);
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Modo ensayo': 'quizá' }))).message).toMatch(/^Configuración!B11: /);
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Plazo para publicación manual (horas)': 0 }))).message).toMatch(/^Configuración!B12: /);
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Versión de Graph API': '26' }))).message).toMatch(/^Configuración!B13: /);
    expect(errorOf(() => parseConfig(sheet({ ...t, 'Aviso: horas de boletín sin autorizar': -1 }))).message).toMatch(/^Configuración!B15: "-1" no es válido; escriba un número entero entre 0 y 168/);
  });

  test('reads vedas and rejects inverted ranges', () => {
    const t = { Titular: 'titular@icm.gob.mx' };
    const cfg = parseConfig(sheet(t, [[new Date(2027, 3, 4), '2027-06-02', 'Salud, Protección civil'], ['', '', '']]));
    expect(cfg.vedas).toEqual([{ del: '2027-04-04', al: '2027-06-02', excepciones: ['Salud', 'Protección civil'] }]);
    expect(vedaOf(cfg, '2027-05-01')).not.toBeNull();
    expect(vedaOf(cfg, '2027-06-03')).toBeNull();
    const e = errorOf(() => parseConfig(sheet(t, [['2027-06-02', '2027-04-04', '']])));
    expect(e.message).toMatch(/^Configuración!B21: la veda termina/);
    expect(errorOf(() => parseConfig(sheet(t, [['mañana', '2027-04-04', '']]))).message).toMatch(/^Configuración!A21: "mañana" no es una fecha válida/);
  });

  test('finds parameters by label even when rows move', () => {
    const rows = sheet({ Titular: 'titular@icm.gob.mx', 'Hora de la agenda': '13:00' });
    const moved = [rows[0], ...rows.slice(1, 13).reverse(), ...rows.slice(13)];
    expect(parseConfig(moved).agendaHora).toBe(13);
  });
});
