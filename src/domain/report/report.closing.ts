// Month closing (pure): a digest of each closed row (Calendario, Boletines CS01, Agenda CS02), so a later change is named.
import type { Cell } from '../cell';
import { isDate } from '../cell';
import { sha256HexOf } from '../sha256';
import { inMes, mesKey, rowsOf, str } from './report.rows';
import type { ClosedChange, Mes, ReportSheets } from './report.types';

/** The sheets a closing covers, with the column that names a row and the one that dates it. */
export const CLOSED_SHEETS = [
  { key: 'calendario', hoja: 'Calendario', id: 'ID', fecha: 'Fecha' },
  { key: 'boletines', hoja: 'Boletines CS01', id: 'Número', fecha: 'Fecha' },
  { key: 'agenda', hoja: 'Agenda CS02', id: 'ID', fecha: 'Fecha' },
] as const;

/** Characters kept of each row digest (enough to name a change; the snapshot must fit a 9 KB property). */
const DIGEST_CHARS = 16;

export interface ClosedSnapshot {
  mes: string;
  cerrado: string;
  /** hoja → row id → digest of the row's values. */
  filas: Record<string, Record<string, string>>;
  /** Digest of all of the above, and the last signature of each ledger at closing (its chain head). */
  cabeza: string;
  cadenas: Record<string, string>;
}

function canon(v: Cell): string {
  return isDate(v) ? `d:${v.getTime()}` : `s:${String(v ?? '')}`;
}

/** Closed rows of one sheet: id → digest, and their sheet row numbers (to protect them). */
export function closedRows(values: readonly Cell[][], spec: (typeof CLOSED_SHEETS)[number], mes: Mes): { digests: Record<string, string>; filas: number[] } {
  const digests: Record<string, string> = {};
  const filas: number[] = [];
  const width = values.length > 0 ? values[0].length : 0;
  for (const { get, fila } of rowsOf(values)) {
    const id = str(get(spec.id));
    if (!id || !inMes(get(spec.fecha), mes)) continue;
    const row = values[fila - 1];
    digests[id] = sha256HexOf(JSON.stringify(Array.from({ length: width }, (_, c) => canon(row[c])))).slice(0, DIGEST_CHARS);
    filas.push(fila);
  }
  return { digests, filas };
}

export function snapshotOf(sheets: ReportSheets, mes: Mes, cerrado: string, cadenas: Record<string, string>): ClosedSnapshot {
  const filas: Record<string, Record<string, string>> = {};
  for (const spec of CLOSED_SHEETS) filas[spec.hoja] = closedRows(sheets[spec.key], spec, mes).digests;
  return { mes: mesKey(mes), cerrado, filas, cabeza: sha256HexOf(JSON.stringify(filas)), cadenas };
}

/**
 * The snapshot as a property value of at most `max` characters: row digests shortened, and at worst dropped (then only
 * the month's head can tell that something changed, not which row).
 */
export function snapshotJson(snap: ClosedSnapshot, max: number): string {
  let json = JSON.stringify(snap);
  for (const chars of [8, 0]) {
    if (json.length <= max) break;
    const filas: ClosedSnapshot['filas'] = {};
    for (const [hoja, rows] of Object.entries(snap.filas)) {
      filas[hoja] = chars ? Object.fromEntries(Object.entries(rows).map(([id, d]) => [id, d.slice(0, chars)])) : {};
    }
    json = JSON.stringify({ ...snap, filas, ...(chars ? {} : { sinFilas: true }) });
  }
  return json;
}

/** Rows of a closed month that differ from its snapshot now: altered, added or deleted. */
export function closedChanges(snap: ClosedSnapshot & { sinFilas?: boolean }, sheets: ReportSheets): ClosedChange[] {
  const [y, m] = snap.mes.split('-').map(Number);
  const now = snapshotOf(sheets, { year: y, month1: m }, snap.cerrado, {});
  if (now.cabeza === snap.cabeza) return [];
  if (snap.sinFilas) return [{ mes: snap.mes, hoja: 'Calendario, Boletines CS01 o Agenda CS02', id: '(mes completo)', cambio: 'modificada' }];
  const out: ClosedChange[] = [];
  for (const spec of CLOSED_SHEETS) {
    const before = snap.filas[spec.hoja] ?? {};
    const after = now.filas[spec.hoja] ?? {};
    for (const id of Object.keys(before)) {
      if (!(id in after)) out.push({ mes: snap.mes, hoja: spec.hoja, id, cambio: 'eliminada' });
      else if (after[id].slice(0, before[id].length) !== before[id]) out.push({ mes: snap.mes, hoja: spec.hoja, id, cambio: 'modificada' });
    }
    for (const id of Object.keys(after)) if (!(id in before)) out.push({ mes: snap.mes, hoja: spec.hoja, id, cambio: 'añadida' });
  }
  return out;
}
