// Incidents of a month from the Bitácora and Calendario: publishing failures by cause and how each ended, watchdog reminders, manual tasks.
import { parseState } from '../publication';
import type { Red } from '../schema';
import { fechaHoraDe, inMes, rowsOf, str } from './report.rows';
import { CAUSAS, type Causa, type FailureLine, type Mes, type MonthReport, type ReportSheets } from './report.types';

/** Bitácora actions (as written by the publishing tick and the watchdog). */
export const ACCION_FALLA = 'Falla al publicar';
export const ACCION_TAREA_MANUAL = 'Tarea de publicación manual';
export const RECORDATORIO_RE = /recordatorio/i;
export const ESCALAMIENTO_RE = /escala/i;

const RED_DE_NOMBRE: Record<string, Red> = { X: 'X', Facebook: 'Facebook', 'el sitio web': 'Web' };
const ESTADO_COL: Record<Red, string> = { X: 'Estado X', Facebook: 'Estado Facebook', Web: 'Estado web' };
const CAUSA_DE_CLASE: Record<string, Causa> = {
  credenciales: 'Credenciales',
  'límite': 'Límite de peticiones',
  contenido: 'Contenido rechazado',
  temporal: 'Red caída o falla temporal',
};
const FALLA_RE = /^(X|Facebook|el sitio web) \(intento (\d+), ([^,)]+)/;

/** How a failed post ended, from its network state now. */
export function desenlace(estado: string): string {
  const s = parseState(estado);
  switch (s.kind) {
    case 'publicada':
      return s.manual ? `Publicada a mano ${s.hora}` : `Publicada automáticamente tras reintento ${s.hora}`;
    case 'manual':
      return 'Tarea de publicación manual, sin registro de publicación';
    case 'error':
      return 'Error: no se publicó';
    case 'reintentar':
    case 'incierta':
    case 'enviando':
      return 'Pendiente: se seguía reintentando';
    default:
      return 'No se publicó';
  }
}

type IncidentPart = Pick<MonthReport, 'fallas' | 'fallasPorCausa' | 'vigilancia' | 'tareasManuales'>;

export function incidentFigures(sheets: ReportSheets, mes: Mes): IncidentPart {
  const estados = new Map<string, (h: string) => string>();
  for (const { get } of rowsOf(sheets.calendario)) estados.set(str(get('ID')), (h) => str(get(h)));
  const fallas = new Map<string, FailureLine>();
  const vigilancia = { recordatorios: 0, escalamientos: 0, lineas: [] as string[] };
  let tareasManuales = 0;
  for (const { get } of rowsOf(sheets.bitacora)) {
    if (!inMes(get('Fecha y hora'), mes)) continue;
    const accion = str(get('Acción'));
    const cuando = fechaHoraDe(get('Fecha y hora'));
    if (accion === ACCION_TAREA_MANUAL) tareasManuales++;
    if (RECORDATORIO_RE.test(accion) || ESCALAMIENTO_RE.test(accion)) {
      if (ESCALAMIENTO_RE.test(accion)) vigilancia.escalamientos++;
      else vigilancia.recordatorios++;
      vigilancia.lineas.push(`${cuando} · ${accion} · ${str(get('Elemento'))}`);
    }
    if (accion !== ACCION_FALLA) continue;
    const m = FALLA_RE.exec(str(get('Detalle')));
    if (!m) continue;
    const id = str(get('Elemento')).replace(/^Calendario\s+/, '');
    const red = RED_DE_NOMBRE[m[1]];
    const key = `${id}|${red}`;
    const prev = fallas.get(key);
    if (prev) {
      prev.intentos++;
      continue;
    }
    const estado = estados.get(id);
    fallas.set(key, {
      id, red, causa: CAUSA_DE_CLASE[m[3]] ?? 'Red caída o falla temporal', intentos: 1, primera: cuando,
      desenlace: estado ? desenlace(estado(ESTADO_COL[red])) : 'La fila ya no está en Calendario',
    });
  }
  const fallasPorCausa = Object.fromEntries(CAUSAS.map((c) => [c, 0])) as Record<Causa, number>;
  for (const f of fallas.values()) fallasPorCausa[f.causa]++;
  return { fallas: [...fallas.values()], fallasPorCausa, vigilancia, tareasManuales };
}
