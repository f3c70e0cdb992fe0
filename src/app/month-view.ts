// The visual month sheet («Mes 2026-12»): a 7-column grid coloured by estado, rebuilt from Calendario on demand.
import { text, toCell } from '../domain/cell';
import { cellYmd, daysInMonth, ymd } from '../domain/dates';
import { dayCellText, dayColor, type GridItem, monthGrid } from '../domain/month-grid';
import { monthSheetName } from '../domain/schema';
import { Table } from '../gas/table';

export interface MonthViewResult {
  hoja: string;
  semanas: number;
  publicaciones: number;
}

/** Rewrites the month sheet from the Calendario table (already read); a constant number of service calls. */
export function writeMonthView(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, cal: Table<'calendario'>, year: number, month1: number): MonthViewResult {
  const from = ymd(new Date(year, month1 - 1, 1));
  const to = ymd(new Date(year, month1 - 1, daysInMonth(year, month1)));
  const items = new Map<string, GridItem[]>();
  let count = 0;
  for (let i = 0; i < cal.rows.length; i++) {
    const f = cellYmd(cal.get(i, 'Fecha'));
    if (!f || f < from || f > to) continue;
    const item: GridItem = { tema: text(cal.get(i, 'Tema')), estado: text(cal.get(i, 'Estado')), finDeSemana: text(cal.get(i, 'Fin de semana')) };
    const list = items.get(f);
    if (list) list.push(item);
    else items.set(f, [item]);
    count++;
  }
  const grid = monthGrid(year, month1, items);
  const name = monthSheetName(year, month1);
  let sheet = ss.getSheetByName(name);
  if (sheet) sheet.clear();
  else sheet = ss.insertSheet(name, ss.getNumSheets());
  const rows = 2 + grid.weeks.length;
  if (sheet.getMaxColumns() < 7) sheet.insertColumnsAfter(sheet.getMaxColumns(), 7 - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const values: string[][] = [[`Calendario de difusión — ${grid.title}`, '', '', '', '', '', ''], [...grid.dayNames]];
  const backgrounds: string[][] = [new Array<string>(7).fill('#5b2c6f'), new Array<string>(7).fill('#e8d9f0')];
  for (const w of grid.weeks) {
    values.push(w.map((d) => (d ? dayCellText(d) : '')));
    backgrounds.push(w.map((d) => (d ? dayColor(d) : '#f3f3f3')));
  }
  const all = sheet.getRange(1, 1, rows, 7);
  // Day cells hold text like "1\nTema — Borrador"; escaped so an empty day's "31" stays text, never a number.
  all.setValues(values.map((r) => r.map(toCell)));
  all.setBackgrounds(backgrounds);
  all.setWrap(true);
  all.setVerticalAlignment('top');
  sheet.getRange(1, 1, 1, 7).merge().setFontWeight('bold').setFontColor('#ffffff').setFontSize(14);
  sheet.getRange(2, 1, 1, 7).setFontWeight('bold').setHorizontalAlignment('center');
  sheet.setColumnWidths(1, 7, 190);
  sheet.setRowHeights(3, grid.weeks.length, 120);
  if (sheet.getFrozenRows() !== 2) sheet.setFrozenRows(2);
  return { hoja: name, semanas: grid.weeks.length, publicaciones: count };
}

/** Opens Calendario and rewrites the month sheet. */
export function actualizarVista(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, year: number, month1: number): MonthViewResult {
  return writeMonthView(ss, Table.open('calendario', ss), year, month1);
}
