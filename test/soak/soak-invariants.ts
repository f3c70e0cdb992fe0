// The soak's promises on the emulated world: never doubled, never unauthorized, never «Publicada» without a post, never lost, no secret, Bitácora verifies.
import type { Emulator } from '../../local/runtime';
import { xData } from '../../local/endpoints/x.endpoint';
import { graphData } from '../../local/endpoints/facebook.endpoint';
import { wordpressData } from '../../local/endpoints/wordpress.endpoint';
import { secretLeaks } from '../support/secrets';
import type { Red, SoakMonth } from './soak-scenario';

export interface Expect {
  month: SoakMonth;
  tag: string;
  /** Items whose authorization the Asistente's edit voided, and when. */
  voidedAt: Map<number, number>;
}

/** A post a network holds: its text (or slug for the site), id and when it was made. */
interface Held {
  key: string;
  id: string;
  at: number;
}

function held(emu: Emulator, red: Red): Held[] {
  if (red === 'X') return xData(emu.world).posts.map((p) => ({ key: p.text, id: p.id, at: p.at }));
  if (red === 'Facebook') return graphData(emu.world).posts.map((p) => ({ key: p.message, id: p.id, at: p.at }));
  // A second post of the same row gets the slug «…-2»: keyed by the row's own slug.
  return wordpressData(emu.world).posts.map((p) => ({ key: /^(difusion-cal-\d{8}-\d+)(?:-\d+)?$/.exec(p.slug)?.[1] ?? p.slug, id: String(p.id), at: p.date }));
}

const idOf = (k: number): string => `CAL-20261201-${k + 1}`;
const slugOf = (k: number): string => 'difusion-' + idOf(k).toLowerCase();
const STATE_COL: Record<Red, string> = { X: 'Estado X', Facebook: 'Estado Facebook', Web: 'Estado web' };

function keyOf(exp: Expect, k: number, red: Red): string {
  const j = exp.month.items[k].repite ?? k;
  if (red === 'X') return `Aviso ${j + 1} (${exp.tag}): derechos de las mujeres en Coahuila #ICM`;
  if (red === 'Facebook') return `Publicación ${j + 1} (${exp.tag}) del Instituto Coahuilense de las Mujeres.`;
  return slugOf(k);
}

/** May this item go out on this network at all (authorized by the Titular, not held by veda, not in modo ensayo)? */
function allowed(exp: Expect, k: number, red: Red): boolean {
  const it = exp.month.items[k];
  return it.decision === 'titular' && it.redes.includes(red) && !exp.month.ensayo && !(exp.month.veda && !it.excepcion);
}

/** Calendario rows by ID, read straight from the emulated sheet's cells (dumpSheet is far too slow to run every hour). */
function rows(emu: Emulator): Map<string, Record<string, unknown>> {
  const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario');
  const grid = new Map<number, Map<number, unknown>>();
  for (const [k, c] of Object.entries(sheet?.cells ?? {})) {
    if (c.v === '' || c.v === undefined) continue;
    const i = k.indexOf(',');
    const r = +k.slice(0, i);
    if (!grid.has(r)) grid.set(r, new Map());
    (grid.get(r) as Map<number, unknown>).set(+k.slice(i + 1), c.v);
  }
  const head = grid.get(0) ?? new Map<number, unknown>();
  const out = new Map<string, Record<string, unknown>>();
  for (const [r, cols] of grid) {
    if (r === 0 || !cols.has(0)) continue;
    const rec: Record<string, unknown> = {};
    for (const [c, h] of head) rec[String(h)] = cols.get(c) ?? '';
    out.set(String(cols.get(0)), rec);
  }
  return out;
}

/**
 * Items may share a text (`repite`), so a network's posts of one text are matched to the items that may own them: each
 * item owns at most one post, made while it was authorized (before an edit voided it). Earliest voiding first, in time
 * order, finds a matching whenever one exists. A post no item could ever own is unauthorized; one left over is doubled.
 */
function unmatched(exp: Expect, red: Red, list: Held[], ks: number[]): 'unauthorized' | 'doubled' | null {
  const until = (k: number): number => exp.voidedAt.get(k) ?? Infinity;
  const may = (k: number, p: Held): boolean => allowed(exp, k, red) && p.at <= until(k);
  const used = new Set<number>();
  for (const p of [...list].sort((a, b) => a.at - b.at)) {
    const free = ks.filter((k) => !used.has(k) && may(k, p)).sort((a, b) => until(a) - until(b));
    if (free.length > 0) used.add(free[0]);
    else return ks.some((k) => may(k, p)) ? 'doubled' : 'unauthorized';
  }
  return null;
}

/** Promises that hold at every moment: nothing doubled, nothing unauthorized out, no «Publicada» without its post. */
export function checkNow(emu: Emulator, exp: Expect): string[] {
  const out: string[] = [];
  const table = rows(emu);
  for (const red of ['X', 'Facebook', 'Web'] as Red[]) {
    const posts = held(emu, red);
    const byKey = new Map<string, Held[]>();
    for (const p of posts) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
    const owners = new Map<string, number[]>();
    exp.month.items.forEach((_, k) => owners.set(keyOf(exp, k, red), [...(owners.get(keyOf(exp, k, red)) ?? []), k]));
    for (const [key, list] of byKey) {
      const ks = owners.get(key) ?? [];
      const bad = unmatched(exp, red, list, ks);
      if (bad === 'unauthorized') out.push(`${red} recibió una publicación no autorizada (anulada, retenida, en ensayo o de otra persona): «${key.slice(0, 60)}»`);
      else if (bad === 'doubled') out.push(`${red} tiene ${list.length} publicaciones de ${ks.map(idOf).join(', ')} («${key.slice(0, 50)}»): publicada dos veces`);
    }
    exp.month.items.forEach((_, k) => {
      const st = String(table.get(idOf(k))?.[STATE_COL[red]] ?? '');
      const m = /^Publicada (?!a mano)\S+ \S+(?: · id (.+))?$/.exec(st);
      if (!m) return;
      const p = posts.find((x) => x.id === m[1]);
      if (!m[1] || !p || p.key !== keyOf(exp, k, red)) out.push(`${idOf(k)} dice «${st}» en ${red}, pero ${red} no tiene esa publicación`);
    });
  }
  return out;
}

/** At the end of the day: every allowed item is published on each network or is a manual task with its e-mail; no secret; Bitácora verifies. */
export function checkEnd(emu: Emulator, exp: Expect): string[] {
  const out = checkNow(emu, exp);
  const table = rows(emu);
  const mails = emu.world.outbox.filter((m) => /Publicación manual pendiente/.test(m.subject));
  exp.month.items.forEach((_, k) => {
    if (exp.voidedAt.has(k)) return;
    const row = table.get(idOf(k)) ?? {};
    for (const red of ['X', 'Facebook', 'Web'] as Red[]) {
      if (!allowed(exp, k, red)) continue;
      const st = String(row[STATE_COL[red]] ?? '');
      if (/^Publicada /.test(st)) continue;
      const texto = String(row[red === 'Web' ? 'Texto web' : `Texto ${red}`] ?? '');
      if (/^Tarea manual/.test(st) && mails.some((m) => m.subject.includes(`(${idOf(k)})`) && m.body.includes(texto))) continue;
      out.push(`${idOf(k)} quedó «${st || 'sin estado'}» en ${red}: ni publicada ni tarea manual con su correo`);
    }
  });
  out.push(...secretLeaks(emu, emu.runs));
  const v = emu.run('verificarBitacora', [], { as: 'titular@icm.gob.mx' });
  const inval = (v.result as { invalidas?: unknown[] } | null)?.invalidas ?? ['sin resultado'];
  if (v.error || inval.length > 0) out.push(`La Bitácora no verifica: ${v.error?.message ?? JSON.stringify(inval).slice(0, 200)}`);
  return out;
}
