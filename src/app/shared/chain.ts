// Appends rows to a chained ledger: under a short document lock, each row signed over its content and the previous signature; head in Document Properties.
import type { Cell } from '../../domain/cell';
import { type ChainHead, chainText, parseHead, prevOf, startHead } from '../../domain/ledger-chain';
import { ports, type Spreadsheet } from './ports';

/** Document Properties keys of the chain heads. */
export const CHAIN_HEAD = {
  autorizaciones: 'DIFUSION_CADENA_AUTORIZACIONES',
  bitacora: 'DIFUSION_CADENA_BITACORA',
} as const;

export type ChainName = keyof typeof CHAIN_HEAD;

/** The head of a chain, or null before its first chained row. */
export function readHead(chain: ChainName): ChainHead | null {
  return parseHead(ports().props.secrets().get(CHAIN_HEAD[chain]));
}

export interface PendingRow {
  /** The row's canonical content (what verifying it recomputes). */
  contenido: string;
  /** The row's cells; the signature goes to column `firmaCol`. */
  cells: Cell[];
}

/**
 * Signs and appends the rows after the last one (one write) and moves the head, all under the short document lock so
 * that two executions never chain on the same predecessor. The first chained row of a ledger that already has rows
 * anchors on their signatures (one read of the sheet, once). False when the sheet is missing (nothing written).
 */
export function appendChained(chain: ChainName, sheetName: string, firmaCol: number, width: number, pending: readonly PendingRow[], ss?: Spreadsheet): boolean {
  if (pending.length === 0) return true;
  return ports().locks.shortDocument(() => {
    let head = readHead(chain);
    if (!head) {
      const values = ports().workbook.readValues(sheetName, ss);
      if (!values) return false;
      head = startHead(legacyFirmas(values, firmaCol));
    }
    const rows: Cell[][] = [];
    for (const p of pending) {
      const firma = ports().signer.sign(chainText(p.contenido, prevOf(head)));
      const cells = p.cells.slice(0, width);
      while (cells.length < width) cells.push('');
      cells[firmaCol] = firma;
      rows.push(cells);
      head = { ...head, filas: head.filas + 1, firma };
    }
    if (!ports().workbook.appendRows(sheetName, rows, width, ss)) return false;
    ports().props.secrets().set(CHAIN_HEAD[chain], JSON.stringify(head));
    return true;
  });
}

/** Signatures of the rows written before the chain (non-empty rows below the header, in order). */
function legacyFirmas(values: Cell[][], firmaCol: number): string[] {
  const out: string[] = [];
  for (let r = 1; r < values.length; r++) {
    if (values[r].every((c) => c === '' || c === null)) continue;
    out.push(String(values[r][firmaCol] ?? '').trim());
  }
  return out;
}
