// Writes the visual month sheet («Mes 2026-12») computed by the use case: values, colours and layout in a constant number of calls.
import type { MonthSheet } from '../app/shared/index';
import { toCell } from '../domain/cell';

export function writeMonthSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, m: MonthSheet): void {
  let sheet = ss.getSheetByName(m.name);
  if (sheet) sheet.clear();
  else sheet = ss.insertSheet(m.name, ss.getNumSheets());
  const rows = 2 + m.weeks;
  if (sheet.getMaxColumns() < 7) sheet.insertColumnsAfter(sheet.getMaxColumns(), 7 - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const all = sheet.getRange(1, 1, rows, 7);
  // Day cells hold text like "1\nTema — Borrador"; escaped so an empty day's "31" stays text, never a number.
  all.setValues(m.values.map((r) => r.map(toCell)));
  all.setBackgrounds(m.backgrounds);
  all.setWrap(true);
  all.setVerticalAlignment('top');
  sheet.getRange(1, 1, 1, 7).merge().setFontWeight('bold').setFontColor('#ffffff').setFontSize(14);
  sheet.getRange(2, 1, 1, 7).setFontWeight('bold').setHorizontalAlignment('center');
  sheet.setColumnWidths(1, 7, 190);
  sheet.setRowHeights(3, m.weeks, 120);
  if (sheet.getFrozenRows() !== 2) sheet.setFrozenRows(2);
}
