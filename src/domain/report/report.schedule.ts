// When the monthly report is due: from the first working day of a month (Monday–Friday, not an LFT art. 74 rest day), for the month before.
import { addDays, ymd } from '../dates';
import { descansosLft } from '../efemerides';
import type { Cell } from '../cell';
import { inMes, rowsOf } from './report.rows';
import type { Mes } from './report.types';

/** The first working day of a month, 'yyyy-MM-dd'. */
export function primerDiaHabil(year: number, month1: number): string {
  const descansos = new Set(descansosLft(year).map((d) => d.fecha));
  for (let day = 1; ; day++) {
    const d = new Date(year, month1 - 1, day);
    const wd = d.getDay();
    if (wd !== 0 && wd !== 6 && !descansos.has(ymd(d))) return ymd(d);
  }
}

/** The hour whose tick makes the report (the office's morning): one tick a day looks, the others cost nothing. */
export const HORA_INFORME = 8;

/** Days after the first working day during which the tick still makes a report it missed (then only the menu does). */
export const DIAS_DE_GRACIA = 7;

/**
 * The month whose report is due at `now` (the previous one): in the HORA_INFORME hour of the first working day and of
 * the DIAS_DE_GRACIA days after it (a missed report is retried); null otherwise, so the other ticks cost nothing.
 */
export function informeDebido(now: Date): Mes | null {
  const y = now.getFullYear();
  const m = now.getMonth() + 1;
  const hoy = ymd(now);
  const desde = primerDiaHabil(y, m);
  const hasta = ymd(addDays(new Date(+desde.slice(0, 4), +desde.slice(5, 7) - 1, +desde.slice(8, 10)), DIAS_DE_GRACIA));
  if (hoy < desde || hoy > hasta || now.getHours() !== HORA_INFORME) return null;
  const prev = new Date(y, now.getMonth() - 1, 1);
  return { year: prev.getFullYear(), month1: prev.getMonth() + 1 };
}


/** Whether the add-on ran in the month at all (a Bitácora row dated in it): a month before it was installed gets no automatic report. */
export function huboActividad(bitacora: readonly Cell[][], mes: Mes): boolean {
  return rowsOf(bitacora).some(({ get }) => inMes(get('Fecha y hora'), mes));
}
