// The Bitácora audit trail: append-only rows, each signed with the add-on's key, buffered and written in one block.
import { type Cell, toCell } from '../domain/cell';
import { HEADERS, SHEET } from '../domain/schema';
import { ensureRows } from '../gas/sheet-rows';
import { sign } from '../gas/signing';

export interface BitacoraEntry {
  /** Short Spanish verb phrase, e.g. "Configurar", "Autorizar", "Publicar". */
  accion: string;
  /** What it touched, e.g. "Calendario CAL-20261201-1" or "Configuración". */
  elemento: string;
  detalle: string;
  /** URL of the evidence (permalink), when there is one. */
  evidencia?: string;
  /** Who; defaults to the person running the add-on. */
  usuario?: string;
  fecha?: Date;
}

/** The text a Bitácora row's signature covers. */
export function bitacoraCanonical(fecha: Date, usuario: string, accion: string, elemento: string, detalle: string, evidencia: string): string {
  return JSON.stringify(['bitacora', fecha.getTime(), usuario, accion, elemento, detalle, evidencia]);
}

function currentUser(): string {
  const active = Session.getActiveUser().getEmail();
  return active || Session.getEffectiveUser().getEmail();
}

/** Collects entries during an execution; `flush` appends them all with one write. */
export class Bitacora {
  private readonly pending: Cell[][] = [];
  private user: string | null = null;

  add(e: BitacoraEntry): void {
    if (!e.usuario && this.user === null) this.user = currentUser();
    const fecha = e.fecha ?? new Date();
    const usuario = e.usuario ?? (this.user as string);
    const evidencia = e.evidencia ?? '';
    const firma = sign(bitacoraCanonical(fecha, usuario, e.accion, e.elemento, e.detalle, evidencia));
    this.pending.push([fecha, usuario, e.accion, e.elemento, e.detalle, evidencia, firma]);
  }

  size(): number {
    return this.pending.length;
  }

  flush(ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
    if (this.pending.length === 0) return;
    const book = ss ?? SpreadsheetApp.getActiveSpreadsheet();
    const sheet = book.getSheetByName(SHEET.bitacora);
    if (!sheet) return; // Before Configurar there is no Bitácora; nothing to append to.
    const rows = this.pending.map((r) => r.map(toCell));
    const last = sheet.getLastRow();
    ensureRows(sheet, last + rows.length, last);
    sheet.getRange(last + 1, 1, rows.length, HEADERS.bitacora.length).setValues(rows);
    this.pending.length = 0;
  }
}

/** Appends one entry right away (for single user actions). */
export function logBitacora(e: BitacoraEntry): void {
  const b = new Bitacora();
  b.add(e);
  b.flush();
}
