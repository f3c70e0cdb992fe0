// The per-row, per-network publication state machine (pure): programada → enviando → publicada | reintentar | error | incierta | tarea manual.
import type { Red } from './schema';
import { hhmm, ymd } from './dates';

export const MAX_INTENTOS = 10;

export type NetState =
  | { kind: 'programada' }
  | { kind: 'enviando'; intento: number; desde?: string }
  | { kind: 'publicada'; id: string; hora: string; manual?: boolean }
  | { kind: 'reintentar'; intento: number; despues: Date; desde?: string }
  | { kind: 'incierta'; intento: number; desde?: string }
  | { kind: 'error'; intento: number; motivo: string }
  | { kind: 'manual'; aviso: string }
  | { kind: 'ensayo' };

/** 'yyyy-MM-dd HH:mm' in the script time zone. */
export function fechaHora(d: Date): string {
  return `${ymd(d)} ${hhmm({ hora: d.getHours(), minutos: d.getMinutes() })}`;
}

export function parseFechaHora(s: string): Date | null {
  const m = /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(s);
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : null;
}

/**
 * `desde` (only when a post was first sent before its scheduled time, by «Publicar ahora») is where a reconciliation
 * lookup must start; otherwise the scheduled time is that bound.
 */
function since(s: { desde?: string }): string {
  return s.desde ? ` · primer envío ${s.desde}` : '';
}

/** The Spanish text of a state as written in «Estado X / Facebook / web». */
export function formatState(s: NetState): string {
  return formatBase(s) + ('desde' in s ? since(s) : '');
}

function formatBase(s: NetState): string {
  switch (s.kind) {
    case 'programada':
      return 'Programada';
    case 'enviando':
      return `Enviando (intento ${s.intento})`;
    case 'publicada':
      return `${s.manual ? 'Publicada a mano' : 'Publicada'} ${s.hora}${s.id ? ' · id ' + s.id : ''}`;
    case 'reintentar':
      return `Reintentar (intento ${s.intento}) después de ${fechaHora(s.despues)}`;
    case 'incierta':
      return `Incierta (intento ${s.intento}): se verificará antes de reintentar`;
    case 'error':
      return `Error (intento ${s.intento}): ${s.motivo}`;
    case 'manual':
      return `Tarea manual (aviso ${s.aviso})`;
    case 'ensayo':
      return 'Ensayo: no se publicó';
  }
}

/** Reads a state cell back; unknown text (or empty) is «programada». */
export function parseState(text: string): NetState {
  let t = text.trim();
  let m: RegExpExecArray | null;
  let desde: string | undefined;
  if ((m = / · primer envío (\d{4}-\d{2}-\d{2} \d{2}:\d{2})$/.exec(t))) {
    desde = m[1];
    t = t.slice(0, m.index);
  }
  const d = desde ? { desde } : {};
  if ((m = /^Enviando \(intento (\d+)\)/.exec(t))) return { kind: 'enviando', intento: +m[1], ...d };
  if ((m = /^Publicada( a mano)? (\d{4}-\d{2}-\d{2} \d{2}:\d{2})(?: · id (.+))?$/.exec(t))) {
    return { kind: 'publicada', hora: m[2], id: m[3] ?? '', manual: !!m[1] };
  }
  if (/^Publicada/.test(t)) return { kind: 'publicada', hora: '', id: '' };
  if ((m = /^Reintentar \(intento (\d+)\) después de (.+)$/.exec(t))) {
    return { kind: 'reintentar', intento: +m[1], despues: parseFechaHora(m[2]) ?? new Date(0), ...d };
  }
  if ((m = /^Incierta \(intento (\d+)\)/.exec(t))) return { kind: 'incierta', intento: +m[1], ...d };
  if ((m = /^Error \(intento (\d+)\): (.*)$/.exec(t))) return { kind: 'error', intento: +m[1], motivo: m[2] };
  if ((m = /^Tarea manual \(aviso (.*)\)$/.exec(t))) return { kind: 'manual', aviso: m[1] };
  if (/^Ensayo/.test(t)) return { kind: 'ensayo' };
  return { kind: 'programada' };
}

/** Final states are never touched again; a rehearsal is final only while modo ensayo is on (then the post is due for real). */
export function isFinal(s: NetState, modoEnsayo = true): boolean {
  return s.kind === 'publicada' || s.kind === 'manual' || (s.kind === 'ensayo' && modoEnsayo);
}

/** What to do now for one network of a due row. */
export type Step =
  | { do: 'nada' }
  | { do: 'enviar'; intento: number; verificar: boolean }
  | { do: 'manual' };

/**
 * Next step at time `now` for a post whose deadline for automatic publishing is `limite`.
 * A leftover «enviando» means a run died mid-call: it is uncertain and is verified (never blindly re-posted).
 */
export function nextStep(s: NetState, now: Date, limite: Date, modoEnsayo = true): Step {
  if (isFinal(s, modoEnsayo)) return { do: 'nada' };
  if (now.getTime() >= limite.getTime()) return { do: 'manual' };
  switch (s.kind) {
    case 'programada':
    case 'ensayo': // Rehearsed while modo ensayo was on: nothing was sent.

      return { do: 'enviar', intento: 1, verificar: false };
    case 'enviando':
    case 'incierta':
      return s.intento >= MAX_INTENTOS ? { do: 'nada' } : { do: 'enviar', intento: s.intento + 1, verificar: true };
    case 'reintentar':
      if (now.getTime() < s.despues.getTime()) return { do: 'nada' };
      // The previous attempt failed cleanly (the network answered): nothing to verify.
      return { do: 'enviar', intento: s.intento, verificar: false };
    default:
      return { do: 'nada' };
  }
}

export type Clase = 'credenciales' | 'límite' | 'temporal' | 'contenido' | 'duplicado';

export interface Resultado {
  ok: boolean;
  id?: string;
  clase?: Clase;
  motivo?: string;
  incierto?: boolean;
  retryAt?: number;
}

/** Back-off between ticks for temporary failures: 15 min, 30 min, 1 h, 2 h. */
export function backoffMs(intento: number): number {
  return Math.min(15 * 60 * 1000 * Math.pow(2, Math.max(0, intento - 1)), 2 * 60 * 60 * 1000);
}

/** The state after attempt `intento` ended with `r` at `now` (`desde`: an early first send, kept on the state). */
export function afterAttempt(intento: number, r: Resultado, now: Date, desde?: string): NetState {
  // A «duplicado» answer is never a publication by itself (only a lookup that finds this very post is).
  if (r.ok) return { kind: 'publicada', id: r.id ?? '', hora: fechaHora(now) };
  const motivo = r.motivo ?? 'Falla desconocida.';
  const d = desde ? { desde } : {};
  if (r.incierto) return { kind: 'incierta', intento, ...d };
  if (intento >= MAX_INTENTOS) return { kind: 'error', intento, motivo: `${motivo} (se agotaron ${MAX_INTENTOS} intentos)` };
  switch (r.clase) {
    case 'contenido':
    case 'duplicado':
      return { kind: 'error', intento, motivo };
    case 'límite':
      return { kind: 'reintentar', intento: intento + 1, despues: new Date(Math.max(r.retryAt ?? 0, now.getTime() + 60 * 1000)), ...d };
    case 'credenciales':
      return { kind: 'reintentar', intento: intento + 1, despues: new Date(now.getTime() + 60 * 60 * 1000), ...d };
    default:
      return { kind: 'reintentar', intento: intento + 1, despues: new Date(now.getTime() + backoffMs(intento)), ...d };
  }
}

/** The row's overall «Estado» from its networks' states. */
export function rowEstado(states: Array<{ red: Red; s: NetState }>): string {
  if (states.length === 0) return '';
  if (states.every((x) => x.s.kind === 'ensayo')) return 'Ensayo';
  if (states.every((x) => x.s.kind === 'publicada')) return 'Publicada';
  if (states.some((x) => x.s.kind === 'manual')) return 'Tarea manual';
  if (states.some((x) => x.s.kind === 'error')) return 'Con error';
  if (states.some((x) => x.s.kind === 'publicada')) return 'Publicada en parte';
  return 'Publicando';
}

/** Due time of a row: its date at its hour (local). */
export function dueAt(fecha: Date, hora: number, minutos: number): Date {
  return new Date(fecha.getFullYear(), fecha.getMonth(), fecha.getDate(), hora, minutos);
}
