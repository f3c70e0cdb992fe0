// Month closing: protects the closed month's rows for everyone but the add-on and keeps a digest of them, so a later change is named.
import { CLOSED_SHEETS, closedChanges, closedRows, type ClosedChange, type ClosedSnapshot, type Mes, type ReportSheets, snapshotJson, snapshotOf } from '../../domain/report';
import { columnRuns } from '../../domain/workbook.layout';
import { ports, type Spreadsheet } from '../shared/index';
import { reportPorts } from './report.port';

/** Document Property per closed month: its snapshot (JSON). */
export const CIERRE_PREFIX = 'INFORME_CIERRE_';
/** Properties keep at most 9 KB per value (guides/services/quotas); the snapshot stays below. */
const SNAPSHOT_MAX_CHARS = 8500;

/** Description of the protections of a closed month (not the Configurar prefix: Configurar must leave them alone). */
export const CIERRE_DESCRIPCION = 'Mes cerrado';

/** Changes since closing in every month closed before (read from the snapshots kept in Document Properties). */
export function cambiosEnMesesCerrados(sheets: ReportSheets, salvo: string): ClosedChange[] {
  const all = ports().props.document().getAll();
  const out: ClosedChange[] = [];
  for (const key of Object.keys(all).sort()) {
    if (key.indexOf(CIERRE_PREFIX) !== 0 || key === CIERRE_PREFIX + salvo) continue;
    try {
      out.push(...closedChanges(JSON.parse(all[key]) as ClosedSnapshot, sheets));
    } catch {
      out.push({ mes: key.slice(CIERRE_PREFIX.length), hoja: 'Propiedades del documento', id: key, cambio: 'modificada' });
    }
  }
  return out;
}

export interface CierreResult {
  protecciones: number;
  filas: number;
  cabeza: string;
}

/** Protects the month's rows in Calendario, Boletines CS01 and Agenda CS02 and records their snapshot and the chain heads. */
export function cerrarMes(ss: Spreadsheet, sheets: ReportSheets, mes: Mes, cerrado: string, cadenas: Record<string, string>): CierreResult {
  const editors = [ports().identity.effectiveEmail().toLowerCase()].filter((e) => e !== '');
  let protecciones = 0;
  let filas = 0;
  const snap = snapshotOf(sheets, mes, cerrado, cadenas);
  for (const spec of CLOSED_SHEETS) {
    const rows = closedRows(sheets[spec.key], spec, mes).filas;
    filas += rows.length;
    protecciones += reportPorts().protectRows(ss, spec.hoja, columnRuns(rows), `${CIERRE_DESCRIPCION} ${snap.mes} · ${spec.hoja}`, editors);
  }
  ports().props.document().set(CIERRE_PREFIX + snap.mes, snapshotJson(snap, SNAPSHOT_MAX_CHARS));
  return { protecciones, filas, cabeza: snap.cabeza };
}
