// A content edit of an authorized item whose fingerprint changed voids the authorization (Estado, ledger, Bitácora, Titular's notice).
import { ANULADA, type AuthKind, AUTORIZADO, ESTADOS_PREVIOS, hojaOf, REQUIERE_NUEVA } from '../../domain/authorization';
import { text } from '../../domain/cell';
import type { Bitacora } from '../shared/index';
import type { SheetTable } from '../shared/index';
import { rowMatchesHuella } from './authorization.content';
import type { Workset } from './authorize';
import type { TitularDigest } from './titular-digest';

/** Who changed what, and where the outcome goes. */
export interface VoidContext {
  editor: string;
  now: Date;
  bitacora: Bitacora;
  digest: TitularDigest;
}

/** A content edit of an item whose latest decision is Autorizado and whose fingerprint changed: Estado and ledger say void. */
export function voidIfChanged(ws: Workset, kind: AuthKind, t: SheetTable<AuthKind>, i: number, id: string, content: string[], c: VoidContext): boolean {
  const cells = t as unknown as SheetTable<'calendario'>;
  const { editor, now, bitacora, digest } = c;
  const latest = ws.ledger.latestOf(hojaOf(kind), id);
  const r = latest && latest.record;
  const cellSays = text(cells.get(i, 'Autorización'));
  if (!(r && r.decision === AUTORIZADO) && cellSays !== AUTORIZADO) return false;
  if (r && r.decision === AUTORIZADO && rowMatchesHuella(kind, t, i, r.huella)) return false;
  const what = `${hojaOf(kind)} ${id}`;
  if (ESTADOS_PREVIOS.indexOf(text(cells.get(i, 'Estado'))) >= 0) cells.set(i, 'Estado', REQUIERE_NUEVA);
  const alreadyVoid = !!(r && r.decision === ANULADA);
  if (!alreadyVoid && ws.ledger.exists()) {
    const comentario = `Se modificó ${content.join(', ')} después de autorizarse.`;
    ws.ledger.append({ fecha: now, hoja: hojaOf(kind), elemento: id, decision: ANULADA, por: editor, huella: r ? r.huella : '', comentario });
  }
  bitacora.add({
    accion: 'Autorización anulada',
    elemento: what,
    detalle: `${editor || 'Un usuario sin correo verificable'} modificó ${content.join(', ')} después de la autorización; requiere nueva autorización.`,
    usuario: editor || '(sin correo)',
  });
  if (!alreadyVoid) digest.add(`${what}: ${editor || 'alguien'} modificó ${content.join(', ')} después de su autorización; requiere nueva autorización.`);
  return true;
}
