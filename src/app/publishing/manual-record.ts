// «Registrar publicación manual»: records the permalink the Asistente pasted as the evidence of a post made by hand.
import { text } from '../../domain/cell';
import { PROP } from '../../domain/credential-keys';
import { AppError } from '../../domain/errors';
import { fechaHora, formatState } from '../../domain/publication';
import type { Red } from '../../domain/schema';
import { logBitacora } from '../shared/bitacora';
import { readConfig } from '../shared/config';
import { ports } from '../shared/ports';
import { ENLACE_COL, ESTADO_COL, rowInfo, stateOf } from './publication-rows';
import { rowEstado } from '../../domain/publication';
import { requireRol } from '../shared/roles';

/** How long «Registrar publicación manual» waits for the tick to release the script lock. */
export const RECORD_LOCK_WAIT_MS = 10 * 1000;

/** «Publicar ahora» and «Registrar publicación manual» are for the Titular and the Asistentes (checked before any prompt). */
export function assertMayPublish(user: string, accion: string): void {
  requireRol(readConfig(), user, ['Titular', 'Asistente'], accion);
}

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

/**
 * Validates first, then writes the row and Bitácora, under the script lock (the tick writes the same cells).
 * Returns the Spanish confirmation.
 */
export function registrarManual(id: string, enlace: string, user: string): string {
  assertMayPublish(user, 'registrar una publicación manual');
  const lock = ports().locks.script();
  if (!lock.tryLock(RECORD_LOCK_WAIT_MS)) {
    throw new AppError('OCUPADO', 'En este momento se está publicando en segundo plano. Intente de nuevo en un minuto.');
  }
  try {
    return record(id, enlace, user);
  } finally {
    lock.release();
  }
}

function record(id: string, enlace: string, user: string): string {
  const url = enlace.trim();
  if (!/^https:\/\/\S+$/i.test(url)) throw new AppError('ENLACE_INVALIDO', 'Pegue el enlace completo de la publicación (empieza con https://).');
  const props = ports().props.secrets().getAll();
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
  const nombre = red === 'Web' ? 'el sitio web' : red;
  if (s.kind === 'enviando') {
    throw new AppError('ENVIANDO', `${id} se está enviando a ${nombre} en este momento o un envío quedó sin confirmar; espere al siguiente ciclo (máximo una hora) antes de registrarla a mano.`);
  }
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
