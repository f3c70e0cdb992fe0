// When the hourly tick cannot read a valid Configuración: a Bitácora line and one e-mail per distinct error per day to whoever can still be identified.
import { ymd } from '../../domain/dates';
import { lenientAlertTargets } from '../../domain/config.sheet';
import { messageOf } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { mailProblem } from './alerts';
import { Bitacora } from '../shared/index';
import { readConfigValues } from '../shared/index';
import { ports } from '../shared/index';

/** Document property: the last configuration alert sent, as JSON {dia: 'yyyy-MM-dd', mensaje}. */
export const CONFIG_ALERT_KEY = 'PUB_ALERTA_CONFIG';

export interface ConfigAlertOutcome {
  /** False when the same error was already reported today. */
  avisado: boolean;
  destinatarios: string[];
}

/** Reports `mensaje` (the CONFIG_INVALID / CONFIG_MISSING text naming the cell) unless already reported today. */
export function alertInvalidConfig(mensaje: string, now: Date = new Date()): ConfigAlertOutcome {
  const dia = ymd(now);
  const store = ports().props.document();
  try {
    const last = JSON.parse(store.get(CONFIG_ALERT_KEY) || 'null') as { dia?: string; mensaje?: string } | null;
    if (last && last.dia === dia && last.mensaje === mensaje) return { avisado: false, destinatarios: [] };
  } catch {
    // an unreadable record: alert again
  }
  let values = null;
  try {
    values = readConfigValues();
  } catch {
    values = null;
  }
  const targets = values ? lenientAlertTargets(values) : { correos: [], modoEnsayo: false };
  const owner = (ports().identity.effectiveEmail() || '').trim().toLowerCase();
  const to = [owner, ...targets.correos].filter((s, k, a) => s !== '' && a.indexOf(s) === k);
  const bitacora = new Bitacora();
  bitacora.add({
    accion: 'Publicación detenida: configuración inválida',
    elemento: SHEET.config,
    detalle: `${mensaje} No se publica nada hasta corregirlo; las publicaciones vencidas pasarán a publicación manual en la primera revisión después de la corrección.`,
    usuario: owner || undefined,
  });
  if (targets.modoEnsayo) {
    bitacora.add({ accion: 'Aviso no enviado (modo ensayo)', elemento: SHEET.config, detalle: `Se avisaría a: ${to.join(', ') || 'nadie'}.`, usuario: owner || undefined });
  } else if (to.length > 0) {
    const body = [
      'Difusión ICM no puede leer la hoja «Configuración» y, mientras tanto, no publica nada:',
      '',
      mensaje,
      '',
      'Corrija esa celda. Las publicaciones autorizadas que venzan mientras tanto pasarán a publicación manual (recibirá la tarea por correo) o se publicarán si aún están a tiempo.',
    ].join('\n');
    try {
      ports().mailer.send({ to: to.join(','), subject: 'Difusión ICM: la configuración tiene un error y no se publica nada', body, name: 'Difusión ICM' });
    } catch (e) {
      bitacora.add({ accion: 'Falla al avisar', elemento: SHEET.config, detalle: `No se pudo enviar la alerta: ${mailProblem(e)}.`, usuario: owner || undefined });
    }
  }
  try {
    bitacora.flush();
  } catch (e) {
    console.warn('Bitácora: ' + messageOf(e));
  }
  store.set(CONFIG_ALERT_KEY, JSON.stringify({ dia, mensaje }));
  return { avisado: true, destinatarios: to };
}
