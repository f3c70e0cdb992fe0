// «Verificar bitácora»: recomputes every Bitácora row's signature (one read, no call per row) and reports rows typed or altered by hand.
import { type Cell, isDate } from '../../domain/cell';
import { HEADERS, SHEET } from '../../domain/schema';
import { bitacoraCanonical, logBitacora } from '../shared/index';
import { ports } from '../shared/index';

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
}

/** At most this many failing rows are named in the Bitácora line (all are returned). */
const NOMBRADAS_MAX = 50;

function raw(v: Cell | undefined): string {
  return v === undefined || v === null ? '' : String(v);
}

export function verificarBitacoraData(): VerificacionBitacora {
  const values = ports().workbook.readValues(SHEET.bitacora);
  if (!values) return { filas: 0, validas: 0, invalidas: [] };
  const header = (values[0] ?? []).map((h) => String(h).trim());
  const col = (h: (typeof HEADERS.bitacora)[number]): number => {
    const c = header.indexOf(h);
    return c >= 0 ? c : HEADERS.bitacora.indexOf(h);
  };
  const [cFecha, cUsuario, cAccion, cElemento, cDetalle, cEvidencia, cFirma, cTecnico] = HEADERS.bitacora.map(col);
  const items: Array<{ fila: number; accion: string; elemento: string; text: string; signature: string }> = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every((c) => c === '' || c === null)) continue;
    const fecha = row[cFecha];
    const accion = raw(row[cAccion]);
    const elemento = raw(row[cElemento]);
    const text = isDate(fecha) ? bitacoraCanonical(fecha, raw(row[cUsuario]), accion, elemento, raw(row[cDetalle]), raw(row[cEvidencia]), raw(row[cTecnico])) : '';
    items.push({ fila: r + 1, accion, elemento, text, signature: text ? raw(row[cFirma]).trim() : '' });
  }
  const ok = ports().signer.verifyMany(items);
  const invalidas = items.filter((_, k) => !ok[k]).map(({ fila, accion, elemento }) => ({ fila, accion, elemento }));
  const result = { filas: items.length, validas: items.length - invalidas.length, invalidas };
  const nombradas = invalidas.slice(0, NOMBRADAS_MAX).map((x) => x.fila).join(', ');
  const detalle =
    invalidas.length === 0
      ? `Se revisaron ${items.length} filas: todas tienen firma válida.`
      : `Se revisaron ${items.length} filas: ${invalidas.length} sin firma válida de Difusión ICM (escritas o modificadas a mano): filas ${nombradas}${invalidas.length > NOMBRADAS_MAX ? '…' : ''}.`;
  try {
    logBitacora({ accion: 'Verificar bitácora', elemento: SHEET.bitacora, detalle });
  } catch {
    // Someone outside the roles cannot write the protected Bitácora: the execution log keeps the result.
    console.warn('Verificar bitácora: ' + detalle);
  }
  return result;
}
