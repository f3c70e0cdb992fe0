// The Bitácora audit trail: append-only rows, chained (each signed over its content and the previous row's signature), buffered and written in one block.
import { wholeSeconds } from '../../domain/authorization';
import type { Cell } from '../../domain/cell';
import { separarTecnico } from '../../domain/plain-spanish';
import { HEADERS, SHEET } from '../../domain/schema';
import { appendChained, type PendingRow } from './chain';
import { type Spreadsheet } from './ports';
import { currentUser } from './roles';

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

/** The text a Bitácora row's signature covers (the technical details too, when the row has any). */
export function bitacoraCanonical(fecha: Date, usuario: string, accion: string, elemento: string, detalle: string, evidencia: string, tecnico = ''): string {
  const base: Array<string | number> = ['bitacora', fecha.getTime(), usuario, accion, elemento, detalle, evidencia];
  return JSON.stringify(tecnico ? [...base, tecnico] : base);
}

/** A Sheets cell holds at most 50,000 characters: a longer detail (a quoted 50,000-character text) is cut to this. */
export const DETALLE_MAX = 10000;

/** Collects entries during an execution; `flush` appends them all with one write. */
export class Bitacora {
  private readonly pending: PendingRow[] = [];
  private user: string | null = null;

  add(e: BitacoraEntry): void {
    if (!e.usuario && this.user === null) this.user = currentUser();
    // Whole seconds: what a sheet keeps, so that «Verificar bitácora» can recompute the signature from the row.
    const fecha = wholeSeconds(e.fecha ?? new Date());
    const usuario = e.usuario ?? (this.user as string);
    const evidencia = e.evidencia ?? '';
    // What the staff read in «Detalle»; fingerprints, HTTP codes and raw responses go to «Detalles técnicos».
    const partes = separarTecnico(e.detalle);
    const detalle = partes.detalle.length > DETALLE_MAX ? partes.detalle.slice(0, DETALLE_MAX) + '…' : partes.detalle;
    const tecnico = partes.tecnico.length > DETALLE_MAX ? partes.tecnico.slice(0, DETALLE_MAX) + '…' : partes.tecnico;
    const cells: Cell[] = [fecha, usuario, e.accion, e.elemento, detalle, evidencia, '', tecnico];
    this.pending.push({ contenido: bitacoraCanonical(fecha, usuario, e.accion, e.elemento, detalle, evidencia, tecnico), cells });
  }

  size(): number {
    return this.pending.length;
  }

  flush(ss?: Spreadsheet): void {
    if (this.pending.length === 0) return;
    // Before Configurar there is no Bitácora; nothing to append to.
    const firmaCol = HEADERS.bitacora.indexOf('Firma');
    if (!appendChained('bitacora', SHEET.bitacora, firmaCol, HEADERS.bitacora.length, this.pending, ss)) return;
    this.pending.length = 0;
  }
}

/** Appends one entry right away (for single user actions). */
export function logBitacora(e: BitacoraEntry): void {
  const b = new Bitacora();
  b.add(e);
  b.flush();
}
