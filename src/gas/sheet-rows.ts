// Appending rows to a sheet in batched blocks that skip protected columns, growing the grid inside existing ranges.
import { type Cell, toCell } from '../domain/cell';
import { columnRuns } from '../domain/workbook.layout';

/**
 * Makes sure rows up to `lastNeeded` (1-based) exist. New rows are inserted before the sheet's last row when that row
 * is empty, so protections, validations and formats that reach the last row stretch over them.
 */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastNeeded: number, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastNeeded <= max) return;
  const missing = lastNeeded - max;
  if (lastRow < max && max > 1) sheet.insertRowsBefore(max, missing);
  else sheet.insertRowsAfter(max, missing);
}

/**
 * Writes `rows` (full width, 0-based columns) starting at sheet row `firstRow`, one setValues per run of columns
 * not listed in `skip` (so a writer who is not an editor of a protected column never touches it). Values are escaped.
 */
export function writeRowsSkipping(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, rows: Cell[][], skip: readonly number[]): number {
  if (rows.length === 0) return 0;
  const width = rows[0].length;
  const keep: number[] = [];
  for (let c = 0; c < width; c++) if (!skip.includes(c)) keep.push(c);
  let writes = 0;
  for (const [c0, c1] of columnRuns(keep)) {
    const block = rows.map((r) => r.slice(c0, c1 + 1).map(toCell));
    sheet.getRange(firstRow, c0 + 1, rows.length, c1 - c0 + 1).setValues(block);
    writes++;
  }
  return writes;
}

/**
 * Runs `f` inside a short document lock so that "find the last row, then write after it" is atomic between executions.
 * Re-entrant: when this execution already holds the lock it is neither taken again nor released. When the lock cannot be
 * had within `ms`, `f` runs anyway (an audit line or a row is never dropped for a busy lock).
 */
export function withShortDocumentLock<T>(f: () => T, ms = 10000): T {
  const lock = LockService.getDocumentLock();
  let mine = false;
  if (lock && !lock.hasLock()) mine = lock.tryLock(ms);
  try {
    return f();
  } finally {
    if (mine && lock) {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
}
