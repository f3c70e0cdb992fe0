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
});
