// A1 notation for the Sheets fake: column letters, 'Sheet'!A1:B2 parsing into 0-based bounds, and back.
import { columnLetter } from '../../../src/domain/a1';

/** A block of cells, 0-based inclusive bounds. */
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface A1Bounds extends Box {
  /** The sheet named before '!', unquoted; undefined when the notation has none. */
  sheetName?: string;
  /** For an open range ('D:F', '5:7', 'D2:D'): its A1 form as Apps Script reports it (getA1Notation keeps it). */
  open?: string;
}

/** 1 → 'A', 27 → 'AA' (the add-on's own helper). */
export const columnLetters = columnLetter;

/** 'A' → 1, 'aa' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n;
}

/**
 * Interned "row,col" strings: a key built once is reused, so the hot loops of getValues/setValues look cells up
 * with strings whose hash V8 already knows (building "r,c" afresh for each of 260,000 cells costs ten times more).
 */
const KEYS: string[][] = [];
const KEY_CACHE_ROWS = 200000;
const KEY_CACHE_COLS = 1000;

/** Key of a cell in SheetState.cells (0-based). */
export function cellKey(r: number, c: number): string {
  if (r >= KEY_CACHE_ROWS || c >= KEY_CACHE_COLS) return r + ',' + c;
  const row = KEYS[r] ?? (KEYS[r] = []);
  let k = row[c];
  if (k === undefined) row[c] = k = r + ',' + c;
  return k;
}

/** Splits "Hoja 1!A1:B2" or "'Mi hoja'!A1" into the sheet name (unquoted) and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1.trim() };
  let name = a1.slice(0, bang).trim();
  if (name.length >= 2 && name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1).trim() };
}

/** Quotes a sheet name for A1 notation when it needs it: Mi hoja → 'Mi hoja'. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

const END = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

interface End {
  col?: number;
  row?: number;
}

function parseEnd(s: string): End | null {
  const m = END.exec(s);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const end: End = {};
  if (m[1]) end.col = columnNumber(m[1]);
  if (m[2]) {
    end.row = parseInt(m[2], 10);
    if (end.row < 1) return null;
  }
  return end;
}

/**
 * Parses A1 notation ('A1', 'A1:C3', 'A:A', '2:2', 'A2:C', "'Hoja'!B2:B") into 0-based inclusive bounds. Open ends
 * (whole columns or rows) extend to maxRows / maxCols. Returns null when the text is not A1 notation.
 */
export function a1ToBounds(a1: string, maxRows: number, maxCols: number): A1Bounds | null {
  const { sheetName, ref } = splitSheetName(a1);
  const parts = ref.split(':');
  if (parts.length > 2 || parts[0] === '') return null;
  const a = parseEnd(parts[0]);
  if (!a) return null;
  const b = parts.length === 2 ? parseEnd(parts[1]) : a;
  if (!b) return null;
  if (parts.length === 1 && (a.col === undefined || a.row === undefined)) return null;
  // A column-only end pairs with a column-only end ('A:C'), a row-only end with a row-only end ('2:5').
  const colLess = a.col === undefined || b.col === undefined;
  if (colLess && (a.col !== undefined || b.col !== undefined)) return null;
  const c0 = a.col === undefined ? 1 : a.col;
  const c1 = b.col === undefined ? maxCols : b.col;
  const r0 = a.row === undefined ? 1 : a.row;
  const r1 = b.row === undefined ? maxRows : b.row;
  const out: A1Bounds = {
    r0: Math.min(r0, r1) - 1,
    c0: Math.min(c0, c1) - 1,
    r1: Math.max(r0, r1) - 1,
    c1: Math.max(c0, c1) - 1,
  };
  if (sheetName !== undefined) out.sheetName = sheetName;
  if (a.col === undefined || a.row === undefined || b.col === undefined || b.row === undefined) out.open = ref.replace(/\$/g, '').toUpperCase();
  return out;
}

/** 0-based bounds → 'A1' (one cell) or 'A1:B2'. */
export function boundsToA1(box: Box): string {
  const first = columnLetters(box.c0 + 1) + (box.r0 + 1);
  if (box.r0 === box.r1 && box.c0 === box.c1) return first;
  return first + ':' + columnLetters(box.c1 + 1) + (box.r1 + 1);
}

export function intersects(a: Box, b: Box): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Box, r: number, c: number): boolean {
  return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}
