// The deadline watchdog's pure rules: which items are late today and whether a reminder was already sent for them today.
import { addDays, fechaLarga, startOfDay, ymd } from './dates';

/** Document property: JSON {clave: 'yyyy-MM-dd'} of the reminders sent (one per item per day). */
export const WATCHDOG_ENVIADOS = 'WATCHDOG_ENVIADOS';

/** Who a reminder goes to. */
export type Destino = 'asistentes' | 'asistentes+titular' | 'titular';

export interface Recordatorio {
  /** Stable key of the item and rule, e.g. «dia|2026-12-03» or «autorizar|ICM-B-2026-001». */
  clave: string;
  destino: Destino;
  /** What it is about, for the Bitácora «Elemento» («Calendario 2026-12-03», «Boletines CS01 ICM-B-2026-001»). */
  elemento: string;
  asunto: string;
  texto: string;
}

/** Whether a reminder with this key may go out today, given what was sent. */
export function puedeAvisar(enviados: Readonly<Record<string, string>>, clave: string, hoy: Date): boolean {
  return enviados[clave] !== ymd(hoy);
}

/** The sent map with today's entries only (older days no longer matter). */
export function soloHoy(enviados: Readonly<Record<string, string>>, hoy: Date): Record<string, string> {
  const d = ymd(hoy);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(enviados)) if (v === d) out[k] = v;
  return out;
}

export function parseEnviados(json: string | null): Record<string, string> {
  if (!json) return {};
  try {
    const o = JSON.parse(json) as unknown;
    if (!o || typeof o !== 'object' || Array.isArray(o)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/**
 * Publication days from tomorrow to `dias` days ahead that have programmed rows but nothing authorized. The Asistente
 * is told first; the day before (or when it is the nearest day), the Titular too.
 */
export function diasSinAutorizar(
  dias: ReadonlyMap<string, { programadas: number; autorizadas: number }>, hoy: Date, n: number,
): Recordatorio[] {
  const out: Recordatorio[] = [];
  for (let k = 1; k <= n; k++) {
    const d = addDays(startOfDay(hoy), k);
    const key = ymd(d);
    const x = dias.get(key);
    if (!x || x.programadas === 0 || x.autorizadas > 0) continue;
    out.push({
      clave: `dia|${key}`,
      destino: k <= 1 ? 'asistentes+titular' : 'asistentes',
      elemento: `Calendario ${key}`,
      asunto: `Difusión ICM: nada autorizado para el ${fechaLarga(d)}`,
      texto: `El ${fechaLarga(d)} tiene ${x.programadas} publicación(es) programada(s) y ninguna autorizada por la Titular. Sin autorización no se publica nada ese día.`,
    });
  }
  return out;
}

/** Hours between two times. */
export function horasEntre(desde: Date, hasta: Date): number {
  return (hasta.getTime() - desde.getTime()) / 3600000;
}

/** Reminders go out in working hours only (8:00 to 20:59, the script's time zone): nobody is woken at midnight. */
export const HORARIO_AVISOS = { desde: 8, hasta: 20 } as const;

export function enHorarioDeAvisos(now: Date): boolean {
  return now.getHours() >= HORARIO_AVISOS.desde && now.getHours() <= HORARIO_AVISOS.hasta;
}
