// What the page draws for one sheet: display text, colours, notes, drop-downs and frozen rows, from the emulator's dump.
import type { Emulator } from '../runtime';
import type { CellValue, CellState } from '../world';
import { columnLetter } from '../../src/domain/a1';
import { a1ToBounds } from '../fakes/spreadsheet/a1';

export interface CellView {
  t: string;
  bg?: string;
  color?: string;
  bold?: boolean;
  note?: string;
  /** Drop-down choices (a list validation shown as a menu). */
  list?: string[];
  check?: boolean;
  formula?: string;
}

export interface SheetView {
  name: string;
  frozenRows: number;
  columns: Array<{ letter: string; width: number }>;
  rows: CellView[][];
}

const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** A cell's text as Sheets shows it in es-MX with the add-on's formats (dates yyyy-mm-dd, times HH:mm). */
export function displayText(v: CellValue): string {
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    if (d.getFullYear() === 1899) return time;
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return d.getHours() || d.getMinutes() ? `${day} ${time}` : day;
  }
  if (typeof v === 'boolean') return v ? 'VERDADERO' : 'FALSO';
  return String(v);
}

type Box = { r0: number; c0: number; r1: number; c1: number };

function boxes<T extends { a1: string }>(items: T[]): Array<T & { box: Box }> {
  const out: Array<T & { box: Box }> = [];
  for (const it of items) {
    const b = a1ToBounds(it.a1, 1e7, 1e5);
    if (b) out.push({ ...it, box: b });
  }
  return out;
}

const inside = (b: Box, r: number, c: number): boolean => r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;

/** Extra empty rows drawn below the last one with content, so a person can type a new row. */
const SPARE_ROWS = 5;

export function sheetView(emu: Emulator, name: string): SheetView | null {
  const d = emu.dump(name);
  const state = emu.world.spreadsheet.sheets.find((s) => s.name === name);
  if (!d || !state) return null;
  const nCols = Math.max(d.values[0]?.length ?? 0, 1);
  const nRows = Math.min(d.values.length + SPARE_ROWS, state.maxRows);
  const lists = boxes(d.validations);
  const conditional = boxes(d.conditional);
  const columns = Array.from({ length: nCols }, (_, c) => ({ letter: columnLetter(c + 1), width: state.columnWidths[String(c)] ?? 100 }));
  const rows: CellView[][] = [];
  for (let r = 0; r < nRows; r++) {
    const row: CellView[] = [];
    for (let c = 0; c < nCols; c++) row.push(cellView(d.values[r]?.[c] ?? '', state.cells[`${r},${c}`], r, c, lists, conditional));
    rows.push(row);
  }
  return { name: d.name, frozenRows: d.frozenRows, columns, rows };
}

function cellView(
  v: CellValue,
  cell: CellState | undefined,
  r: number,
  c: number,
  lists: Array<{ box: Box; kind: string; values?: string[] }>,
  conditional: Array<{ box: Box; when: string; text: string; background?: string; fontColor?: string }>,
): CellView {
  const t = displayText(v);
  const out: CellView = { t };
  if (cell?.bg) out.bg = cell.bg;
  if (cell?.style?.fontColor) out.color = cell.style.fontColor;
  if (cell?.style?.fontWeight === 'bold') out.bold = true;
  if (cell?.note) out.note = cell.note;
  if (cell?.f) out.formula = cell.f;
  for (const rule of conditional) {
    if (!inside(rule.box, r, c)) continue;
    const hit = rule.when === 'textEqualTo' ? t === rule.text : rule.when === 'textContains' ? t.includes(rule.text) : false;
    if (hit) {
      if (rule.background) out.bg = rule.background;
      if (rule.fontColor) out.color = rule.fontColor;
      break;
    }
  }
  const dv = lists.find((l) => inside(l.box, r, c));
  if (dv?.kind === 'list' && dv.values) out.list = dv.values;
  if (dv?.kind === 'checkbox') out.check = true;
  return out;
}
