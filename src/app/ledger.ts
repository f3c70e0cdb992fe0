// The Autorizaciones ledger: read once into the latest record per item, append HMAC-signed records in one write.
import {
  itemKey,
  type LedgerRecord,
  ledgerCanonical,
  ledgerRecordOf,
  wholeSeconds,
} from '../domain/authorization';
import { text } from '../domain/cell';
import { AppError } from '../domain/errors';
import { SHEET } from '../domain/schema';
import { ports, type SheetTable, type Spreadsheet } from './ports';

/** The latest ledger row of one item as read (the record is null when the row is malformed). */
export interface LedgerEntry {
  record: LedgerRecord | null;
  firma: string;
  /** Sheet row number, for messages. */
  fila: number;
}

export class Ledger {
  private readonly latest = new Map<string, LedgerEntry>();

  private constructor(readonly table: SheetTable<'autorizaciones'> | null) {
    if (!table) return;
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
      // Append-only: the row further down is the later one, whatever its date cell says.
      this.latest.set(itemKey(hoja, elemento), { record, firma: text(table.get(i, 'Firma')), fila: table.sheetRow(i) });
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
    return this.latest.get(itemKey(hoja, elemento)) ?? null;
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
    this.latest.set(itemKey(rec.hoja, rec.elemento), { record: rec, firma, fila: this.table.sheetRow(i) });
    return rec;
  }

  flush(): void {
    if (this.table) this.table.flush();
  }
}

/** True when a ledger entry's signature is the add-on's (one HMAC computation). */
export function signatureValid(e: LedgerEntry): boolean {
  return e.record !== null && ports().signer.verify(ledgerCanonical(e.record), e.firma);
}
