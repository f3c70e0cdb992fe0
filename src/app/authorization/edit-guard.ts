// The edit guard: typed authorizations count only from the Titular's verified e-mail; other edits are reverted or left unverified; content edits void an authorization.
import {
  ANULADA,
  type AuthKind,
  AUTORIZADO,
  CONTENT_HEADERS,
  type Decision,
  ESTADOS_PREVIOS,
  hojaOf,
  kindOfHoja,
  LOCKED_HEADERS,
  NO_VERIFICADA,
  REQUIERE_NUEVA,
} from '../../domain/authorization';
import { type Cell, text, toCell } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { isAppError, messageOf } from '../../domain/errors';
import { DECISIONES, SHEET } from '../../domain/schema';
import { idOfRow, rowMatchesHuella } from './authorization.content';
import { parseComentario, recordDecision, validateForDecision, Workset } from './authorize';
import { Bitacora } from '../shared/bitacora';
import { withDocumentLockIfFree } from '../shared/doc-lock';
import { readConfig, readConfigValues } from '../shared/config';
import { handOver } from '../shared/titular-change';
import { locateConfig } from '../../domain/config.sheet';
import { Ledger } from './ledger';
import type { LedgerEntry } from './ledger';
import { ports, type SheetTable } from '../shared/ports';
import { TitularDigest } from './titular-digest';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;
type Mode = 'simple' | 'installable';

/** Document property where ensureTriggers() (src/gas/triggers.ts) keeps the installable ON_EDIT trigger's id. */
export const EDIT_TRIGGER_PROPERTY = 'DIFUSION_TRIGGER_EDIT_ID';

/** True when the installable edit trigger is recorded, so the simple onEdit leaves the work to it (one action per edit). */
export function installableEditTriggerRecorded(): boolean {
  try {
    return !!ports().props.document().get(EDIT_TRIGGER_PROPERTY);
  } catch {
    return false;
  }
}

interface Span {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  single: boolean;
}

/** What an edit did, for tests and for the toast. */
export interface GuardOutcome {
  registradas: number;
  revertidas: number;
  noVerificadas: number;
  anuladas: number;
}

const NONE: GuardOutcome = { registradas: 0, revertidas: 0, noVerificadas: 0, anuladas: 0 };

/** Entry for both triggers. The simple one acts only when no installable edit trigger is recorded. */
export function guardEdit(e: EditEvent | undefined, mode: Mode): GuardOutcome {
  if (!e || !e.range) return NONE;
  if (mode === 'simple' && installableEditTriggerRecorded()) return NONE;
  const range = e.range;
  const sheetName = range.getSheet().getName();
  if (sheetName === SHEET.autorizaciones) {
    reportLedgerEdit(e);
    return NONE;
  }
  if (sheetName === SHEET.bitacora) return withDocumentLockIfFree(() => revertBitacoraEdit(e));
  if (sheetName === SHEET.config) {
    checkConfigEdit(e);
    return NONE;
  }
  const kind = kindOfHoja(sheetName);
  if (!kind) return NONE;
  const row = range.getRow();
  const rows = range.getNumRows();
  const col = range.getColumn();
  const cols = range.getNumColumns();
  const span: Span = { r0: Math.max(row, 2), r1: row + rows - 1, c0: col - 1, c1: col + cols - 2, single: rows === 1 && cols === 1 };
  if (span.r1 < span.r0) return NONE;
  // The header row first (one read): an edit that misses the locked and content columns costs nothing more.
  const header = ports().workbook.readHeader(kind, e.source);
  if (!header || !touchesGuarded(header, kind, span)) return NONE;
  return withDocumentLockIfFree(() => guardLocked(e, kind, span));
}

/** Whether the edited columns include a locked or (for Calendario/Boletines) a content column. */
function touchesGuarded(header: string[], kind: AuthKind, span: Span): boolean {
  const guarded: readonly string[] = kind === 'propuestas' ? LOCKED_HEADERS[kind] : [...LOCKED_HEADERS[kind], ...CONTENT_HEADERS[kind]];
  for (let c = span.c0; c <= span.c1 && c < header.length; c++) if (guarded.indexOf(header[c]) >= 0) return true;
  return false;
}

function colsIn(t: SheetTable<AuthKind>, headers: readonly string[], span: Span): string[] {
  const out: string[] = [];
  for (const h of headers) {
    const has = (t as SheetTable<'calendario'>).has(h as 'ID');
    if (!has) continue;
    const c = (t as SheetTable<'calendario'>).colOf(h as 'ID');
    if (c >= span.c0 && c <= span.c1) out.push(h);
  }
  return out;
}

function guardLocked(e: EditEvent, kind: AuthKind, span: Span): GuardOutcome {
  const ws = new Workset(e.source);
  // Only the edited rows are read (two reads whatever the sheet's size); row i of `t` is sheet row span.r0 + i.
  const t = ports().workbook.openTableRows(kind, span.r0, span.r1, e.source) as SheetTable<AuthKind> | null;
  if (!t) return NONE;
  ws.adopt(kind, t);
  const locked = colsIn(t, LOCKED_HEADERS[kind], span);
  const content = kind === 'propuestas' ? [] : colsIn(t, CONTENT_HEADERS[kind], span);
  if (locked.length === 0 && content.length === 0) return NONE;
  const first = 0;
  let last = t.rows.length - 1;
  // Empty rows at the end of the edit (a paste reaching past the data) are not items.
  while (last >= first && t.rows[last].every((c) => c === '')) last--;
  if (last < first) return NONE;

  let config: Config;
  try {
    config = readConfig(e.source);
  } catch (err) {
    // Without a Titular nobody's typed authorization can count; leave a trace.
    const b = new Bitacora();
    b.add({ accion: 'Edición sin verificar', elemento: hojaOf(kind), detalle: `No se pudo leer la configuración: ${messageOf(err)}` });
    b.flush(e.source);
    return NONE;
  }
  const titular = config.titular.trim().toLowerCase();
  const editor = editorEmail(e);
  const bitacora = new Bitacora();
  const digest = new TitularDigest(titular, config.modoEnsayo);
  const out: GuardOutcome = { ...NONE };
  const toasts: string[] = [];
  const now = new Date();
  const decisionHeader = LOCKED_HEADERS[kind][0];
  const cells = t as unknown as SheetTable<'calendario'>;

  for (let i = first; i <= last; i++) {
    const id = idOfRow(kind, t, i) || `(fila ${t.sheetRow(i)})`;
    const what = `${hojaOf(kind)} ${id}`;
    if (locked.length > 0) {
      const latest = ws.ledger.latestOf(hojaOf(kind), id);
      if (editor && editor === titular && locked.indexOf(decisionHeader) >= 0) {
        const typed = text(cells.get(i, decisionHeader as 'Autorización'));
        // Other locked cells the Titular typed are not decisions: they are rewritten by the record.
        // Typing a decision in the sheet decides on what the row holds at this moment — the content she sees beside the
        // cell — so it carries no panel fingerprint (unlike decidir, which refuses content changed after the panel loaded).
        if ((DECISIONES as readonly string[]).indexOf(typed) >= 0) {
          const decision = typed as Decision;
          if (alreadyRecorded(latest, decision, titular, kind, t, i, now)) continue;
          try {
            validateForDecision(ws, kind, i, id, decision);
            const typedComment = kind === 'propuestas' ? text((t as SheetTable<'propuestas'>).get(i, 'Comentario')) : text(cells.get(i, 'Comentario de la Titular'));
            // Same rule as the sidebar: asking for changes needs the comment (typed first in the comment column).
            const comentario = parseComentario(typedComment, decision === 'Cambios solicitados');
            recordDecision(ws, bitacora, kind, i, decision, comentario, titular, 'edición de celda', now);
            out.registradas++;
          } catch (err) {
            if (!isAppError(err)) throw err;
            restore(cells, kind, i, locked, span, e, latest);
            bitacora.add({ accion: 'Autorización no registrada', elemento: what, detalle: `La Titular escribió «${typed}», pero no se registró: ${err.message}`, usuario: titular });
            toasts.push(err.message);
            out.revertidas++;
          }
        } else if (typed === '') {
          if (ws.ledger.exists()) ws.ledger.append({ fecha: now, hoja: hojaOf(kind), elemento: id, decision: ANULADA, por: titular, huella: '', comentario: 'La Titular borró la decisión.' });
          bitacora.add({ accion: 'Decisión retirada', elemento: what, detalle: 'La Titular borró la decisión de la celda; la autorización ya no cuenta.', usuario: titular });
          out.anuladas++;
        } else {
          restore(cells, kind, i, locked, span, e, latest);
          out.revertidas++;
        }
      } else if (editor && editor === titular && locked.length === 1 && locked[0] === LOCKED_HEADERS[kind][3]) {
        // The Titular wrote in her own comment column: kept; it is the comment her next decision records.
        bitacora.add({ accion: 'Comentario de la Titular', elemento: what, detalle: `La Titular escribió un comentario en ${locked[0]}; se registra con su próxima decisión.`, usuario: titular });
      } else if (editor && editor === titular) {
        // The Titular typed into «Autorizado por» / «Fecha»: those are written by the add-on only.
        restore(cells, kind, i, locked, span, e, latest);
        bitacora.add({ accion: 'Edición revertida', elemento: what, detalle: `Se restauró ${locked.join(', ')}: esas columnas las escribe Difusión ICM al registrar la decisión.`, usuario: titular });
        out.revertidas++;
      } else if (editor) {
        const typed = span.single ? String(e.value ?? '') : '(varias celdas)';
        restore(cells, kind, i, locked, span, e, latest);
        bitacora.add({ accion: 'Edición no autorizada revertida', elemento: what, detalle: `${editor} escribió «${typed}» en ${locked.join(', ')}; solo la Titular decide. Se restauró el valor anterior.`, usuario: editor });
        digest.add(`${what}: ${editor} intentó escribir «${typed}» en ${locked.join(', ')}; se revirtió.`);
        toasts.push('Solo la Titular puede autorizar. Se restauró el valor anterior.');
        out.revertidas++;
      } else {
        if (latest && latest.record && latest.record.decision === NO_VERIFICADA && text(cells.get(i, decisionHeader as 'Autorización')) === NO_VERIFICADA) continue;
        const typed = span.single ? String(e.value ?? '') : '(varias celdas)';
        cells.set(i, decisionHeader as 'Autorización', NO_VERIFICADA);
        if (ws.ledger.exists()) ws.ledger.append({ fecha: now, hoja: hojaOf(kind), elemento: id, decision: NO_VERIFICADA, por: '', huella: '', comentario: `Valor escrito: ${typed}` });
        bitacora.add({ accion: 'Autorización no verificada', elemento: what, detalle: `Se escribió «${typed}» en ${locked.join(', ')} sin correo verificable del usuario; no cuenta como autorización.`, usuario: '(sin correo)' });
        digest.add(`${what}: alguien sin correo verificable escribió «${typed}» en ${locked.join(', ')}; quedó como «${NO_VERIFICADA}» y no cuenta.`);
        toasts.push(`No se pudo verificar quién escribió la autorización: quedó como «${NO_VERIFICADA}».`);
        out.noVerificadas++;
      }
    }
    if (content.length > 0) {
      if (voidIfChanged(ws, cells, kind, t, i, id, content, editor, now, bitacora, digest)) {
        out.anuladas++;
        toasts.push(`Se modificó contenido autorizado de ${id}: requiere nueva autorización de la Titular.`);
      }
    }
  }

  for (const err of ws.flushEach()) {
    bitacora.add({ accion: 'Edición no procesada', elemento: hojaOf(kind), detalle: `No se pudo escribir el resultado de la revisión de la edición: ${err}` });
    digest.add(`${hojaOf(kind)}: no se pudo aplicar la revisión de una edición (${err}).`);
  }
  digest.send(bitacora);
  bitacora.flush(e.source);
  if (toasts.length > 0) {
    try {
      ports().workbook.toast(e.source, toasts.slice(0, 3).join(' '), 'Difusión ICM', 10);
    } catch {
      // a toast is a courtesy
    }
  }
  return out;
}

function editorEmail(e: EditEvent): string {
  try {
    const u = e.user as GoogleAppsScript.Base.User | undefined;
    return u && typeof u.getEmail === 'function' ? (u.getEmail() || '').trim().toLowerCase() : '';
  } catch {
    return '';
  }
}

/** Idempotence: the other trigger (or a retry) already recorded this very decision for this very content. */
function alreadyRecorded(latest: LedgerEntry | null, decision: Decision, titular: string, kind: AuthKind, t: SheetTable<AuthKind>, i: number, now: Date): boolean {
  const r = latest && latest.record;
  if (!r || r.decision !== decision || r.por !== titular) return false;
  if (Math.abs(now.getTime() - r.fecha.getTime()) > 120000) return false;
  return rowMatchesHuella(kind, t, i, r.huella);
}

/** Puts the locked cells of row i back: the typed cell to e.oldValue, anything else to the ledger's latest record. */
function restore(cells: SheetTable<'calendario'>, kind: AuthKind, i: number, locked: string[], span: Span, e: EditEvent, latest: LedgerEntry | null): void {
  const r = latest && latest.record;
  const [hDecision, hPor, hFecha, hComentario] = LOCKED_HEADERS[kind];
  for (const h of locked) {
    let v: Cell;
    if (span.single) v = e.oldValue === undefined || e.oldValue === null ? '' : String(e.oldValue);
    else if (h === hDecision) v = r && r.decision !== ANULADA ? r.decision : '';
    else if (h === hPor) v = r ? r.por : '';
    else if (h === hFecha) v = r ? r.fecha : '';
    else if (h === hComentario) v = r ? r.comentario : '';
    else v = '';
    if (span.single && h === hFecha && r && v !== '') v = r.fecha;
    cells.set(i, h as 'Autorización', v);
  }
}

/** A content edit of an item whose latest decision is Autorizado and whose fingerprint changed: Estado and ledger say void. */
export function voidIfChanged(
  ws: Workset,
  cells: SheetTable<'calendario'>,
  kind: AuthKind,
  t: SheetTable<AuthKind>,
  i: number,
  id: string,
  content: string[],
  editor: string,
  now: Date,
  bitacora: Bitacora,
  digest: TitularDigest,
): boolean {
  const latest = ws.ledger.latestOf(hojaOf(kind), id);
  const r = latest && latest.record;
  const cellSays = text(cells.get(i, 'Autorización'));
  if (!(r && r.decision === AUTORIZADO) && cellSays !== AUTORIZADO) return false;
  if (r && r.decision === AUTORIZADO && rowMatchesHuella(kind, t, i, r.huella)) return false;
  const what = `${hojaOf(kind)} ${id}`;
  if (ESTADOS_PREVIOS.indexOf(text(cells.get(i, 'Estado'))) >= 0) cells.set(i, 'Estado', REQUIERE_NUEVA);
  const alreadyVoid = !!(r && r.decision === ANULADA);
  if (!alreadyVoid && ws.ledger.exists()) {
    ws.ledger.append({ fecha: now, hoja: hojaOf(kind), elemento: id, decision: ANULADA, por: editor, huella: r ? r.huella : '', comentario: `Se modificó ${content.join(', ')} después de autorizarse.` });
  }
  bitacora.add({ accion: 'Autorización anulada', elemento: what, detalle: `${editor || 'Un usuario sin correo verificable'} modificó ${content.join(', ')} después de la autorización; requiere nueva autorización.`, usuario: editor || '(sin correo)' });
  if (!alreadyVoid) digest.add(`${what}: ${editor || 'alguien'} modificó ${content.join(', ')} después de su autorización; requiere nueva autorización.`);
  return true;
}

/** A hand edit of the ledger never counts (its signature fails); it is logged and reported to the Titular. */
function reportLedgerEdit(e: EditEvent): void {
  try {
    const config = readConfig(e.source);
    const editor = editorEmail(e);
    const bitacora = new Bitacora();
    const digest = new TitularDigest(config.titular.trim().toLowerCase(), config.modoEnsayo);
    const where = e.range.getA1Notation();
    bitacora.add({
      accion: 'Edición manual de Autorizaciones',
      elemento: `${SHEET.autorizaciones} ${where}`,
      detalle: `${editor || 'Alguien sin correo verificable'} escribió a mano en el registro de autorizaciones; las filas sin firma válida no cuentan.`,
      usuario: editor || '(sin correo)',
    });
    digest.add(`${editor || 'Alguien sin correo verificable'} escribió a mano en la hoja «${SHEET.autorizaciones}» (${where}); esas filas no cuentan como autorización.`);
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

/**
 * The Bitácora is written only by the add-on (script writes fire no onEdit): any edit event on it is a person typing.
 * A single cell is put back (e.oldValue, or cleared when it was empty) BEFORE the log row is appended, so rows stay
 * contiguous; a multi-cell edit cannot be undone from the event and is reported («Verificar bitácora» finds the rows).
 */
function revertBitacoraEdit(e: EditEvent): GuardOutcome {
  const range = e.range;
  const editor = editorEmail(e);
  const who = editor || 'Alguien sin correo verificable';
  const where = `${SHEET.bitacora}!${range.getA1Notation()}`;
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  let detalle: string;
  let revertidas = 0;
  if (single) {
    const typed = String(e.value ?? '');
    try {
      range.setValue(previousBitacoraValue(e, range.getColumn()));
      ports().workbook.flush();
      revertidas = 1;
      detalle = `${who} escribió «${typed}» en ${where}; la Bitácora la escribe solo Difusión ICM. Se restauró el valor anterior.`;
    } catch (err) {
      detalle = `${who} escribió «${typed}» en ${where}; no se pudo restaurar (${messageOf(err)}). Use «Verificar bitácora».`;
    }
  } else {
    detalle = `${who} modificó varias celdas (${where}); la Bitácora la escribe solo Difusión ICM. No se pueden restaurar desde la edición: «Verificar bitácora» señala las filas alteradas.`;
  }
  const bitacora = new Bitacora();
  bitacora.add({ accion: 'Edición manual de la Bitácora revertida', elemento: where, detalle, usuario: editor || '(sin correo)' });
  try {
    const config = readConfig(e.source);
    const digest = new TitularDigest(config.titular.trim().toLowerCase(), config.modoEnsayo);
    digest.add(`${who} escribió a mano en la hoja «${SHEET.bitacora}» (${where}); ${single && revertidas ? 'se restauró el valor anterior' : 'no se pudo restaurar: revise con «Verificar bitácora»'}.`);
    digest.send(bitacora);
  } catch (err) {
    bitacora.add({ accion: 'Aviso a la Titular no enviado', elemento: SHEET.bitacora, detalle: `No se pudo leer la configuración: ${messageOf(err)}` });
  }
  bitacora.flush(e.source);
  try {
    ports().workbook.toast(e.source, 'La Bitácora la escribe solo Difusión ICM: se deshizo la edición manual.', 'Difusión ICM', 10);
  } catch {
    // a toast is a courtesy
  }
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
      ledger.append({ fecha: new Date(), hoja: SHEET.config, elemento: 'Titular', decision: AUTORIZADO, por: editor, huella: ports().signer.sha256Hex(next), comentario: `Entrega de la titularidad a ${next}.` });
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
function checkConfigEdit(e: EditEvent): void {
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
    try {
      ports().workbook.toast(e.source, configInvalidToast(err.message), 'Difusión ICM', 30);
    } catch {
      // a toast is a courtesy
    }
  }
}
