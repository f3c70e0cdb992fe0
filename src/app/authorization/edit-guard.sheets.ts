// Hand edits of the add-on's own sheets: the Autorizaciones ledger (reported), the Bitácora (reverted), Configuración (validated).
import { AUTORIZADO } from '../../domain/authorization';
import { type Cell, text, toCell } from '../../domain/cell';
import { locateConfig } from '../../domain/config.sheet';
import { isAppError, messageOf } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { handOver, readConfig, readConfigValues } from '../shared/index';
import { ports } from '../shared/index';
import { courtesyToast, editorEmail, type EditEvent, type GuardOutcome, mayMail, NONE } from './edit-event';
import { Ledger } from './ledger';
import { TitularDigest } from './titular-digest';

/** A hand edit of the ledger never counts (its signature fails); it is logged and reported to the Titular. */
export function reportLedgerEdit(e: EditEvent): void {
  try {
    const config = readConfig(e.source);
    const editor = editorEmail(e);
    const bitacora = new Bitacora();
    const digest = new TitularDigest(config.titular.trim().toLowerCase(), config.modoEnsayo, mayMail(e));
    const where = e.range.getA1Notation();
    bitacora.add({
      accion: 'Edición manual de Autorizaciones',
      elemento: `${SHEET.autorizaciones} ${where}`,
      detalle: `${editor || 'Alguien sin correo verificable'} escribió a mano en el registro de autorizaciones; las filas sin firma válida no cuentan.`,
      usuario: editor || '(sin correo)',
    });
    const who = editor || 'Alguien sin correo verificable';
    digest.add(`${who} escribió a mano en la hoja «${SHEET.autorizaciones}» (${where}); esas filas no cuentan como autorización.`);
    digest.send(bitacora);
    bitacora.flush(e.source);
  } catch {
    // Reporting is best effort; the gate refuses unsigned rows regardless.
  }
}

/** Days between Sheets' epoch (1899-12-30) and 1970-01-01. */
const SERIAL_1970 = 25569;

/** What a single Bitácora cell held before the edit: a date serial in «Fecha y hora» becomes the date again. */
function previousBitacoraValue(e: EditEvent, col: number): Cell {
  const old = e.oldValue === undefined || e.oldValue === null ? '' : String(e.oldValue);
  if (col === 1 && /^\d+(\.\d+)?$/.test(old)) {
    const ms = new Date(1970, 0, 1).getTime() + (Number(old) - SERIAL_1970) * 86400000;
    return new Date(Math.round(ms / 1000) * 1000);
  }
  return toCell(old);
}

/** Puts a single edited cell back; returns the Bitácora detail and whether it was restored. */
function restoreBitacoraCell(e: EditEvent, who: string, where: string): { detalle: string; revertidas: number } {
  const typed = String(e.value ?? '');
  try {
    ports().workbook.setRangeValue(e.range, previousBitacoraValue(e, e.range.getColumn()));
    ports().workbook.flush();
    return { revertidas: 1, detalle: `${who} escribió «${typed}» en ${where}; la Bitácora la escribe solo Difusión ICM. Se restauró el valor anterior.` };
  } catch (err) {
    return { revertidas: 0, detalle: `${who} escribió «${typed}» en ${where}; no se pudo restaurar (${messageOf(err)}). Use «Verificar bitácora».` };
  }
}

/**
 * The Bitácora is written only by the add-on (script writes fire no onEdit): any edit event on it is a person typing.
 * A single cell is put back (e.oldValue, or cleared when it was empty) BEFORE the log row is appended, so rows stay
 * contiguous; a multi-cell edit cannot be undone from the event and is reported («Verificar bitácora» finds the rows).
 */
export function revertBitacoraEdit(e: EditEvent): GuardOutcome {
  const range = e.range;
  const editor = editorEmail(e);
  const who = editor || 'Alguien sin correo verificable';
  const where = `${SHEET.bitacora}!${range.getA1Notation()}`;
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const { detalle, revertidas } = single
    ? restoreBitacoraCell(e, who, where)
    : {
        revertidas: 0,
        detalle: `${who} modificó varias celdas (${where}); la Bitácora la escribe solo Difusión ICM. ` +
          'No se pueden restaurar desde la edición: «Verificar bitácora» señala las filas alteradas.',
      };
  const bitacora = new Bitacora();
  bitacora.add({ accion: 'Edición manual de la Bitácora revertida', elemento: where, detalle, usuario: editor || '(sin correo)' });
  try {
    const config = readConfig(e.source);
    const digest = new TitularDigest(config.titular.trim().toLowerCase(), config.modoEnsayo, mayMail(e));
    const outcome = single && revertidas ? 'se restauró el valor anterior' : 'no se pudo restaurar: revise con «Verificar bitácora»';
    digest.add(`${who} escribió a mano en la hoja «${SHEET.bitacora}» (${where}); ${outcome}.`);
    digest.send(bitacora);
  } catch (err) {
    bitacora.add({ accion: 'Aviso a la Titular no enviado', elemento: SHEET.bitacora, detalle: `No se pudo leer la configuración: ${messageOf(err)}` });
  }
  bitacora.flush(e.source);
  courtesyToast(e, 'La Bitácora la escribe solo Difusión ICM: se deshizo la edición manual.', 10);
  return { ...NONE, revertidas };
}

/** The current Titular, with her verified e-mail, wrote another e-mail in the Titular cell: the signed hand-over. */
function handOverIfTitular(e: EditEvent): void {
  try {
    const editor = editorEmail(e);
    const values = readConfigValues(e.source);
    if (!editor || !values) return;
    const row = locateConfig(values).params.get('titular');
    if (row === undefined || e.range.getRow() !== row + 1 || e.range.getColumn() > 2 || e.range.getColumn() + e.range.getNumColumns() - 1 < 2) return;
    const next = text(values[row][1]).toLowerCase();
    if (!handOver(editor, next)) return;
    // Signed and chained like every decision: the hand-over is a record of the Autorizaciones ledger.
    const ledger = Ledger.load(e.source);
    if (ledger.exists()) {
      const huella = ports().signer.sha256Hex(next);
      ledger.append({ fecha: new Date(), hoja: SHEET.config, elemento: 'Titular', decision: AUTORIZADO, por: editor, huella, comentario: `Entrega de la titularidad a ${next}.` });
      ledger.flush();
    }
  } catch (err) {
    console.warn('Entrega de la titularidad no registrada: ' + messageOf(err));
  }
}

/** The Spanish toast after an edit leaves Configuración invalid (the tick publishes nothing until it is fixed). */
export function configInvalidToast(message: string): string {
  return `${message} Corríjalo: mientras tanto no se publica nada.`;
}

/** An edit of Configuración is validated at once: a bad value is named in a toast and logged (nothing is reverted). */
export function checkConfigEdit(e: EditEvent): void {
  handOverIfTitular(e);
  try {
    readConfig(e.source);
  } catch (err) {
    if (!isAppError(err)) return;
    const editor = editorEmail(e);
    const bitacora = new Bitacora();
    bitacora.add({
      accion: 'Configuración inválida',
      elemento: `${SHEET.config}!${e.range.getA1Notation()}`,
      detalle: `${err.message} Mientras no se corrija no se publica nada.`,
      usuario: editor || '(sin correo)',
    });
    bitacora.flush(e.source);
    courtesyToast(e, configInvalidToast(err.message), 30);
  }
}
