// Advancing the emulated clock from the page: hour by hour, firing the installed triggers, reporting progress as it goes.
import { parseTime, type RunResult } from '../runtime';
import { PageError, type WebSession } from './session';
import { displayText } from './sheet-view';

const HOUR = 3600 * 1000;
/** The longest advance the page asks for at once (two months of hourly ticks). */
export const MAX_ADVANCE = 62 * 24 * HOUR;

export interface ClockProgress {
  done: number;
  total: number;
  now: string;
  runs: number;
  errors: string[];
  fin?: boolean;
}

/** The target time of a request: {horas: n} or {hasta: '2026-12-01T10:30'} (Monterrey time); throws a Spanish message. */
export function clockTarget(now: number, body: { horas?: unknown; hasta?: unknown }): number {
  let target: number;
  if (typeof body.hasta === 'string' && body.hasta) {
    try {
      target = parseTime(body.hasta);
    } catch (e) {
      throw new PageError((e as Error).message);
    }
  }
  else if (typeof body.horas === 'number' && Number.isFinite(body.horas) && body.horas > 0) target = now + body.horas * HOUR;
  else throw new PageError('Indique cuántas horas avanzar o hasta qué fecha y hora.');
  if (target <= now) throw new PageError(`El reloj no puede retroceder: ahora es ${displayText(new Date(now))} (hora de Monterrey).`);
  if (target - now > MAX_ADVANCE) throw new PageError('Avance como máximo 62 días cada vez.');
  return target;
}

function describe(r: RunResult): string {
  return `${displayText(new Date(r.meter.at))} ${r.functionName}: ${r.error?.message ?? ''}`;
}

/** Advances to `target` one hour at a time, yielding to the event loop between hours so progress reaches the page. */
export async function advance(session: WebSession, target: number, report: (p: ClockProgress) => void): Promise<ClockProgress> {
  const start = session.emu.world.now;
  const total = Math.max(1, Math.ceil((target - start) / HOUR));
  let runs = 0;
  const errors: string[] = [];
  for (let done = 1; done <= total; done++) {
    const t = Math.min(target, start + done * HOUR);
    const rs = session.emu.clockTo(t);
    runs += rs.length;
    for (const r of rs) if (r.error) errors.push(describe(r));
    report({ done, total, now: displayText(new Date(t)), runs, errors: errors.slice(-5) });
    await new Promise((r) => setImmediate(r));
  }
  session.flush();
  return { done: total, total, now: displayText(new Date(session.emu.world.now)), runs, errors: errors.slice(-5), fin: true };
}
