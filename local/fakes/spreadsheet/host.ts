// Host-side helpers of the Sheets fake (not Apps Script API): a person typing into a cell (userEdit) and a readable dump of a sheet.
import type { CellValue, ValidationRuleState, WorldState } from '../../world';
import { a1ToBounds, boundsToA1, type Box, cellKey, columnLetters, splitSheetName } from './a1';
import {
  blockingProtection,
  extent,
  gridBox,
  hasContent,
  readValue,
  sheetByName,
  SheetsUserError,
  UI_MESSAGES,
  writeContent,
} from './model';
import { activeSheetState } from './records';
import { CELL_MAX_CHARS, CELL_TOO_LONG as CELL_TOO_LONG_UI, isDateValue, outValue, type Parsed, parseText } from './values';
import { instantOfWallClock } from '../zone';

export interface UserEditResult {
  sheetName: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
  /** The value before the edit; undefined when the cell was empty (as e.oldValue is absent in onEdit). */
  oldValue: CellValue | undefined;
  /** The value after the edit (a formula's computed value). */
  value: CellValue;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether typed text passes a validation rule (only consulted when the rule rejects invalid input). */
function accepts(rule: ValidationRuleState, typed: string, p: Parsed): boolean {
  if (p.f !== undefined) return true;
  const text = typed.trim();
  switch (rule.kind) {
    case 'list':
      return (rule.values ?? []).some((v) => v === text || v === String(p.v));
    case 'checkbox':
      if (rule.values && rule.values.length) return rule.values.includes(text);
      return typeof p.v === 'boolean';
    case 'email':
      return typeof p.v === 'string' && EMAIL.test(p.v);
    case 'date':
      return isDateValue(p.v);
    case 'number': {
      const [lo, hi] = (rule.values ?? []).map(Number);
      return typeof p.v === 'number' && p.v >= lo && p.v <= hi;
    }
    default:
      return true;
  }
}

/**
 * A person typing `value` into one cell ('Hoja!B3'; without a sheet name, the active sheet) in the Sheets UI, as
 * `user`. Refused like Sheets refuses it: a protection that does not list the user (the owner always may; warning-only
 * protections only warn) → code PROTECTED; a rule with allowInvalid=false that rejects the value → code INVALID_INPUT.
 * Otherwise the text is stored parsed as setValue parses it ('=…' becomes a formula).
 */
export function userEdit(world: WorldState, a1: string, value: string, user: string): UserEditResult {
  const ss = world.spreadsheet;
  const { sheetName } = splitSheetName(a1);
  const sheet = sheetName !== undefined ? sheetByName(ss, sheetName) : activeSheetState(ss);
  if (!sheet) throw new SheetsUserError(`No existe la hoja "${sheetName}".`, 'NO_SHEET');
  const b = a1ToBounds(a1, sheet.maxRows, sheet.maxCols);
  if (!b || b.r0 !== b.r1 || b.c0 !== b.c1 || b.r1 >= sheet.maxRows || b.c1 >= sheet.maxCols) {
    throw new SheetsUserError(`"${a1}" no es una celda de la hoja "${sheet.name}".`, 'BAD_RANGE');
  }
  const r = b.r0;
  const c = b.c0;
  if (blockingProtection(ss, sheet, { r0: r, c0: c, r1: r, c1: c }, user.toLowerCase())) {
    throw new SheetsUserError(UI_MESSAGES.protected, 'PROTECTED');
  }
  const cell = sheet.cells[cellKey(r, c)];
  const text = String(value);
  if (text.length > CELL_MAX_CHARS) throw new SheetsUserError(CELL_TOO_LONG_UI, 'TOO_LONG');
  const parsed = inSheetZone(parseText(text, cell !== undefined && cell.fmt === '@'), ss.timeZone, world.timeZone);
  const rule = cell?.dv !== undefined ? sheet.validations.find((v) => v.id === cell.dv) : undefined;
  const clearing = parsed.v === '' && parsed.f === undefined;
  if (rule && !rule.allowInvalid && !clearing && !accepts(rule, text, parsed)) {
    throw new SheetsUserError(UI_MESSAGES.invalidInput(boundsToA1({ r0: r, c0: c, r1: r, c1: c })), 'INVALID_INPUT');
  }
  const oldValue = hasContent(cell) ? outValue(readValue(ss, sheet, r, c)) : undefined;
  writeContent(sheet, r, c, parsed);
  return { sheetName: sheet.name, row: r + 1, col: c + 1, oldValue, value: outValue(readValue(ss, sheet, r, c)) };
}

/**
 * Sheets reads a date typed into a cell in the spreadsheet's time zone (getSpreadsheetTimeZone), which may differ
 * from the script's: the same wall-clock digits then name another instant. (Time-only values are left as they are.)
 */
export function inSheetZone(p: Parsed, sheetZone: string, scriptZone: string): Parsed {
  const d = p.v;
  if (sheetZone === scriptZone || !(d instanceof Date) || d.getFullYear() < 1900) return p;
  const wall = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
  return { ...p, v: new Date(instantOfWallClock(wall, sheetZone)) };
}

export interface SheetDump {
  name: string;
  index: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  tabColor?: string;
  /** Values from A1 to the last row and column with content, as getValues returns them ([] when empty). */
  values: CellValue[][];
  /** Formulas by cell ('C2': '=HYPERLINK(…)'). */
  formulas: Record<string, string>;
  validations: Array<{ a1: string; kind: ValidationRuleState['kind']; values?: string[]; allowInvalid: boolean; helpText?: string }>;
  protections: Array<{ a1: string; kind: 'range' | 'sheet'; description: string; editors: string[]; warningOnly: boolean; domainEdit: boolean }>;
  notes: Record<string, string>;
  backgrounds: Record<string, string>;
  numberFormats: Record<string, string>;
  /** Widths that differ from the default 100 px, by column letter. */
  columnWidths: Record<string, number>;
  conditional: Array<{ a1: string; when: string; text: string; background?: string; fontColor?: string }>;
}

/** Splits a set of cells into rectangles (greedy: grow right, then down). */
function rectangles(keys: Array<[number, number]>): Box[] {
  const set = new Set(keys.map(([r, c]) => cellKey(r, c)));
  const sorted = keys.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Box[] = [];
  for (const [r, c] of sorted) {
    if (!set.has(cellKey(r, c))) continue;
    let c1 = c;
    while (set.has(cellKey(r, c1 + 1))) c1++;
    let r1 = r;
    for (;;) {
      let full = true;
      for (let x = c; x <= c1; x++) if (!set.has(cellKey(r1 + 1, x))) full = false;
      if (!full) break;
      r1++;
    }
    for (let y = r; y <= r1; y++) for (let x = c; x <= c1; x++) set.delete(cellKey(y, x));
    out.push({ r0: r, c0: c, r1, c1 });
  }
  return out;
}

/** A readable snapshot of one sheet (for `difusion-local dump`); null when there is no sheet with that name. */
export function dumpSheet(world: WorldState, name: string): SheetDump | null {
  const ss = world.spreadsheet;
  const sheet = sheetByName(ss, name);
  if (!sheet) return null;
  const e = extent(sheet);
  const values: CellValue[][] = [];
  for (let r = 0; r < e.lastRow; r++) {
    const row: CellValue[] = new Array(e.lastCol);
    for (let c = 0; c < e.lastCol; c++) row[c] = outValue(readValue(ss, sheet, r, c));
    values.push(row);
  }
  const formulas: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const backgrounds: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  const byRule = new Map<number, Array<[number, number]>>();
  const keys = Object.keys(sheet.cells)
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [r, c] of keys) {
    const cell = sheet.cells[cellKey(r, c)];
    const a1 = boundsToA1({ r0: r, c0: c, r1: r, c1: c });
    if (cell.f !== undefined) formulas[a1] = cell.f;
    if (cell.note !== undefined) notes[a1] = cell.note;
    if (cell.bg !== undefined) backgrounds[a1] = cell.bg;
    if (cell.fmt !== undefined) numberFormats[a1] = cell.fmt;
    if (cell.dv !== undefined) {
      const list = byRule.get(cell.dv) ?? [];
      list.push([r, c]);
      byRule.set(cell.dv, list);
    }
  }
  const validations: SheetDump['validations'] = [];
  for (const rule of sheet.validations) {
    for (const box of rectangles(byRule.get(rule.id) ?? [])) {
      const v: SheetDump['validations'][number] = { a1: boundsToA1(box), kind: rule.kind, allowInvalid: rule.allowInvalid };
      if (rule.values) v.values = rule.values.slice();
      if (rule.helpText) v.helpText = rule.helpText;
      validations.push(v);
    }
  }
  const protections = ss.protections
    .filter((p) => p.sheetId === sheet.id)
    .map((p) => ({
      a1: boundsToA1(p.kind === 'sheet' ? gridBox(sheet) : p),
      kind: p.kind,
      description: p.description,
      editors: p.editors.slice(),
      warningOnly: p.warningOnly,
      domainEdit: p.domainEdit,
    }));
  const columnWidths: Record<string, number> = {};
  for (const k of Object.keys(sheet.columnWidths).sort((a, b) => +a - +b)) columnWidths[columnLetters(+k)] = sheet.columnWidths[k];
  const dump: SheetDump = {
    name: sheet.name,
    index: ss.sheets.indexOf(sheet) + 1,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    hidden: sheet.hidden,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    values,
    formulas,
    validations,
    protections,
    notes,
    backgrounds,
    numberFormats,
    columnWidths,
    conditional: sheet.conditional.map((c) => {
      const out: SheetDump['conditional'][number] = { a1: boundsToA1(c), when: c.when, text: c.text };
      if (c.background !== undefined) out.background = c.background;
      if (c.fontColor !== undefined) out.fontColor = c.fontColor;
      return out;
    }),
  };
  if (sheet.tabColor !== undefined) dump.tabColor = sheet.tabColor;
  return dump;
}
