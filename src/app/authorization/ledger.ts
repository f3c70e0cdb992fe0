// The Autorizaciones ledger: read once, chained rows verified with pure HMAC checks, the latest record per item in chain order; appends are chained.
import {
  itemKey,
  type LedgerRecord,
  ledgerCanonical,
  ledgerRecordOf,
  wholeSeconds,
} from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { AppError } from '../../domain/errors';
import { type ChainProblem, type ChainReport, type ChainRow, verifyChain } from '../../domain/ledger-chain';
import { HEADERS, SHEET } from '../../domain/schema';
import { appendChained, type PendingRow, ports, readHead, type SheetTable, type Spreadsheet } from '../shared/index';

/** The latest ledger row of one item as read (the record is null when the row is malformed). */
export interface LedgerEntry {
  record: LedgerRecord | null;
  firma: string;
  /** Sheet row number, for messages. */
  fila: number;
}

/**
 * Rows are in chain order: each chained row's signature covers its predecessor's, so the sheet's order is the order
 * the records were made in, and the latest record of an item is its lowest row. A row typed, altered, removed, inserted
 * or moved by hand breaks the chain (verification()), and the gate then refuses every send; the items with a failing
 * row are named (badRowOf).
 */
export class Ledger {
  private readonly latest = new Map<string, LedgerEntry>();
  private readonly rows: Array<ChainRow & { key: string }> = [];
  private readonly pending: PendingRow[] = [];
  private report: ChainReport | null = null;
  private badByItem: Map<string, number> | null = null;

  private constructor(
    readonly table: SheetTable<'autorizaciones'> | null,
    private readonly ss?: Spreadsheet,
  ) {
    if (!table) return;
    for (let i = 0; i < table.rows.length; i++) {
      if (table.rows[i].every((c) => c === '' || c === null)) continue;
      const record = ledgerRecordOf({
        fecha: table.get(i, 'Fecha y hora'),
        hoja: table.get(i, 'Hoja'),
        elemento: table.get(i, 'Elemento'),
        decision: table.get(i, 'Decisión'),
        por: table.get(i, 'Autorizado por'),
        huella: table.get(i, 'Huella'),
        comentario: table.get(i, 'Comentario'),
      });
      const firma = text(table.get(i, 'Firma'));
      const fila = table.sheetRow(i);
      const key = itemKey(text(table.get(i, 'Hoja')), text(table.get(i, 'Elemento')));
      this.rows.push({ fila, contenido: record ? ledgerCanonical(record) : null, firma, key });
      this.latest.set(key, { record, firma, fila });
    }
  }

  /** Reads the ledger sheet once; an absent sheet is an empty ledger that cannot be written. */
  static load(ss?: Spreadsheet): Ledger {
    return new Ledger(ports().workbook.tryOpenTable('autorizaciones', ss), ss);
  }

  exists(): boolean {
    return this.table !== null;
  }

  latestOf(hoja: string, elemento: string): LedgerEntry | null {
    return this.latest.get(itemKey(hoja, elemento)) ?? null;
  }

  /** The chain's verdict over the rows as read (computed once: one read of the head, one HMAC per row). */
  verification(): ChainReport {
    if (!this.report) this.report = verifyChain(this.rows, readHead('autorizaciones'), (xs) => ports().signer.verifyMany(xs));
    return this.report;
  }

  /** The first row that breaks the chain, or null when the ledger is whole. */
  chainProblem(): ChainProblem | null {
    return this.verification().primera;
  }

  /** Sheet row of the item's first row that fails verification, or 0 when all of its rows verify. */
  badRowOf(hoja: string, elemento: string): number {
    if (!this.badByItem) {
      const m = new Map<string, number>();
      for (const k of this.verification().malas) if (!m.has(this.rows[k].key)) m.set(this.rows[k].key, this.rows[k].fila);
      this.badByItem = m;
    }
    return this.badByItem.get(itemKey(hoja, elemento)) ?? 0;
  }

  /** Adds a record (signed and chained on flush) and makes it the item's latest. */
  append(r: LedgerRecord): LedgerRecord {
    if (!this.table) {
      throw new AppError('SHEET_MISSING', `Falta la hoja «${SHEET.autorizaciones}». Ejecute «Configurar» en el menú Difusión ICM.`);
    }
    const rec: LedgerRecord = { ...r, fecha: wholeSeconds(r.fecha), por: r.por.trim().toLowerCase(), huella: r.huella.toLowerCase() };
    const cells: Cell[] = [rec.fecha, rec.hoja, rec.elemento, rec.decision, rec.por, rec.huella, rec.comentario, ''];
    this.pending.push({ contenido: ledgerCanonical(rec), cells });
    const fila = (this.rows.length ? this.rows[this.rows.length - 1].fila : 1) + this.pending.length;
    this.latest.set(itemKey(rec.hoja, rec.elemento), { record: rec, firma: '', fila });
    return rec;
  }

  flush(): void {
    if (!this.table || this.pending.length === 0) return;
    const firmaCol = HEADERS.autorizaciones.indexOf('Firma');
    if (!appendChained('autorizaciones', SHEET.autorizaciones, firmaCol, HEADERS.autorizaciones.length, this.pending, this.ss)) {
      throw new AppError('SHEET_MISSING', `Falta la hoja «${SHEET.autorizaciones}». Ejecute «Configurar» en el menú Difusión ICM.`);
    }
    this.pending.length = 0;
  }
}
