// The Autorizaciones ledger: read once into the latest record per item (by signed time), append HMAC-signed records in one write.
import {
  itemKey,
  type LedgerRecord,
  ledgerCanonical,
  ledgerRecordOf,
  wholeSeconds,
} from '../../domain/authorization';
import { text } from '../../domain/cell';
import { AppError } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { ports, type SheetTable, type Spreadsheet } from '../shared/index';

/** The latest ledger row of one item as read (the record is null when the row is malformed). */
export interface LedgerEntry {
  record: LedgerRecord | null;
  firma: string;
  /** Sheet row number, for messages. */
  fila: number;
  /** Sheet row of an earlier row with the same signature when this row is a copy (a replay); it never counts. */
  copiaDe?: number;
}

/**
 * The latest record of an item is the one with the latest SIGNED time («Fecha y hora» is covered by the signature), not
 * the lowest row: the sheet is editable by people, so a signed row copied or moved to the bottom cannot bring an older
 * authorization back. A row whose signature already appeared higher up is a replay: it stays a candidate (so the gate
 * fails closed when it is the latest) but its signature never verifies. Equal times: the lower row wins. A malformed
 * row (no date) takes the time of the item's latest record above it, so it blocks until a newer decision is recorded.
 */
export class Ledger {
  private readonly latest = new Map<string, { entry: LedgerEntry; time: number }>();

  private constructor(readonly table: SheetTable<'autorizaciones'> | null) {
    if (!table) return;
    const firstRowOf = new Map<string, number>();
    for (let i = 0; i < table.rows.length; i++) {
      const hoja = text(table.get(i, 'Hoja'));
      const elemento = text(table.get(i, 'Elemento'));
      if (!hoja && !elemento) continue;
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
      const entry: LedgerEntry = { record, firma, fila };
      if (firma) {
        const first = firstRowOf.get(firma);
        if (first !== undefined) entry.copiaDe = first;
        else firstRowOf.set(firma, fila);
      }
      const key = itemKey(hoja, elemento);
      const prev = this.latest.get(key);
      const time = record ? record.fecha.getTime() : prev ? prev.time : -Infinity;
      if (!prev || time >= prev.time) this.latest.set(key, { entry, time });
    }
  }

  /** Reads the ledger sheet once; an absent sheet is an empty ledger that cannot be written. */
  static load(ss?: Spreadsheet): Ledger {
    return new Ledger(ports().workbook.tryOpenTable('autorizaciones', ss));
  }

  exists(): boolean {
    return this.table !== null;
  }

  latestOf(hoja: string, elemento: string): LedgerEntry | null {
    const l = this.latest.get(itemKey(hoja, elemento));
    return l ? l.entry : null;
  }

  /** Appends a signed record (written on flush) and makes it the item's latest. */
  append(r: LedgerRecord): LedgerRecord {
    if (!this.table) {
      throw new AppError('SHEET_MISSING', `Falta la hoja «${SHEET.autorizaciones}». Ejecute «Configurar» en el menú Difusión ICM.`);
    }
    const rec: LedgerRecord = { ...r, fecha: wholeSeconds(r.fecha), por: r.por.trim().toLowerCase(), huella: r.huella.toLowerCase() };
    const firma = ports().signer.sign(ledgerCanonical(rec));
    const i = this.table.append({
      'Fecha y hora': rec.fecha,
      Hoja: rec.hoja,
      Elemento: rec.elemento,
      'Decisión': rec.decision,
      'Autorizado por': rec.por,
      Huella: rec.huella,
      Comentario: rec.comentario,
      Firma: firma,
    });
    const key = itemKey(rec.hoja, rec.elemento);
    const prev = this.latest.get(key);
    // A record made now is the item's latest (a hand-typed future date above it must not hide it from this run).
    this.latest.set(key, { entry: { record: rec, firma, fila: this.table.sheetRow(i) }, time: Math.max(rec.fecha.getTime(), prev ? prev.time : -Infinity) });
    return rec;
  }

  flush(): void {
    if (this.table) this.table.flush();
  }
}

/** True when a ledger entry's signature is the add-on's and not a copy of an earlier row (one HMAC computation). */
export function signatureValid(e: LedgerEntry): boolean {
  return e.record !== null && e.copiaDe === undefined && ports().signer.verify(ledgerCanonical(e.record), e.firma);
}
