// When the monthly report is due: from the first working day of a month (Monday–Friday, not an LFT art. 74 rest day), for the month before.
import { ymd } from '../dates';
import { descansosLft } from '../efemerides';
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

/** The hour from which the hourly tick makes the report on that day (the office's morning). */
export const HORA_INFORME = 8;

/** The month whose report is due at `now` (the previous one), or null before its first working day at HORA_INFORME. */
export function informeDebido(now: Date): Mes | null {
  const y = now.getFullYear();
  const m = now.getMonth() + 1;
  const hoy = ymd(now);
  const desde = primerDiaHabil(y, m);
  if (hoy < desde || (hoy === desde && now.getHours() < HORA_INFORME)) return null;
  const prev = new Date(y, now.getMonth() - 1, 1);
  return { year: prev.getFullYear(), month1: prev.getMonth() + 1 };
}

