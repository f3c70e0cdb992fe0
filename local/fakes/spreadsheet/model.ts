// State operations behind the Sheets fake: errors, sheet lookup, cell reads/writes, data extent, protections, row/column shifts.
import { gasException } from '../exception';
import type { CellState, CellValue, ProtectionState, SheetState, SpreadsheetState } from '../../world';
import { type Box, cellKey, contains, intersects } from './a1';
import { evaluateFormula, REF_ERROR } from './formula';
import type { Parsed } from './values';

export type ProtectionRecord = ProtectionState & { sheetId: number };

/** Apps Script's error texts (English, as the V8 runtime throws them). */
export const GAS_MESSAGES = {
  protected:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  outOfBounds: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  deleteAllSheets: "You can't remove all the sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  sheetDeleted: 'The sheet has been deleted.',
  protectionRemoved: 'This protection has been removed.',
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  signature: (method: string) => `The parameters don't match the method signature for ${method}.`,
};

/** Sheets' own dialog texts (es_MX) for a person's edit that is refused. */
export const UI_MESSAGES = {
  protected:
    'Estás intentando editar una celda u objeto protegidos. Si necesitas editarlos, comunícate con el propietario de la hoja de cálculo para que quite la protección.',
  invalidInput: (a1: string) =>
    `Los datos que ingresaste en la celda ${a1} infringen las reglas de validación de datos establecidas en esta celda.`,
};

/** An error as Apps Script throws it (`e.name === 'Exception'`). */
export function gasError(message: string): Error {
  return gasException(message);
}

export type SheetsUserErrorCode = 'PROTECTED' | 'INVALID_INPUT' | 'NO_SHEET' | 'BAD_RANGE' | 'TOO_LONG';

/** A person's edit refused by Sheets (userEdit), with a stable code. */
export class SheetsUserError extends Error {
  constructor(
    message: string,
    readonly code: SheetsUserErrorCode,
  ) {
    super(message);
    this.name = 'SheetsUserError';
  }
}

// ---- sheets ----

export function sheetById(ss: SpreadsheetState, id: number): SheetState {
  for (const s of ss.sheets) if (s.id === id) return s;
  throw gasError(GAS_MESSAGES.sheetDeleted);
}

export function sheetByName(ss: SpreadsheetState, name: string): SheetState | undefined {
  for (const s of ss.sheets) if (s.name === name) return s;
  return undefined;
}

export function nameTaken(ss: SpreadsheetState, name: string, exceptId?: number): boolean {
  const lower = name.toLowerCase();
  return ss.sheets.some((s) => s.id !== exceptId && s.name.toLowerCase() === lower);
}

export { newSheetState } from '../../world';

export function gridBox(sheet: SheetState): Box {
  return { r0: 0, c0: 0, r1: sheet.maxRows - 1, c1: sheet.maxCols - 1 };
}

// ---- cells ----

export function hasContent(cell: CellState | undefined): boolean {
  return cell !== undefined && (cell.v !== '' || cell.f !== undefined);
}

function isBare(cell: CellState): boolean {
  return (
    cell.v === '' &&
    cell.f === undefined &&
    cell.note === undefined &&
    cell.bg === undefined &&
    cell.fmt === undefined &&
    cell.dv === undefined &&
    cell.style === undefined
  );
}

interface Extent {
  lastRow: number;
  lastCol: number;
}

/** Last row/column with content, cached per cells object; every write in this fake keeps it current. */
const extents = new WeakMap<Record<string, CellState>, Extent>();

export function extent(sheet: SheetState): Extent {
  const hit = extents.get(sheet.cells);
  if (hit) return hit;
  let lastRow = 0;
  let lastCol = 0;
  const cells = sheet.cells;
  for (const k in cells) {
    if (!hasContent(cells[k])) continue;
    const i = k.indexOf(',');
    const r = +k.slice(0, i) + 1;
    const c = +k.slice(i + 1) + 1;
    if (r > lastRow) lastRow = r;
    if (c > lastCol) lastCol = c;
  }
  const e = { lastRow, lastCol };
  extents.set(cells, e);
  return e;
}

/** Stores a parsed value or formula into one cell (0-based). */
export function writeContent(sheet: SheetState, r: number, c: number, p: Parsed): void {
  const k = cellKey(r, c);
  writeContentAt(sheet, r, c, k, sheet.cells[k], p);
}

/** writeContent for a hot loop that already looked the cell up (`cell` = sheet.cells[k], k = cellKey(r, c)). */
export function writeContentAt(sheet: SheetState, r: number, c: number, k: string, cell: CellState | undefined, p: Parsed): void {
  const cells = sheet.cells;
  if (p.v === '' && p.f === undefined) {
    if (!cell) return;
    if (hasContent(cell)) {
      // Clearing a cell inside the data extent leaves the extent as it is; on its edge, recompute later.
      const e = extents.get(cells);
      if (e && (r + 1 >= e.lastRow || c + 1 >= e.lastCol)) extents.delete(cells);
    }
    cell.v = '';
    if (cell.f !== undefined) delete cell.f;
    if (isBare(cell)) delete cells[k];
    return;
  }
  if (!cell) {
    const fresh: CellState = { v: p.v };
    if (p.f !== undefined) fresh.f = p.f;
    if (p.fmt !== undefined) fresh.fmt = p.fmt;
    cells[k] = fresh;
  } else {
    cell.v = p.v;
    if (p.f !== undefined) cell.f = p.f;
    else if (cell.f !== undefined) delete cell.f;
    if (p.fmt !== undefined && (cell.fmt === undefined || cell.fmt === 'General')) cell.fmt = p.fmt;
  }
  const e = extents.get(cells) ?? extent(sheet);
  if (r + 1 > e.lastRow) e.lastRow = r + 1;
  if (c + 1 > e.lastCol) e.lastCol = c + 1;
}

/** Sets (or, with undefined, removes) one property of a cell other than its content. */
export function writeProp<K extends 'note' | 'bg' | 'fmt' | 'dv' | 'style'>(
  sheet: SheetState,
  r: number,
  c: number,
  prop: K,
  value: CellState[K] | undefined,
): void {
  const k = cellKey(r, c);
  const cell = sheet.cells[k];
  if (value === undefined) {
    if (!cell || cell[prop] === undefined) return;
    delete cell[prop];
    if (isBare(cell)) delete sheet.cells[k];
    return;
  }
  if (cell) cell[prop] = value;
  else {
    const fresh: CellState = { v: '' };
    fresh[prop] = value;
    sheet.cells[k] = fresh;
  }
}

/** Replaces a whole cells object (structural changes), dropping its cached extent. */
export function replaceCells(sheet: SheetState, cells: Record<string, CellState>): void {
  extents.delete(sheet.cells);
  sheet.cells = cells;
}

/** The value a cell shows (0-based): stored value, or its formula evaluated. */
export function readValue(ss: SpreadsheetState, sheet: SheetState, r: number, c: number, depth = 0): CellValue {
  const cell = sheet.cells[cellKey(r, c)];
  if (!cell) return '';
  if (cell.f === undefined) return cell.v;
  if (depth > 32) return REF_ERROR;
  return evaluateFormula(cell.f, (name, rr, cc) => {
    const target = name === undefined ? sheet : sheetByName(ss, name);
    if (!target || rr >= target.maxRows || cc >= target.maxCols) return null;
    return readValue(ss, target, rr, cc, depth + 1);
  });
}

// ---- protections ----

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** Whether `user` may edit inside protection `p` (the owner always can; warning-only protections block nobody). */
export function canEditProtection(ss: SpreadsheetState, p: ProtectionState, user: string): boolean {
  if (p.warningOnly) return true;
  const u = user.toLowerCase();
  if (u === '') return false;
  if (u === ss.owner.toLowerCase()) return true;
  if (p.editors.includes(u)) return true;
  const domain = domainOf(ss.owner);
  return p.domainEdit && domain !== '' && !CONSUMER_DOMAINS.has(domain) && domainOf(u) === domain;
}

function coveredByUnprotected(box: Box, unprotected: Box[] | undefined): boolean {
  if (!unprotected || unprotected.length === 0) return false;
  if (unprotected.some((u) => u.r0 <= box.r0 && u.c0 <= box.c0 && u.r1 >= box.r1 && u.c1 >= box.c1)) return true;
  if ((box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1) > 100000) return false;
  for (let r = box.r0; r <= box.r1; r++) {
    for (let c = box.c0; c <= box.c1; c++) if (!unprotected.some((u) => contains(u, r, c))) return false;
  }
  return true;
}

/** The first protection of `sheet` that covers part of `box` and does not let `user` edit; null when none. */
export function blockingProtection(ss: SpreadsheetState, sheet: SheetState, box: Box, user: string): ProtectionRecord | null {
  for (const p of ss.protections) {
    if (p.sheetId !== sheet.id || canEditProtection(ss, p, user)) continue;
    if (p.kind === 'sheet') {
      if (!coveredByUnprotected(box, p.unprotected)) return p;
    } else if (intersects(p, box)) return p;
  }
  return null;
}

// ---- row / column shifts ----

type Axis = 'row' | 'col';

/** New [lo, hi] of a span after inserting (delta > 0) or deleting (delta < 0) lines at `at`; null when it vanishes. */
export function shiftSpan(lo: number, hi: number, at: number, delta: number): [number, number] | null {
  if (delta > 0) return [lo >= at ? lo + delta : lo, hi >= at ? hi + delta : hi];
  const n = -delta;
  const end = at + n - 1;
  const nlo = lo > end ? lo - n : lo >= at ? at : lo;
  const nhi = hi > end ? hi - n : hi >= at ? at - 1 : hi;
  return nhi < nlo ? null : [nlo, nhi];
}

function shiftBox<T extends Box>(box: T, axis: Axis, at: number, delta: number): T | null {
  const span = axis === 'row' ? shiftSpan(box.r0, box.r1, at, delta) : shiftSpan(box.c0, box.c1, at, delta);
  if (!span) return null;
  if (axis === 'row') {
    box.r0 = span[0];
    box.r1 = span[1];
  } else {
    box.c0 = span[0];
    box.c1 = span[1];
  }
  return box;
}

/**
 * Inserts (delta > 0) or deletes (delta < 0) rows or columns at 0-based index `at`, moving cells, protected ranges,
 * named ranges, conditional-format ranges and column widths the way Sheets does.
 */
export function shiftLines(ss: SpreadsheetState, sheet: SheetState, axis: Axis, at: number, delta: number): void {
  const cells: Record<string, CellState> = {};
  const n = -delta;
  for (const k in sheet.cells) {
    const i = k.indexOf(',');
    let r = +k.slice(0, i);
    let c = +k.slice(i + 1);
    const x = axis === 'row' ? r : c;
    let nx = x;
    if (delta > 0) nx = x >= at ? x + delta : x;
    else if (x >= at && x < at + n) continue;
    else if (x >= at + n) nx = x - n;
    if (axis === 'row') r = nx;
    else c = nx;
    cells[cellKey(r, c)] = sheet.cells[k];
  }
  replaceCells(sheet, cells);
  if (axis === 'row') sheet.maxRows += delta;
  else sheet.maxCols += delta;

  ss.protections = ss.protections.filter((p) => {
    if (p.sheetId !== sheet.id) return true;
    if (p.kind === 'sheet') {
      p.r1 = sheet.maxRows - 1;
      p.c1 = sheet.maxCols - 1;
      if (p.unprotected) p.unprotected = p.unprotected.filter((u) => shiftBox(u, axis, at, delta) !== null);
      return true;
    }
    return shiftBox(p, axis, at, delta) !== null;
  });
  if (ss.namedRanges) ss.namedRanges = ss.namedRanges.filter((nr) => nr.sheetId !== sheet.id || shiftBox(nr, axis, at, delta) !== null);
  sheet.conditional = sheet.conditional.filter((rule) => shiftBox(rule, axis, at, delta) !== null);
  if (axis === 'col') {
    const widths: Record<string, number> = {};
    for (const k of Object.keys(sheet.columnWidths)) {
      const c = +k - 1;
      let nc = c;
      if (delta > 0) nc = c >= at ? c + delta : c;
      else if (c >= at && c < at + n) continue;
      else if (c >= at + n) nc = c - n;
      widths[String(nc + 1)] = sheet.columnWidths[k];
    }
    sheet.columnWidths = widths;
  }
}

/** Drops validation rules no cell points to any more. */
export function pruneValidations(sheet: SheetState): void {
  if (sheet.validations.length === 0) return;
  const used = new Set<number>();
  for (const k in sheet.cells) {
    const dv = sheet.cells[k].dv;
    if (dv !== undefined) used.add(dv);
  }
  sheet.validations = sheet.validations.filter((v) => used.has(v.id));
}
