// «Registrar publicación manual»: records the permalink the Asistente pasted as the evidence of a post made by hand.
import { text } from '../../domain/cell';
import { network, networks, networksSentence } from '../../domain/networks';
import { AppError } from '../../domain/errors';
import { fechaHora, formatState } from '../../domain/publication';
import type { Red } from '../../domain/schema';
import { logBitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { ports } from '../shared/index';
import { rowInfo, stateOf } from './publication-rows';
import { rowEstado } from '../../domain/publication';
import { requirePermiso } from '../shared/index';

/** How long «Registrar publicación manual» waits for the tick to release the script lock. */
export const RECORD_LOCK_WAIT_MS = 10 * 1000;

/** «Publicar ahora» and «Registrar publicación manual» (checked before any prompt), as the permissions table says. */
export function assertMayPublish(user: string, permiso: 'publicarAhora' | 'registrarManual'): void {
  requirePermiso(readConfig(), user, permiso);
}

/** Which network a permalink belongs to, from its host (the registry's hosts; the website's from the stored site address). */
export function networkOfLink(url: string, props: Readonly<Record<string, string>>): Red | null {
  const m = /^https:\/\/([^/?#]+)/i.exec(url.trim());
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^www\.|^m\./, '');
  return networks().find((d) => d.ownsHost(host, props))?.id ?? null;
}

/**
 * Validates first, then writes the row and Bitácora, under the script lock (the tick writes the same cells).
 * Returns the Spanish confirmation.
 */
export function registrarManual(id: string, enlace: string, user: string): string {
  assertMayPublish(user, 'registrarManual');
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
  const red = networkOfLink(url, ports().props.secrets().getAll());
  if (!red) throw new AppError('ENLACE_DESCONOCIDO', `El enlace no es de ${networksSentence('ni', (d) => d.nombre)} del Instituto.`);
  const config = readConfig();
  const t = ports().workbook.openTable('calendario');
  const i = t.find('ID', id);
  if (i < 0) throw new AppError('FILA_NO_ENCONTRADA', `No existe la publicación ${id} en «Calendario».`);
  const info = rowInfo(t, i, config);
  const nombre = network(red).nombre;
  if (!info || info.redes.indexOf(red) < 0) throw new AppError('RED_NO_PROGRAMADA', `La publicación ${id} no está programada para ${nombre}.`);
  const s = stateOf(t, i, red);
  if (s.kind === 'enviando') {
    throw new AppError('ENVIANDO', `${id} se está enviando a ${nombre} en este momento o un envío quedó sin confirmar; espere al siguiente ciclo (máximo una hora) antes de registrarla a mano.`);
  }
  if (s.kind === 'publicada') throw new AppError('YA_PUBLICADA', `${id} ya tiene registrada su publicación en ${nombre}: ${text(t.get(i, network(red).columns.enlace))}`);
  const hora = fechaHora(new Date());
  t.set(i, network(red).columns.estado, formatState({ kind: 'publicada', id: '', hora, manual: true }));
  t.set(i, network(red).columns.enlace, url);
  const estado = rowEstado(info.redes.map((r) => ({ red: r, s: stateOf(t, i, r) })));
  if (estado) t.set(i, 'Estado', estado === 'Tarea manual' ? 'Tarea manual' : estado);
  if (estado === 'Publicada') t.set(i, 'Último error', '');
  t.flush();
  logBitacora({ accion: 'Registrar publicación manual', elemento: `Calendario ${id}`, detalle: `Publicada a mano en ${nombre} · ${hora}.`, evidencia: url, usuario: user });
  return `Se registró la publicación de ${id} en ${nombre}.`;
}
