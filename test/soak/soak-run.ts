// Runs one generated month through the emulator (the real bundle): rows pasted, decisions, faults, edits, overlaps, the tick hour by hour.
import * as fs from 'fs';
import * as path from 'path';
import { Emulator, type RunResult } from '../../local/runtime';
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { registerEndpoint } from '../../local/endpoints/registry';
import { createXEndpoint } from '../../local/endpoints/x.endpoint';
import { createGraphEndpoint } from '../../local/endpoints/facebook.endpoint';
import { createWordPressEndpoint } from '../../local/endpoints/wordpress.endpoint';
import type { EmulatedEndpoint } from '../../local/endpoints/endpoint';
import type { FaultState, WorldState } from '../../local/world';
import { newDriveId } from '../../local/fakes/drive.fake';
import { ASISTENTE, TITULAR, proposal, setup } from '../publishing/publish-helpers';
import { FIRST_HOUR, type SoakFault, type SoakMonth, TICKS } from './soak-scenario';
import { checkEnd, checkNow, type Expect } from './soak-invariants';

export const DAY = '2026-12-01';
/** Test-only switches of the emulated world that break a promise on purpose (the soak must then fail). */
export interface SoakOptions {
  /** The script lock expires under a running tick, so an overlapping tick gets it too (breaks idempotency). */
  stealLock?: boolean;
  /** Saves the month's starting world in this folder and returns the CLI commands that replay it. */
  saveTo?: string;
}

export interface SoakResult {
  violations: string[];
  commands: string[];
}

let base: { world: WorldState; prop: string } | null = null;
let emu: Emulator | null = null;

/** The configured workbook with the networks connected and one authorized proposal, built once per worker. */
function baseWorld(): { world: WorldState; prop: string } {
  if (!base) {
    const e = setup({ now: `${DAY}T06:00` });
    const prop = proposal(e);
    base = { world: structuredClone(e.world), prop };
    emu = e;
  }
  return base;
}

/** One Emulator per worker whose world is replaced by a fresh copy of the base for each month. */
function freshEmulator(): { emu: Emulator; prop: string } {
  const b = baseWorld();
  const e = emu as Emulator;
  for (const k of Object.keys(e.world)) delete (e.world as unknown as Record<string, unknown>)[k];
  Object.assign(e.world, structuredClone(b.world));
  e.runs.length = 0;
  return { emu: e, prop: b.prop };
}

const pad = (n: number): string => (n < 10 ? '0' : '') + n;
export const idOf = (k: number): string => `CAL-20261201-${k + 1}`;

/** The texts of item k (a recurring item copies an earlier one's X and Facebook texts). */
export function textsOf(m: SoakMonth, k: number, tag: string): { x: string; facebook: string; web: string } {
  const j = m.items[k].repite ?? k;
  return {
    x: `Aviso ${j + 1} (${tag}): derechos de las mujeres en Coahuila #ICM`,
    facebook: `Publicación ${j + 1} (${tag}) del Instituto Coahuilense de las Mujeres.`,
    web: `Nota ${k + 1} (${tag}) para el sitio del Instituto.`,
  };
}

function image(world: WorldState): string {
  const id = newDriveId(world);
  const png = Buffer.alloc(1500, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  world.drive.files.push({ id, name: `cartel-${id.slice(-4)}.png`, mimeType: 'image/png', owner: ASISTENTE, data: png.toString('base64'), trashed: false, created: world.now });
  return `https://drive.google.com/file/d/${id}/view`;
}

function must(r: RunResult, what: string): unknown {
  if (r.error) throw new Error(`${what}: ${r.error.message}`);
  return r.result;
}

/** The Titular sets the veda (today, with «Salud» as exception) or modo ensayo, typing in Configuración. */
function configure(e: Emulator, m: SoakMonth, cmds: string[]): void {
  const values = e.values('Configuración');
  const edit = (a1: string, v: string): void => {
    for (const r of e.edit(a1, v, { as: TITULAR })) must(r, `edit ${a1}`);
    cmds.push(`# ya aplicado en el mundo guardado: npx difusion-local edit "${a1}" '${v}' --as ${TITULAR}`);
  };
  if (m.ensayo) edit(`'Configuración'!B${values.findIndex((r) => r[0] === 'Modo ensayo') + 1}`, 'Sí');
  if (m.veda) {
    const r = values.findIndex((x) => x[0] === 'Del' && x[1] === 'Al') + 2;
    edit(`'Configuración'!A${r}`, DAY);
    edit(`'Configuración'!B${r}`, DAY);
    edit(`'Configuración'!C${r}`, 'Salud');
  }
}

/** The Asistente pastes the month's rows; the Titular authorizes hers from the panel; someone else tries the others. */
function calendar(e: Emulator, m: SoakMonth, prop: string, tag: string, cmds: string[]): void {
  const rows = m.items.map((it, k) => {
    const t = textsOf(m, k, tag);
    return [idOf(k), DAY, `${pad(it.hora)}:00`, `Tema ${k + 1}`, prop, it.excepcion ? 'Salud' : 'Difusión', t.x, t.facebook, t.web, it.imagen ? image(e.world) : '', it.redes.join(', '), ''];
  });
  for (const r of e.paste("'Calendario'!A2", rows, { as: ASISTENTE })) must(r, 'paste');
  const list = must(e.run('panelPendientes', [], { as: TITULAR }), 'panelPendientes') as Array<{ hoja: string; id: string; huella: string }>;
  const ref = (k: number) => list.find((p) => p.hoja === 'calendario' && p.id === idOf(k));
  const mine = m.items.map((it, k) => (it.decision === 'titular' ? ref(k) : undefined)).filter((x) => x !== undefined);
  for (let i = 0; i < mine.length; i += 20) must(e.run('panelAutorizarVarios', [mine.slice(i, i + 20)], { as: TITULAR }), 'panelAutorizarVarios');
  m.items.forEach((it, k) => {
    if (it.decision !== 'ajena') return;
    const r = e.run('panelAutorizar', [ref(k) ?? { hoja: 'calendario', id: idOf(k) }], { as: ASISTENTE });
    if (!r.error) throw new Error(`la Asistente autorizó ${idOf(k)}`);
  });
  cmds.push('# (filas pegadas y decisiones de la Titular ya están en el mundo guardado)');
}

function faultOf(f: SoakFault): FaultState {
  switch (f.kind) {
    case '503': return { endpoint: f.red, kind: 'status', status: 503, body: '{"title":"Service Unavailable","status":503}', times: f.times };
    case '429': return { endpoint: f.red, kind: 'status', status: 429, times: 1 };
    case '401': return { endpoint: f.red, kind: 'status', status: 401, body: '{"title":"Unauthorized","status":401}', times: 1 };
    case 'timeout': return { endpoint: f.red, kind: 'timeout', times: f.times };
    case 'timeoutAfter': return { endpoint: f.red, kind: 'timeoutAfter', times: f.times };
    case 'crash': return { endpoint: f.red, kind: 'crashAfter', times: f.times };
    case 'quota': return { endpoint: f.red, kind: 'quota', times: f.times };
  }
}

function faultCli(f: FaultState): string {
  const how = f.kind === 'status' ? `--status ${f.status}${f.body ? ` --body '${f.body}'` : ''} --times ${f.times}`
    : f.kind === 'crashAfter' ? `--crash-after ${f.times}`
    : f.kind === 'timeoutAfter' ? `--timeout-after-post --times ${f.times}`
    : `--${f.kind} --times ${f.times}`;
  return `npx difusion-local fault ${f.endpoint} ${how} --data $D`;
}

const FACTORIES: Record<string, () => EmulatedEndpoint> = { x: createXEndpoint, facebook: createGraphEndpoint, web: createWordPressEndpoint };

/** During this tick's first network call another tick starts (the lock should make it leave quietly). */
function withOverlap<T>(e: Emulator, steal: boolean, fn: () => T): T {
  let started = false;
  for (const [name, make] of Object.entries(FACTORIES)) {
    const b = make();
    registerEndpoint({
      ...b,
      handle(req, w) {
        if (!started) {
          started = true;
          if (steal) w.lock.until = w.now; // test-only: the running tick's lock expires under it
          e.run('tick', [], { as: TITULAR });
        }
        return b.handle(req, w);
      },
    });
    void name;
  }
  try {
    return fn();
  } finally {
    for (const make of Object.values(FACTORIES)) registerEndpoint(make());
  }
}

/** The Asistente rewrites an item's texts after authorization (voids it unless it is already going out). */
function editTexts(e: Emulator, m: SoakMonth, k: number, tag: string, exp: Expect, cmds: string[]): void {
  const it = m.items[k];
  const args = [{ id: idOf(k), propuesta: '', fecha: DAY, hora: `${pad(it.hora)}:00`, redes: it.redes, textoX: `Texto nuevo ${k + 1} (${tag}) X`, textoFacebook: `Texto nuevo ${k + 1} (${tag}) Facebook`, textoWeb: `Texto nuevo ${k + 1} (${tag}) web`, imagen: '' }];
  const r = e.run('panelGuardarPublicacion', args, { as: ASISTENTE });
  cmds.push(`npx difusion-local run panelGuardarPublicacion --as ${ASISTENTE} --args '${JSON.stringify(args)}' --data $D`);
  const msg = r.error ? '' : String((r.result as { mensaje?: string } | null)?.mensaje ?? '');
  if (/requiere nueva autorización/i.test(msg)) exp.voidedAt.set(k, e.world.now);
}

/** Runs one month; returns every broken promise (empty when all held) and the CLI commands that replay it. */
export function runMonth(m: SoakMonth, opts: SoakOptions = {}): SoakResult {
  const { emu: e, prop } = freshEmulator();
  const tag = `m${(m.items.length * 7919 + m.faults.length * 31 + m.edits.length) % 10007}`;
  const cmds: string[] = [];
  const exp: Expect = { month: m, tag, voidedAt: new Map() };
  configure(e, m, cmds);
  calendar(e, m, prop, tag, cmds);
  if (opts.saveTo) {
    fs.mkdirSync(opts.saveTo, { recursive: true });
    e.save(opts.saveTo);
  }
  const violations: string[] = [];
  for (let t = 0; t < TICKS && violations.length === 0; t++) {
    const at = `${DAY}T${pad(FIRST_HOUR + t)}:30`;
    for (const f of m.faults.filter((x) => x.tick === t)) {
      const fault = faultOf(f);
      injectFault(e.world, fault);
      cmds.push(faultCli(fault));
    }
    for (const ed of m.edits.filter((x) => x.tick === t)) editTexts(e, m, ed.item, tag, exp, cmds);
    const overlap = m.overlaps.includes(t);
    if (overlap) cmds.push('# aquí otro tick empieza durante la primera llamada a una red (npm run soak lo repite)');
    const tick = (): RunResult[] => e.clockTo(at);
    const runs = overlap ? withOverlap(e, !!opts.stealLock, tick) : tick();
    cmds.push(`npx difusion-local clock --to ${at} --data $D`);
    for (const r of runs) if (r.error && !r.killed) violations.push(`${r.functionName} a las ${at} falló: ${r.error.message}`);
    violations.push(...checkNow(e, exp));
  }
  if (violations.length === 0) violations.push(...checkEnd(e, exp));
  return { violations, commands: opts.saveTo ? [`D=${path.resolve(opts.saveTo)}`, ...cmds] : cmds };
}
