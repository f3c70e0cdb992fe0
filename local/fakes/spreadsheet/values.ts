// Cell values for the Sheets fake: how a written value is parsed (as Sheets parses typed input), copied, and displayed.
import type { CellValue } from '../../world';

/** The content of one cell after a write: a value, or a formula (whose value is computed when read). */
export interface Parsed {
  v: CellValue;
  f?: string;
  /** A number format Sheets assigns when it recognises a date or time in text ('yyyy-mm-dd', 'h:mm'…). */
  fmt?: string;
}

export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A host copy of a value about to leave the fake (Dates are mutable: never hand out the stored one). */
export function outValue(v: CellValue): CellValue {
  return typeof v === 'object' ? new Date(v.getTime()) : v;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([aApP])\.?\s*[mM]\.?)?$/;

function validDate(y: number, m: number, d: number, h: number, mi: number, s: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(y, m - 1, d, h, mi, s);
  if (date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date;
}

/**
 * Text as Sheets parses what is typed or written with setValue(s) (es_MX locale, spreadsheet time zone = process TZ):
 * '=…' is a formula; a leading apostrophe forces text (and is dropped); '+…' / '-…' that is not a number is a formula
 * too (Sheets shows #ERROR!); numbers ('123', '-4.5', '1,234.5', '50%'), dates ('2026-12-01', '1/12/2026', with an
 * optional 'h:mm[:ss]'), times ('10:00' → 1899-12-30 10:00) and TRUE/FALSE/VERDADERO/FALSO become typed values.
 * With the plain-text number format '@' nothing is parsed.
 */
export function parseText(s: string, plainText: boolean): Parsed {
  if (plainText || s === '') return { v: s };
  const c0 = s.charCodeAt(0);
  if (c0 === 39 /* ' */) return { v: s.slice(1) };
  if (c0 === 61 /* = */ && s.length > 1) return { v: '', f: s };
  if (c0 <= 57) {
    // Only strings starting with a digit, sign, dot, space or similar can be numbers, dates or times.
    if (NUMBER.test(s)) return { v: Number(s) };
    if (GROUPED.test(s)) return { v: Number(s.replace(/,/g, '')) };
    let m = PERCENT.exec(s);
    if (m) return { v: Number(m[1]) / 100, fmt: '0%' };
    m = ISO_DATE.exec(s);
    if (m) {
      const d = validDate(+m[1], +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
      if (d) return { v: d, fmt: m[4] ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd' };
    }
    m = DMY_DATE.exec(s);
    if (m) {
      const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      const d = validDate(y, +m[2], +m[1], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
      if (d) return { v: d, fmt: m[4] ? 'd/m/yyyy h:mm:ss' : 'd/m/yyyy' };
    }
    m = TIME.exec(s);
    if (m) {
      let h = +m[1];
      if (m[4]) {
        if (h < 1 || h > 12) return { v: s };
        h = (h % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
      }
      const mi = +m[2];
      const sec = m[3] ? +m[3] : 0;
      if (h <= 23 && mi <= 59 && sec <= 59) return { v: new Date(1899, 11, 30, h, mi, sec), fmt: m[3] ? 'h:mm:ss' : 'h:mm' };
    }
    if ((c0 === 43 /* + */ || c0 === 45) /* - */ && s.length > 1) return { v: '', f: '=' + s };
    return { v: s };
  }
  const up = s.length <= 9 ? s.toUpperCase() : '';
  if (up === 'TRUE' || up === 'VERDADERO') return { v: true };
  if (up === 'FALSE' || up === 'FALSO') return { v: false };
  return { v: s };
}

/** Java-style text Apps Script writes for an object that is not a Date ({a=1, b=x}) or an array (1,2). */
function objectText(o: object): string {
  if (Array.isArray(o)) return o.map((x) => (x === null || x === undefined ? '' : String(x))).join(',');
  const parts = Object.keys(o).map((k) => k + '=' + String((o as Record<string, unknown>)[k]));
  return '{' + parts.join(', ') + '}';
}

/** What a Sheets cell holds at most; a longer string is refused with Sheets' own message (the whole write fails). */
export const CELL_MAX_CHARS = 50000;
export const CELL_TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

/** Throws Sheets' error when any string among the values is longer than a cell holds (checked before anything is written). */
export function checkCellLengths(values: readonly unknown[][]): void {
  for (const row of values) for (const v of row) if (typeof v === 'string' && v.length > CELL_MAX_CHARS) throw Object.assign(new Error(CELL_TOO_LONG), { name: 'Exception' });
}

/** Any value a script passes to setValue(s) → what the cell stores. */
export function parseInput(value: unknown, plainText: boolean): Parsed {
  switch (typeof value) {
    case 'string':
      return parseText(value, plainText);
    case 'number':
      return { v: value };
    case 'boolean':
      return { v: value };
    case 'undefined':
      return { v: '' };
    case 'object':
      if (value === null) return { v: '' };
      if (isDateValue(value)) return { v: new Date(value.getTime()) };
      return { v: objectText(value) };
    default:
      return { v: String(value) };
  }
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const DAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/** Formats a Date with a Sheets date/time pattern (d, dd, ddd, dddd, m…mmmm, yy, yyyy, h, hh, mm as minutes, ss, am/pm). */
export function formatDatePattern(d: Date, pattern: string): string {
  const tokens = pattern.match(/yyyy|yy|dddd|ddd|dd|d|mmmm|mmm|mm|m|hh|h|HH|H|ss|s|am\/pm|AM\/PM|"[^"]*"|\\.|./g) ?? [];
  const ampm = tokens.some((t) => t.toLowerCase() === 'am/pm');
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    // 'm'/'mm' are minutes right after an hour or right before seconds, months otherwise.
    const prev = tokens.slice(0, i).reverse().find((x) => /^[a-z]/i.test(x) && x.toLowerCase() !== 'am/pm');
    const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && x.toLowerCase() !== 'am/pm');
    const minutes = (lower === 'm' || lower === 'mm') && ((prev !== undefined && prev[0].toLowerCase() === 'h') || (next !== undefined && next[0].toLowerCase() === 's'));
    const hours = ampm ? ((d.getHours() + 11) % 12) + 1 : d.getHours();
    if (lower === 'yyyy') out += pad(d.getFullYear(), 4);
    else if (lower === 'yy') out += pad(d.getFullYear() % 100, 2);
    else if (lower === 'dddd') out += DAYS[d.getDay()];
    else if (lower === 'ddd') out += DAYS[d.getDay()].slice(0, 3);
    else if (lower === 'dd') out += pad(d.getDate(), 2);
    else if (lower === 'd') out += String(d.getDate());
    else if (minutes) out += lower === 'mm' ? pad(d.getMinutes(), 2) : String(d.getMinutes());
    else if (lower === 'mmmm') out += MONTHS[d.getMonth()];
    else if (lower === 'mmm') out += MONTHS[d.getMonth()].slice(0, 3);
    else if (lower === 'mm') out += pad(d.getMonth() + 1, 2);
    else if (lower === 'm') out += String(d.getMonth() + 1);
    else if (lower === 'hh') out += pad(hours, 2);
    else if (lower === 'h') out += String(hours);
    else if (lower === 'ss') out += pad(d.getSeconds(), 2);
    else if (lower === 's') out += String(d.getSeconds());
    else if (lower === 'am/pm') out += d.getHours() < 12 ? (t === 'AM/PM' ? 'AM' : 'am') : t === 'AM/PM' ? 'PM' : 'pm';
    else if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else out += t;
  }
  return out;
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a number with a simple Sheets number pattern ('0', '0.00', '#,##0.00', '0%', '$#,##0.00'). */
export function formatNumberPattern(n: number, pattern: string): string {
  const percent = pattern.includes('%');
  const value = percent ? n * 100 : n;
  const m = /[#0,]*0(?:\.(0+|#+))?/.exec(pattern);
  if (!m) return String(n);
  const decimals = m[1] ? m[1].length : 0;
  let body = Math.abs(value).toFixed(decimals);
  if (m[1] && m[1][0] === '#') body = body.replace(/\.?0+$/, '');
  if (m[0].includes(',')) {
    const [i, f] = body.split('.');
    body = groupThousands(i) + (f !== undefined ? '.' + f : '');
  }
  const sign = value < 0 ? '-' : '';
  return sign + pattern.slice(0, m.index).replace(/"/g, '') + body + pattern.slice(m.index + m[0].length).replace(/"/g, '');
}

function isTimeOnly(d: Date): boolean {
  return d.getFullYear() === 1899 && d.getMonth() === 11 && d.getDate() === 30;
}

/** What getDisplayValues shows for a value, given the cell's number format (simple, es_MX-like defaults). */
export function displayValue(v: CellValue, fmt: string | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (fmt && fmt !== 'General' && fmt !== '@' && /[0#]/.test(fmt)) return formatNumberPattern(v, fmt);
    if (Number.isInteger(v)) return String(v);
    return String(parseFloat(v.toPrecision(10)));
  }
  if (isNaN(v.getTime())) return '';
  if (fmt && /[dmyhs]/i.test(fmt)) return formatDatePattern(v, fmt);
  if (isTimeOnly(v)) return formatDatePattern(v, 'h:mm:ss');
  if (v.getHours() === 0 && v.getMinutes() === 0 && v.getSeconds() === 0) return formatDatePattern(v, 'd/m/yyyy');
  return formatDatePattern(v, 'd/m/yyyy h:mm:ss');
}
