// Programar mes as a pure function: the Calendario rows a month needs, from proposals, efemérides, agenda and config.
import type { Config } from './config.types';
import { vedaOf } from './config.sheet';
import { addDays, daysInMonth, fechaCorta, isWeekend, pad2, parseYmd, ymd } from './dates';
import { type NetworkColumns, networks } from './networks';
import { type Red, REDES } from './schema';

/** «Estado» of a Calendario row the add-on just created (texts still to be written and authorized). */
export const ESTADO_BORRADOR = 'Borrador';
/** «Fin de semana» values: weekend rows wait for the Asistente's decision (policy 3.3); only «Sí» is published. */
export const FIN_DE_SEMANA_PENDIENTE = 'Por decidir';
export const FIN_DE_SEMANA_OPCIONES = [FIN_DE_SEMANA_PENDIENTE, 'Sí', 'No'] as const;

export interface PlanPropuesta {
  id: string;
  tipo: string;
  tema: string;
  /** yyyy-MM-dd */
  del: string;
  al: string;
  redes: Red[];
}

export interface PlanEfemeride {
  fecha: string;
  nombre: string;
  tipo: string;
  tema: string;
  texto: string;
}

export interface PlanEvento {
  fecha: string;
  /** 'HH:mm' or '' */
  hora: string;
  actividad: string;
  lugar: string;
  municipio: string;
}

/** A Calendario row already present (index into the sheet's data rows). */
export interface PlanExisting {
  index: number;
  id: string;
  /** yyyy-MM-dd, or '' when the row has no valid date. */
  fecha: string;
  veda: string;
}

export interface PlanInput {
  year: number;
  month1: number;
  config: Pick<Config, 'horaPublicacion' | 'finesDeSemana' | 'redesActivas' | 'vedas'>;
  /** Authorized proposals only. */
  propuestas: readonly PlanPropuesta[];
  efemerides: readonly PlanEfemeride[];
  agenda: readonly PlanEvento[];
  existing: readonly PlanExisting[];
}

export interface NewCalendarRow {
  id: string;
  fecha: string;
  hora: string;
  tema: string;
  propuesta: string;
  /** Draft text per network text column ('Texto X' …): the draft wherever it fits the network's limit, else ''. */
  textos: Partial<Record<NetworkColumns['texto'], string>>;
  redes: string;
  finDeSemana: string;
  veda: string;
  estado: string;
}

export interface PlanResult {
  create: NewCalendarRow[];
  /** Days (yyyy-MM-dd) that already had a row: left exactly as they are. */
  kept: string[];
  /** Days inside a veda (new or existing rows). */
  flagged: string[];
  /** Existing rows inside a veda whose «Veda» cell is still empty: set it to «Sí». */
  markVeda: number[];
}

/** Slot ID of a day's publication: CAL-20261201-1 (the suffix grows only if that ID is already taken). */
export function slotId(fecha: string, taken: ReadonlySet<string>): string {
  const base = 'CAL-' + fecha.replace(/-/g, '') + '-';
  let n = 1;
  while (taken.has(base + n)) n++;
  return base + n;
}

/** The announcement of an agenda event, published the day before it. */
export function anuncioEvento(e: PlanEvento): string {
  const d = parseYmd(e.fecha);
  const cuando = d ? `mañana ${fechaCorta(d)}` : 'mañana';
  const donde = [e.lugar, e.municipio].filter((s) => s !== '').join(', ');
  const hora = e.hora ? ` a las ${e.hora} h` : '';
  return `Te invitamos ${cuando}${hora}: ${e.actividad}${donde ? ', en ' + donde : ''}. #ICMujeres`;
}

/** The existing rows by day, and every ID already taken. */
function existingByDay(existing: readonly PlanExisting[]): { byDay: Map<string, PlanExisting[]>; taken: Set<string> } {
  const byDay = new Map<string, PlanExisting[]>();
  const taken = new Set<string>();
  for (const e of existing) {
    if (e.id) taken.add(e.id);
    if (!e.fecha) continue;
    const list = byDay.get(e.fecha);
    if (list) list.push(e);
    else byDay.set(e.fecha, [e]);
  }
  return { byDay, taken };
}

/** An event on day D is announced on D − 1; the first day of next month is announced on this month's last day. */
function eventsByEveOf(agenda: readonly PlanEvento[], first: string, last: string): Map<string, PlanEvento[]> {
  const eventsByEve = new Map<string, PlanEvento[]>();
  for (const ev of agenda) {
    const d = parseYmd(ev.fecha);
    if (!d) continue;
    const eve = ymd(addDays(d, -1));
    if (eve < first || eve > last) continue;
    const list = eventsByEve.get(eve);
    if (list) list.push(ev);
    else eventsByEve.set(eve, [ev]);
  }
  return eventsByEve;
}

/** The draft in every registered network's text column, where it fits that network's limit. */
function draftTexts(draft: string): Partial<Record<NetworkColumns['texto'], string>> {
  const out: Partial<Record<NetworkColumns['texto'], string>> = {};
  for (const d of networks()) out[d.columns.texto] = draft !== '' && d.text && d.text.count(draft) > d.text.max ? '' : draft;
  return out;
}

export function planMonth(input: PlanInput): PlanResult {
  const { year, month1, config } = input;
  const n = daysInMonth(year, month1);
  const first = ymd(new Date(year, month1 - 1, 1));
  const last = ymd(new Date(year, month1 - 1, n));
  const { byDay, taken } = existingByDay(input.existing);
  const efemByDay = groupBy(input.efemerides.filter((e) => e.fecha >= first && e.fecha <= last), (e) => e.fecha);
  const eventsByEve = eventsByEveOf(input.agenda, first, last);
  const activas = REDES.filter((r) => config.redesActivas.includes(r));
  const hora = `${pad2(config.horaPublicacion)}:00`;
  const result: PlanResult = { create: [], kept: [], flagged: [], markVeda: [] };

  for (let d = 1; d <= n; d++) {
    const date = new Date(year, month1 - 1, d);
    const fecha = ymd(date);
    const veda = vedaOf(config, fecha);
    if (veda) result.flagged.push(fecha);
    const existing = byDay.get(fecha);
    if (existing) {
      result.kept.push(fecha);
      if (veda) for (const e of existing) if (e.veda === '') result.markVeda.push(e.index);
      continue;
    }
    const efems = efemByDay.get(fecha) ?? [];
    const props = input.propuestas.filter((p) => p.del <= fecha && fecha <= p.al);
    const events = eventsByEve.get(fecha) ?? [];
    const temas: string[] = [];
    for (const e of efems) push(temas, e.tema || e.nombre);
    for (const p of props) push(temas, p.tema);
    for (const ev of events) push(temas, `Anuncio: ${ev.actividad} (${fechaCorta(parseYmd(ev.fecha) as Date)})`);
    const draft = events.length > 0 ? anuncioEvento(events[0]) : firstText(efems);
    // Networks: the proposals' networks when they name some, always within the active ones.
    const wanted = props.length > 0 ? activas.filter((r) => props.some((p) => p.redes.includes(r))) : activas;
    const id = slotId(fecha, taken);
    taken.add(id);
    result.create.push({
      id,
      fecha,
      hora,
      tema: temas.join(' · '),
      propuesta: props.map((p) => p.id).join(', '),
      textos: draftTexts(draft),
      redes: (wanted.length > 0 ? wanted : activas).join(', '),
      finDeSemana: isWeekend(date) ? weekendValue(config.finesDeSemana) : '',
      veda: veda ? 'Sí' : '',
      estado: ESTADO_BORRADOR,
    });
  }
  return result;
}

function weekendValue(policy: Config['finesDeSemana']): string {
  if (policy === 'Nunca') return 'No';
  if (policy === 'Siempre') return 'Sí';
  return FIN_DE_SEMANA_PENDIENTE;
}

/** The suggested text of the day: a women's-rights date before the Día Naranja / activism defaults. */
function firstText(efems: readonly PlanEfemeride[]): string {
  const withText = efems.filter((e) => e.texto !== '');
  return withText.length > 0 ? withText[0].texto : '';
}

function push(list: string[], s: string): void {
  const t = s.trim();
  if (t && !list.includes(t)) list.push(t);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}
