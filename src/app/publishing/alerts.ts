// Publishing alerts: who receives them (the Asistentes and the Titular) and the one e-mail per tick that lists what needs attention.
import type { Config } from '../../domain/config.types';
import { messageOf } from '../../domain/errors';
import type { Bitacora } from '../shared/index';
import { ports } from '../shared/index';

/** The Asistentes and the Titular (lower case, once each); the account running the add-on when nobody is configured. */
export function publishingRecipients(config: Config): string[] {
  const list = [...config.asistentes, config.titular].map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const uniq = list.filter((s, k) => list.indexOf(s) === k);
  return uniq.length ? uniq : [ports().identity.effectiveEmail()];
}

/** MailApp's English failure as a Spanish reason. */
export function mailProblem(e: unknown): string {
  const msg = messageOf(e);
  if (/too many times|quota|limit/i.test(msg)) return 'se agotó la cuota diaria de correos de Apps Script';
  if (/invalid email|recipient/i.test(msg)) return 'una dirección de correo de la configuración no es válida';
  return 'el servicio de correo no respondió';
}

/** One e-mail with every alert of this tick (credentials stopped, content rejected); a failure is written to Bitácora. */
export function sendPublishingAlerts(alerts: string[], config: Config, bitacora: Bitacora): void {
  if (alerts.length === 0) return;
  const body = ['Difusión ICM necesita su atención:', '', ...alerts.map((a) => '• ' + a)].join('\n');
  try {
    ports().mailer.send({ to: publishingRecipients(config).join(','), subject: 'Difusión ICM: atención requerida en publicaciones', body, name: 'Difusión ICM' });
  } catch (e) {
    bitacora.add({ accion: 'Falla al avisar', elemento: 'Publicaciones', detalle: `No se pudo enviar la alerta: ${mailProblem(e)}.` });
  }
}
