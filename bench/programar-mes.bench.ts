// Benchmark workload: Programar mes for December 2026 on a demo Calendario already holding N earlier publications.
import { seedDemo } from '../local/demo';
import { sheetByName, writeContent } from '../local/fakes/spreadsheet/model';
import { Emulator } from '../local/runtime';
import { HEADERS } from '../src/domain/schema';
import { measure, type Measure } from './workbooks';

export interface ProgramarMesMeasure extends Measure {
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
  const start = emu.values('Calendario').length;
  sheet.maxRows = Math.max(sheet.maxRows, start + rows + 1000);
  const col = (h: (typeof HEADERS.calendario)[number]): number => HEADERS.calendario.indexOf(h);
  for (let i = 0; i < rows; i++) {
    const day = new Date(2026, 10, 30 - i);
    const id = `CAL-${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}-1`;
    const r = start + i;
    writeContent(sheet, r, col('ID'), { v: id });
    writeContent(sheet, r, col('Fecha'), { v: day, fmt: 'yyyy-mm-dd' });
    writeContent(sheet, r, col('Hora'), { v: '10:00' });
    writeContent(sheet, r, col('Tema'), { v: `Tema del día ${i + 1}` });
    writeContent(sheet, r, col('Redes'), { v: 'X, Facebook, Web' });
    writeContent(sheet, r, col('Estado'), { v: 'Publicado' });
  }
  const total = emu.values('Calendario').length - 1;
  let creadas = 0;
  const m = measure(emu, total, () => {
    const r = emu.run('programarMes', ['2026-12'], { as: 'asistente@icm.gob.mx' });
    if (!r.error) creadas = (r.result as { valor: { creadas: number } }).valor.creadas;
    return r;
  });
  return { ...m, creadas };
}
