// The SEGOB jobs of the tick cost the same whatever the number of boletines, agenda and Calendario rows (one read per sheet, nothing per row).
import type { Emulator } from '../../local/runtime';
import { withSegob } from './segob-fixture';

function addRows(emu: Emulator, sheetName: string, n: number, row: (k: number) => unknown[]): void {
  const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(sheetName);
  const start = emu.values(sheetName).length;
  if (sheet.maxRows < start + n + 1) sheet.maxRows = start + n + 1;
  for (let k = 0; k < n; k++) row(k).forEach((v, c) => (sheet.cells[`${start + k},${c}`] = { v: v as string }));
}

function tickCounts(n: number): Record<string, number> {
  const emu = withSegob();
  addRows(emu, 'Boletines CS01', n, (k) => [`ICM-B-2025-${String(k + 1).padStart(3, '0')}`, new Date(2025, 0, 1), `Boletín ${k}`, 'Saltillo', '', '', '', '', '', 'Enviado a SEGOB']);
  addRows(emu, 'Agenda CS02', n, (k) => [`AG-2027-${k}`, new Date(2027, k % 12, 1 + (k % 28)), '10:00', '', `Actividad ${k}`, 'Despacho', '', '', '', '', '', 'Confirmada', '']);
  // Two ticks: the first of the day also checks the publication days (reads Calendario); the second is the usual hour.
  emu.clockTo('2026-11-30T10:30');
  const r = emu.clockTo('2026-11-30T11:30').filter((x) => x.functionName === 'tick');
  expect(r).toHaveLength(1);
  expect(r[0].error).toBeUndefined();
  return r[0].meter.counts;
}

describe('SEGOB jobs meter', () => {
  test('an hourly tick with nothing due: the same calls for 10 and 1,000 boletines and activities', () => {
    const small = tickCounts(10);
    const big = tickCounts(1000);
    expect(big).toEqual(small);
    // Publishing's Configuración and Calendario, the SEGOB jobs' Configuración and Boletines (not Agenda nor Calendario this hour).
    expect(small['Range.getValues']).toBe(4);
    expect(small['MailApp.sendEmail'] ?? 0).toBe(0);
  });
});
