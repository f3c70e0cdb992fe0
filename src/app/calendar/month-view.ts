// The visual month sheet («Mes 2026-12»): a 7-column grid coloured by estado, rebuilt from Calendario on demand.
import { text } from '../../domain/cell';
import { cellYmd, daysInMonth, ymd } from '../../domain/dates';
import { dayCellText, dayColor, type GridItem, monthGrid } from '../../domain/month-grid';
import { parseRedes } from '../../domain/authorization';
import { monthSheetName } from '../../domain/schema';
import { estimacionMensualX } from '../../domain/x-cost';
import { ports, type SheetTable, type Spreadsheet } from '../shared/index';

export interface MonthViewResult {
  hoja: string;
  semanas: number;
  publicaciones: number;
}

/** Rewrites the month sheet from the Calendario table (already read); a constant number of service calls. */
export function writeMonthView(ss: Spreadsheet, cal: SheetTable<'calendario'>, year: number, month1: number): MonthViewResult {
  const from = ymd(new Date(year, month1 - 1, 1));
  const to = ymd(new Date(year, month1 - 1, daysInMonth(year, month1)));
  const items = new Map<string, GridItem[]>();
  let count = 0;
  const textosX: string[] = [];
  for (let i = 0; i < cal.rows.length; i++) {
    const f = cellYmd(cal.get(i, 'Fecha'));
    if (!f || f < from || f > to) continue;
    const tx = text(cal.get(i, 'Texto X'));
    if (tx && parseRedes(cal.get(i, 'Redes')).indexOf('X') >= 0 && !/no se publica/i.test(text(cal.get(i, 'Estado')))) textosX.push(tx);
    const item: GridItem = { tema: text(cal.get(i, 'Tema')), estado: text(cal.get(i, 'Estado')), finDeSemana: text(cal.get(i, 'Fin de semana')) };
    const list = items.get(f);
    if (list) list.push(item);
    else items.set(f, [item]);
    count++;
  }
  const grid = monthGrid(year, month1, items);
  const name = monthSheetName(year, month1);
  const values: string[][] = [[`Calendario de difusión — ${grid.title}\n${estimacionMensualX(textosX)}`, '', '', '', '', '', ''], [...grid.dayNames]];
  const backgrounds: string[][] = [new Array<string>(7).fill('#5b2c6f'), new Array<string>(7).fill('#e8d9f0')];
  for (const w of grid.weeks) {
    values.push(w.map((d) => (d ? dayCellText(d) : '')));
    backgrounds.push(w.map((d) => (d ? dayColor(d) : '#f3f3f3')));
  }
  ports().workbook.writeMonthSheet(ss, { name, values, backgrounds, weeks: grid.weeks.length });
  return { hoja: name, semanas: grid.weeks.length, publicaciones: count };
}

/** Opens Calendario and rewrites the month sheet. */
export function actualizarVista(ss: Spreadsheet, year: number, month1: number): MonthViewResult {
  return writeMonthView(ss, ports().workbook.openTable('calendario', ss), year, month1);
}

/**
 * After publishing: redraws the month sheets that already exist for the months of these dates, so each day shows its
 * real state (Publicado, Error, …). One read of Calendario; a month sheet nobody drew is not created.
 */
export function refrescarMeses(ss: Spreadsheet, fechas: readonly Date[]): string[] {
  const meses = new Map<string, [number, number]>();
  for (const d of fechas) meses.set(`${d.getFullYear()}-${d.getMonth()}`, [d.getFullYear(), d.getMonth() + 1]);
  const wb = ports().workbook;
  const existentes = [...meses.values()].filter(([y, m]) => wb.readValues(monthSheetName(y, m), ss) !== null);
  if (existentes.length === 0) return [];
  const cal = wb.openTable('calendario', ss);
  return existentes.map(([y, m]) => writeMonthView(ss, cal, y, m).hoja);
}
