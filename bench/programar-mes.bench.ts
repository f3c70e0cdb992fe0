// Benchmark: service calls (meter) and wall time of Programar mes on a Calendario already holding 100 and 10,000 rows.
import { seedDemo } from '../local/demo';
import { sheetByName, writeContent } from '../local/fakes/spreadsheet/model';
import { Emulator } from '../local/runtime';
import { HEADERS } from '../src/domain/schema';

export interface ProgramarMesMeasure {
  rows: number;
  total: number;
  counts: Record<string, number>;
  wallMs: number;
  creadas: number;
}

/**
 * A demo workbook whose Calendario holds `rows` earlier publications (one a day going back from 30 Nov 2026), with the
 * same spare grid rows whatever the size, then Programar mes for December 2026 as the Asistente.
 */
export function measureProgramarMes(rows: number): ProgramarMesMeasure {
  const emu = Emulator.create({ owner: 'titular@icm.gob.mx', now: '2026-11-30T09:00' });
  seedDemo(emu);
  const sheet = sheetByName(emu.world.spreadsheet, 'Calendario');
  if (!sheet) throw new Error('Calendario missing');
  sheet.maxRows = Math.max(sheet.maxRows, rows + 1000);
  const col = (h: (typeof HEADERS.calendario)[number]): number => HEADERS.calendario.indexOf(h);
  for (let i = 0; i < rows; i++) {
    const day = new Date(2026, 10, 30 - i);
    const id = `CAL-${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}-1`;
    writeContent(sheet, i + 1, col('ID'), { v: id });
    writeContent(sheet, i + 1, col('Fecha'), { v: day, fmt: 'yyyy-mm-dd' });
    writeContent(sheet, i + 1, col('Hora'), { v: '10:00' });
    writeContent(sheet, i + 1, col('Tema'), { v: `Tema del día ${i + 1}` });
    writeContent(sheet, i + 1, col('Redes'), { v: 'X, Facebook, Web' });
    writeContent(sheet, i + 1, col('Estado'), { v: 'Publicado' });
  }
  const r = emu.run('programarMes', ['2026-12'], { as: 'asistente@icm.gob.mx' });
  if (r.error) throw new Error(r.error.message);
  const valor = (r.result as { valor: { creadas: number } }).valor;
  return { rows, total: r.meter.total, counts: r.meter.counts, wallMs: r.meter.wallMs, creadas: valor.creadas };
}

function main(): void {
  const results = [100, 10000].map(measureProgramarMes);
  const methods = [...new Set(results.flatMap((m) => Object.keys(m.counts)))].sort();
  console.log('Programar mes 2026-12 — llamadas a servicios de Apps Script por método');
  console.log(`${'método'.padEnd(44)}${results.map((m) => `${m.rows} filas`.padStart(14)).join('')}`);
  for (const k of methods) console.log(`${k.padEnd(44)}${results.map((m) => String(m.counts[k] ?? 0).padStart(14)).join('')}`);
  console.log(`${'TOTAL'.padEnd(44)}${results.map((m) => String(m.total).padStart(14)).join('')}`);
  console.log(`${'filas creadas'.padEnd(44)}${results.map((m) => String(m.creadas).padStart(14)).join('')}`);
  console.log(`${'tiempo en el emulador (ms)'.padEnd(44)}${results.map((m) => String(m.wallMs).padStart(14)).join('')}`);
}

if (require.main === module) main();
