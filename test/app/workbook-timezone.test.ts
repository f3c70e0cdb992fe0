// A workbook whose spreadsheet time zone differs from the script's: Sheets reads typed dates in its own zone, so Configurar aligns it and says so.
import { Emulator } from '../../local/runtime';

const TITULAR = 'titular@icm.gob.mx';

function madridWorkbook(): Emulator {
  const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
  emu.world.spreadsheet.timeZone = 'Europe/Madrid';
  return emu;
}

describe('spreadsheet time zone', () => {
  test('the fake reads a typed date in the spreadsheet zone, not the script zone', () => {
    const emu = madridWorkbook();
    emu.edit("'Hoja 1'!A1", '2026-12-01 10:00', { as: TITULAR });
    expect((emu.values('Hoja 1')[0][0] as Date).toISOString()).toBe('2026-12-01T09:00:00.000Z'); // 10:00 in Madrid
  });

  test('Configurar sets the script zone on the spreadsheet, says so, and typed dates then mean Monterrey dates', () => {
    const emu = madridWorkbook();
    const r = emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] });
    expect(r.error).toBeUndefined();
    expect(emu.world.spreadsheet.timeZone).toBe('America/Monterrey');
    const said = r.ui.alerts.map((a) => a.prompt).join('\n');
    expect(said).toContain('La zona horaria de la hoja era Europe/Madrid; se cambió a America/Monterrey');
    const log = emu.values('Bitácora').map((row) => row.join(' ')).join('\n');
    expect(log).toContain('se cambió a America/Monterrey');
    emu.edit("'Calendario'!B2", '2026-12-01', { as: TITULAR });
    expect(emu.values('Calendario')[1][1]).toEqual(new Date(2026, 11, 1));
    // A second run has nothing to align and says nothing about it.
    const again = emu.run('configurar', [], { as: TITULAR });
    expect(again.ui.alerts.map((a) => a.prompt).join('\n')).not.toContain('zona horaria');
  });
});
