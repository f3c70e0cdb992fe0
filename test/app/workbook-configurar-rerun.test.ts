// Configurar re-runs: on a Calendario grown to 10,000 rows (protections reshaped, none used after removal) and cheaply when nothing needs repair.
import { Emulator } from '../../local/runtime';
import { addIdleRows } from '../publishing/publish-helpers';

const TITULAR = 'titular@icm.gob.mx';

function configured(): Emulator {
  const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
  const r = emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] });
  expect(r.error).toBeUndefined();
  return emu;
}

describe('Configurar re-run', () => {
  test('re-runs on a Calendario grown past its first 1,000 rows to 10,000, twice', () => {
    const emu = configured();
    addIdleRows(emu, 10000);
    for (let k = 0; k < 2; k++) {
      const r = emu.run('configurar', [], { as: TITULAR });
      expect(r.error).toBeUndefined();
    }
    // The Titular-only protection of Calendario reaches the last of the 10,001 rows.
    const cal = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario')!;
    const mine = emu.world.spreadsheet.protections.filter((p) => p.sheetId === cal.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const p of mine) expect(p.r1 + 1).toBeGreaterThanOrEqual(10001);
  }, 120000);

  test('a re-run of an unchanged workbook costs under 60 service calls and changes nothing', () => {
    const emu = configured();
    const before = JSON.stringify(emu.world.spreadsheet.sheets);
    const r = emu.run('configurar', [], { as: TITULAR });
    expect(r.error).toBeUndefined();
    // Sheets, protections and triggers only: the CS01/CS02 templates are checked by a full run and when they are used.
    expect(r.meter.total).toBeLessThan(60);
    expect(JSON.stringify(emu.world.spreadsheet.sheets)).toBe(before);
    expect(r.ui.alerts.map((a) => a.prompt).join(' ')).toContain('Nada que reparar');
  });

  test('a re-run finds what changed and repairs it: a removed protection, a renamed header, a deleted trigger', () => {
    const emu = configured();
    const protections = emu.world.spreadsheet.protections.length;
    emu.world.spreadsheet.protections.pop();
    expect(emu.run('configurar', [], { as: TITULAR }).error).toBeUndefined();
    expect(emu.world.spreadsheet.protections.length).toBe(protections);

    const cal = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario')!;
    cal.cells['0,3'] = { v: 'Tema cambiado' };
    const r = emu.run('configurar', [], { as: TITULAR });
    expect(r.error).toBeUndefined();
    expect(emu.values('Calendario')[0]).toContain('Tema');

    emu.world.triggers = emu.world.triggers.filter((t) => t.eventType !== 'CLOCK');
    const again = emu.run('configurar', [], { as: TITULAR });
    expect(again.error).toBeUndefined();
    // The sheets were as the last run left them (no formatting redone); the missing trigger is installed and logged.
    expect(again.meter.counts['Sheet.setColumnWidth'] ?? 0).toBe(0);
    expect(emu.values('Bitácora').some((row) => String(row[4]).includes('Nada que reparar'))).toBe(true);
    expect(emu.world.triggers.filter((t) => t.eventType === 'CLOCK')).toHaveLength(1);
  });
});
