// Authorization use cases: the Titular (verified by Session) authorizes, rejects or asks for changes; one signed ledger record per item.
import {
  accionDe,
  type AuthKind,
  AUTH_KINDS,
  COMENTARIO_MAX,
  type Decision,
  ESTADOS_PREVIOS,
  estadoPorDecision,
  hojaOf,
  LOTE_MAX,
  parseRedes,
} from '../../domain/authorization';
import { text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { cellDate, horaMinutos } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { validatePostTexts } from '../../domain/post-limits';
import { DECISIONES, REDES, SHEET } from '../../domain/schema';
import { textsOfRow } from './authorization.content';
import { fingerprintOfRow, huellaToRecord, idOfRow } from './authorization.content';
import { Bitacora, logBitacora } from '../shared/index';
import { tryReadConfig } from '../shared/index';
import { underDocumentLock } from '../shared/index';
import { Workset } from './workset';
import type { SheetTable } from '../shared/index';
import { rolOf, verifiedEmail } from '../shared/index';
import { assertMay, may } from '../../domain/permissions';

/** An item and the fingerprint of the content the Titular reviewed (the panel's PendienteApi.huella). */
export interface ItemRef {
  hoja: AuthKind;
  id: string;
  huella: string;
}

export interface DecisionResult {
  decision: Decision;
  elementos: Array<{ hoja: AuthKind; id: string; huella: string }>;
  /** Spanish summary for a toast. */
  mensaje: string;
}

export { Workset } from './workset';

/** Where a decision came from, for the Bitácora. */
export type Origen = 'panel' | 'edición de celda';

function kindName(kind: AuthKind): string {
  return kind === 'calendario' ? 'publicación' : kind === 'boletines' ? 'boletín' : 'propuesta';
}

/** Brief, safe description of arbitrary arguments for the Bitácora (a forged call may carry anything). */
function describeArgs(args: unknown[]): string {
  let s: string;
  try {
    s = JSON.stringify(args) ?? '';
  } catch {
    s = '(argumentos no serializables)';
  }
  return s.length > 300 ? s.slice(0, 300) + '…' : s;
}

/**
 * Refuses (AppError NO_AUTORIZADO, logged) unless the person running is the configured Titular. Runs before looking
 * at any argument, so a forged google.script.run call is refused whatever it carries.
 */
export function requireTitular(accion: string, args: unknown[]): { config: Config; titular: string } {
  const user = verifiedEmail();
  const { config, error: configError } = tryReadConfig();
  const titular = config ? config.titular.trim().toLowerCase() : '';
  if (!config || !may(rolOf(config, user), 'decidir')) {
    const detalle = `${user || 'Un usuario sin correo verificado'} intentó «${accion}» sin ser la Titular. Argumentos: ${describeArgs(args)}${configError ? '. Configuración: ' + configError : ''}`;
    try {
      logBitacora({ accion: 'Intento de autorización rechazado', elemento: 'Autorizaciones', detalle, usuario: user || '(sin correo)' });
    } catch {
      // Someone outside the roles cannot write the protected Bitácora: the execution log keeps the trace.
      console.warn('Intento de autorización rechazado: ' + detalle);
    }
    if (!config) throw new AppError('CONFIG_INVALID', configError);
    assertMay('Sin rol', 'decidir');
  }
  return { config, titular };
}

/** Validates and normalizes references sent by the sidebar (or by anyone). */
export function parseRefs(raw: unknown): ItemRef[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new AppError('SELECCION_VACIA', 'Seleccione al menos un elemento.');
  }
  if (raw.length > LOTE_MAX) {
    throw new AppError('SELECCION_GRANDE', `Puede decidir hasta ${LOTE_MAX} elementos a la vez; seleccionó ${raw.length}.`);
  }
  const out: ItemRef[] = [];
  const seen = new Set<string>();
  for (const r of raw) out.push(parseRef(r));
  for (const r of out) {
    const k = r.hoja + '|' + r.id;
    if (seen.has(k)) throw new AppError('SELECCION_REPETIDA', `La ${kindName(r.hoja)} ${r.id} aparece dos veces en la selección.`);
    seen.add(k);
  }
  return out;
}

export function parseRef(r: unknown): ItemRef {
  const o = (typeof r === 'object' && r !== null ? r : {}) as { hoja?: unknown; id?: unknown; huella?: unknown };
  const hoja = typeof o.hoja === 'string' ? (o.hoja as AuthKind) : null;
  if (!hoja || AUTH_KINDS.indexOf(hoja) < 0) {
    throw new AppError('ELEMENTO_INVALIDO', 'El elemento indicado no es una propuesta, una publicación ni un boletín.');
  }
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id).trim() : '';
  if (!id || id.length > 64) throw new AppError('ELEMENTO_INVALIDO', `Falta el identificador de la ${kindName(hoja)}.`);
  const huella = typeof o.huella === 'string' ? o.huella.trim().toLowerCase() : '';
  if (!/^[0-9a-f]{64}$/.test(huella)) {
    throw new AppError('HUELLA_REQUERIDA', `No se sabe qué versión de la ${kindName(hoja)} revisó; pulse «Actualizar» y vuelva a decidir.`);
  }
  return { hoja, id, huella };
}

export function parseComentario(raw: unknown, requerido: boolean): string {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') {
    throw new AppError('COMENTARIO_INVALIDO', 'El comentario debe ser texto.');
  }
  const c = (raw ?? '').trim();
  if (requerido && !c) throw new AppError('COMENTARIO_REQUERIDO', 'Escriba un comentario que explique los cambios que solicita.');
  if (c.length > COMENTARIO_MAX) {
    throw new AppError('COMENTARIO_LARGO', `El comentario mide ${c.length} caracteres; el máximo es ${COMENTARIO_MAX}.`);
  }
  return c;
}

/** Checks that an item may receive the decision (content complete and publishable when authorizing). Throws in Spanish. */
export function validateForDecision(ws: Workset, kind: AuthKind, i: number, id: string, decision: Decision): void {
  if (decision !== 'Autorizado') return;
  if (kind === 'calendario') {
    const t = ws.table('calendario') as SheetTable<'calendario'>;
    if (!cellDate(t.get(i, 'Fecha'))) throw new AppError('FECHA_INVALIDA', `La publicación ${id} no tiene una fecha válida.`);
    const h = t.get(i, 'Hora');
    if (text(h) !== '' && !horaMinutos(h)) throw new AppError('HORA_INVALIDA', `La hora de la publicación ${id} no es válida (use HH:mm, por ejemplo 10:00).`);
    const redes = parseRedes(t.get(i, 'Redes'));
    if (redes.length === 0) throw new AppError('REDES_VACIAS', `La publicación ${id} no indica en qué redes se publica.`);
    const unknown = redes.filter((r) => REDES.indexOf(r) < 0);
    if (unknown.length) throw new AppError('REDES_INVALIDAS', `La publicación ${id} indica redes desconocidas: ${unknown.join(', ')}.`);
    const problems = validatePostTexts(textsOfRow(t, i), redes);
    if (problems.length) throw new AppError('TEXTO_INVALIDO', `La publicación ${id} no puede autorizarse: ${problems.map((p) => p.mensaje).join(' ')}`);
  } else if (kind === 'boletines') {
    const t = ws.table('boletines') as SheetTable<'boletines'>;
    if (!text(t.get(i, 'Título'))) throw new AppError('TITULO_VACIO', `El boletín ${id} no tiene título.`);
    if (!cellDate(t.get(i, 'Fecha'))) throw new AppError('FECHA_INVALIDA', `El boletín ${id} no tiene una fecha válida.`);
  }
}

/**
 * Writes one decision whose author is already verified, fingerprinting the row as it is now (the panel path has
 * already checked that this equals what the Titular reviewed; the typed-cell path decides on what the row shows): the
 * locked columns of the row, the Estado (only before
 * publication), the signed ledger record and the Bitácora line. Nothing reaches the sheet until ws.flush().
 */
export function recordDecision(
  ws: Workset,
  bitacora: Bitacora,
  kind: AuthKind,
  i: number,
  decision: Decision,
  comentario: string,
  por: string,
  origen: Origen,
  now: Date,
): { id: string; huella: string } {
  const t = ws.table(kind);
  const id = idOfRow(kind, t, i);
  const { stored, hex: huella } = huellaToRecord(kind, t, i);
  const rec = ws.ledger.append({ fecha: now, hoja: hojaOf(kind), elemento: id, decision, por, huella: stored, comentario });
  if (kind === 'propuestas') {
    const p = t as SheetTable<'propuestas'>;
    p.set(i, 'Decisión', decision);
    p.set(i, 'Decidido por', por);
    p.set(i, 'Fecha de decisión', rec.fecha);
    p.set(i, 'Comentario', comentario);
    p.set(i, 'Estado', estadoPorDecision(kind, decision));
  } else {
    const c = t as SheetTable<'calendario' | 'boletines'>;
    c.set(i, 'Autorización', decision);
    c.set(i, 'Autorizado por', por);
    c.set(i, 'Fecha de autorización', rec.fecha);
    if (c.has('Comentario de la Titular')) c.set(i, 'Comentario de la Titular', comentario);
    if (ESTADOS_PREVIOS.indexOf(text(c.get(i, 'Estado'))) >= 0) c.set(i, 'Estado', estadoPorDecision(kind, decision));
  }
  bitacora.add({
    accion: accionDe(decision),
    elemento: `${hojaOf(kind)} ${id}`,
    detalle: `${decision} por ${por} (${origen}). Huella SHA-256 ${stored}.${comentario ? ' Comentario: ' + comentario : ''}`,
    usuario: por,
    fecha: rec.fecha,
  });
  return { id, huella };
}

/** The one path for the sidebar's decisions: identity first, then (under the document lock) every check, then all writes. */
export function decidir(refsRaw: unknown, decision: Decision, comentarioRaw: unknown, accion: string): DecisionResult {
  const { titular } = requireTitular(accion, [refsRaw, comentarioRaw]);
  if ((DECISIONES as readonly string[]).indexOf(decision) < 0) throw new AppError('DECISION_INVALIDA', 'Decisión no válida.');
  const refs = parseRefs(refsRaw);
  const comentario = parseComentario(comentarioRaw, decision === 'Cambios solicitados');
  return underDocumentLock(() => {
    const ws = new Workset();
    if (!ws.ledger.exists()) {
      throw new AppError('SHEET_MISSING', `Falta la hoja «${SHEET.autorizaciones}». Ejecute «Configurar» en el menú Difusión ICM.`);
    }
    const rows: Array<{ ref: ItemRef; i: number }> = [];
    for (const ref of refs) {
      const i = ws.find(ref.hoja, ref.id);
      if (i < 0) throw new AppError('ELEMENTO_DESCONOCIDO', `No existe la ${kindName(ref.hoja)} «${ref.id}» en la hoja «${SHEET[ref.hoja]}».`);
      validateForDecision(ws, ref.hoja, i, ref.id, decision);
      rows.push({ ref, i });
    }
    // The Titular decides on what her panel showed: content changed since then is refused, the whole selection at once.
    const changed = rows.filter(({ ref, i }) => fingerprintOfRow(ref.hoja, ws.table(ref.hoja), i) !== ref.huella);
    if (changed.length > 0) {
      const names = changed.map(({ ref }) => `${kindName(ref.hoja)} ${ref.id}`).join(', ');
      throw new AppError('CONTENIDO_CAMBIO', `El contenido cambió después de que lo revisó; pulse «Actualizar» para ver la versión nueva. Cambió: ${names}.`);
    }
    const bitacora = new Bitacora();
    const now = new Date();
    const elementos = rows.map(({ ref, i }) => {
      const r = recordDecision(ws, bitacora, ref.hoja, i, decision, comentario, titular, 'panel', now);
      return { hoja: ref.hoja, id: r.id, huella: r.huella };
    });
    ws.flush();
    bitacora.flush();
    const n = elementos.length;
    const mensaje = mensajeDecision(decision, n, (rows[0].ref.hoja === 'boletines' ? 'el ' : 'la ') + kindName(rows[0].ref.hoja));
    return { decision, elementos, mensaje };
  });
}

/** «Se autorizó la publicación», «Se autorizaron 3 elementos», «Se solicitaron cambios a la propuesta» (agreement with the count). */
export function mensajeDecision(decision: Decision, n: number, uno: string): string {
  const que = n === 1 ? uno : `${n} elementos`;
  if (decision === 'Cambios solicitados') return `Se solicitaron cambios a ${que}.`;
  const verbo = decision === 'Autorizado' ? 'autoriz' : 'rechaz';
  return n === 1 ? `Se ${verbo}ó ${que}.` : `Se ${verbo}aron ${que}.`;
}

export function autorizar(ref: unknown): DecisionResult {
  return decidir([ref], 'Autorizado', '', 'Autorizar');
}

export function rechazar(ref: unknown, comentario: unknown): DecisionResult {
  return decidir([ref], 'Rechazado', comentario, 'Rechazar');
}

export function solicitarCambios(ref: unknown, comentario: unknown): DecisionResult {
  return decidir([ref], 'Cambios solicitados', comentario, 'Solicitar cambios');
}

export function autorizarVarios(refs: unknown): DecisionResult {
  return decidir(refs, 'Autorizado', '', 'Autorizar varios');
}

