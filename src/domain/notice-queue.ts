// Pure rules of the Titular's notice queue: which notices wait for the hourly digest and how they are stored in Document Properties.
import { ymd } from './dates';

/** Prefix of the Document Properties that hold queued notices (one or more keys per execution; never secrets). */
export const AVISO_KEY_PREFIX = 'DIFUSION_AVISO_';
/** Document Property with the time (ms) of the last notice e-mail sent to the Titular. */
export const AVISO_ULTIMO_KEY = 'DIFUSION_AVISOS_ULTIMO_ENVIO';
/** A notice e-mail sent less than this long ago makes new notices wait for the hourly digest. */
export const AVISO_INTERVALO_MS = 15 * 60 * 1000;
/** Apps Script allows 9 KB per property value; keep a margin for the key. */
export const AVISO_VALUE_MAX_BYTES = 8000;
/** One notice is at most this many characters (a pasted text is clipped; the Bitácora keeps the event). */
export const AVISO_TEXTO_MAX = 1000;
/** Past this many queued bytes the queue is sent at once instead of waiting (Document Properties total 500 KB). */
export const AVISO_COLA_MAX_BYTES = 200 * 1000;

export interface AvisoEnCola {
  /** When the notice was raised (ms since epoch). */
  at: number;
  texto: string;
}

export interface ColaDeAvisos {
  /** The property keys holding the queue, oldest first. */
  keys: string[];
  avisos: AvisoEnCola[];
  bytes: number;
}

/** UTF-8 size of a string (Apps Script measures property values in bytes). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function clipAviso(texto: string): string {
  return texto.length > AVISO_TEXTO_MAX ? texto.slice(0, AVISO_TEXTO_MAX - 1) + '…' : texto;
}

/** Whether new notices should wait: an e-mail went out less than the interval ago and the queue is not too big. */
export function debeEsperar(nowMs: number, ultimoEnvioMs: number, cola: ColaDeAvisos): boolean {
  if (!(ultimoEnvioMs > 0)) return false;
  if (cola.bytes > AVISO_COLA_MAX_BYTES) return false;
  return nowMs - ultimoEnvioMs < AVISO_INTERVALO_MS && nowMs >= ultimoEnvioMs;
}

/** The time of the last notice e-mail from the Document Properties (0 when none). */
export function ultimoEnvio(all: Record<string, string>): number {
  const n = Number(all[AVISO_ULTIMO_KEY]);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Reads the queued notices from all Document Properties (malformed values are skipped, their keys still listed). */
export function leerCola(all: Record<string, string>): ColaDeAvisos {
  const keys = Object.keys(all).filter((k) => k.indexOf(AVISO_KEY_PREFIX) === 0).sort();
  const avisos: AvisoEnCola[] = [];
  let bytes = 0;
  for (const k of keys) {
    const v = all[k] ?? '';
    bytes += utf8Bytes(v);
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      parsed = null;
    }
    if (!Array.isArray(parsed)) continue;
    for (const item of parsed) {
      if (!Array.isArray(item) || typeof item[0] !== 'number' || typeof item[1] !== 'string') continue;
      avisos.push({ at: item[0], texto: item[1] });
    }
  }
  return { keys, avisos, bytes };
}

function pad(n: number, w: number): string {
  let s = String(n);
  while (s.length < w) s = '0' + s;
  return s;
}

/**
 * The Document Properties to add for these notices: one key per block of at most AVISO_VALUE_MAX_BYTES, named so that
 * keys sort by time and two executions never pick the same name (`unique` comes from the caller).
 */
export function entradasDeCola(nowMs: number, textos: readonly string[], unique: string): Record<string, string> {
  const out: Record<string, string> = {};
  const base = AVISO_KEY_PREFIX + pad(Math.max(0, Math.floor(nowMs)), 15) + '_' + unique.replace(/[^A-Za-z0-9]/g, '').slice(0, 12) + '_';
  let part = 0;
  let block: Array<[number, string]> = [];
  const put = (): void => {
    if (block.length === 0) return;
    out[base + pad(part++, 3)] = JSON.stringify(block);
    block = [];
  };
  for (const t of textos) {
    const item: [number, string] = [nowMs, clipAviso(t)];
    if (block.length > 0 && utf8Bytes(JSON.stringify([...block, item])) > AVISO_VALUE_MAX_BYTES) put();
    block.push(item);
  }
  put();
  return out;
}

/** 'yyyy-MM-dd HH:mm' in the script time zone, for the digest lines. */
export function fechaAviso(ms: number): string {
  const d = new Date(ms);
  return `${ymd(d)} ${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}`;
}
