// Agenda CS02: which week is due, which activities go in it (new, changed, cancelled after sending), validation and the e-mail body.
import { type Cell, isDate, text } from './cell';
import { addDays, cellDate, fechaLarga, hhmm, horaMinutos, isoWeekday, startOfDay, ymd } from './dates';
import { AppError } from './errors';
import { escapeHtml } from './html';
import { ESTADOS_AGENDA } from './schema';
import { sha256HexOf } from './sha256';

/** Document property: Monday (yyyy-MM-dd) of the last week whose agenda reached SEGOB. */
export const AGENDA_ULTIMA_SEMANA = 'AGENDA_ULTIMA_SEMANA';
/** Document property prefix: fingerprint|date of each activity as last sent. */
export const AGENDA_HUELLA_PREFIX = 'AGENDA_H_';

/** Monday 00:00 of the ISO week of d. */
export function mondayOf(d: Date): Date {
  return addDays(startOfDay(d), 1 - isoWeekday(d));
}

/** This week's sending moment: weekday `dia` (1 = lunes) at hour `hora`. */
export function agendaMomentOf(now: Date, dia: number, hora: number): Date {
  const m = addDays(mondayOf(now), dia - 1);
  m.setHours(hora, 0, 0, 0);
  return m;
}

export interface AgendaDue {
  /** Monday of the week the agenda covers (yyyy-MM-dd) and its Sunday. */
  semana: string;
  del: Date;
  al: Date;
  /** When it should have gone. */
  momento: Date;
}

/**
 * The agenda due now: once this week's moment has passed, next week's agenda is due until it is sent (a missed tick
 * catches up the same week). Null before the moment or when that week was already sent.
 */
export function agendaDue(now: Date, dia: number, hora: number, ultimaSemana: string | null): AgendaDue | null {
  const momento = agendaMomentOf(now, dia, hora);
  if (now.getTime() < momento.getTime()) return null;
  const del = addDays(mondayOf(now), 7);
  const semana = ymd(del);
  if (ultimaSemana !== null && ultimaSemana >= semana) return null;
  return { semana, del, al: addDays(del, 6), momento };
}

/** A row of «Agenda CS02»: the form's fields with its date read, its ID and data row index. */
export interface Actividad extends Omit<ActividadForm, 'fecha'> {
  /** Data row index in the sheet. */
  i: number;
  id: string;
  fecha: Date;
}

/** Short fingerprint of what SEGOB reads about an activity. */
export function huellaActividad(a: Actividad): string {
  return sha256HexOf(JSON.stringify(['cs02/v1', ymd(a.fecha), a.inicio, a.fin, a.actividad, a.direccion, a.lugar, a.municipio, a.descripcion, a.publico, a.contacto, a.estado])).slice(0, 12);
}

export interface ActividadEnAgenda extends Actividad {
  cambio: boolean;
  huella: string;
}

/**
 * The activities of an agenda: every activity of the week (a cancelled one only when it was sent before, as a
 * change), plus activities from today to the week's start that changed after they were sent (marked as changes).
 */
export function seleccionar(acts: readonly Actividad[], due: Pick<AgendaDue, 'del' | 'al'>, hoy: Date, enviadas: Readonly<Record<string, string>>): ActividadEnAgenda[] {
  const out: ActividadEnAgenda[] = [];
  const desde = startOfDay(hoy).getTime();
  const del = due.del.getTime();
  const hasta = addDays(due.al, 1).getTime();
  for (const a of acts) {
    const t = a.fecha.getTime();
    if (t < desde || t >= hasta) continue;
    const huella = huellaActividad(a);
    const antes = enviadas[a.id];
    const cambio = antes !== undefined && antes !== huella;
    const cancelada = /^cancelada$/i.test(a.estado);
    if (t < del && !cambio) continue;
    if (cancelada && antes === undefined) continue;
    out.push({ ...a, cambio, huella });
  }
  return out.sort((x, y) => x.fecha.getTime() - y.fecha.getTime() || x.inicio.localeCompare(y.inicio));
}

function hora(v: Cell): string {
  const h = horaMinutos(v);
  return h ? hhmm(h) : text(v);
}

/** Reads a row; null when it has no ID or no valid date. */
export function actividadOf(i: number, get: (h: string) => Cell): Actividad | null {
  const id = text(get('ID'));
  const fecha = cellDate(get('Fecha'));
  if (!id || !fecha) return null;
  return {
    i, id, fecha, inicio: hora(get('Hora inicio')), fin: hora(get('Hora fin')), actividad: text(get('Actividad')),
    direccion: text(get('Dirección responsable')), lugar: text(get('Lugar')), municipio: text(get('Municipio')),
    descripcion: text(get('Descripción')), publico: text(get('Público')), contacto: text(get('Contacto')), estado: text(get('Estado')),
  };
}

export function semanaTexto(due: Pick<AgendaDue, 'del' | 'al'>): string {
  return `del ${fechaLarga(due.del)} al ${fechaLarga(due.al)}`;
}

export const SIN_ACTIVIDADES = 'Sin actividades programadas para esta semana.';

/** The table's rows (header first), shared by the e-mail and the PDF. */
export function tablaAgenda(acts: readonly ActividadEnAgenda[]): string[][] {
  const head = ['Fecha', 'Horario', 'Actividad', 'Responsable', 'Lugar', 'Municipio', 'Público', 'Contacto', 'Estado'];
  return [head, ...acts.map((a) => [
    fechaLarga(a.fecha), a.fin ? `${a.inicio}–${a.fin}` : a.inicio, (a.cambio ? 'CAMBIO: ' : '') + a.actividad + (a.descripcion ? ` — ${a.descripcion}` : ''),
    a.direccion, a.lugar, a.municipio, a.publico, a.contacto, a.estado,
  ])];
}

export function agendaSubject(due: Pick<AgendaDue, 'del' | 'al'>, vacia: boolean): string {
  return `Agenda semanal CS02 del Instituto Coahuilense de las Mujeres, ${semanaTexto(due)}${vacia ? ': sin actividades programadas' : ''}`;
}

export function agendaBodies(due: Pick<AgendaDue, 'del' | 'al'>, acts: readonly ActividadEnAgenda[]): { body: string; htmlBody: string } {
  const intro = `Comunicación Social de la Secretaría de Gobierno: agenda de actividades (formato CS02) del Instituto Coahuilense de las Mujeres, semana ${semanaTexto(due)}.`;
  if (acts.length === 0) {
    return { body: `${intro}\n\n${SIN_ACTIVIDADES}`, htmlBody: `<p>${escapeHtml(intro)}</p><p><b>${SIN_ACTIVIDADES}</b></p>` };
  }
  const rows = tablaAgenda(acts);
  const cambios = acts.filter((a) => a.cambio).length;
  const nota = cambios > 0 ? `Las actividades marcadas «CAMBIO» se modificaron después de un envío anterior (${cambios}).` : '';
  const body = [intro, '', ...rows.slice(1).map((r) => '• ' + r.filter((c) => c !== '').join(' · ')), '', nota, 'La agenda va adjunta en PDF.'].filter((l, k, a) => l !== '' || a[k - 1] !== '').join('\n');
  const th = rows[0].map((h) => `<th style="border:1px solid #999;background:#eee">${escapeHtml(h)}</th>`).join('');
  const trs = rows.slice(1).map((r, k) => `<tr${acts[k].cambio ? ' style="background:#fff3cd"' : ''}>${r.map((c) => `<td style="border:1px solid #999">${escapeHtml(c)}</td>`).join('')}</tr>`);
  const htmlBody = [`<p>${escapeHtml(intro)}</p>`, `<table cellpadding="4" style="border-collapse:collapse"><tr>${th}</tr>`, ...trs, '</table>', nota ? `<p>${escapeHtml(nota)}</p>` : '', '<p>La agenda va adjunta en PDF.</p>'].filter((l) => l !== '').join('\n');
  return { body, htmlBody };
}

/** The sidebar's activity form. */
export interface ActividadForm {
  fecha: string;
  inicio: string;
  fin: string;
  actividad: string;
  direccion: string;
  lugar: string;
  municipio: string;
  descripcion: string;
  publico: string;
  contacto: string;
  estado: string;
}

function bad(code: string, message: string): AppError {
  return new AppError(code, message);
}

/** Validates the form as the sheet does (date, hours, closed list of Estado); returns the cleaned values. */
export function validarActividad(f: Partial<ActividadForm> | null | undefined): ActividadForm & { fechaDate: Date } {
  const s = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const fechaDate = cellDate(s(f?.fecha));
  if (!fechaDate || !/^\d{4}-\d{2}-\d{2}$/.test(s(f?.fecha))) throw bad('FECHA_INVALIDA', 'Escriba la fecha de la actividad como aaaa-mm-dd, por ejemplo 2026-12-08.');
  const inicio = s(f?.inicio);
  if (!horaMinutos(inicio)) throw bad('HORA_INVALIDA', 'Escriba la hora de inicio como HH:mm, por ejemplo 10:00.');
  const fin = s(f?.fin);
  if (fin && !horaMinutos(fin)) throw bad('HORA_INVALIDA', 'Escriba la hora de fin como HH:mm, por ejemplo 12:00, o déjela vacía.');
  if (fin && fin.padStart(5, '0') <= inicio.padStart(5, '0')) throw bad('HORA_INVALIDA', 'La hora de fin debe ser posterior a la de inicio.');
  const actividad = s(f?.actividad);
  if (!actividad) throw bad('ACTIVIDAD_VACIA', 'Escriba el nombre de la actividad.');
  const direccion = s(f?.direccion);
  if (!direccion) throw bad('DIRECCION_VACIA', 'Indique la dirección responsable.');
  const estado = s(f?.estado) || 'Por confirmar';
  if (!(ESTADOS_AGENDA as readonly string[]).includes(estado)) throw bad('ESTADO_INVALIDO', `El estado debe ser uno de: ${ESTADOS_AGENDA.join(', ')}.`);
  const lim = (v: string, n: number, campo: string): string => {
    if (v.length > n) throw bad('TEXTO_LARGO', `«${campo}» admite hasta ${n} caracteres.`);
    return v;
  };
  return {
    fecha: s(f?.fecha), fechaDate, inicio, fin, actividad: lim(actividad, 300, 'Actividad'), direccion: lim(direccion, 200, 'Dirección responsable'),
    lugar: lim(s(f?.lugar), 200, 'Lugar'), municipio: lim(s(f?.municipio), 100, 'Municipio'), descripcion: lim(s(f?.descripcion), 2000, 'Descripción'),
    publico: lim(s(f?.publico), 200, 'Público'), contacto: lim(s(f?.contacto), 200, 'Contacto'), estado,
  };
}

/** AG-2026-0105: one more than the highest number of that year in the sheet. */
export function siguienteIdActividad(year: number, ids: readonly Cell[]): string {
  let max = 0;
  for (const v of ids) {
    const m = /^AG-(\d{4})-(\d+)$/.exec(isDate(v) ? '' : text(v));
    if (m && Number(m[1]) === year) max = Math.max(max, Number(m[2]));
  }
  const n = String(max + 1);
  return `AG-${year}-${'0000'.slice(n.length)}${n}`;
}
