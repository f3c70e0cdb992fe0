// Range (https://developers.google.com/apps-script/reference/spreadsheet/range): values, formulas, formats, notes, validations, protection.
import { FAKE_TYPE } from '../../meter';
import type { CellState, CellValue, SheetState, SpreadsheetState, ValidationRuleState } from '../../world';
import { type Box, boundsToA1, cellKey } from './a1';
import { type SheetsContext, SELF, scriptUser, stateOf } from './common';
import {
  blockingProtection,
  GAS_MESSAGES,
  gasError,
  pruneValidations,
  readValue,
  sheetById,
  writeContent,
  writeContentAt,
  writeProp,
} from './model';
import { boxFor, createProtection, specOf } from './records';
import type { ValidationSpec } from './validation.fake';
import { checkCellLengths, displayValue, outValue, parseInput } from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Style = NonNullable<CellState['style']>;

const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT_COLOR = '#000000';
const DEFAULT_NUMBER_FORMAT = 'General';

/** Stores a validation rule once per sheet (identical rules share an id) and returns its id. */
function ruleId(ss: SpreadsheetState, sheet: SheetState, spec: ValidationSpec): number {
  const text = JSON.stringify(spec);
  for (const v of sheet.validations) {
    const { id, ...rest } = v;
    if (JSON.stringify(rest) === text) return id;
  }
  const rule: ValidationRuleState = { id: ss.nextId++, ...JSON.parse(text) };
  sheet.validations.push(rule);
  return rule.id;
}

function is2d(values: unknown): values is unknown[][] {
  return Array.isArray(values) && values.every((row) => Array.isArray(row));
}

export class RangeFake
  implements
    Pick<
      GasRange,
      | 'activate'
      | 'breakApart'
      | 'canEdit'
      | 'clear'
      | 'clearContent'
      | 'clearDataValidations'
      | 'clearFormat'
      | 'clearNote'
      | 'getA1Notation'
      | 'getBackground'
      | 'getBackgrounds'
      | 'getCell'
      | 'getColumn'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'getDisplayValue'
      | 'getDisplayValues'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'getFormula'
      | 'getFormulas'
      | 'getGridId'
      | 'getHeight'
      | 'getHorizontalAlignment'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getNote'
      | 'getNotes'
      | 'getNumColumns'
      | 'getNumRows'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'getRow'
      | 'getRowIndex'
      | 'getSheet'
      | 'getValue'
      | 'getValues'
      | 'getWidth'
      | 'getWrap'
      | 'insertCheckboxes'
      | 'isBlank'
      | 'merge'
      | 'mergeAcross'
      | 'offset'
      | 'protect'
      | 'setBackground'
      | 'setBackgrounds'
      | 'setBorder'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'setFontColor'
      | 'setFontColors'
      | 'setFontSize'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'setFormula'
      | 'setFormulas'
      | 'setHorizontalAlignment'
      | 'setNote'
      | 'setNotes'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setValue'
      | 'setValues'
      | 'setVerticalAlignment'
      | 'setWrap'
      | 'setWraps'
    >
{
  readonly [FAKE_TYPE] = 'Range';
  readonly [SELF] = this;

  constructor(
    private readonly ctx: SheetsContext,
    readonly sheetId: number,
    readonly box: Box,
    /** The A1 form to report instead of the box's (open ranges, a whole-sheet protection's range). */
    private readonly a1?: string,
  ) {}

  // ---- helpers ----

  private ss(): SpreadsheetState {
    return stateOf(this.ctx);
  }

  private sheet(): SheetState {
    return sheetById(this.ss(), this.sheetId);
  }

  private self(): GasRange {
    return rangeApi(this);
  }

  /** The sheet, after checking the script's user may write into the whole range (protections). */
  private writable(): SheetState {
    const sheet = this.sheet();
    if (blockingProtection(this.ss(), sheet, this.box, scriptUser(this.ctx))) throw gasError(GAS_MESSAGES.protected);
    return sheet;
  }

  private get rows(): number {
    return this.box.r1 - this.box.r0 + 1;
  }

  private get cols(): number {
    return this.box.c1 - this.box.c0 + 1;
  }

  /** A rows × cols matrix of f(cell) over the range. */
  private map<T>(f: (cell: CellState | undefined, r: number, c: number) => T): T[][] {
    const sheet = this.sheet();
    this.ctx.exec.meter.read(sheet.name, this.box.r0, this.box.r1);
    const cells = sheet.cells;
    const { r0, c0 } = this.box;
    const out: T[][] = new Array(this.rows);
    for (let i = 0; i < this.rows; i++) {
      const row: T[] = new Array(this.cols);
      const r = r0 + i;
      for (let j = 0; j < this.cols; j++) row[j] = f(cells[cellKey(r, c0 + j)], r, c0 + j);
      out[i] = row;
    }
    return out;
  }

  /** Applies f to every cell of the range. */
  private each(f: (r: number, c: number, i: number, j: number) => void): void {
    const { r0, c0 } = this.box;
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) f(r0 + i, c0 + j, i, j);
  }

  /** Checks a matrix argument has the range's dimensions, with Apps Script's messages. */
  private checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!is2d(values)) throw gasError(GAS_MESSAGES.signature(`SpreadsheetApp.Range.${method}`));
    if (values.length !== this.rows) throw gasError(GAS_MESSAGES.rowsMismatch(values.length, this.rows));
    for (const row of values) if (row.length !== this.cols) throw gasError(GAS_MESSAGES.columnsMismatch(row.length, this.cols));
  }

  private first(): CellState | undefined {
    return this.sheet().cells[cellKey(this.box.r0, this.box.c0)];
  }

  private setStyle(key: keyof Style, value: Style[keyof Style] | null): GasRange {
    const sheet = this.writable();
    this.each((r, c) => {
      const cell = sheet.cells[cellKey(r, c)];
      const style: Style = { ...(cell?.style ?? {}) };
      if (value === null || value === undefined) delete style[key];
      else (style as Record<string, unknown>)[key] = value;
      writeProp(sheet, r, c, 'style', Object.keys(style).length ? style : undefined);
    });
    return this.self();
  }

  private setStyles(key: keyof Style, values: unknown[][], method: string): GasRange {
    this.checkShape(values, method);
    const sheet = this.writable();
    this.each((r, c, i, j) => {
      const v = values[i][j];
      const cell = sheet.cells[cellKey(r, c)];
      const style: Style = { ...(cell?.style ?? {}) };
      if (v === null || v === undefined || v === '') delete style[key];
      else (style as Record<string, unknown>)[key] = v;
      writeProp(sheet, r, c, 'style', Object.keys(style).length ? style : undefined);
    });
    return this.self();
  }

  // ---- position ----

  activate(): GasRange {
    this.ss().activeSheetId = this.sheet().id;
    return this.self();
  }

  canEdit(): boolean {
    return blockingProtection(this.ss(), this.sheet(), this.box, scriptUser(this.ctx)) === null;
  }

  getA1Notation(): string {
    return this.a1 ?? boundsToA1(this.box);
  }

  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.rows || column > this.cols) throw gasError(GAS_MESSAGES.outOfBounds);
    const r = this.box.r0 + row - 1;
    const c = this.box.c0 + column - 1;
    return this.ctx.make.range(this.sheetId, { r0: r, c0: c, r1: r, c1: c });
  }

  getColumn(): number {
    return this.box.c0 + 1;
  }

  getGridId(): number {
    return this.sheetId;
  }

  getHeight(): number {
    return this.rows;
  }

  getLastColumn(): number {
    return this.box.c1 + 1;
  }

  getLastRow(): number {
    return this.box.r1 + 1;
  }

  getNumColumns(): number {
    return this.cols;
  }

  getNumRows(): number {
    return this.rows;
  }

  getRow(): number {
    return this.box.r0 + 1;
  }

  getRowIndex(): number {
    return this.box.r0 + 1;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.ctx.make.sheet(this.sheet().id);
  }

  getWidth(): number {
    return this.cols;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    const box = boxFor(this.sheet(), this.box.r0 + 1 + rowOffset, this.box.c0 + 1 + columnOffset, numRows ?? this.rows, numColumns ?? this.cols);
    return this.ctx.make.range(this.sheetId, box);
  }

  // ---- values and formulas ----

  /** Numbers, booleans, Dates (copies) and '' for empty cells; a formula's value is computed (see sheets-formula). */
  getValues(): CellValue[][] {
    const ss = this.ss();
    const sheet = this.sheet();
    return this.map((cell, r, c) => {
      if (cell === undefined) return '';
      if (cell.f !== undefined) return outValue(readValue(ss, sheet, r, c));
      return typeof cell.v === 'object' ? new Date(cell.v.getTime()) : cell.v;
    });
  }

  getValue(): CellValue {
    this.ctx.exec.meter.read(this.sheet().name, this.box.r0, this.box.r0);
    const cell = this.first();
    if (cell === undefined) return '';
    if (cell.f !== undefined) return outValue(readValue(this.ss(), this.sheet(), this.box.r0, this.box.c0));
    return outValue(cell.v);
  }

  getDisplayValues(): string[][] {
    const ss = this.ss();
    const sheet = this.sheet();
    return this.map((cell, r, c) => (cell === undefined ? '' : displayValue(cell.f !== undefined ? readValue(ss, sheet, r, c) : cell.v, cell.fmt)));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this.map((cell) => (cell !== undefined && cell.f !== undefined ? cell.f : ''));
  }

  getFormula(): string {
    const cell = this.first();
    return cell !== undefined && cell.f !== undefined ? cell.f : '';
  }

  isBlank(): boolean {
    const cells = this.sheet().cells;
    for (let r = this.box.r0; r <= this.box.r1; r++) {
      for (let c = this.box.c0; c <= this.box.c1; c++) {
        const cell = cells[cellKey(r, c)];
        if (cell !== undefined && (cell.v !== '' || cell.f !== undefined)) return false;
      }
    }
    return true;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object) — the data must have the
   * range's dimensions; strings are parsed as if typed ('=…' becomes a formula, "'…" stays text, see sheets-values).
   */
  setValues(values: unknown[][]): GasRange {
    this.checkShape(values, 'setValues');
    checkCellLengths(values);
    const sheet = this.writable();
    const cells = sheet.cells;
    const { r0, c0 } = this.box;
    for (let i = 0; i < values.length; i++) {
      const row = values[i];
      const r = r0 + i;
      for (let j = 0; j < row.length; j++) {
        const c = c0 + j;
        const k = cellKey(r, c);
        const cell = cells[k];
        writeContentAt(sheet, r, c, k, cell, parseInput(row[j], cell !== undefined && cell.fmt === '@'));
      }
    }
    return this.self();
  }

  /** Sets every cell of the range to the value (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)). */
  setValue(value: unknown): GasRange {
    checkCellLengths([[value]]);
    const sheet = this.writable();
    this.each((r, c) => {
      const cell = sheet.cells[cellKey(r, c)];
      writeContent(sheet, r, c, parseInput(value, cell !== undefined && cell.fmt === '@'));
    });
    return this.self();
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String) */
  setFormula(formula: string): GasRange {
    const sheet = this.writable();
    const f = String(formula);
    this.each((r, c) => writeContent(sheet, r, c, f === '' ? { v: '' } : { v: '', f: f.startsWith('=') ? f : '=' + f }));
    return this.self();
  }

  setFormulas(formulas: string[][]): GasRange {
    this.checkShape(formulas, 'setFormulas');
    const sheet = this.writable();
    this.each((r, c, i, j) => {
      const f = String(formulas[i][j] ?? '');
      writeContent(sheet, r, c, f === '' ? { v: '' } : f.startsWith('=') ? { v: '', f } : parseInput(f, false));
    });
    return this.self();
  }

  clearContent(): GasRange {
    const sheet = this.writable();
    this.each((r, c) => writeContent(sheet, r, c, { v: '' }));
    return this.self();
  }

  /** Clears contents and formats; with options, only what they ask (contentsOnly, formatOnly, validationsOnly, commentsOnly). */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): GasRange {
    const o = options ?? {};
    const some = !!(o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly);
    const sheet = this.writable();
    this.each((r, c) => {
      if (!some || o.contentsOnly) writeContent(sheet, r, c, { v: '' });
      if (!some || o.formatOnly) {
        writeProp(sheet, r, c, 'bg', undefined);
        writeProp(sheet, r, c, 'fmt', undefined);
        writeProp(sheet, r, c, 'style', undefined);
      }
      if (o.validationsOnly) writeProp(sheet, r, c, 'dv', undefined);
      if (o.commentsOnly) writeProp(sheet, r, c, 'note', undefined);
    });
    if (o.validationsOnly) pruneValidations(sheet);
    return this.self();
  }

  clearFormat(): GasRange {
    return this.clear({ formatOnly: true });
  }

  clearNote(): GasRange {
    const sheet = this.writable();
    this.each((r, c) => writeProp(sheet, r, c, 'note', undefined));
    return this.self();
  }

  // ---- notes ----

  getNotes(): string[][] {
    return this.map((cell) => cell?.note ?? '');
  }

  getNote(): string {
    return this.first()?.note ?? '';
  }

  setNote(note: string | null): GasRange {
    const sheet = this.writable();
    const text = note === null || note === undefined ? '' : String(note);
    this.each((r, c) => writeProp(sheet, r, c, 'note', text === '' ? undefined : text));
    return this.self();
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    this.checkShape(notes, 'setNotes');
    const sheet = this.writable();
    this.each((r, c, i, j) => {
      const n = notes[i][j];
      writeProp(sheet, r, c, 'note', n === null || n === undefined || n === '' ? undefined : String(n));
    });
    return this.self();
  }

  // ---- formats ----

  getBackgrounds(): string[][] {
    return this.map((cell) => cell?.bg ?? DEFAULT_BACKGROUND);
  }

  getBackground(): string {
    return this.first()?.bg ?? DEFAULT_BACKGROUND;
  }

  setBackground(color: string | null): GasRange {
    const sheet = this.writable();
    const bg = color === null || color === undefined || color === '' ? undefined : String(color);
    this.each((r, c) => writeProp(sheet, r, c, 'bg', bg));
    return this.self();
  }

  setBackgrounds(color: Array<Array<string | null>>): GasRange {
    this.checkShape(color, 'setBackgrounds');
    const sheet = this.writable();
    this.each((r, c, i, j) => {
      const v = color[i][j];
      writeProp(sheet, r, c, 'bg', v === null || v === undefined || v === '' ? undefined : String(v));
    });
    return this.self();
  }

  getNumberFormats(): string[][] {
    return this.map((cell) => cell?.fmt ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    return this.first()?.fmt ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormat(numberFormat: string): GasRange {
    const sheet = this.writable();
    const fmt = String(numberFormat);
    this.each((r, c) => writeProp(sheet, r, c, 'fmt', fmt === '' || fmt === DEFAULT_NUMBER_FORMAT ? undefined : fmt));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.checkShape(numberFormats, 'setNumberFormats');
    const sheet = this.writable();
    this.each((r, c, i, j) => {
      const fmt = String(numberFormats[i][j] ?? '');
      writeProp(sheet, r, c, 'fmt', fmt === '' || fmt === DEFAULT_NUMBER_FORMAT ? undefined : fmt);
    });
    return this.self();
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.map((cell) => (cell?.style?.fontWeight === 'bold' ? 'bold' : 'normal'));
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first()?.style?.fontWeight === 'bold' ? 'bold' : 'normal';
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    return this.setStyle('fontWeight', fontWeight === 'normal' ? null : fontWeight);
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    return this.setStyles('fontWeight', fontWeights.map((row) => row.map((w) => (w === 'normal' ? null : w))), 'setFontWeights');
  }

  /** Not part of the typed Range API any more (getFontColorObject replaced it) but still callable in Apps Script. */
  getFontColor(): string {
    return this.first()?.style?.fontColor ?? DEFAULT_FONT_COLOR;
  }

  setFontColor(color: string | null): GasRange {
    return this.setStyle('fontColor', color);
  }

  setFontColors(colors: unknown[][]): GasRange {
    return this.setStyles('fontColor', colors, 'setFontColors');
  }

  setFontSize(size: number): GasRange {
    return this.setStyle('fontSize', size);
  }

  getHorizontalAlignment(): string {
    return this.first()?.style?.hAlign ?? 'general';
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRange {
    return this.setStyle('hAlign', alignment === 'normal' ? null : alignment);
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GasRange {
    return this.setStyle('vAlign', alignment);
  }

  getWrap(): boolean {
    return this.first()?.style?.wrap === true;
  }

  setWrap(isWrapEnabled: boolean): GasRange {
    return this.setStyle('wrap', isWrapEnabled ? true : null);
  }

  setWraps(isWrapEnabled: boolean[][]): GasRange {
    return this.setStyles('wrap', isWrapEnabled.map((row) => row.map((w) => (w ? true : null))), 'setWraps');
  }

  /** Borders are accepted and not stored. */
  setBorder(): GasRange {
    this.writable();
    return this.self();
  }

  /** Merges are accepted and not stored. */
  merge(): GasRange {
    this.writable();
    return this.self();
  }

  mergeAcross(): GasRange {
    this.writable();
    return this.self();
  }

  breakApart(): GasRange {
    this.writable();
    return this.self();
  }

  // ---- data validation ----

  getDataValidations(): Array<Array<GasDataValidation | null>> {
    const rules = new Map(this.sheet().validations.map((v) => [v.id, v]));
    return this.map((cell) => {
      const rule = cell?.dv !== undefined ? rules.get(cell.dv) : undefined;
      if (!rule) return null;
      const { id: _id, ...spec } = rule;
      return this.ctx.make.validation(JSON.parse(JSON.stringify(spec)) as ValidationSpec);
    });
  }

  getDataValidation(): GasDataValidation | null {
    const cell = this.first();
    const rule = cell?.dv !== undefined ? this.sheet().validations.find((v) => v.id === cell.dv) : undefined;
    if (!rule) return null;
    const { id: _id, ...spec } = rule;
    return this.ctx.make.validation(JSON.parse(JSON.stringify(spec)) as ValidationSpec);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation) — null clears. */
  setDataValidation(rule: GasDataValidation | null): GasRange {
    const sheet = this.writable();
    const id = rule === null || rule === undefined ? undefined : ruleId(this.ss(), sheet, specOf(rule));
    this.each((r, c) => writeProp(sheet, r, c, 'dv', id));
    pruneValidations(sheet);
    return this.self();
  }

  setDataValidations(rules: Array<Array<GasDataValidation | null>>): GasRange {
    this.checkShape(rules, 'setDataValidations');
    const sheet = this.writable();
    const ss = this.ss();
    this.each((r, c, i, j) => {
      const rule = rules[i][j];
      writeProp(sheet, r, c, 'dv', rule === null || rule === undefined ? undefined : ruleId(ss, sheet, specOf(rule)));
    });
    pruneValidations(sheet);
    return this.self();
  }

  clearDataValidations(): GasRange {
    return this.clear({ validationsOnly: true });
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes() — checkbox rule, every cell FALSE. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    const sheet = this.writable();
    const spec: ValidationSpec = { kind: 'checkbox', allowInvalid: true };
    if (checkedValue !== undefined) spec.values = [String(checkedValue)].concat(uncheckedValue !== undefined ? [String(uncheckedValue)] : []);
    const id = ruleId(this.ss(), sheet, spec);
    const unchecked = uncheckedValue !== undefined ? parseInput(uncheckedValue, false) : { v: false };
    this.each((r, c) => {
      writeProp(sheet, r, c, 'dv', id);
      writeContent(sheet, r, c, unchecked);
    });
    pruneValidations(sheet);
    return this.self();
  }

  // ---- protection ----

  /** A new range protection (another one overlapping an existing one is allowed, as in Apps Script). */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.sheet();
    const p = createProtection(this.ctx, this.sheetId, 'range', this.box);
    return this.ctx.make.protection(p.id);
  }
}

export function rangeApi(r: RangeFake): GasRange {
  return r as unknown as GasRange;
}
