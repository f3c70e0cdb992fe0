// «Registrar publicación manual»: records the permalink the Asistente pasted as the evidence of a post made by hand.
import { text } from '../domain/cell';
import { PROP } from '../domain/credential-keys';
import { AppError } from '../domain/errors';
import { fechaHora, formatState } from '../domain/publication';
import type { Red } from '../domain/schema';
import { logBitacora } from './bitacora';
import { readConfig } from './config';
import { ports } from './ports';
import { ENLACE_COL, ESTADO_COL, rowInfo, stateOf } from './publication-rows';
import { rowEstado } from '../domain/publication';

/** Which network a permalink belongs to, from its host. */
export function redDeEnlace(url: string, webHost: string): Red | null {
  const m = /^https:\/\/([^/?#]+)/i.exec(url.trim());
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^www\.|^m\./, '');
  if (host === 'x.com' || host === 'twitter.com') return 'X';
  if (host === 'facebook.com' || host === 'fb.com' || host === 'fb.watch') return 'Facebook';
  if (webHost && (host === webHost || host.endsWith('.' + webHost) || webHost.endsWith('.' + host))) return 'Web';
  return null;
}

/** Validates first, then writes the row and Bitácora. Returns the Spanish confirmation. */
export function registrarManual(id: string, enlace: string, user: string): string {
  const url = enlace.trim();
  if (!/^https:\/\/\S+$/i.test(url)) throw new AppError('ENLACE_INVALIDO', 'Pegue el enlace completo de la publicación (empieza con https://).');
  const props = ports().props.script().getAll();
  const siteUrl = props[PROP.wpUrl] || props[PROP.webhookUrl] || '';
  const webHost = (/^https:\/\/([^/?#]+)/i.exec(siteUrl)?.[1] ?? '').toLowerCase().replace(/^www\./, '');
  const red = redDeEnlace(url, webHost);
  if (!red) throw new AppError('ENLACE_DESCONOCIDO', 'El enlace no es de X, de Facebook ni del sitio web del Instituto.');
  const config = readConfig();
  const t = ports().workbook.openTable('calendario');
  const i = t.find('ID', id);
  if (i < 0) throw new AppError('FILA_NO_ENCONTRADA', `No existe la publicación ${id} en «Calendario».`);
  const info = rowInfo(t, i, config);
  if (!info || info.redes.indexOf(red) < 0) throw new AppError('RED_NO_PROGRAMADA', `La publicación ${id} no está programada para ${red === 'Web' ? 'el sitio web' : red}.`);
  const s = stateOf(t, i, red);
  if (s.kind === 'publicada') throw new AppError('YA_PUBLICADA', `${id} ya tiene registrada su publicación en ${red === 'Web' ? 'el sitio web' : red}: ${text(t.get(i, ENLACE_COL[red]))}`);
  const hora = fechaHora(new Date());
  t.set(i, ESTADO_COL[red], formatState({ kind: 'publicada', id: '', hora, manual: true }));
  t.set(i, ENLACE_COL[red], url);
  const estado = rowEstado(info.redes.map((r) => ({ red: r, s: stateOf(t, i, r) })));
  if (estado) t.set(i, 'Estado', estado === 'Tarea manual' ? 'Tarea manual' : estado);
  if (estado === 'Publicada') t.set(i, 'Último error', '');
  t.flush();
  logBitacora({ accion: 'Registrar publicación manual', elemento: `Calendario ${id}`, detalle: `Publicada a mano en ${red === 'Web' ? 'el sitio web' : red} · ${hora}.`, evidencia: url, usuario: user });
  return `Se registró la publicación de ${id} en ${red === 'Web' ? 'el sitio web' : red}.`;
}
