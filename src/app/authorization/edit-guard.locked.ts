// Edits of the Titular-only columns: her typed decision is recorded, her comment kept, anything else reverted or left unverified.
import { ANULADA, type AuthKind, type Decision, hojaOf, LOCKED_HEADERS } from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { isAppError } from '../../domain/errors';
import { DECISIONES } from '../../domain/schema';
import type { Bitacora } from '../shared/index';
import type { SheetTable } from '../shared/index';
import { rowMatchesHuella } from './authorization.content';
import { parseComentario, recordDecision, validateForDecision, type Workset } from './authorize';
import { type EditEvent, type GuardOutcome, SIN_CORREO, type Span } from './edit-event';
import type { LedgerEntry } from './ledger';
import type { TitularDigest } from './titular-digest';

/** One edited row of a locked column, with everything its handler needs. */
export interface LockedEdit {
  e: EditEvent;
  ws: Workset;
  kind: AuthKind;
  t: SheetTable<AuthKind>;
  span: Span;
  /** The locked headers inside the edit. */
  locked: string[];
  titular: string;
  editor: string;
  now: Date;
  bitacora: Bitacora;
  digest: TitularDigest;
  toasts: string[];
  out: GuardOutcome;
}

/** The row's cells through the Calendario header type (the three kinds share the locked-column names used here). */
function cellsOf(c: LockedEdit): SheetTable<'calendario'> {
  return c.t as unknown as SheetTable<'calendario'>;
}

/** Handles the locked columns of row i, by who typed and what; true when the row needs nothing more (already handled). */
export function guardLockedRow(c: LockedEdit, i: number, id: string): boolean {
  const latest = c.ws.ledger.latestOf(hojaOf(c.kind), id);
  const what = `${hojaOf(c.kind)} ${id}`;
  const byTitular = !!c.editor && c.editor === c.titular;
  if (byTitular && c.locked.indexOf(LOCKED_HEADERS[c.kind][0]) >= 0) return titularDecision(c, i, id, what, latest);
  if (byTitular && c.locked.length === 1 && c.locked[0] === LOCKED_HEADERS[c.kind][3]) {
    // The Titular wrote in her own comment column: kept; it is the comment her next decision records.
    const detalle = `La Titular escribió un comentario en ${c.locked[0]}; se registra con su próxima decisión.`;
    c.bitacora.add({ accion: 'Comentario de la Titular', elemento: what, detalle, usuario: c.titular });
  } else if (byTitular) {
    // The Titular typed into «Autorizado por» / «Fecha»: those are written by the add-on only.
    restore(c, i, latest);
    const detalle = `Se restauró ${c.locked.join(', ')}: esas columnas las escribe Difusión ICM al registrar la decisión.`;
    c.bitacora.add({ accion: 'Edición revertida', elemento: what, detalle, usuario: c.titular });
    c.out.revertidas++;
  } else if (c.editor) otherEditor(c, i, what, latest);
  else return unverified(c, i, what, latest);
  return false;
}

/**
 * The Titular typed in the decision column: a decision is recorded, a cleared cell withdraws it, anything else is put
 * back. True when this very decision was already recorded (nothing more to do for the row).
 */
function titularDecision(c: LockedEdit, i: number, id: string, what: string, latest: LedgerEntry | null): boolean {
  const cells = cellsOf(c);
  const typed = text(cells.get(i, LOCKED_HEADERS[c.kind][0] as 'Autorización'));
  // Other locked cells the Titular typed are not decisions: they are rewritten by the record.
  // Typing a decision in the sheet decides on what the row holds at this moment — the content she sees beside the
  // cell — so it carries no panel fingerprint (unlike decidir, which refuses content changed after the panel loaded).
  if ((DECISIONES as readonly string[]).indexOf(typed) >= 0) {
    const decision = typed as Decision;
    if (alreadyRecorded(c, i, latest, decision)) return true;
    try {
      validateForDecision(c.ws, c.kind, i, id, decision);
      const comentarioCol = c.kind === 'propuestas' ? (c.t as SheetTable<'propuestas'>).get(i, 'Comentario') : cells.get(i, 'Comentario de la Titular');
      // Same rule as the sidebar: asking for changes needs the comment (typed first in the comment column).
      const comentario = parseComentario(text(comentarioCol), decision === 'Cambios solicitados');
      recordDecision(c.ws, c.bitacora, c.kind, i, decision, comentario, c.titular, 'edición de celda', c.now);
      c.out.registradas++;
    } catch (err) {
      if (!isAppError(err)) throw err;
      restore(c, i, latest);
      const detalle = `La Titular escribió «${typed}», pero no se registró: ${err.message}`;
      c.bitacora.add({ accion: 'Autorización no registrada', elemento: what, detalle, usuario: c.titular });
      c.toasts.push(err.message);
      c.out.revertidas++;
    }
  } else if (typed === '') {
    if (c.ws.ledger.exists()) {
      c.ws.ledger.append({ fecha: c.now, hoja: hojaOf(c.kind), elemento: id, decision: ANULADA, por: c.titular, huella: '', comentario: 'La Titular borró la decisión.' });
    }
    const detalle = 'La Titular borró la decisión de la celda; la autorización ya no cuenta.';
    c.bitacora.add({ accion: 'Decisión retirada', elemento: what, detalle, usuario: c.titular });
    c.out.anuladas++;
  } else {
    restore(c, i, latest);
    c.out.revertidas++;
  }
  return false;
}

/** Someone else typed in a locked column: put back, logged, reported to the Titular. */
function otherEditor(c: LockedEdit, i: number, what: string, latest: LedgerEntry | null): void {
  const typed = c.span.single ? String(c.e.value ?? '') : '(varias celdas)';
  const cols = c.locked.join(', ');
  restore(c, i, latest);
  const detalle = `${c.editor} escribió «${typed}» en ${cols}; solo la Titular decide. Se restauró el valor anterior.`;
  c.bitacora.add({ accion: 'Edición no autorizada revertida', elemento: what, detalle, usuario: c.editor });
  c.digest.add(`${what}: ${c.editor} intentó escribir «${typed}» en ${cols}; se revirtió.`);
  c.toasts.push('Solo la Titular puede autorizar. Se restauró el valor anterior.');
  c.out.revertidas++;
}

/**
 * The event carried no e-mail: Google hides the e-mail of people outside the owner's Workspace domain (and between
 * gmail.com accounts). Fail closed — the previous value goes back — and tell the person where a decision can be made.
 */
function unverified(c: LockedEdit, i: number, what: string, latest: LedgerEntry | null): boolean {
  const typed = c.span.single ? String(c.e.value ?? '') : '(varias celdas)';
  const cols = c.locked.join(', ');
  restore(c, i, latest);
  const detalle = `Alguien cuyo correo Google no comparte con el complemento escribió «${typed}» en ${cols}; se restauró el valor anterior. Las decisiones se registran desde el panel.`;
  c.bitacora.add({ accion: 'Edición sin correo revertida', elemento: what, detalle, usuario: '(sin correo)' });
  c.digest.add(`${what}: alguien sin correo verificable escribió «${typed}» en ${cols}; se restauró el valor anterior.`);
  c.toasts.push(SIN_CORREO);
  c.out.revertidas++;
  return false;
}

/** Idempotence: the other trigger (or a retry) already recorded this very decision for this very content. */
function alreadyRecorded(c: LockedEdit, i: number, latest: LedgerEntry | null, decision: Decision): boolean {
  const r = latest && latest.record;
  if (!r || r.decision !== decision || r.por !== c.titular) return false;
  if (Math.abs(c.now.getTime() - r.fecha.getTime()) > 120000) return false;
  return rowMatchesHuella(c.kind, c.t, i, r.huella);
}

/** Puts the locked cells of row i back: the typed cell to e.oldValue, anything else to the ledger's latest record. */
function restore(c: LockedEdit, i: number, latest: LedgerEntry | null): void {
  const r = latest && latest.record;
  const [hDecision, hPor, hFecha, hComentario] = LOCKED_HEADERS[c.kind];
  const single = c.span.single;
  for (const h of c.locked) {
    let v: Cell;
    if (single) v = c.e.oldValue === undefined || c.e.oldValue === null ? '' : String(c.e.oldValue);
    else if (h === hDecision) v = r && r.decision !== ANULADA ? r.decision : '';
    else if (h === hPor) v = r ? r.por : '';
    else if (h === hFecha) v = r ? r.fecha : '';
    else if (h === hComentario) v = r ? r.comentario : '';
    else v = '';
    // A date cell's e.oldValue is its serial number as text: the date comes from the ledger's record, never from it.
    if (single && h === hFecha) v = r && r.decision !== ANULADA ? r.fecha : '';
    cellsOf(c).set(i, h as 'Autorización', v);
  }
}
