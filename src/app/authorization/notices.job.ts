// Hourly job: sends the Titular's queued notices as one digest e-mail; one property read when the queue is empty.
import { messageOf } from '../../domain/errors';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { ports } from '../shared/index';
import { deliver, markSent, openQueue, reportUnsent } from './titular-digest';

export interface NoticesReport {
  /** Notices waiting when the job started. */
  enCola: number;
  /** Notices e-mailed in the digest. */
  enviados: number;
  /** Spanish reason when queued notices stayed queued. */
  motivo: string;
}

/** Never throws: the tick's other jobs must not be disturbed by a notice that cannot go out. */
export function enviarAvisosEnEspera(): NoticesReport {
  const report: NoticesReport = { enCola: 0, enviados: 0, motivo: '' };
  try {
    const first = openQueue();
    if (!first || first.cola.keys.length === 0) return report;
    const lock = ports().locks.document();
    if (lock && !lock.tryLock(10000)) {
      report.enCola = first.cola.avisos.length;
      report.motivo = 'Otra ejecución tiene el candado del documento; los avisos esperan a la siguiente revisión.';
      return report;
    }
    try {
      return sendQueued(report);
    } finally {
      if (lock) lock.release();
    }
  } catch (e) {
    report.motivo = messageOf(e);
    console.warn('Avisos a la Titular: ' + report.motivo);
    return report;
  }
}

function sendQueued(report: NoticesReport): NoticesReport {
  // Read again under the lock: an edit may have sent or added notices meanwhile.
  const q = openQueue();
  if (!q || q.cola.keys.length === 0) return report;
  report.enCola = q.cola.avisos.length;
  const config = readConfig();
  const titular = config.titular.trim().toLowerCase();
  const bitacora = new Bitacora();
  const now = new Date().getTime();
  if (!titular) {
    // Kept queued until a Titular is configured; nothing is lost.
    report.motivo = 'No hay Titular configurado.';
    return report;
  }
  if (q.cola.avisos.length === 0) {
    // Only unreadable values: drop them so they do not block the queue forever.
    markSent(q.store, null, q.cola.keys);
    return report;
  }
  if (config.modoEnsayo) {
    reportUnsent(titular, true, q.cola.avisos.map((a) => a.texto), bitacora);
    markSent(q.store, null, q.cola.keys);
  } else if (deliver(titular, q.cola.avisos, true, bitacora)) {
    markSent(q.store, now, q.cola.keys);
    report.enviados = q.cola.avisos.length;
  } else {
    report.motivo = 'No se pudo enviar el correo; se reintentará en la siguiente revisión.';
  }
  bitacora.flush();
  return report;
}
