// What left the workbook, for the page: e-mails with their attachments, each network's posts with their permalinks, the meter.
import type { Emulator } from '../runtime';
import type { FeedEntry, MailState } from '../world';
import { displayText } from './sheet-view';

export interface MailView {
  index: number;
  at: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  attachments: Array<{ name: string; mimeType: string; bytes: number; href: string }>;
}

export interface PostView {
  at: string;
  status: number;
  text: string;
  permalink: string;
}

/** Apps Script's per-execution and daily limits the meter is compared with (developers.google.com/apps-script/guides/services/quotas). */
export const QUOTAS = {
  executionSeconds: 360,
  simpleTriggerSeconds: 30,
  urlFetchPerDayWorkspace: 100000,
  triggerRuntimeMinutesPerDayWorkspace: 360,
};

const time = (ms: number): string => displayText(new Date(ms));

export function outbox(emu: Emulator): MailView[] {
  return emu.world.outbox.map((m: MailState, index) => ({
    index,
    at: time(m.at),
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    body: m.body,
    attachments: m.attachments.map((a, j) => ({
      name: a.name,
      mimeType: a.mimeType,
      bytes: Buffer.from(a.data, 'base64').length,
      href: `/adjunto/${index}/${j}`,
    })),
  }));
}

/** One attachment's bytes (a PDF opens in the browser's viewer); null when there is none at that place. */
export function attachment(emu: Emulator, mail: number, index: number): { name: string; mimeType: string; bytes: Buffer } | null {
  const a = emu.world.outbox[mail]?.attachments[index];
  return a ? { name: a.name, mimeType: a.mimeType, bytes: Buffer.from(a.data, 'base64') } : null;
}

function permalink(network: string, e: FeedEntry): string {
  const b = (e.body ?? {}) as Record<string, unknown>;
  if (network === 'x' && b.id) return `https://x.com/${String(b.username ?? 'i')}/status/${String(b.id)}`;
  if (network === 'facebook' && typeof b.id === 'string' && b.id.includes('_')) {
    const [page, post] = b.id.split('_');
    return `https://www.facebook.com/${page}/posts/${post}`;
  }
  if (typeof b.link === 'string') return b.link;
  return '';
}

function textOf(e: FeedEntry): string {
  const b = (e.body ?? {}) as Record<string, unknown>;
  for (const k of ['text', 'message', 'title', 'caption']) if (typeof b[k] === 'string') return b[k] as string;
  return '';
}

/** The posts each emulated network created (media uploads and reads left out). */
export function feeds(emu: Emulator): Record<string, PostView[]> {
  const out: Record<string, PostView[]> = {};
  for (const [network, entries] of Object.entries(emu.world.endpoints.feeds)) {
    out[network] = entries
      .filter((e) => (e.body as { kind?: unknown } | null)?.kind === 'post' || (e.method === 'POST' && e.status >= 400))
      .map((e) => ({ at: time(e.at), status: e.status, text: textOf(e), permalink: e.status < 300 ? permalink(network, e) : '' }));
  }
  return out;
}

/** The last rows of the Bitácora, newest first. */
export function bitacora(emu: Emulator, limit = 40): { head: string[]; rows: string[][] } {
  const v = emu.values('Bitácora');
  if (!v.length) return { head: [], rows: [] };
  return { head: v[0].map(displayText), rows: v.slice(1).slice(-limit).reverse().map((r) => r.map(displayText)) };
}

export interface MeterView {
  functionName: string;
  user: string;
  at: string;
  wallMs: number;
  total: number;
  counts: Array<[string, number]>;
  limits: Array<{ label: string; used: number; limit: number }>;
}

export function meter(emu: Emulator): MeterView | null {
  const m = emu.world.lastMeter;
  if (!m) return null;
  // Each request counts toward the daily UrlFetch quota, also those sent together by one fetchAll.
  const fetches = emu.world.endpoints.callsThisExecution;
  const day = displayText(new Date(emu.world.now)).slice(0, 10);
  const mailed = Object.entries(emu.world.mailQuota).filter(([k]) => k.endsWith('|' + day)).reduce((n, [, v]) => n + v, 0);
  const simple = m.functionName === 'onEdit' || m.functionName === 'onOpen';
  return {
    functionName: m.functionName,
    user: m.user,
    at: time(m.at),
    wallMs: m.wallMs,
    total: m.total,
    counts: Object.entries(m.counts).sort((a, b) => b[1] - a[1]),
    limits: [
      { label: simple ? 'Tiempo de ejecución (ms, activador simple: 30 s)' : 'Tiempo de ejecución (ms, máximo 6 min)', used: m.wallMs, limit: (simple ? QUOTAS.simpleTriggerSeconds : QUOTAS.executionSeconds) * 1000 },
      { label: 'Solicitudes UrlFetch de esta ejecución (cuota diaria, Workspace)', used: fetches, limit: QUOTAS.urlFetchPerDayWorkspace },
      { label: 'Destinatarios de correo hoy', used: mailed, limit: emu.world.mailDailyLimit },
    ],
  };
}
