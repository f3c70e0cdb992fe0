// The request for the Titular's decision: the author sends a publication or proposal («Solicitar autorización»), gets it back, edits, resends.
import { parseRedes, REQUIERE_NUEVA } from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { cellDate, fechaCorta } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { validatePostTexts } from '../../domain/post-limits';
import { type PropuestaInput, redesText, validatePropuesta } from '../../domain/propuestas';
import { REDES, type Red, SHEET } from '../../domain/schema';
import type { GuardadoApi, SolicitarRefApi } from './sidebar.api';
import { logBitacora, ports, readConfig, requirePermiso, type SheetTable, underDocumentLock } from '../shared/index';
import { ownerOf } from '../workbook/index';

/** «la publicación del 7 de diciembre («tema»)»: how the staff name an item (no row ids). */
export function nombreDe(hoja: 'propuestas' | 'calendario', fecha: Cell, tema: string): string {
  const d = cellDate(fecha);
  const cuando = d ? ` del ${fechaCorta(d)}` : '';
  return hoja === 'propuestas' ? `la propuesta «${tema}»` : `la publicación${cuando}${tema ? ` («${tema}»)` : ''}`;
}

function parseSolicitarRef(raw: unknown): SolicitarRefApi {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as { hoja?: unknown; id?: unknown };
  const hoja = o.hoja === 'propuestas' || o.hoja === 'calendario' ? o.hoja : null;
  const id = typeof o.id === 'string' ? o.id.trim() : '';
  if (!hoja || !id || id.length > 64) throw new AppError('ELEMENTO_INVALIDO', 'Elija la publicación o la propuesta que quiere enviar a la Titular.');
  return { hoja, id };
}

/** Why a publication cannot be sent to the Titular yet (Spanish), or ''. */
function problemaDePublicacion(cal: SheetTable<'calendario'>, i: number): string {
  const estado = text(cal.get(i, 'Estado'));
  if (/publicad|enviad|publicando/i.test(estado)) return `ya está «${estado}»`;
  if (text(cal.get(i, 'Autorización')) === 'Autorizado' && estado !== REQUIERE_NUEVA) return 'ya está autorizada';
  if (!cellDate(cal.get(i, 'Fecha'))) return 'no tiene fecha';
  const redes = parseRedes(cal.get(i, 'Redes')).filter((r) => (REDES as readonly string[]).indexOf(r) >= 0) as Red[];
  if (redes.length === 0) return 'no indica en qué redes se publica';
  const problemas = validatePostTexts({ x: text(cal.get(i, 'Texto X')), facebook: text(cal.get(i, 'Texto Facebook')), web: text(cal.get(i, 'Texto web')) }, redes);
  return problemas.map((p) => p.mensaje).join(' ');
}

/** «Solicitar autorización»: marks a publication (or a proposal) as waiting for the Titular, who then finds it in her list. */
export function solicitarAutorizacion(raw: unknown, user: string): GuardadoApi {
  const cfg = readConfig();
  const ref = parseSolicitarRef(raw);
  const rol = requirePermiso(cfg, user, 'solicitarAutorizacion', ownerOf(ports().workbook.active()));
  return underDocumentLock(() => {
    const now = new Date();
    if (ref.hoja === 'calendario') {
      if (rol === 'Dirección') throw new AppError('SIN_PERMISO', 'Solo la Asistente o la Titular envían publicaciones a autorizar.');
      const cal = ports().workbook.openTable('calendario');
      const i = cal.find('ID', ref.id);
      if (i < 0) throw new AppError('ELEMENTO_DESCONOCIDO', 'Esa publicación ya no está en el calendario; pulse «Actualizar».');
      const nombre = nombreDe('calendario', cal.get(i, 'Fecha'), text(cal.get(i, 'Tema')));
      const problema = problemaDePublicacion(cal, i);
      if (problema) throw new AppError('NO_SE_PUEDE_SOLICITAR', `No se envió ${nombre} a la Titular: ${problema}`);
      cal.set(i, 'Solicitada por', user);
      cal.set(i, 'Fecha de solicitud', now);
      cal.flush();
      logBitacora({ accion: 'Solicitar autorización', elemento: `${SHEET.calendario} ${ref.id}`, detalle: `Se envió ${nombre} a la Titular.`, usuario: user });
      return { id: ref.id, mensaje: `Se envió ${nombre} a la Titular para su autorización.` };
    }
    const props = ports().workbook.openTable('propuestas');
    const i = props.find('ID', ref.id);
    if (i < 0) throw new AppError('ELEMENTO_DESCONOCIDO', 'Esa propuesta ya no está en la hoja; pulse «Actualizar».');
    const nombre = nombreDe('propuestas', '', text(props.get(i, 'Tema')));
    const estado = text(props.get(i, 'Estado'));
    if (estado !== 'Cambios solicitados' && estado !== 'Pendiente' && estado !== '') {
      throw new AppError('NO_SE_PUEDE_SOLICITAR', `No se envió ${nombre}: ya está «${estado}».`);
    }
    props.set(i, 'Estado', 'Pendiente');
    props.flush();
    // Its own write: a block from Estado to the request columns would cross the Titular's locked columns.
    props.set(i, 'Solicitada por', user);
    props.set(i, 'Fecha de solicitud', now);
    props.flush();
    logBitacora({ accion: 'Solicitar autorización', elemento: `${SHEET.propuestas} ${ref.id}`, detalle: `Se envió ${nombre} a la Titular.`, usuario: user });
    return { id: ref.id, mensaje: `Se envió ${nombre} a la Titular para su decisión.` };
  });
}

/** A proposal returned with «Cambios solicitados»: its author (or an Asistente) edits it and sends it again. */
export function reenviarPropuesta(idRaw: unknown, input: PropuestaInput, user: string): GuardadoApi {
  const cfg = readConfig();
  const rol = requirePermiso(cfg, user, 'corregirPropuestas', ownerOf(ports().workbook.active()));
  const id = typeof idRaw === 'string' ? idRaw.trim() : '';
  const p = validatePropuesta(input);
  return underDocumentLock(() => {
    const t = ports().workbook.openTable('propuestas');
    const i = id ? t.find('ID', id) : -1;
    if (i < 0) throw new AppError('ELEMENTO_DESCONOCIDO', 'Esa propuesta ya no está en la hoja; pulse «Actualizar».');
    const autor = text(t.get(i, 'Propuesta por')).toLowerCase();
    if (rol === 'Dirección' && autor !== user) throw new AppError('SIN_PERMISO', 'Solo quien hizo la propuesta, la Asistente o la Titular pueden corregirla.');
    if (text(t.get(i, 'Estado')) !== 'Cambios solicitados') {
      throw new AppError('NO_DEVUELTA', `La propuesta «${text(t.get(i, 'Tema'))}» no tiene cambios solicitados; no se puede corregir.`);
    }
    const [dy, dm, dd] = p.del.split('-').map(Number);
    const [ay, am, ad] = p.al.split('-').map(Number);
    const values: Array<[Parameters<typeof t.set>[1], Cell]> = [
      ['Tipo', p.tipo], ['Tema', p.tema], ['Dirección', p.direccion], ['Marco legal', p.marcoLegal], ['Descripción', p.descripcion],
      ['Del', new Date(dy, dm - 1, dd)], ['Al', new Date(ay, am - 1, ad)], ['Redes', redesText(p.redes)],
      ['Estado', 'Pendiente'],
    ];
    for (const [h, v] of values) t.set(i, h, v);
    t.flush();
    // Its own write: one block from the content to the request columns would cross the Titular's locked columns.
    t.set(i, 'Solicitada por', user);
    t.set(i, 'Fecha de solicitud', new Date());
    t.flush();
    logBitacora({ accion: 'Reenviar propuesta', elemento: `${SHEET.propuestas} ${id}`, detalle: `Se corrigió y se envió de nuevo la propuesta «${p.tema}».`, usuario: user });
    return { id, mensaje: `Se envió de nuevo la propuesta «${p.tema}» a la Titular.` };
  });
}
