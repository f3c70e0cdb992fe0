// Calendar-date helpers in the script time zone (local getters), with Spanish day and month names.
import { type Cell, isDate } from './cell';

/** Spanish day names indexed by Date.getDay() (0 = domingo). */
export const DIAS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'] as const;

/** Spanish day names indexed lunes-first: 1 = lunes … 7 = domingo (index 0 unused). */
export const DIAS_ISO = ['', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'] as const;

/** Spanish month names, 0 = enero. */
export const MESES = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const;

/** Two-digit zero padding (5 → '05'); the one copy for dates, hours and IDs. */
export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** 'yyyy-MM-dd' of a date in the script time zone. */
export function ymd(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** 'yyyy-MM' of a date. */
export function ym(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}`;
}

/** Local midnight of 'yyyy-MM-dd' (also accepts 'dd/MM/yyyy'); null when the text is not a real calendar date. */
export function parseYmd(s: string): Date | null {
  const t = s.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) {
    y = +match[1]; m = +match[2]; d = +match[3];
  } else {
    match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (!match) return null;
    d = +match[1]; m = +match[2]; y = +match[3];
  }
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date;
}

/** The calendar day of a cell (a Date, or 'yyyy-MM-dd' / 'dd/MM/yyyy' text) as local midnight; null otherwise. */
export function cellDate(v: Cell | null | undefined): Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (isDate(v)) return new Date(v.getFullYear(), v.getMonth(), v.getDate());
  if (typeof v === 'string') return parseYmd(v);
  return null;
}

/** 'yyyy-MM-dd' of a cell holding a date, or '' when it holds none. */
export function cellYmd(v: Cell | null | undefined): string {
  const d = cellDate(v);
  return d ? ymd(d) : '';
}

export interface HoraMinutos {
  hora: number;
  minutos: number;
}

/**
 * The time of day of a cell: '10:00' / '9:30' text, a whole hour as a number (10), or a Date whose local time is
 * used (Sheets returns time-only cells as Dates on 30 Dec 1899). null when the cell holds no valid time.
 */
export function horaMinutos(v: Cell | null | undefined): HoraMinutos | null {
  if (v === null || v === undefined || v === '') return null;
  if (isDate(v)) return { hora: v.getHours(), minutos: v.getMinutes() };
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v <= 23) return { hora: v, minutos: 0 };
    // A fraction of a day, as Sheets stores times.
    if (v > 0 && v < 1) {
      const total = Math.round(v * 24 * 60);
      return { hora: Math.floor(total / 60) % 24, minutos: total % 60 };
    }
    return null;
  }
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(?:h|hrs|horas)?$/i.exec(v.trim());
  if (!m) return null;
  const hora = +m[1];
  const minutos = m[2] === undefined ? 0 : +m[2];
  if (hora > 23 || minutos > 59) return null;
  return { hora, minutos };
}

/** 'HH:mm' text of an hour and minutes. */
export function hhmm(h: HoraMinutos): string {
  return `${pad2(h.hora)}:${pad2(h.minutos)}`;
}

/** The same local time-of-day n calendar days later (safe across DST changes). */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
}

/** Local midnight of the day of d. */
export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function isWeekend(d: Date): boolean {
  const w = d.getDay();
  return w === 0 || w === 6;
}

/** 1 = lunes … 7 = domingo. */
export function isoWeekday(d: Date): number {
  const w = d.getDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(year, month1, 0).getDate();
}

/** The n-th (1-based) given weekday (0 = domingo … 6 = sábado) of a month, as local midnight. */
export function nthWeekday(year: number, month1: number, weekday: number, n: number): Date {
  const first = new Date(year, month1 - 1, 1);
  const offset = (weekday - first.getDay() + 7) % 7;
  return new Date(year, month1 - 1, 1 + offset + (n - 1) * 7);
}

/** Parses 'yyyy-MM' (or 'MM/yyyy', or a Spanish month name with year: 'diciembre 2026'); null when invalid. */
export function parseYm(s: string): { year: number; month1: number } | null {
  const t = s.trim().toLowerCase();
  let m = /^(\d{4})[-/](\d{1,2})$/.exec(t);
  if (m) return validYm(+m[1], +m[2]);
  m = /^(\d{1,2})[-/](\d{4})$/.exec(t);
  if (m) return validYm(+m[2], +m[1]);
  m = /^([a-záéíóú]+)\s+(?:de\s+)?(\d{4})$/.exec(t);
  if (m) {
    const i = (MESES as readonly string[]).indexOf(m[1]);
    if (i >= 0) return validYm(+m[2], i + 1);
  }
  return null;
}

function validYm(year: number, month1: number): { year: number; month1: number } | null {
  if (month1 < 1 || month1 > 12 || year < 2000 || year > 2100) return null;
  return { year, month1 };
}

/** "martes 1 de diciembre de 2026". */
export function fechaLarga(d: Date): string {
  return `${DIAS[d.getDay()]} ${d.getDate()} de ${MESES[d.getMonth()]} de ${d.getFullYear()}`;
}

/** "1 de diciembre". */
export function fechaCorta(d: Date): string {
  return `${d.getDate()} de ${MESES[d.getMonth()]}`;
}

/** A Spanish day name (any case, with or without accent) → 1 = lunes … 7 = domingo; also accepts 1–7. */
export function parseDiaSemana(v: Cell | null | undefined): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 7 ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().toLowerCase();
  if (/^[1-7]$/.test(t)) return +t;
  const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const i = DIAS_ISO.findIndex((d, k) => k > 0 && plain(d) === plain(t));
  return i > 0 ? i : null;
}
