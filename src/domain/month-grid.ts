// The visual month as a model: 7 columns lunes-first (Mexican office calendars, ISO 8601), one cell per day with its items.
import { daysInMonth, isoWeekday, MESES, ymd } from './dates';

/** Column headers, lunes-first. */
export const DIAS_COLUMNAS = ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'] as const;

export interface GridItem {
  tema: string;
  estado: string;
  finDeSemana: string;
}

export interface GridDay {
  day: number;
  fecha: string;
  items: GridItem[];
}

export interface MonthGrid {
  /** "Diciembre 2026" */
  title: string;
  dayNames: readonly string[];
  /** Each week has exactly 7 cells; null outside the month. */
  weeks: Array<Array<GridDay | null>>;
}

/** Builds the grid of a month; `items` maps yyyy-MM-dd to that day's Calendario items. */
export function monthGrid(year: number, month1: number, items: ReadonlyMap<string, GridItem[]>): MonthGrid {
  const n = daysInMonth(year, month1);
  const lead = isoWeekday(new Date(year, month1 - 1, 1)) - 1;
  const cells: Array<GridDay | null> = [];
  for (let i = 0; i < lead; i++) cells.push(null);
  for (let d = 1; d <= n; d++) {
    const fecha = ymd(new Date(year, month1 - 1, d));
    cells.push({ day: d, fecha, items: items.get(fecha) ?? [] });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<GridDay | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const mes = MESES[month1 - 1];
  return { title: `${mes.charAt(0).toUpperCase()}${mes.slice(1)} ${year}`, dayNames: DIAS_COLUMNAS, weeks };
}

/** Background colour of an estado (shared by the month view and the sheets' conditional formats). */
export const ESTADO_COLORES: ReadonlyArray<{ contiene: string; color: string }> = [
  { contiene: 'Requiere', color: '#fce8b2' },
  { contiene: 'Error', color: '#f4c7c3' },
  { contiene: 'manual', color: '#f4c7c3' },
  { contiene: 'Rechaz', color: '#f4c7c3' },
  { contiene: 'Publicad', color: '#b7e1cd' },
  { contiene: 'Enviad', color: '#b7e1cd' },
  { contiene: 'Autoriz', color: '#c9daf8' },
  { contiene: 'Cambios', color: '#fce8b2' },
  { contiene: 'Pendiente', color: '#fff2cc' },
  { contiene: 'Borrador', color: '#fff2cc' },
  { contiene: 'veda', color: '#d9d9d9' },
  { contiene: 'No se publica', color: '#efefef' },
];

export function colorOf(estado: string): string {
  const e = estado.toLowerCase();
  for (const c of ESTADO_COLORES) if (e.includes(c.contiene.toLowerCase())) return c.color;
  return '#ffffff';
}

/** The text of one day's cell: the day number, then one line per item. */
export function dayCellText(d: GridDay): string {
  const lines = [String(d.day)];
  for (const it of d.items) {
    const tema = it.tema || '(sin tema)';
    const extra = it.finDeSemana && it.finDeSemana !== 'Sí' ? ` · fin de semana: ${it.finDeSemana}` : '';
    lines.push(`${tema} — ${it.estado || 'sin estado'}${extra}`);
  }
  return lines.join('\n');
}

/** The colour of a day: the first item's estado that has a colour (an error outranks the rest). */
export function dayColor(d: GridDay): string {
  if (d.items.length === 0) return '#ffffff';
  const colors = d.items.map((i) => colorOf(i.estado));
  const rank = (c: string): number => {
    const i = ESTADO_COLORES.findIndex((x) => x.color === c);
    return i < 0 ? 99 : i;
  };
  return colors.sort((a, b) => rank(a) - rank(b))[0];
}
