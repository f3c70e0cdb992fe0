// The edit guard: typed authorizations count only from the Titular's verified e-mail; other edits reverted or unverified; content edits void.
import { type AuthKind, CONTENT_HEADERS, hojaOf, kindOfHoja, LOCKED_HEADERS } from '../../domain/authorization';
import type { Config } from '../../domain/config.types';
import { messageOf } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { withDocumentLockIfFree } from '../shared/index';
import { ports, type SheetTable } from '../shared/index';
import { idOfRow } from './authorization.content';
import { Workset } from './authorize';
import { courtesyToast, editorEmail, type EditEvent, type GuardOutcome, mayMail, NONE, type Span } from './edit-event';
import { guardLockedRow, type LockedEdit } from './edit-guard.locked';
import { checkConfigEdit, reportLedgerEdit, revertBitacoraEdit } from './edit-guard.sheets';
import { voidIfChanged } from './edit-guard.void';
import { TitularDigest } from './titular-digest';

export type { GuardOutcome } from './edit-event';
export { SIN_CORREO } from './edit-event';
export { configInvalidToast } from './edit-guard.sheets';
export { voidIfChanged } from './edit-guard.void';

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

/** The configuration, or null after leaving a trace (without a Titular nobody's typed authorization can count). */
function configOrTrace(e: EditEvent, kind: AuthKind): Config | null {
  try {
    return readConfig(e.source);
  } catch (err) {
    const b = new Bitacora();
    b.add({ accion: 'Edición sin verificar', elemento: hojaOf(kind), detalle: `No se pudo leer la configuración: ${messageOf(err)}` });
    b.flush(e.source);
    return null;
  }
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
  let last = t.rows.length - 1;
  // Empty rows at the end of the edit (a paste reaching past the data) are not items.
  while (last >= 0 && t.rows[last].every((c) => c === '')) last--;
  if (last < 0) return NONE;
  const config = configOrTrace(e, kind);
  if (!config) return NONE;
  const titular = config.titular.trim().toLowerCase();
  const c: LockedEdit = {
    e, ws, kind, t, span, locked, titular, editor: editorEmail(e), now: new Date(), bitacora: new Bitacora(),
    digest: new TitularDigest(titular, config.modoEnsayo, mayMail(e)), toasts: [], out: { ...NONE },
  };
  for (let i = 0; i <= last; i++) {
    const id = idOfRow(kind, t, i) || `(fila ${t.sheetRow(i)})`;
    if (locked.length > 0 && guardLockedRow(c, i, id)) continue;
    if (content.length > 0 && voidIfChanged(ws, kind, t, i, id, content, c)) {
      c.out.anuladas++;
      c.toasts.push(`Se modificó contenido autorizado de ${id}: requiere nueva autorización de la Titular.`);
    }
  }
  for (const err of ws.flushEach()) {
    c.bitacora.add({ accion: 'Edición no procesada', elemento: hojaOf(kind), detalle: `No se pudo escribir el resultado de la revisión de la edición: ${err}` });
    c.digest.add(`${hojaOf(kind)}: no se pudo aplicar la revisión de una edición (${err}).`);
  }
  c.digest.send(c.bitacora);
  c.bitacora.flush(e.source);
  if (c.toasts.length > 0) courtesyToast(e, c.toasts.slice(0, 3).join(' '), 10);
  return c.out;
}
