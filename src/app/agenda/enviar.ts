// The weekly CS02 agenda to SEGOB: next week's activities as an HTML table and a PDF from the CS02 template; rows marked; changes re-sent.
import {
  type Actividad, actividadOf, AGENDA_HUELLA_PREFIX, AGENDA_ULTIMA_SEMANA, agendaBodies, type AgendaDue, agendaDue, agendaSubject, mondayOf,
  seleccionar, semanaTexto, SIN_ACTIVIDADES, tablaAgenda,
} from '../../domain/agenda';
import type { Config } from '../../domain/config.types';
import { addDays, fechaLarga, ymd } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { plantillas } from '../boletines/index';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { ports } from '../shared/index';
import { AvisosDelDia, cuotaInsuficiente, enviarConCuota } from '../watchdog/index';

export interface EnvioAgenda {
  enviada: boolean;
  enEspera: boolean;
  semana: string;
  actividades: number;
  cambios: number;
  mensaje: string;
}

/** The week «Enviar agenda ahora» sends: next week, whatever the day. */
function semanaSiguiente(now: Date): AgendaDue {
  const del = addDays(mondayOf(now), 7);
  return { semana: ymd(del), del, al: addDays(del, 6), momento: now };
}

/** Agenda due by the tick (null when not due or already sent), or forced for «Enviar agenda ahora». */
export function agendaPendiente(now: Date, forzar: boolean, config: Config, snap?: Readonly<Record<string, string>>): AgendaDue | null {
  if (forzar) return semanaSiguiente(now);
  const ultima = snap ? snap[AGENDA_ULTIMA_SEMANA] ?? null : ports().props.document().get(AGENDA_ULTIMA_SEMANA);
  return agendaDue(now, config.agendaDia, config.agendaHora, ultima);
}

function enviadasDe(all: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) if (k.startsWith(AGENDA_HUELLA_PREFIX)) out[k.slice(AGENDA_HUELLA_PREFIX.length)] = v.split('|')[0];
  return out;
}

/** Sends the agenda when due (or now when forced). Null when nothing is due. Nothing is half-sent. */
export function enviarAgenda(now: Date, forzar: boolean, cfg?: Config, snap?: Readonly<Record<string, string>>): EnvioAgenda | null {
  const config = cfg ?? readConfig();
  const due = agendaPendiente(now, forzar, config, snap);
  if (!due) return null;
  const base = { semana: due.semana, actividades: 0, cambios: 0 };
  if (config.modoEnsayo) {
    if (forzar) throw new AppError('MODO_ENSAYO', 'Modo ensayo: no se envía nada a SEGOB. Cambie «Modo ensayo» a No en «Configuración».');
    return { ...base, enviada: false, enEspera: false, mensaje: 'Modo ensayo: la agenda no se envía.' };
  }
  if (config.segob.length === 0) {
    if (forzar) throw new AppError('SIN_SEGOB', 'No hay destinatarios de SEGOB en «Configuración» (Destinatarios SEGOB).');
    return { ...base, enviada: false, enEspera: false, mensaje: 'No hay destinatarios de SEGOB.' };
  }
  const log = new Bitacora();
  const avisos = new AvisosDelDia(now, snap);
  const elemento = `${SHEET.agenda} semana ${due.semana}`;
  const ctx = { config, bitacora: log, avisos, elemento };
  const espera = (): EnvioAgenda => {
    log.flush();
    avisos.guardar();
    return { ...base, enviada: false, enEspera: true, mensaje: `La agenda no se envió: la cuota diaria de correos no alcanza. Se reintentará en la siguiente revisión horaria; no se envió nada a medias.` };
  };
  if (cuotaInsuficiente(config.segob.length, ctx)) return espera();

  const t = ports().workbook.openTable('agenda');
  const acts: Actividad[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const a = actividadOf(i, (h) => t.get(i, h as 'ID'));
    if (a) acts.push(a);
  }
  const props = ports().props.document();
  const sel = seleccionar(acts, due, now, enviadasDe(snap ?? props.getAll()));
  const tpl = plantillas();
  const doc = ports().docs.copyDoc(tpl.cs02, tpl.carpeta, `Agenda CS02 semana ${due.semana}`);
  ports().docs.fill(doc.id, { semana: semanaTexto(due), fecha_envio: fechaLarga(now) });
  ports().docs.putTable(doc.id, 'actividades', tablaAgenda(sel), SIN_ACTIVIDADES);
  const pdf = ports().docs.savePdf(doc.id, tpl.carpeta, `Agenda CS02 semana ${due.semana}.pdf`);
  const r = enviarConCuota({ to: config.segob.join(','), subject: agendaSubject(due, sel.length === 0), ...agendaBodies(due, sel), name: 'Instituto Coahuilense de las Mujeres', attachments: [pdf.blob] }, ctx);
  if (!r.enviado) return espera();

  const marcas: Record<string, string> = { [AGENDA_ULTIMA_SEMANA]: due.semana };
  for (const a of sel) {
    t.set(a.i, 'Enviada a SEGOB', now);
    marcas[AGENDA_HUELLA_PREFIX + a.id] = `${a.huella}|${ymd(a.fecha)}`;
  }
  t.flushById('ID');
  props.setAll(marcas);
  const cambios = sel.filter((a) => a.cambio).length;
  log.add({
    accion: 'Enviar agenda a SEGOB',
    elemento,
    detalle: sel.length === 0
      ? `Semana ${semanaTexto(due)}: sin actividades programadas; se envió el aviso a ${config.segob.join(', ')}.`
      : `Semana ${semanaTexto(due)}: ${sel.length} actividad(es)${cambios ? `, ${cambios} con cambios` : ''}, a ${config.segob.join(', ')} (PDF SHA-256 ${pdf.sha256}).`,
    evidencia: pdf.url,
  });
  log.flush();
  avisos.guardar();
  return { semana: due.semana, actividades: sel.length, cambios, enviada: true, enEspera: false, mensaje: `Agenda de la semana ${semanaTexto(due)} enviada a SEGOB: ${sel.length ? `${sel.length} actividad(es)` : 'sin actividades programadas'}.` };
}
