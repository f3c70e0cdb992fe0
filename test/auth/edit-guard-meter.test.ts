// The edit guard reads the header row first: an edit that misses the guarded columns costs a few calls, a hit reads only the edited rows; flat with rows.
import { sheetByName, writeContent } from '../../local/fakes/spreadsheet/model';
import type { RunResult } from '../../local/runtime';
import { HEADERS } from '../../src/domain/schema';
import { ASISTENTE, configured } from './auth-fixture';

function calendarOf(rows: number) {
  const emu = configured();
  const sheet = sheetByName(emu.world.spreadsheet, 'Calendario')!;
  sheet.maxRows = Math.max(sheet.maxRows, rows + 100);
  const col = (h: (typeof HEADERS.calendario)[number]): number => HEADERS.calendario.indexOf(h);
  for (let i = 0; i < rows; i++) {
    writeContent(sheet, i + 1, col('ID'), { v: `CAL-${i + 1}` });
    writeContent(sheet, i + 1, col('Fecha'), { v: new Date(2026, 11, 1 + (i % 28)), fmt: 'yyyy-mm-dd' });
    writeContent(sheet, i + 1, col('Tema'), { v: `Tema ${i + 1}` });
    writeContent(sheet, i + 1, col('Texto X'), { v: `Texto ${i + 1}` });
    writeContent(sheet, i + 1, col('Redes'), { v: 'X' });
  }
  return emu;
}

function guardRun(runs: RunResult[]): RunResult {
  const r = runs.find((x) => x.functionName === 'alEditar');
  if (!r) throw new Error('alEditar did not run');
  expect(r.error).toBeUndefined();
  return r;
}

const letter = (h: (typeof HEADERS.calendario)[number]): string => String.fromCharCode(65 + HEADERS.calendario.indexOf(h));

describe('edit guard: service calls', () => {
  test('an edit of an unguarded column on a 5,000-row Calendario: a few calls, only the header row read', () => {
    const small = guardRun(calendarOf(100).edit(`'Calendario'!${letter('Propuesta')}51`, 'Otra propuesta', { as: ASISTENTE }));
    const large = guardRun(calendarOf(5000).edit(`'Calendario'!${letter('Propuesta')}51`, 'Otra propuesta', { as: ASISTENTE }));
    expect(large.meter.counts).toEqual(small.meter.counts);
    expect(large.meter.counts['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(large.meter.counts['Range.getValues']).toBe(1);
    expect(large.meter.total).toBeLessThanOrEqual(10);
    expect(large.meter.rowsRead?.Calendario).toBe(1);
  }, 60000);

  test('an edit of a content column reads only the edited rows (calls flat from 100 to 5,000 rows); the edit itself stays', () => {
    const measure = (rows: number): RunResult => {
      const emu = calendarOf(rows);
      const r = guardRun(emu.edit(`'Calendario'!${letter('Texto X')}51`, 'Texto nuevo', { as: ASISTENTE }));
      expect(emu.values('Calendario')[50][HEADERS.calendario.indexOf('Texto X')]).toBe('Texto nuevo');
      return r;
    };
    const small = measure(100);
    const large = measure(5000);
    expect(large.meter.counts).toEqual(small.meter.counts);
    // Whole reads only of Configuración and Autorizaciones; Calendario: its header and the edited row.
    expect(large.meter.counts['Sheet.getDataRange']).toBe(2);
    expect([small.meter.rowsRead?.Calendario, large.meter.rowsRead?.Calendario]).toEqual([2, 2]);
  }, 60000);
});
