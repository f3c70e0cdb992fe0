// Batched access to one workbook sheet: read once with getValues, write each changed block once with setValues.
import { type Cell, sameCell, toCell } from '../domain/cell';
import { AppError } from '../domain/errors';
import { HEADERS, type HeaderKey, SHEET } from '../domain/schema';
import { TITULAR_ONLY } from '../domain/workbook.layout';
import type { FlushByIdReport, HeaderOf, SheetTable } from '../app/shared/index';
import { ensureRows, withShortDocumentLock, writeRowsSkipping } from './sheet-rows';

/**
 * One sheet held in memory. `rows` are the data rows (header excluded); row i lives on sheet row i + 2.
 * Columns are found by header text, so a sheet whose columns were moved or added still works.
 */
export class Table<K extends HeaderKey> implements SheetTable<K> {
  readonly rows: Cell[][];
  private readonly index: Map<string, number>;
  private readonly dirty = new Map<number, { c0: number; c1: number }>();
  /** Titular-only columns this table changed: a block may write them; others are skipped (their protection refuses). */
  private readonly lockedTouched = new Set<number>();
  private locked: number[] | null = null;
  private readonly width: number;
  private appendedFrom: number;

  private constructor(
    readonly key: K,
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    values: Cell[][],
    /** Rows above the first held one (a window opened by openRows); 0 for a whole sheet. */
    private readonly offset = 0,
  ) {
    const header = (values[0] ?? []).map((h) => String(h).trim());
    this.index = new Map();
    header.forEach((h, i) => {
      if (h && !this.index.has(h)) this.index.set(h, i);
    });
    this.width = Math.max(header.length, HEADERS[key].length);
    this.rows = values.slice(1).map((r) => padRow(r, this.width));
    // Trailing empty rows (getDataRange can include formatted blanks) are not data; a window keeps the rows asked for.
    while (offset === 0 && this.rows.length > 0 && this.rows[this.rows.length - 1].every((c) => c === '')) this.rows.pop();
    this.appendedFrom = this.rows.length;
  }

  /** Opens a sheet of the workbook (one getValues call). Throws SHEET_MISSING in Spanish when absent. */
  static open<K extends HeaderKey>(key: K, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): Table<K> {
    const t = Table.tryOpen(key, ss);
    if (!t) {
      throw new AppError('SHEET_MISSING', `Falta la hoja «${SHEET[key]}». Ejecute «Configurar» en el menú Difusión ICM.`);
    }
    return t;
  }

  static tryOpen<K extends HeaderKey>(key: K, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): Table<K> | null {
    const book = ss ?? SpreadsheetApp.getActiveSpreadsheet();
    const sheet = book.getSheetByName(SHEET[key]);
    if (!sheet) return null;
    return new Table(key, sheet, sheet.getDataRange().getValues() as Cell[][]);
  }

  /** The header row only (one getValues of row 1), trimmed; null when the sheet is missing. */
  static readHeader(key: HeaderKey, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] | null {
    const book = ss ?? SpreadsheetApp.getActiveSpreadsheet();
    const sheet = book.getSheetByName(SHEET[key]);
    if (!sheet) return null;
    const width = Math.max(sheet.getLastColumn(), 1);
    return (sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[]).map((h) => String(h).trim());
  }

  /**
   * Opens only sheet rows firstRow..lastRow (1-based, ≥ 2) with the header: two getValues whatever the sheet's size.
   * Row i of the window is sheet row firstRow + i; flush writes there. Appending to a window is not allowed.
   */
  static openRows<K extends HeaderKey>(key: K, firstRow: number, lastRow: number, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): Table<K> | null {
    const book = ss ?? SpreadsheetApp.getActiveSpreadsheet();
    const sheet = book.getSheetByName(SHEET[key]);
    if (!sheet) return null;
    const width = Math.max(sheet.getLastColumn(), 1);
    const header = sheet.getRange(1, 1, 1, width).getValues() as Cell[][];
    const first = Math.max(2, firstRow);
    const last = Math.min(lastRow, sheet.getMaxRows());
    const body = last >= first ? (sheet.getRange(first, 1, last - first + 1, width).getValues() as Cell[][]) : [];
    return new Table(key, sheet, header.concat(body), first - 2);
  }

  /** Zero-based column of a header; COLUMN_MISSING (Spanish) when the sheet lacks it. */
  colOf(header: HeaderOf<K>): number {
    const i = this.index.get(header);
    if (i === undefined) {
      throw new AppError(
        'COLUMN_MISSING',
        `Falta la columna «${header}» en la hoja «${SHEET[this.key]}». Ejecute «Configurar» para repararla.`,
      );
    }
    return i;
  }

  has(header: HeaderOf<K>): boolean {
    return this.index.has(header);
  }

  get(i: number, header: HeaderOf<K>): Cell {
    return this.rows[i][this.colOf(header)];
  }

  /** Sets a value in memory (escaped for Sheets on flush); unchanged values are not rewritten. */
  set(i: number, header: HeaderOf<K>, value: Cell | null | undefined): void {
    const c = this.colOf(header);
    const v: Cell = value === null || value === undefined ? '' : value;
    if (sameCell(this.rows[i][c], v)) return;
    this.rows[i][c] = v;
    if (this.lockedCols().indexOf(c) >= 0) this.lockedTouched.add(c);
    if (i >= this.appendedFrom) return;
    const d = this.dirty.get(i);
    if (d) {
      d.c0 = Math.min(d.c0, c);
      d.c1 = Math.max(d.c1, c);
    } else this.dirty.set(i, { c0: c, c1: c });
  }

  /** Adds a row (written by flush); returns its index in `rows`. */
  append(record: Partial<Record<HeaderOf<K>, Cell>>): number {
    this.wholeSheetOnly();
    const row: Cell[] = new Array<Cell>(this.width).fill('');
    for (const [h, v] of Object.entries(record) as Array<[HeaderOf<K>, Cell]>) {
      if (v !== undefined) row[this.colOf(h)] = v;
    }
    this.rows.push(row);
    return this.rows.length - 1;
  }

  /** Index of the first row whose column equals value (compared as trimmed text), or -1. */
  find(header: HeaderOf<K>, value: string): number {
    const c = this.colOf(header);
    const want = value.trim();
    for (let i = 0; i < this.rows.length; i++) if (String(this.rows[i][c]).trim() === want) return i;
    return -1;
  }

  /** Sheet row number (1-based) of data row i. */
  sheetRow(i: number): number {
    return i + 2 + this.offset;
  }

  pendingWrites(): number {
    return this.blocks().length + (this.rows.length > this.appendedFrom ? 1 : 0);
  }

  /** Writes every changed block of contiguous rows with one setValues each, and the appended rows with one more. */
  flush(): void {
    for (const b of this.blocks()) {
      for (const [c0, c1] of this.runsOf(b.c0, b.c1)) {
        const data = [] as Cell[][];
        for (let i = b.r0; i <= b.r1; i++) data.push(this.rows[i].slice(c0, c1 + 1).map(toCell));
        this.sheet.getRange(b.r0 + 2 + this.offset, c0 + 1, data.length, c1 - c0 + 1).setValues(data);
      }
    }
    this.dirty.clear();
    const added = this.rows.slice(this.appendedFrom);
    if (added.length > 0) {
      ensureRows(this.sheet, this.rows.length + 1, this.appendedFrom + 1);
      this.sheet.getRange(this.appendedFrom + 2, 1, added.length, this.width).setValues(added.map((r) => r.map(toCell)));
      this.appendedFrom = this.rows.length;
    }
  }

  /**
   * Writes the pending changes of each row to the sheet row that holds the same ID now (re-read with one getValues of
   * the ID column): rows sorted, inserted or deleted meanwhile never receive another row's values.
   */
  flushById(idHeader: HeaderOf<K>): FlushByIdReport {
    this.wholeSheetOnly();
    const report: FlushByIdReport = { movidas: [], perdidas: [] };
    if (this.dirty.size === 0) return report;
    const c = this.colOf(idHeader);
    const last = this.sheet.getLastRow();
    const now = last >= 2 ? (this.sheet.getRange(2, c + 1, last - 1, 1).getValues() as Cell[][]).map((r) => String(r[0]).trim()) : [];
    const where = new Map<string, number[]>();
    now.forEach((id, j) => {
      if (id) where.set(id, [...(where.get(id) ?? []), j]);
    });
    const targets: Array<{ j: number; i: number; c0: number; c1: number }> = [];
    for (const [i, d] of this.dirty) {
      const id = String(this.rows[i][c]).trim();
      const at = where.get(id) ?? [];
      // Same place when it is still there (also for a repeated ID); else the first row holding that ID now.
      const j = !id ? (now[i] === '' || now[i] === undefined ? i : -1) : at.indexOf(i) >= 0 ? i : at.length > 0 ? at[0] : -1;
      if (j < 0) {
        if (id) report.perdidas.push(id);
        continue;
      }
      if (j !== i && id) report.movidas.push(id);
      targets.push({ j, i, c0: d.c0, c1: d.c1 });
    }
    targets.sort((a, b) => a.j - b.j);
    const blocks: Array<{ j0: number; items: typeof targets; c0: number; c1: number }> = [];
    for (const t of targets) {
      const b = blocks[blocks.length - 1];
      if (b && b.j0 + b.items.length === t.j) {
        b.items.push(t);
        b.c0 = Math.min(b.c0, t.c0);
        b.c1 = Math.max(b.c1, t.c1);
      } else blocks.push({ j0: t.j, items: [t], c0: t.c0, c1: t.c1 });
    }
    for (const b of blocks) {
      for (const [c0, c1] of this.runsOf(b.c0, b.c1)) {
        const data = b.items.map((t) => this.rows[t.i].slice(c0, c1 + 1).map(toCell));
        this.sheet.getRange(b.j0 + 2, c0 + 1, data.length, c1 - c0 + 1).setValues(data);
      }
    }
    this.dirty.clear();
    return report;
  }

  lastColumn(): number {
    return this.sheet.getLastColumn();
  }

  ensureRows(lastNeeded: number): void {
    ensureRows(this.sheet, lastNeeded, this.sheet.getLastRow());
  }

  writeRowsSkipping(firstRow: number, rows: Cell[][], skip: readonly number[]): number {
    return writeRowsSkipping(this.sheet, firstRow, rows, skip);
  }

  appendSkippingLocked(records: ReadonlyArray<Partial<Record<HeaderOf<K>, Cell>>>): void {
    if (records.length === 0) return;
    this.wholeSheetOnly();
    if (this.rows.length > this.appendedFrom) throw new Error('appendSkippingLocked after append: flush first');
    const skip = this.lockedCols();
    withShortDocumentLock(() => {
      const last = this.sheet.getLastRow();
      const width = Math.max(this.sheet.getLastColumn(), this.width);
      const rows = records.map((rec) => {
        const row: Cell[] = new Array<Cell>(width).fill('');
        for (const [h, v] of Object.entries(rec) as Array<[HeaderOf<K>, Cell]>) if (v !== undefined && this.has(h)) row[this.colOf(h)] = v;
        return row;
      });
      // After the last row with content now (another execution may have appended since this table was read).
      const first = Math.max(last + 1, this.rows.length + 2);
      ensureRows(this.sheet, first + rows.length - 1, last);
      writeRowsSkipping(this.sheet, first, rows, skip);
      for (const r of rows) this.rows.push(padRow(r, this.width));
      this.appendedFrom = this.rows.length;
    });
  }

  /** The Titular-only columns of this sheet (0-based). */
  private lockedCols(): number[] {
    if (!this.locked) {
      const locked = (TITULAR_ONLY[this.key] ?? []) as ReadonlyArray<HeaderOf<K>>;
      this.locked = locked.filter((h) => this.has(h)).map((h) => this.colOf(h));
    }
    return this.locked;
  }

  /**
   * Columns c0..c1 as runs that leave out the Titular-only columns this table did not change: a block between two
   * changed columns never rewrites a protected one (e.g. a network's columns added after «Comentario de la Titular»).
   */
  private runsOf(c0: number, c1: number): Array<[number, number]> {
    const skip = this.lockedCols().filter((c) => c > c0 && c < c1 && !this.lockedTouched.has(c));
    if (skip.length === 0) return [[c0, c1]];
    const out: Array<[number, number]> = [];
    let start = c0;
    for (const c of [...skip].sort((a, b) => a - b)) {
      if (c > start) out.push([start, c - 1]);
      start = c + 1;
    }
    out.push([start, c1]);
    return out;
  }

  private wholeSheetOnly(): void {
    if (this.offset !== 0) throw new Error('TABLE_WINDOW: rows can only be appended to a whole sheet');
  }

  private blocks(): Array<{ r0: number; r1: number; c0: number; c1: number }> {
    const keys = [...this.dirty.keys()].sort((a, b) => a - b);
    const out: Array<{ r0: number; r1: number; c0: number; c1: number }> = [];
    for (const r of keys) {
      const d = this.dirty.get(r) as { c0: number; c1: number };
      const last = out[out.length - 1];
      if (last && last.r1 === r - 1) {
        last.r1 = r;
        last.c0 = Math.min(last.c0, d.c0);
        last.c1 = Math.max(last.c1, d.c1);
      } else out.push({ r0: r, r1: r, c0: d.c0, c1: d.c1 });
    }
    return out;
  }
}

function padRow(r: Cell[], width: number): Cell[] {
  const row = r.slice(0, Math.max(width, r.length));
  while (row.length < width) row.push('');
  return row;
}
