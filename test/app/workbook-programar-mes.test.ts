// Programar mes through the emulator: December 2026 rows, weekends pending, themes, vedas, no duplicates, month view.
import { seedDemo } from '../../local/demo';
import { writeContent } from '../../local/fakes/spreadsheet/model';
import { Emulator } from '../../local/runtime';
import { visto } from '../auth/auth-fixture';

function dumpOf(emu: Emulator, name: string): NonNullable<ReturnType<Emulator['dump']>> {
  const d = emu.dump(name);
  if (!d) throw new Error(`no sheet ${name}`);
  return d;
}


const TITULAR = 'titular@icm.gob.mx';
const ASISTENTE = 'asistente@icm.gob.mx';

type Row = Record<string, unknown>;

function calendario(emu: Emulator): Row[] {
  const [header, ...rows] = emu.values('Calendario');
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function ymdOf(v: unknown): string {
  const d = v as Date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('Programar mes', () => {
  let emu: Emulator;
  beforeEach(() => {
    emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    seedDemo(emu);
  });

  test('December 2026: one row per day, weekends pending the Asistente, themes from efemérides, proposals and agenda', () => {
    const r = emu.run('programarMes', [], { as: ASISTENTE, answers: [''] });
    expect(r.error).toBeUndefined();
    expect(r.ui.alerts[0].prompt).toContain('vacío = 2026-12');
    expect(r.result).toMatchObject({ ok: true, valor: { mes: '2026-12', creadas: 31, conservadas: 0, enVeda: 0 } });
    expect(r.ui.toasts.length).toBeGreaterThanOrEqual(2);
    expect(r.ui.alerts[1].prompt).toMatch(/^Filas creadas: 31\.\nDías que ya tenían publicación \(sin cambios\): 0\./);
    const rows = calendario(emu);
    expect(rows.map((x) => ymdOf(x.Fecha))).toEqual(Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`));
    const byDay = new Map(rows.map((x) => [ymdOf(x.Fecha), x]));
    const weekend = rows.filter((x) => x['Fin de semana'] !== '').map((x) => ymdOf(x.Fecha));
    expect(weekend).toEqual(['2026-12-05', '2026-12-06', '2026-12-12', '2026-12-13', '2026-12-19', '2026-12-20', '2026-12-26', '2026-12-27']);
    expect(rows.filter((x) => x['Fin de semana'] !== '').every((x) => x['Fin de semana'] === 'Por decidir')).toBe(true);
    expect(byDay.get('2026-12-01')).toMatchObject({
      ID: 'CAL-20261201-1',
      Hora: '10:00',
      Propuesta: 'PRO-2026-0001',
      Estado: 'Borrador',
      Autorización: '',
      Tema: '16 días de activismo contra la violencia de género · Campaña Únete: 16 días de activismo',
    });
    expect(byDay.get('2026-12-25')?.Tema).toBe('Día de descanso obligatorio: Navidad · Día Naranja: actuar para erradicar la violencia contra mujeres y niñas');
    expect(byDay.get('2026-12-25')?.['Texto X']).toMatch(/^Hoy es Día Naranja/);
    // The 3 December taller is announced on the 2nd; the pending proposal PRO-2026-0002 is not used.
    expect(byDay.get('2026-12-02')?.Tema).toContain('Anuncio: Taller «Masculinidades sin violencia» (3 de diciembre)');
    expect(byDay.get('2026-12-02')?.['Texto Facebook']).toMatch(/^Te invitamos mañana 3 de diciembre a las 10:00 h: Taller/);
    expect(rows.some((x) => String(x.Propuesta).includes('PRO-2026-0002'))).toBe(false);
    expect(emu.values('Bitácora').some((x) => x[2] === 'Programar mes' && String(x[4]).includes('Filas creadas: 31'))).toBe(true);
  });

  test('November 2026 starts the 16 días on the 25th (Día Naranja)', () => {
    emu.run('programarMes', ['2026-11'], { as: ASISTENTE });
    const nov25 = calendario(emu).find((x) => ymdOf(x.Fecha) === '2026-11-25');
    expect(nov25?.Tema).toBe(
      'Eliminación de la violencia contra las mujeres · Día Naranja: actuar para erradicar la violencia contra mujeres y niñas · ' +
        '16 días de activismo contra la violencia de género · Campaña Únete: 16 días de activismo',
    );
  });

  test('a second run creates none and leaves every row as it was', () => {
    emu.run('programarMes', ['2026-12'], { as: ASISTENTE });
    emu.edit("'Calendario'!H3", 'Texto editado por la Asistente', { as: ASISTENTE });
    emu.edit("'Calendario'!L6", 'Sí', { as: ASISTENTE });
    const before = emu.values('Calendario');
    const r = emu.run('programarMes', ['2026-12'], { as: ASISTENTE });
    expect(r.result).toMatchObject({ ok: true, valor: { creadas: 0, conservadas: 31 } });
    expect(emu.values('Calendario')).toEqual(before);
  });

  test('a veda flags its days, including rows that already existed', () => {
    emu.run('programarMes', ['2026-12'], { as: ASISTENTE });
    const conf = emu.values('Configuración');
    const vedasRow = conf.findIndex((r) => r[0] === 'Del') + 2;
    emu.edit(`'Configuración'!A${vedasRow}`, '2026-12-20', { as: TITULAR });
    emu.edit(`'Configuración'!B${vedasRow}`, '2027-01-03', { as: TITULAR });
    emu.edit(`'Configuración'!C${vedasRow}`, 'Salud, Protección civil', { as: TITULAR });
    const r = emu.run('programarMes', ['2026-12'], { as: ASISTENTE });
    expect(r.result).toMatchObject({ ok: true, valor: { creadas: 0, enVeda: 12, marcadasVeda: 12 } });
    const flagged = calendario(emu).filter((x) => x.Veda === 'Sí').map((x) => ymdOf(x.Fecha));
    expect(flagged[0]).toBe('2026-12-20');
    expect(flagged).toHaveLength(12);
    const jan = emu.run('programarMes', ['2027-01'], { as: ASISTENTE });
    expect(jan.result).toMatchObject({ ok: true, valor: { creadas: 31, enVeda: 3 } });
  });

  test('a bad month, a person without a role and a bad setting are refused in Spanish, changing nothing', () => {
    const before = JSON.stringify(emu.world.spreadsheet);
    expect(emu.run('programarMes', ['2026-13'], { as: ASISTENTE }).result).toEqual({
      ok: false, code: 'MES_INVALIDO', mensaje: '"2026-13" no es un mes válido; escriba por ejemplo 2026-12. No se cambió nada.',
    });
    expect(emu.run('programarMes', ['2026-12'], { as: 'direccion.violencia@icm.gob.mx' }).result).toMatchObject({ code: 'SIN_PERMISO' });
    expect(JSON.stringify(emu.world.spreadsheet)).toBe(before);
    emu.edit("'Configuración'!B6", '10:30', { as: ASISTENTE });
    const r = emu.run('programarMes', ['2026-12'], { as: ASISTENTE });
    expect(r.result).toMatchObject({ code: 'CONFIG_INVALID', mensaje: expect.stringMatching(/^Configuración!B6: "10:30" no es una hora en punto/) });
    expect(emu.values('Calendario')).toHaveLength(1);
  });
});

describe('month view', () => {
  test('«Mes 2026-12» starts on Tuesday 1 under Spanish day names, coloured by estado, refreshed on demand', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    seedDemo(emu);
    emu.run('programarMes', ['2026-12'], { as: ASISTENTE });
    const d = dumpOf(emu, 'Mes 2026-12');
    expect(String(d.values[0][0]).split('\n')).toEqual([
      'Calendario de difusión — Diciembre 2026',
      expect.stringMatching(/^X \(pago por uso\): US\$0\.\d+ estimados este mes por \d+ publicaciones, 0 con enlace \(US\$0\.015 cada una, US\$0\.20 con enlace\)\.$/),
    ]);
    expect(d.values[1]).toEqual(['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo']);
    expect(d.values[2][0]).toBe('');
    expect(String(d.values[2][1])).toMatch(/^1\n16 días de activismo/);
    expect(d.values[6].slice(0, 4).map((v) => String(v).split('\n')[0])).toEqual(['28', '29', '30', '31']);
    expect(d.values).toHaveLength(7);
    expect(d.backgrounds.B3).toBe('#fff2cc'); // Borrador
    // The Titular authorizes the 1st; refreshing recolours it.
    emu.run('panelAutorizar', [visto(emu, 'calendario', 'CAL-20261201-1')], { as: TITULAR });
    const estado = emu.values('Calendario')[1][16];
    const r = emu.run('actualizarVistaMes', ['2026-12'], { as: ASISTENTE });
    expect(r.error).toBeUndefined();
    const after = dumpOf(emu, 'Mes 2026-12');
    expect(String(after.values[2][1])).toContain(`— ${estado}`);
    expect(after.values).toHaveLength(7);
  });
});

describe('growing past the grid', () => {
  test('rows added beyond the last grid row stay inside the Titular-only protection', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    seedDemo(emu);
    const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario');
    if (!sheet) throw new Error('no sheet');
    // 990 earlier rows in a 1000-row grid: December's 31 rows do not fit.
    for (let i = 1; i <= 990; i++) writeContent(sheet, i, 0, { v: `OLD-${i}` });
    const r = emu.run('programarMes', ['2026-12'], { as: ASISTENTE });
    expect(r.result).toMatchObject({ ok: true, valor: { creadas: 31 } });
    const values = emu.values('Calendario');
    expect(values).toHaveLength(1 + 990 + 31);
    expect(values[1021][0]).toBe('CAL-20261231-1');
    const prot = dumpOf(emu, 'Calendario').protections.find((p) => p.a1.startsWith('N1:P'));
    expect(prot?.a1).toBe(`N1:P${sheet.maxRows}`);
    expect(() => emu.edit("'Calendario'!N1022", 'Autorizado', { as: ASISTENTE })).toThrow(expect.objectContaining({ code: 'PROTECTED' }));
  });
});
