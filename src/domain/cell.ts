// Cell values and the escaping that keeps user text from ever becoming a formula, number or date when written to Sheets.

/** A value as Apps Script's getValues() returns it. */
export type Cell = string | number | boolean | Date;

const FORMULA_START = /^[=+\-@]/;
const PARSEABLE = /^\s*([+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?|\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?(\s.*)?|\d{1,2}:\d{2}(:\d{2})?(\s*[aApP]\.?\s*[mM]\.?)?|true|false|verdadero|falso)\s*$/i;

/**
 * Text as it must be written so Sheets stores exactly that text: a leading apostrophe when the text starts like a
 * formula (=, +, -, @) or would be parsed as a number, date, time or boolean. Sheets hides the apostrophe.
 */
export function escapeText(s: string): string {
  if (s === '') return s;
  if (s.charAt(0) === "'" || FORMULA_START.test(s) || PARSEABLE.test(s)) return "'" + s;
  return s;
}

/** A value ready for setValue(s): strings escaped, everything else as is; null/undefined become ''. */
export function toCell(v: Cell | null | undefined): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return escapeText(v);
  return v;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !isNaN((v as Date).getTime());
}

/**
 * The one cell-to-text rule: a cell's text exactly as stored (no trimming: a changed space is a changed post), '' for
 * empty; a date as `date` writes it (ISO 8601 by default; fingerprints use yyyy-MM-dd).
 */
export function exactText(v: Cell | null | undefined, date: (d: Date) => string = (d) => d.toISOString()): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return date(v);
  return String(v);
}

/** A cell's text, trimmed ('' for empty). */
export function text(v: Cell | null | undefined): string {
  return exactText(v).trim();
}

export function sameCell(a: Cell, b: Cell): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b;
}
