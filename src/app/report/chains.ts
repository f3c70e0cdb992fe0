// Whether the chained ledgers verify, for the report: Bitácora and Autorizaciones, naming the first broken row.
import { ledgerCanonical, ledgerRecordOf } from '../../domain/authorization';
import { type Cell, isDate } from '../../domain/cell';
import { type ChainStatus, type ReportSheets, rowsOf } from '../../domain/report';
import { type ChainRow, verifyChain } from '../../domain/ledger-chain';
import { bitacoraCanonical, type ChainName, ports, readHead } from '../shared/index';

/** The verifier the report uses (tests may pass another). */
export type ChainVerifier = (sheets: ReportSheets) => ChainStatus[];

function raw(v: Cell | undefined): string {
  return v === undefined || v === null ? '' : String(v);
}

function status(hoja: string, chain: ChainName, items: ChainRow[]): ChainStatus {
  const r = verifyChain(items, readHead(chain), (xs) => ports().signer.verifyMany(xs));
  if (r.ok) return { hoja, filas: items.length, ok: true, detalle: 'todas las filas tienen firma válida y la cadena está completa' };
  const fila = r.primera ? r.primera.fila : items[r.malas[0]]?.fila;
  const motivo = r.primera ? `la fila ${r.primera.fila} ${r.primera.motivo}` : `la fila ${fila} no tiene firma válida`;
  return { hoja, filas: items.length, ok: false, primeraRota: fila, detalle: `${r.malas.length} fila(s) sin firma válida; primer problema: ${motivo}` };
}

/** The chained verification of both ledgers (issue 9's chain: content, previous signature, head in Document Properties). */
export const verifySignatures: ChainVerifier = (sheets) => {
  const bit = rowsOf(sheets.bitacora).map(({ fila, get: cell }): ChainRow => {
    const f = cell('Fecha y hora');
    const contenido = isDate(f) ? bitacoraCanonical(f, raw(cell('Usuario')), raw(cell('Acción')), raw(cell('Elemento')), raw(cell('Detalle')), raw(cell('Evidencia')), raw(cell('Detalles técnicos'))) : null;
    return { fila, contenido, firma: raw(cell('Firma')).trim() };
  });
  const aut = rowsOf(sheets.autorizaciones).map(({ fila, get: cell }): ChainRow => {
    const rec = ledgerRecordOf({
      fecha: cell('Fecha y hora'), hoja: cell('Hoja'), elemento: cell('Elemento'), decision: cell('Decisión'),
      por: cell('Autorizado por'), huella: cell('Huella'), comentario: cell('Comentario'),
    });
    return { fila, contenido: rec ? ledgerCanonical(rec) : null, firma: raw(cell('Firma')).trim() };
  });
  return [status('Bitácora', 'bitacora', bit), status('Autorizaciones', 'autorizaciones', aut)];
};

/** The chain heads at closing: the last signature of each ledger. */
export function chainHeads(sheets: ReportSheets): Record<string, string> {
  const last = (values: Cell[][]): string => {
    const rows = rowsOf(values);
    return rows.length ? raw(rows[rows.length - 1].get('Firma')).trim() : '';
  };
  return { Bitácora: last(sheets.bitacora), Autorizaciones: last(sheets.autorizaciones) };
}
