// The deadline watchdog on the hourly tick: days with nothing authorized, boletines waiting for the Titular or for sending, the late agenda.
import { agendaDue, AGENDA_ULTIMA_SEMANA } from '../../domain/agenda';
import { AUTORIZADO } from '../../domain/authorization';
import { isDate, text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { cellDate, cellYmd } from '../../domain/dates';
import { SHEET } from '../../domain/schema';
import { diasSinAutorizar, enHorarioDeAvisos, horasEntre, type Recordatorio } from '../../domain/watchdog';
import { SOLICITADO_PREFIX } from '../boletines/index';
import type { Bitacora } from '../shared/index';
import { ports } from '../shared/index';
import { type AvisosDelDia, enviarConCuota } from './mail-guard';

/** Key in the day's reminder map: the publication days were checked today. */
const REVISION_DIAS = 'revision|dias';

function dias(config: Config): Recordatorio[] {
  if (config.avisoDiasSinAutorizar <= 0) return [];
  const t = ports().workbook.tryOpenTable('calendario');
  if (!t) return [];
  const map = new Map<string, { programadas: number; autorizadas: number }>();
  for (let i = 0; i < t.rows.length; i++) {
    const d = cellYmd(t.get(i, 'Fecha'));
    if (!d || !text(t.get(i, 'ID'))) continue;
    // A weekend row is published only when marked «Sí» (policy 3.3): the others are not programmed publications.
    const fecha = cellDate(t.get(i, 'Fecha'));
    const finde = fecha !== null && (fecha.getDay() === 0 || fecha.getDay() === 6);
    if (finde && text(t.get(i, 'Fin de semana')) !== 'Sí') continue;
    const x = map.get(d) ?? { programadas: 0, autorizadas: 0 };
    x.programadas++;
    if (text(t.get(i, 'Autorización')) === AUTORIZADO) x.autorizadas++;
    map.set(d, x);
  }
  return diasSinAutorizar(map, new Date(), config.avisoDiasSinAutorizar);
}

function boletines(config: Config, now: Date, props: Record<string, string>): Recordatorio[] {
  const t = ports().workbook.tryOpenTable('boletines');
  if (!t) return [];
  const out: Recordatorio[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const n = text(t.get(i, 'Número'));
    const estado = text(t.get(i, 'Estado'));
    if (!n || /enviad/i.test(estado)) continue;
    const titulo = text(t.get(i, 'Título'));
    const elemento = `${SHEET.boletines} ${n}`;
    const autorizado = text(t.get(i, 'Autorización')) === AUTORIZADO;
    const pedido = Number(props[SOLICITADO_PREFIX + n]) || 0;
    if (!autorizado && pedido > 0 && config.avisoHorasAutorizacion > 0 && horasEntre(new Date(pedido), now) >= config.avisoHorasAutorizacion) {
      out.push({ clave: `autorizar|${n}`, destino: 'titular', elemento, asunto: `Difusión ICM: el boletín ${n} espera su autorización`, texto: `El boletín ${n} «${titulo}» espera su autorización desde hace más de ${config.avisoHorasAutorizacion} horas (panel Autorizaciones).` });
    }
    const fa = t.get(i, 'Fecha de autorización');
    const cuando = isDate(fa) ? fa : null;
    if (autorizado && cuando && config.avisoHorasEnvio > 0 && horasEntre(cuando, now) >= config.avisoHorasEnvio) {
      out.push({ clave: `enviar|${n}`, destino: 'asistentes', elemento, asunto: `Difusión ICM: el boletín ${n} autorizado no se ha enviado a SEGOB`, texto: `El boletín ${n} «${titulo}» está autorizado desde hace más de ${config.avisoHorasEnvio} horas y no se ha enviado a Comunicación Social de SEGOB («Enviar boletín a SEGOB»).` });
    }
  }
  return out;
}

function agenda(config: Config, now: Date, props: Record<string, string>): Recordatorio[] {
  if (config.avisoHorasAgenda <= 0) return [];
  const due = agendaDue(now, config.agendaDia, config.agendaHora, props[AGENDA_ULTIMA_SEMANA] ?? null);
  if (!due || horasEntre(due.momento, now) < config.avisoHorasAgenda) return [];
  return [{ clave: `agenda|${due.semana}`, destino: 'asistentes', elemento: `${SHEET.agenda} semana ${due.semana}`, asunto: 'Difusión ICM: la agenda semanal no se ha enviado a SEGOB', texto: `La agenda CS02 de la semana que inicia el ${due.semana} debía enviarse a SEGOB y sigue sin enviarse («Enviar agenda ahora» o revise la Bitácora).` }];
}

function destinatarios(config: Config, r: Recordatorio): string[] {
  const list = r.destino === 'titular' ? [config.titular] : r.destino === 'asistentes' ? config.asistentes : [...config.asistentes, config.titular];
  const clean = list.filter((s) => s !== '');
  return clean.length ? clean : [config.titular].filter((s) => s !== '');
}

/** Sends today's reminders not yet sent (one per item per day); returns how many went out. */
export function runWatchdog(config: Config, now: Date, bitacora: Bitacora, avisos: AvisosDelDia, snap?: Readonly<Record<string, string>>): number {
  if (!enHorarioDeAvisos(now)) return 0;
  const props = snap ?? ports().props.document().getAll();
  // Publication days are checked once a day (the first tick in working hours): most ticks never read Calendario.
  const revisarDias = avisos.puede(REVISION_DIAS);
  if (revisarDias) avisos.marcar(REVISION_DIAS);
  const list = [...(revisarDias ? dias(config) : []), ...boletines(config, now, props), ...agenda(config, now, props)].filter((r) => avisos.puede(r.clave));
  if (list.length === 0) return 0;
  const url = ports().workbook.linkTo();
  let sent = 0;
  for (const r of list) {
    const to = destinatarios(config, r);
    if (to.length === 0) continue;
    if (config.modoEnsayo) {
      avisos.marcar(r.clave);
      bitacora.add({ accion: 'Recordatorio (modo ensayo, no enviado)', elemento: r.elemento, detalle: `${r.texto} Sería para ${to.join(', ')}.` });
      continue;
    }
    const env = enviarConCuota({ to: to.join(','), subject: r.asunto, body: `${r.texto}\n\nAbra el libro: ${url}`, name: 'Difusión ICM' }, { config, bitacora, avisos, elemento: r.elemento });
    if (!env.enviado) continue;
    avisos.marcar(r.clave);
    bitacora.add({ accion: 'Recordatorio', elemento: r.elemento, detalle: `${r.texto} Enviado a ${to.join(', ')}.`, evidencia: url });
    sent++;
  }
  return sent;
}
