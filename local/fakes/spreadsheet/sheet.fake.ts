// Sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet): ranges, data extent, rows/columns, frozen panes, protections.
import { FAKE_TYPE } from '../../meter';
import type { SheetState, SpreadsheetState } from '../../world';
import { a1ToBounds, type Box, cellKey } from './a1';
import { SELF, type SheetsContext, scriptUser, SHEET_TYPE, stateOf } from './common';
import {
  blockingProtection,
  extent,
  GAS_MESSAGES,
  gasError,
  gridBox,
  nameTaken,
  pruneValidations,
  replaceCells,
  sheetById,
  shiftLines,
  writeContent,
} from './model';
import { boxFor, conditionalSpecOf, createProtection, protectionsOf } from './records';
import { parseInput } from './values';
import { chartsOf, EmbeddedChartBuilderFake, EmbeddedChartFake, insertChart, removeChart } from './chart.fake';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

const DEFAULT_COLUMN_WIDTH = 100;

export class SheetFake
  implements
    Pick<
      GasSheet,
      | 'activate'
      | 'appendRow'
      | 'autoResizeColumn'
      | 'autoResizeColumns'
      | 'clear'
      | 'clearConditionalFormatRules'
      | 'clearContents'
      | 'clearFormats'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'deleteRow'
      | 'deleteRows'
      | 'getColumnWidth'
      | 'getConditionalFormatRules'
      | 'getDataRange'
      | 'getFrozenColumns'
      | 'getFrozenRows'
      | 'getIndex'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMaxColumns'
      | 'getMaxRows'
      | 'getName'
      | 'getParent'
      | 'getProtections'
      | 'getRange'
      | 'getSheetId'
      | 'getSheetName'
      | 'getSheetValues'
      | 'getTabColor'
      | 'getType'
      | 'hideColumns'
      | 'hideSheet'
      | 'insertColumnAfter'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'isSheetHidden'
      | 'protect'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'setConditionalFormatRules'
      | 'setFrozenColumns'
      | 'setFrozenRows'
      | 'setName'
      | 'setRowHeight'
      | 'setRowHeights'
      | 'setTabColor'
      | 'showColumns'
      | 'showSheet'
    >
{
  readonly [FAKE_TYPE] = 'Sheet';
  readonly [SELF] = this;

  constructor(
    private readonly ctx: SheetsContext,
    readonly sheetId: number,
  ) {}

  private ss(): SpreadsheetState {
    return stateOf(this.ctx);
  }

  private state(): SheetState {
    return sheetById(this.ss(), this.sheetId);
  }

  private self(): GasSheet {
    return sheetApi(this);
  }

  private range(box: Box, a1?: string): GasRange {
    return this.ctx.make.range(this.sheetId, box, a1);
  }

  /** The sheet, after checking the script's user may change `box` (the whole grid by default). */
  private writable(box?: Box): SheetState {
    const sheet = this.state();
    if (blockingProtection(this.ss(), sheet, box ?? gridBox(sheet), scriptUser(this.ctx))) throw gasError(GAS_MESSAGES.protected);
    return sheet;
  }

  // ---- identity ----

  activate(): GasSheet {
    this.ss().activeSheetId = this.state().id;
    return this.self();
  }

  getName(): string {
    return this.state().name;
  }

  getSheetName(): string {
    return this.state().name;
  }

  getSheetId(): number {
    return this.state().id;
  }

  getIndex(): number {
    return this.ss().sheets.indexOf(this.state()) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ctx.make.spreadsheet();
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SHEET_TYPE.GRID as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String) — names are unique, case-insensitively. */
  setName(name: string): GasSheet {
    const sheet = this.writable();
    const n = String(name);
    if (n.trim() === '') throw gasError('Sheet name cannot be empty.');
    if (nameTaken(this.ss(), n, sheet.id)) throw gasError(GAS_MESSAGES.sheetExists(n));
    sheet.name = n;
    return this.self();
  }

  getTabColor(): string | null {
    return this.state().tabColor ?? null;
  }

  setTabColor(color: string | null): GasSheet {
    const sheet = this.state();
    if (color === null || color === undefined || color === '') delete sheet.tabColor;
    else sheet.tabColor = String(color);
    return this.self();
  }

  hideSheet(): GasSheet {
    const sheet = this.state();
    if (!sheet.hidden && this.ss().sheets.filter((s) => !s.hidden).length <= 1) throw gasError(GAS_MESSAGES.hideAllSheets);
    sheet.hidden = true;
    if (this.ss().activeSheetId === sheet.id) {
      const next = this.ss().sheets.find((s) => !s.hidden);
      if (next) this.ss().activeSheetId = next.id;
    }
    return this.self();
  }

  showSheet(): GasSheet {
    this.state().hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    return this.state().hidden;
  }

  // ---- ranges ----

  /**
   * getRange(a1) or getRange(row, column[, numRows[, numColumns]]), 1-based
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)).
   */
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    const sheet = this.state();
    if (typeof a === 'string') {
      const b = a1ToBounds(a, sheet.maxRows, sheet.maxCols);
      if (!b) throw gasError(GAS_MESSAGES.rangeNotFound);
      if (b.sheetName !== undefined && b.sheetName !== sheet.name) throw gasError(GAS_MESSAGES.rangeNotFound);
      if (b.r1 >= sheet.maxRows || b.c1 >= sheet.maxCols) throw gasError(GAS_MESSAGES.outOfBounds);
      return this.range({ r0: b.r0, c0: b.c0, r1: b.r1, c1: b.c1 }, b.open);
    }
    if (column === undefined) throw gasError(GAS_MESSAGES.signature('SpreadsheetApp.Sheet.getRange'));
    return this.range(boxFor(sheet, a, column, numRows ?? 1, numColumns ?? 1));
  }

  /** From A1 to the last row and column with content (A1 alone when the sheet is empty). */
  getDataRange(): GasRange {
    const e = extent(this.state());
    return this.range({ r0: 0, c0: 0, r1: Math.max(e.lastRow, 1) - 1, c1: Math.max(e.lastCol, 1) - 1 });
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const sheet = this.state();
    const e = extent(sheet);
    const nr = numRows === -1 ? Math.max(e.lastRow - startRow + 1, 1) : numRows;
    const nc = numColumns === -1 ? Math.max(e.lastCol - startColumn + 1, 1) : numColumns;
    return this.ctx.make.range(this.sheetId, boxFor(sheet, startRow, startColumn, nr, nc)).getValues();
  }

  /** Last row with content, 0 when empty (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()). */
  getLastRow(): number {
    return extent(this.state()).lastRow;
  }

  getLastColumn(): number {
    return extent(this.state()).lastCol;
  }

  getMaxRows(): number {
    return this.state().maxRows;
  }

  getMaxColumns(): number {
    return this.state().maxCols;
  }

  /**
   * Writes the values in the row after the last row with content; the sheet grows when it has no row left
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)).
   */
  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents)) throw gasError(GAS_MESSAGES.signature('SpreadsheetApp.Sheet.appendRow'));
    const sheet = this.state();
    const r = extent(sheet).lastRow;
    const n = rowContents.length;
    if (n === 0) return this.self();
    const box = { r0: r, c0: 0, r1: r, c1: n - 1 };
    if (blockingProtection(this.ss(), sheet, box, scriptUser(this.ctx))) throw gasError(GAS_MESSAGES.protected);
    if (r >= sheet.maxRows) shiftLines(this.ss(), sheet, 'row', sheet.maxRows, r - sheet.maxRows + 1);
    if (n > sheet.maxCols) shiftLines(this.ss(), sheet, 'col', sheet.maxCols, n - sheet.maxCols);
    for (let j = 0; j < n; j++) {
      const cell = sheet.cells[cellKey(r, j)];
      writeContent(sheet, r, j, parseInput(rowContents[j], cell !== undefined && cell.fmt === '@'));
    }
    return this.self();
  }

  // ---- clearing ----

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    const sheet = this.writable();
    const o = options ?? {};
    const both = !o.formatOnly && !o.contentsOnly;
    if (both) {
      // Sheet.clear clears contents and formats: data-validation rules and notes stay.
      const kept: SheetState['cells'] = {};
      for (const k in sheet.cells) {
        const { dv, note } = sheet.cells[k];
        if (dv === undefined && note === undefined) continue;
        kept[k] = { v: '' };
        if (dv !== undefined) kept[k].dv = dv;
        if (note !== undefined) kept[k].note = note;
      }
      replaceCells(sheet, kept);
      return this.self();
    }
    this.ctx.make.range(this.sheetId, gridBox(sheet)).clear(o.formatOnly ? { formatOnly: true } : { contentsOnly: true });
    return this.self();
  }

  clearContents(): GasSheet {
    return this.clear({ contentsOnly: true });
  }

  clearFormats(): GasSheet {
    return this.clear({ formatOnly: true });
  }

  // ---- rows and columns ----

  private insertLines(axis: 'row' | 'col', at0: number, howMany: number, method: string): GasSheet {
    const sheet = this.state();
    const max = axis === 'row' ? sheet.maxRows : sheet.maxCols;
    if (!Number.isInteger(howMany) || howMany < 1) throw gasError(GAS_MESSAGES.signature(`SpreadsheetApp.Sheet.${method}`));
    if (at0 < 0 || at0 > max) throw gasError(axis === 'row' ? GAS_MESSAGES.rowsOutOfBounds : GAS_MESSAGES.columnsOutOfBounds);
    this.writableStructure(sheet);
    shiftLines(this.ss(), sheet, axis, at0, howMany);
    return this.self();
  }

  /** Inserting or deleting rows/columns is refused on a sheet protected against the user. */
  private writableStructure(sheet: SheetState): void {
    const ss = this.ss();
    const user = scriptUser(this.ctx);
    const blocked = ss.protections.some(
      (p) => p.sheetId === sheet.id && p.kind === 'sheet' && blockingProtection(ss, sheet, gridBox(sheet), user) === p,
    );
    if (blocked) throw gasError(GAS_MESSAGES.protected);
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insertLines('row', afterPosition, howMany, 'insertRowsAfter');
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertLines('row', afterPosition, 1, 'insertRowAfter');
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insertLines('row', beforePosition - 1, howMany, 'insertRowsBefore');
  }

  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertLines('row', beforePosition - 1, 1, 'insertRowBefore');
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insertLines('col', afterPosition, howMany, 'insertColumnsAfter');
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insertLines('col', afterPosition, 1, 'insertColumnAfter');
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insertLines('col', beforePosition - 1, howMany, 'insertColumnsBefore');
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer) — rows below move
   * up; a protected cell among the deleted rows refuses the deletion for a non-editor.
   */
  deleteRows(rowPosition: number, howMany: number): void {
    const sheet = this.state();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > sheet.maxRows) throw gasError(GAS_MESSAGES.rowsOutOfBounds);
    const firstNonFrozen = Math.max(rowPosition, sheet.frozenRows + 1);
    const nonFrozenDeleted = Math.max(0, rowPosition + howMany - firstNonFrozen);
    if (nonFrozenDeleted >= sheet.maxRows - sheet.frozenRows) throw gasError(GAS_MESSAGES.deleteAllRows);
    this.writable({ r0: rowPosition - 1, c0: 0, r1: rowPosition + howMany - 2, c1: sheet.maxCols - 1 });
    shiftLines(this.ss(), sheet, 'row', rowPosition - 1, -howMany);
    pruneValidations(sheet);
  }

  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const sheet = this.state();
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > sheet.maxCols) throw gasError(GAS_MESSAGES.columnsOutOfBounds);
    if (howMany >= sheet.maxCols) throw gasError(GAS_MESSAGES.deleteAllColumns);
    this.writable({ r0: 0, c0: columnPosition - 1, r1: sheet.maxRows - 1, c1: columnPosition + howMany - 2 });
    shiftLines(this.ss(), sheet, 'col', columnPosition - 1, -howMany);
    pruneValidations(sheet);
  }

  deleteColumn(columnPosition: number): GasSheet {
    this.deleteColumns(columnPosition, 1);
    return this.self();
  }

  getFrozenRows(): number {
    return this.state().frozenRows;
  }

  setFrozenRows(rows: number): void {
    const sheet = this.state();
    if (rows < 0 || rows > sheet.maxRows) throw gasError(GAS_MESSAGES.outOfBounds);
    sheet.frozenRows = Math.floor(rows);
  }

  getFrozenColumns(): number {
    return this.state().frozenCols;
  }

  setFrozenColumns(columns: number): void {
    const sheet = this.state();
    if (columns < 0 || columns > sheet.maxCols) throw gasError(GAS_MESSAGES.outOfBounds);
    sheet.frozenCols = Math.floor(columns);
  }

  getColumnWidth(columnPosition: number): number {
    return this.state().columnWidths[String(columnPosition)] ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    const sheet = this.state();
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > sheet.maxCols) throw gasError(GAS_MESSAGES.columnsOutOfBounds);
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      if (width === DEFAULT_COLUMN_WIDTH) delete sheet.columnWidths[String(c)];
      else sheet.columnWidths[String(c)] = width;
    }
    return this.self();
  }

  /** Accepted; widths are not computed from content. */
  autoResizeColumn(_columnPosition: number): GasSheet {
    return this.self();
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): GasSheet {
    return this.self();
  }

  /** Accepted; row heights and hidden columns are not stored. */
  setRowHeight(_rowPosition: number, _height: number): GasSheet {
    return this.self();
  }

  setRowHeights(_startRow: number, _numRows: number, _height: number): GasSheet {
    return this.self();
  }

  hideColumns(_columnIndex: number, _numColumns?: number): void {
    return;
  }

  showColumns(_columnIndex: number, _numColumns?: number): void {
    return;
  }

  // ---- conditional formats ----

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.state().conditional.map(
      (c) =>
        this.ctx.make.conditionalRule({
          when: c.when,
          text: c.text,
          ...(c.background !== undefined ? { background: c.background } : {}),
          ...(c.fontColor !== undefined ? { fontColor: c.fontColor } : {}),
          ranges: [{ sheetId: this.sheetId, box: { r0: c.r0, c0: c.c0, r1: c.r1, c1: c.c1 } }],
        }),
    );
  }

  /** Replaces the sheet's rules; a rule with several ranges is stored once per range. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const sheet = this.writable();
    const out: SheetState['conditional'] = [];
    for (const rule of Array.from(rules)) {
      const spec = conditionalSpecOf(rule);
      if (!spec.when) continue;
      for (const r of spec.ranges) {
        const entry: SheetState['conditional'][number] = { ...r.box, when: spec.when, text: spec.text };
        if (spec.background !== undefined) entry.background = spec.background;
        if (spec.fontColor !== undefined) entry.fontColor = spec.fontColor;
        out.push(entry);
      }
    }
    sheet.conditional = out;
  }

  clearConditionalFormatRules(): void {
    this.writable().conditional = [];
  }

  // ---- protection ----

  /** The sheet's protection; "if the sheet is already protected, this method returns … the existing protection". */
  protect(): GasProtection {
    const sheet = this.state();
    const existing = this.ss().protections.find((p) => p.sheetId === sheet.id && p.kind === 'sheet');
    const p = existing ?? createProtection(this.ctx, sheet.id, 'sheet', gridBox(sheet));
    return this.ctx.make.protection(p.id);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    return protectionsOf(this.ctx, type, this.state().id);
  }

  // ---- embedded charts (chart.fake) ----

  newChart(): EmbeddedChartBuilderFake {
    return new EmbeddedChartBuilderFake(this.ctx);
  }
  insertChart(chart: unknown): void {
    insertChart(this.ctx, this.writable().id, chart);
  }
  updateChart(chart: unknown): void {
    insertChart(this.ctx, this.writable().id, chart);
  }
  getCharts(): EmbeddedChartFake[] {
    return chartsOf(this.ctx, this.state().id);
  }
  removeChart(chart: unknown): void {
    removeChart(this.ctx, this.writable().id, chart);
  }
}

export function sheetApi(s: SheetFake): GasSheet {
  return s as unknown as GasSheet;
}
