// Whether the signed ledgers verify, for the report: every Bitácora and Autorizaciones row's signature, naming the first broken row.
import { ledgerCanonical, ledgerRecordOf } from '../../domain/authorization';
import { type Cell, isDate } from '../../domain/cell';
import { type ChainStatus, type ReportSheets, rowsOf } from '../../domain/report';
import { bitacoraCanonical } from '../shared/index';
import { ports } from '../shared/index';

/** The verifier the report uses; the lead may swap in the chained verification of the ledgers (issue 9). */
export type ChainVerifier = (sheets: ReportSheets) => ChainStatus[];

function raw(v: Cell | undefined): string {
  return v === undefined || v === null ? '' : String(v);
}

function status(hoja: string, items: Array<{ fila: number; text: string; signature: string }>): ChainStatus {
  const ok = ports().signer.verifyMany(items.map((i) => ({ text: i.text, signature: i.text ? i.signature : '' })));
  const rotas = items.filter((_, k) => !ok[k]);
  return rotas.length === 0
    ? { hoja, filas: items.length, ok: true, detalle: 'todas las filas tienen firma válida' }
    : { hoja, filas: items.length, ok: false, primeraRota: rotas[0].fila, detalle: `${rotas.length} fila(s) sin firma válida; la primera es la fila ${rotas[0].fila}` };
}

export const verifySignatures: ChainVerifier = (sheets) => {
  const bit = rowsOf(sheets.bitacora).map(({ fila, get: cell }) => {
    const f = cell('Fecha y hora');
    const text = isDate(f) ? bitacoraCanonical(f, raw(cell('Usuario')), raw(cell('Acción')), raw(cell('Elemento')), raw(cell('Detalle')), raw(cell('Evidencia'))) : '';
    return { fila, text, signature: raw(cell('Firma')).trim() };
  });
  const aut = rowsOf(sheets.autorizaciones).map(({ fila, get: cell }) => {
    const rec = ledgerRecordOf({ fecha: cell('Fecha y hora'), hoja: cell('Hoja'), elemento: cell('Elemento'), decision: cell('Decisión'), por: cell('Autorizado por'), huella: cell('Huella'), comentario: cell('Comentario') });
    return { fila, text: rec ? ledgerCanonical(rec) : '', signature: raw(cell('Firma')).trim() };
  });
  return [status('Bitácora', bit), status('Autorizaciones', aut)];
};

/** The chain heads at closing: the last signature of each ledger. */
export function chainHeads(sheets: ReportSheets): Record<string, string> {
  const last = (values: Cell[][]): string => {
    const rows = rowsOf(values);
    return rows.length ? raw(rows[rows.length - 1].get('Firma')).trim() : '';
  };
  return { Bitácora: last(sheets.bitacora), Autorizaciones: last(sheets.autorizaciones) };
}
