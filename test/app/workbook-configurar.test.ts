// Configurar through the emulator: sheets, headers, dropdowns, protections, triggers, idempotence, older workbooks.
import { replaceCells, writeContent } from '../../local/fakes/spreadsheet/model';
import { Emulator } from '../../local/runtime';
import { HEADERS, SCHEMA_VERSION, SHEET } from '../../src/domain/schema';

function dumpOf(emu: Emulator, name: string): NonNullable<ReturnType<Emulator['dump']>> {
  const d = emu.dump(name);
  if (!d) throw new Error(`no sheet ${name}`);
  return d;
}


const TITULAR = 'titular@icm.gob.mx';
const ASISTENTE = 'asistente@icm.gob.mx';
const DIRECCION = 'direccion.violencia@icm.gob.mx';

function configured(owner = TITULAR): Emulator {
  const emu = Emulator.create({ owner, now: '2026-11-30T09:00' });
  const r = emu.run('configurar', [], { as: owner, answers: [TITULAR] });
  expect(r.error).toBeUndefined();
  return emu;
}

function withRoles(emu: Emulator): void {
  emu.edit("'Configuración'!B3", ASISTENTE, { as: TITULAR });
  emu.edit("'Configuración'!B4", DIRECCION, { as: TITULAR });
  expect(emu.run('configurar', [], { as: TITULAR }).error).toBeUndefined();
}

describe('Configurar', () => {
  test('creates every sheet with Spanish headers and a frozen header row', () => {
    const emu = configured();
    for (const key of Object.keys(HEADERS) as Array<keyof typeof HEADERS>) {
      const d = dumpOf(emu, SHEET[key]);
      expect(d.values[0]).toEqual(HEADERS[key]);
      expect(d.frozenRows).toBe(1);
    }
    expect(emu.values('Configuración').map((r) => r[0])).toEqual([
      'Parámetro', 'Titular', 'Asistentes', 'Direcciones', 'Destinatarios SEGOB', 'Hora de publicación', 'Día de la agenda semanal',
      'Hora de la agenda', 'Fines de semana', 'Redes activas', 'Modo ensayo', 'Plazo para publicación manual (horas)',
      'Versión de Graph API', 'Aviso: días próximos sin autorizar', 'Aviso: horas de boletín sin autorizar',
      'Aviso: horas para enviar boletín autorizado', 'Aviso: horas de retraso de la agenda', '', 'Vedas', 'Del',
    ]);
    expect(emu.values('Configuración')[1][1]).toBe(TITULAR);
    expect(emu.world.properties.document.DIFUSION_SCHEMA_VERSION).toBe(String(SCHEMA_VERSION));
  });

  test('dropdowns for every closed list and colours by estado', () => {
    const emu = configured();
    const cal = dumpOf(emu, 'Calendario');
    const byCol = (d: typeof cal, col: string) => d.validations.find((v) => v.a1.startsWith(col + '2:'));
    expect(byCol(cal, 'K')?.values).toContain('X, Facebook, Web'); // Redes
    expect(byCol(cal, 'L')?.values).toEqual(['Por decidir', 'Sí', 'No']); // Fin de semana
    expect(byCol(cal, 'M')?.values).toEqual(['Sí', 'No']); // Veda
    expect(byCol(cal, 'N')?.values).toEqual(['Autorizado', 'Rechazado', 'Cambios solicitados']); // Autorización
    const prop = dumpOf(emu, 'Propuestas');
    expect(byCol(prop, 'D')?.values).toEqual(['Campaña', 'Tema estratégico', 'Evento', 'Taller', 'Efeméride']);
    expect(byCol(prop, 'G')?.values).toEqual([
      'Ley de Acceso de las Mujeres a una Vida Libre de Violencia', 'Ley de Igualdad entre Mujeres y Hombres', 'Ambas',
    ]);
    expect(byCol(prop, 'G')?.allowInvalid).toBe(false);
    const conf = dumpOf(emu, 'Configuración');
    expect(conf.validations.find((v) => v.a1 === 'B11')?.values).toEqual(['Sí', 'No']);
    expect(conf.validations.find((v) => v.a1 === 'B9')?.values).toEqual(['Decide la Asistente', 'Nunca', 'Siempre']);
    expect(cal.conditional.some((c) => c.a1.startsWith('Q2:') && c.text === 'Publicad' && c.background)).toBe(true);
    expect(cal.numberFormats.B2).toBe('yyyy-mm-dd');
    expect(cal.columnWidths.D).toBe(260);
  });

  test('protects the authorization columns for the Titular alone and the ledgers for the role users', () => {
    const emu = configured();
    withRoles(emu);
    const cal = dumpOf(emu, 'Calendario').protections;
    expect(cal.find((p) => p.a1.startsWith('N1:P'))).toMatchObject({ kind: 'range', editors: [TITULAR] });
    expect(cal.find((p) => p.a1.startsWith('AA1:AA'))).toMatchObject({ editors: [TITULAR] });
    expect(dumpOf(emu, 'Boletines CS01').protections.find((p) => p.a1.startsWith('G1:I'))).toMatchObject({ editors: [TITULAR] });
    expect(dumpOf(emu, 'Propuestas').protections.find((p) => p.a1.startsWith('M1:P'))).toMatchObject({ editors: [TITULAR] });
    const bit = dumpOf(emu, 'Bitácora').protections;
    expect(bit).toHaveLength(1);
    expect(bit[0].kind).toBe('sheet');
    expect([...bit[0].editors].sort()).toEqual([ASISTENTE, DIRECCION, TITULAR].sort());
    expect([...dumpOf(emu, 'Autorizaciones').protections[0].editors].sort()).toEqual([ASISTENTE, TITULAR].sort());
    expect(dumpOf(emu, 'Configuración').protections.find((p) => p.a1 === 'B2:B3')).toMatchObject({ editors: [TITULAR] });
  });

  test('a non-Titular typing into an authorization cell is refused by the protection', () => {
    const emu = configured();
    withRoles(emu);
    expect(emu.run('programarMes', ['2026-12'], { as: ASISTENTE }).error).toBeUndefined();
    const before = emu.values('Calendario');
    let err: { code?: string } | null = null;
    try {
      emu.edit("'Calendario'!N2", 'Autorizado', { as: ASISTENTE });
    } catch (e) {
      err = e as { code?: string };
    }
    expect(err?.code).toBe('PROTECTED');
    expect(() => emu.edit("'Propuestas'!M2", 'Autorizado', { as: DIRECCION })).toThrow(expect.objectContaining({ code: 'PROTECTED' }));
    expect(() => emu.edit("'Configuración'!B2", ASISTENTE, { as: ASISTENTE })).toThrow(expect.objectContaining({ code: 'PROTECTED' }));
    expect(() => emu.edit("'Bitácora'!A5", 'x', { as: 'otra@icm.gob.mx' })).toThrow(expect.objectContaining({ code: 'PROTECTED' }));
    expect(emu.values('Calendario')).toEqual(before);
  });

  test('installs one hourly tick and one installable onEdit, idempotently, ids in Document Properties', () => {
    const emu = configured();
    emu.run('configurar', [], { as: TITULAR });
    const triggers = emu.world.triggers.map((t) => `${t.handler}:${t.eventType}:${t.owner}`).sort();
    expect(triggers).toEqual([`alEditar:ON_EDIT:${TITULAR}`, `tick:CLOCK:${TITULAR}`]);
    const tick = emu.world.triggers.find((t) => t.handler === 'tick');
    expect(tick?.everyMs).toBe(3600000);
    expect(emu.world.properties.document.DIFUSION_TRIGGER_TICK_ID).toBe(tick?.uid);
    // The Asistente running Configurar later does not install a second tick.
    withRoles(emu);
    expect(emu.run('configurar', [], { as: ASISTENTE }).error).toBeUndefined();
    expect(emu.world.triggers.filter((t) => t.handler === 'tick')).toHaveLength(1);
  });

  test('running it again leaves user rows byte-for-byte unchanged', () => {
    const emu = configured();
    withRoles(emu);
    expect(emu.run('programarMes', ['2026-12'], { as: ASISTENTE }).error).toBeUndefined();
    emu.edit("'Calendario'!D3", '=HYPERLINK("x") texto del usuario', { as: ASISTENTE });
    emu.edit("'Calendario'!L6", 'Sí', { as: ASISTENTE });
    emu.edit("'Agenda CS02'!E2", 'Taller de prueba', { as: DIRECCION });
    const names = ['Configuración', 'Propuestas', 'Calendario', 'Agenda CS02', 'Boletines CS01', 'Efemérides', 'Autorizaciones'];
    const before = names.map((n) => JSON.stringify(dumpOf(emu, n).values));
    const bitBefore = emu.values('Bitácora');
    const shape = (): string => JSON.stringify(names.map((n) => { const d = dumpOf(emu, n); return [d.protections, d.conditional, d.validations]; }));
    const shapeBefore = shape();
    const r = emu.run('configurar', [], { as: TITULAR });
    expect(r.error).toBeUndefined();
    expect(names.map((n) => JSON.stringify(dumpOf(emu, n).values))).toEqual(before);
    // Bitácora only grows (the new run is logged), its earlier rows untouched.
    const bitAfter = emu.values('Bitácora');
    expect(bitAfter.slice(0, bitBefore.length)).toEqual(bitBefore);
    // Nothing to repair: nothing written, not even to the Bitácora (a change would be logged).
    expect(bitAfter.slice(bitBefore.length).map((row) => row[2])).toEqual([]);
    expect(dumpOf(emu, 'Calendario').protections).toHaveLength(2);
    expect(shape()).toBe(shapeBefore);
  });

  test('an older workbook gets its missing columns appended without touching data', () => {
    const emu = configured();
    // An older version: Calendario without its last four columns, holding one row.
    const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario');
    if (!sheet) throw new Error('no sheet');
    const cells = { ...sheet.cells };
    for (const k of Object.keys(cells)) if (/,(25|26|27|28)$/.test(k)) delete cells[k];
    replaceCells(sheet, cells);
    writeContent(sheet, 1, 0, { v: 'CAL-20261201-1' });
    writeContent(sheet, 1, 3, { v: 'Tema antiguo' });
    emu.world.properties.document.DIFUSION_SCHEMA_VERSION = '0';
    const r = emu.run('configurar', [], { as: TITULAR });
    expect(r.error).toBeUndefined();
    const v = emu.values('Calendario');
    expect(v[0]).toEqual(HEADERS.calendario);
    expect(v[1][0]).toBe('CAL-20261201-1');
    expect(v[1][3]).toBe('Tema antiguo');
    const last = emu.values('Bitácora').filter((row) => row[2] === 'Configurar').pop();
    expect(last?.[4]).toContain('Columnas añadidas: Calendario: Último error; Calendario: Comentario de la Titular; Calendario: Solicitada por; Calendario: Fecha de solicitud.');
    expect(last?.[4]).toContain('Versión del esquema: 0 → 1.');
  });

  test('warns in a dialog when the owner is not the Titular', () => {
    const emu = Emulator.create({ owner: 'sistemas@icm.gob.mx', now: '2026-11-30T09:00' });
    const r = emu.run('configurar', [], { as: 'sistemas@icm.gob.mx', answers: [TITULAR] });
    expect(r.error).toBeUndefined();
    const aviso = r.ui.alerts.find((a) => a.title === 'Difusión ICM: aviso');
    expect(aviso?.prompt).toMatch(/La propietaria de esta hoja de cálculo es sistemas@icm\.gob\.mx, no la Titular/);
  });

  test('bad settings are refused with a Spanish message naming the cell, and nothing changes', () => {
    const emu = configured();
    emu.edit("'Configuración'!B3", 'ana@', { as: TITULAR });
    const before = JSON.stringify(emu.world.spreadsheet);
    const r = emu.run('configurar', [], { as: TITULAR });
    expect(r.result).toEqual({ ok: false, code: 'CONFIG_INVALID', mensaje: 'Configuración!B3: "ana@" no es un correo válido.' });
    expect(r.ui.alerts[0].prompt).toBe('Configuración!B3: "ana@" no es un correo válido.');
    expect(JSON.stringify(emu.world.spreadsheet)).toBe(before);
    emu.edit("'Configuración'!B3", '', { as: TITULAR });
    emu.edit("'Configuración'!B6", '25:00', { as: TITULAR });
    expect(emu.run('configurar', [], { as: TITULAR }).result).toMatchObject({ code: 'CONFIG_INVALID', mensaje: expect.stringMatching(/^Configuración!B6: /) });
  });

  test('an invalid or cancelled Titular prompt changes nothing', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    const before = JSON.stringify(emu.world.spreadsheet);
    expect(emu.run('configurar', [], { answers: ['titular@'] }).result).toMatchObject({ code: 'CONFIG_INVALID' });
    expect(emu.run('configurar', [], { answers: ['!cancel'] }).result).toMatchObject({ code: 'CONFIGURAR_CANCELADO' });
    expect(JSON.stringify(emu.world.spreadsheet)).toBe(before);
  });

  test('people without a role cannot run it once a Titular is set', () => {
    const emu = configured();
    const r = emu.run('configurar', [], { as: 'intrusa@icm.gob.mx' });
    expect(r.result).toMatchObject({ ok: false, code: 'SIN_PERMISO' });
  });
});
