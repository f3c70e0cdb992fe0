// «Verificar bitácora»: checks the Bitácora's chain (one read, pure HMAC per row) and names the first row altered, removed, inserted or moved by hand.
import { type Cell, isDate } from '../../domain/cell';
import { HEADERS, SHEET } from '../../domain/schema';
import { type ChainRow, verifyChain } from '../../domain/ledger-chain';
import { bitacoraCanonical, logBitacora, ports, readHead } from '../shared/index';

export interface FilaInvalida {
  /** Sheet row number. */
  fila: number;
  accion: string;
  elemento: string;
}

export interface VerificacionBitacora {
  filas: number;
  validas: number;
  invalidas: FilaInvalida[];
  /** The first problem of the chain (row altered, removed, inserted or moved), or null when it is whole. */
  primera: { fila: number; motivo: string } | null;
}

/** At most this many failing rows are named in the Bitácora line (all are returned). */
const NOMBRADAS_MAX = 50;

function raw(v: Cell | undefined): string {
  return v === undefined || v === null ? '' : String(v);
}

export function verificarBitacoraData(): VerificacionBitacora {
  const values = ports().workbook.readValues(SHEET.bitacora);
  if (!values) return { filas: 0, validas: 0, invalidas: [], primera: null };
  const header = (values[0] ?? []).map((h) => String(h).trim());
  const col = (h: (typeof HEADERS.bitacora)[number]): number => {
    const c = header.indexOf(h);
    return c >= 0 ? c : HEADERS.bitacora.indexOf(h);
  };
  const [cFecha, cUsuario, cAccion, cElemento, cDetalle, cEvidencia, cFirma, cTecnico] = HEADERS.bitacora.map(col);
  const items: Array<ChainRow & { accion: string; elemento: string }> = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every((c) => c === '' || c === null)) continue;
    const fecha = row[cFecha];
    const accion = raw(row[cAccion]);
    const elemento = raw(row[cElemento]);
    const tecnico = raw(row[cTecnico]);
    const contenido = isDate(fecha) ? bitacoraCanonical(fecha, raw(row[cUsuario]), accion, elemento, raw(row[cDetalle]), raw(row[cEvidencia]), tecnico) : null;
    items.push({ fila: r + 1, accion, elemento, contenido, firma: raw(row[cFirma]).trim() });
  }
  const report = verifyChain(items, readHead('bitacora'), (xs) => ports().signer.verifyMany(xs));
  const invalidas = report.malas.map((k) => ({ fila: items[k].fila, accion: items[k].accion, elemento: items[k].elemento }));
  const result: VerificacionBitacora = { filas: items.length, validas: items.length - invalidas.length, invalidas, primera: report.primera };
  const nombradas = invalidas.slice(0, NOMBRADAS_MAX).map((x) => x.fila).join(', ');
  const detalle = report.ok
    ? `Se revisaron ${items.length} filas: todas tienen firma válida y la cadena está completa.`
    : `Se revisaron ${items.length} filas. Primer problema: la fila ${report.primera?.fila} ${report.primera?.motivo}.` +
      (invalidas.length ? ` Filas sin firma válida en su lugar: ${nombradas}${invalidas.length > NOMBRADAS_MAX ? '…' : ''}.` : '');
  try {
    logBitacora({ accion: 'Verificar bitácora', elemento: SHEET.bitacora, detalle });
  } catch {
    // Someone outside the roles cannot write the protected Bitácora: the execution log keeps the result.
    console.warn('Verificar bitácora: ' + detalle);
  }
  return result;
}
