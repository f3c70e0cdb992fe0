// What the author sees of what she sent to the Titular: waiting, decided, or returned with the Titular's comment to edit and send again.
import { REQUIERE_NUEVA } from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { cellYmd, ymd } from '../../domain/dates';
import { parseRedes } from '../../domain/authorization';
import type { SolicitudApi } from './sidebar.api';
import { ports } from '../shared/index';
import { requestOpen } from './pendientes';

function estadoPublicacion(decision: string, estado: string, abierta: boolean): string {
  if (estado === REQUIERE_NUEVA) return REQUIERE_NUEVA;
  if (abierta) return 'En espera de la Titular';
  if (decision === 'Autorizado') return estado && estado !== 'Autorizado' ? estado : 'Autorizada';
  if (decision === 'Rechazado') return 'Rechazada';
  if (decision === 'Cambios solicitados') return 'Cambios solicitados';
  return 'En espera de la Titular';
}

function propuestasDe(user: string, out: SolicitudApi[]): void {
  const t = ports().workbook.tryOpenTable('propuestas');
  if (!t) return;
  const g = (i: number, h: Parameters<typeof t.get>[1]): Cell => (t.has(h) ? t.get(i, h) : '');
  for (let i = t.rows.length - 1; i >= 0; i--) {
    const id = text(t.get(i, 'ID'));
    const autor = text(t.get(i, 'Propuesta por')).toLowerCase();
    if (!id || (autor !== user && text(g(i, 'Solicitada por')).toLowerCase() !== user)) continue;
    const estado = text(t.get(i, 'Estado'));
    const devuelta = estado === 'Cambios solicitados';
    out.push({
      hoja: 'propuestas', id, clase: 'Propuesta', titulo: text(t.get(i, 'Tema')),
      fecha: `del ${cellYmd(t.get(i, 'Del'))} al ${cellYmd(t.get(i, 'Al'))}`,
      estado: estado === 'Pendiente' || estado === '' ? 'En espera de la Titular' : estado,
      comentario: text(t.get(i, 'Comentario')), devuelta,
      propuesta: devuelta ? {
        tipo: text(t.get(i, 'Tipo')), tema: text(t.get(i, 'Tema')), direccion: text(t.get(i, 'Dirección')), marcoLegal: text(t.get(i, 'Marco legal')),
        descripcion: String(t.get(i, 'Descripción')), del: cellYmd(t.get(i, 'Del')), al: cellYmd(t.get(i, 'Al')), redes: parseRedes(t.get(i, 'Redes')),
      } : null,
    });
  }
}

function publicacionesDe(user: string, out: SolicitudApi[]): void {
  const cal = ports().workbook.tryOpenTable('calendario');
  if (!cal || !cal.has('Solicitada por')) return;
  const hoy = ymd(new Date());
  for (let i = 0; i < cal.rows.length; i++) {
    const id = text(cal.get(i, 'ID'));
    if (!id || text(cal.get(i, 'Solicitada por')).toLowerCase() !== user) continue;
    const fecha = cellYmd(cal.get(i, 'Fecha'));
    if (fecha < hoy) continue;
    const decision = text(cal.get(i, 'Autorización'));
    const abierta = requestOpen(cal.get(i, 'Fecha de solicitud'), cal.get(i, 'Fecha de autorización'));
    const estado = estadoPublicacion(decision, text(cal.get(i, 'Estado')), abierta);
    out.push({
      hoja: 'calendario', id, clase: 'Publicación', titulo: text(cal.get(i, 'Tema')), fecha, estado,
      comentario: text(cal.get(i, 'Comentario de la Titular')), devuelta: !abierta && (decision === 'Cambios solicitados' || estado === REQUIERE_NUEVA),
      propuesta: null,
    });
  }
}

/** The user's proposals (newest first) and the publications she sent to the Titular (by date). */
export function misSolicitudes(user: string): SolicitudApi[] {
  const out: SolicitudApi[] = [];
  const me = user.trim().toLowerCase();
  if (!me) return out;
  propuestasDe(me, out);
  publicacionesDe(me, out);
  return out;
}
