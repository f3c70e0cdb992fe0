// Reading the report's sheets by header text (robust to column order), and the month and date helpers it shares.
import { type Cell, isDate } from '../cell';
import { cellYmd, pad2 } from '../dates';
import { fechaHora } from '../publication';
import type { Mes } from './report.types';

/** One data row, read by header text; a missing column reads as ''. */
export type Row = (header: string) => Cell;

/** The data rows of a sheet's values (header first); fully empty rows are skipped. `fila` is the sheet row number. */
export function rowsOf(values: readonly Cell[][]): Array<{ get: Row; fila: number }> {
  if (values.length === 0) return [];
  const header = values[0].map((h) => String(h).trim());
  const out: Array<{ get: Row; fila: number }> = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every((c) => c === '' || c === null || c === undefined)) continue;
    out.push({ get: (h) => { const c = header.indexOf(h); return c >= 0 && row[c] !== undefined && row[c] !== null ? row[c] : ''; }, fila: r + 1 });
  }
  return out;
}

export function mesKey(m: Mes): string {
  return `${m.year}-${pad2(m.month1)}`;
}

/** True when a date cell ('yyyy-mm-dd' or Date) falls in the month. */
export function inMes(v: Cell, m: Mes): boolean {
  return cellYmd(v).slice(0, 7) === mesKey(m);
}

/** A date-time cell as 'yyyy-MM-dd HH:mm'; text kept as typed; '' when empty. */
export function fechaHoraDe(v: Cell): string {
  if (isDate(v)) return fechaHora(v);
  return String(v ?? '').trim();
}

/** A date-time cell as a Date, or null (accepts 'yyyy-MM-dd HH:mm' text). */
export function fechaDe(v: Cell): Date | null {
  if (isDate(v)) return v;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(String(v ?? '').trim());
  return m ? new Date(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0) : null;
}

export function str(v: Cell): string {
  return isDate(v) ? fechaHora(v) : String(v ?? '').trim();
}

export function countBy(items: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of items) out[k || '(sin dato)'] = (out[k || '(sin dato)'] ?? 0) + 1;
  return out;
}
