// The hourly tick: under the script lock and a time budget, publishes every due, authorized Calendario row on its networks with evidence.
import type { Config } from '../../domain/config.types';
import { blockKey, LAST_TICK_PROPERTY } from '../../domain/credential-keys';
import { isAppError } from '../../domain/errors';
import { fechaHora, isFinal, nextStep, type NetState, parseFechaHora } from '../../domain/publication';
import { type Red, REDES } from '../../domain/schema';
import { Gate } from '../authorization/index';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { alertInvalidConfig } from './config-alert';
import { ports } from '../shared/index';
import { sendPublishingAlerts } from './alerts';
import { sendManualTask } from './manual-task';
// Type-only: the providers are injected by the ui layer (no runtime import of an outer layer).
import type { PostInput, ProviderSet } from './provider.port';
import { exactText, policyHold, type RowInfo, rowInfo, setNetError, setState, stateOf } from './publication-rows';
import { network } from '../../domain/networks';
import { emptyReport, type Item, TICK_BUDGET_MS, TickContext, type TickReport } from './tick-context';
import { sendRound } from './tick-send';
import { text } from '../../domain/cell';

export { TICK_BUDGET_MS, type TickReport } from './tick-context';
/** The tick looks back the manual deadline plus this margin, so every due row reaches its deadline while in view. */
export const WINDOW_MARGIN_MS = 24 * 3600 * 1000;
/** When ticks stopped, the window also reaches back to the last complete tick, but never more than this. */
export const MAX_CATCH_UP_MS = 31 * 24 * 3600 * 1000;
/** Document Property: when the last tick that went through every due row started (ms). */
export const LAST_TICK_KEY = LAST_TICK_PROPERTY;
/** Attempts within one tick for temporary failures (with short pauses). */
export const ROUNDS_PER_TICK = 3;

export type MakeProviders = (props: Record<string, string>, graphVersion: string) => ProviderSet;

export interface TickOptions {
  /** «Publicar ahora»: only these row IDs, treated as due now. */
  ids?: string[];
  /** How long to wait for the lock (the trigger does not wait). */
  lockWaitMs?: number;
}

export function runTick(make: MakeProviders, opts: TickOptions = {}): TickReport {
  const report = emptyReport();
  const lock = ports().locks.script();
  if (!lock.tryLock(opts.lockWaitMs ?? 0)) {
    report.ocupado = true;
    return report;
  }
  try {
    return new TickRun(make, opts, report).run();
  } finally {
    ports().workbook.flush();
    lock.release();
  }
}

/** One row's due networks as the selection found them. */
interface Due {
  info: RowInfo;
  states: Array<{ red: Red; s: NetState }>;
  early: boolean;
}

class TickRun {
  private readonly start = Date.now();
  private ctx: TickContext | null = null;
  private gate: Gate | null = null;
  private readonly now = new Date();
  private readonly items: Item[] = [];
  private readonly manual = new Map<number, Red[]>();

  constructor(
    private readonly make: MakeProviders,
    private readonly opts: TickOptions,
    private readonly report: TickReport,
  ) {}

  run(): TickReport {
    let config: Config;
    try {
      config = readConfig();
    } catch (err) {
      // «Publicar ahora» shows the error to the person; the hourly tick must not fail silently: fail closed and alert.
      if (this.opts.ids || !isAppError(err)) throw err;
      this.report.configInvalida = err.message;
      alertInvalidConfig(err.message);
      this.report.ms = Date.now() - this.start;
      return this.report;
    }
    const props = ports().props.secrets().getAll();
    const providers = this.make(props, config.graphVersion);
    const t = ports().workbook.tryOpenTable('calendario');
    if (!t) return this.finishWithoutTable(config);
    const ctx = new TickContext(config, props, providers, t, this.report);
    this.ctx = ctx;
    for (const red of REDES as readonly Red[]) {
      const b = props[blockKey(red)];
      if (b) ctx.blocked[red] = b;
    }
    this.report.filas = t.rows.length;
    this.selectAll(ctx);
    ctx.flushRows();
    let pending = this.items;
    for (let round = 1; round <= ROUNDS_PER_TICK && pending.length > 0; round++) {
      if (round > 1) {
        if (ctx.elapsed() + 60 * 1000 > TICK_BUDGET_MS) break;
        ports().clock.sleep(2000 * round);
      }
      pending = sendRound(ctx, pending).filter((it) => !ctx.blocked[it.red]);
    }
    for (const [i, reds] of this.manual) this.manualTask(ctx, i, reds);
    return this.finish(ctx);
  }

  /** Goes through every row once: due rows are held, blocked, rehearsed, queued for sending or for a manual task. */
  private selectAll(ctx: TickContext): void {
    const wanted = this.opts.ids ? new Set(this.opts.ids.map((s) => s.trim())) : null;
    const from = this.windowStart(ctx);
    for (let i = 0; i < ctx.t.rows.length; i++) {
      const due = this.dueRow(ctx, i, wanted, from);
      if (!due || !this.mayGo(ctx, i, due.info, wanted)) continue;
      for (const { red, s } of due.states) this.plan(ctx, i, due, red, s);
      ctx.summarize(i, due.info.redes);
    }
  }

  /** Row i when it is due now (or asked for by «Publicar ahora») and not final on every network; counts it. */
  private dueRow(ctx: TickContext, i: number, wanted: Set<string> | null, from: number): Due | null {
    const info = rowInfo(ctx.t, i, ctx.config);
    if (!info || !info.id || info.redes.length === 0) return null;
    const now = this.now;
    let early = false;
    if (wanted) {
      if (!wanted.has(info.id)) return null;
      if (info.due.getTime() > now.getTime()) {
        early = true;
        info.due = now;
        info.limite = new Date(now.getTime() + Math.max(1, ctx.config.plazoManualHoras) * 3600 * 1000);
      }
    } else if (info.due.getTime() > now.getTime() || info.due.getTime() < from) return null;
    const states = info.redes.map((red) => ({ red, s: stateOf(ctx.t, i, red) }));
    if (states.every((x) => isFinal(x.s, ctx.config.modoEnsayo))) {
      if (wanted) this.report.avisos.push(`${info.id}: ya estaba publicada o registrada.`);
      return null;
    }
    this.report.vencidas++;
    if (ctx.outOfTime()) {
      this.report.pendientesPorTiempo++;
      return null;
    }
    return { info, states, early };
  }

  /** Policy (weekend, veda) and the authorization gate: false when the row is held or blocked (noted on the row). */
  private mayGo(ctx: TickContext, i: number, info: RowInfo, wanted: Set<string> | null): boolean {
    const hold = policyHold(ctx.t, i, ctx.config, info.due);
    if (hold) {
      this.report.retenidas++;
      ctx.note(i, info.id, 'Publicación retenida', hold);
      if (wanted) this.report.avisos.push(`${info.id}: ${hold}`);
      return false;
    }
    const verdict = this.gateOf(ctx.config).checkCalendario(ctx.t, i);
    if (!verdict.ok) {
      this.report.sinAutorizacion++;
      ctx.note(i, info.id, 'Publicación bloqueada', `No se publicó: ${verdict.motivo}`);
      if (wanted) this.report.avisos.push(`${info.id}: ${verdict.motivo}`);
      return false;
    }
    return true;
  }

  /** What to do with one network of a due row: nothing, rehearse, a manual task, or a post queued for sending. */
  private plan(ctx: TickContext, i: number, due: Due, red: Red, s: NetState): void {
    const now = this.now;
    const step = nextStep(s, now, due.info.limite, ctx.config.modoEnsayo);
    if (step.do === 'nada') return;
    if (ctx.config.modoEnsayo) return this.rehearse(ctx, i, due.info.id, red);
    if (step.do === 'manual') {
      this.manual.set(i, [...(this.manual.get(i) ?? []), red]);
      return;
    }
    const provider = ctx.providers[red];
    if (!provider.configured() || ctx.blocked[red]) {
      const why = ctx.blocked[red] ? `está detenida por credenciales: ${ctx.blocked[red]}` : `no está conectada («Conectar redes»).`;
      setNetError(ctx.t, i, provider.nombre, why);
      return;
    }
    // Every attempt happened at or after the scheduled time, unless «Publicar ahora» sent it earlier (recorded as «desde»).
    const prior = 'desde' in s && s.desde ? s.desde : undefined;
    const desde = prior ?? (due.early && (s.kind === 'programada' || s.kind === 'ensayo') ? fechaHora(now) : undefined);
    const desdeMs = desde ? (parseFechaHora(desde) ?? now).getTime() : Infinity;
    const post = this.postOf(ctx, i, due.info.id, red, Math.min(due.info.due.getTime(), now.getTime(), desdeMs));
    const problems = typeof post === 'string' ? post : provider.validate(post).map((p) => p.mensaje).join(' ');
    if (typeof post === 'string' || problems) {
      ctx.fail(i, due.info.id, red, step.intento, { ok: false, clase: 'contenido', motivo: problems, status: 0, detalle: '' });
      return;
    }
    this.items.push({ i, red, provider, post, intento: step.intento, verificar: step.verificar, desde });
  }

  /**
   * The earliest due time the tick looks at: the manual deadline plus a margin (a row reaches its deadline, and becomes a
   * manual task, while still in view), reaching back further to the last complete tick when ticks stopped for a while.
   */
  private windowStart(ctx: TickContext): number {
    const now = this.now.getTime();
    const span = Math.max(0, ctx.config.plazoManualHoras) * 3600 * 1000 + WINDOW_MARGIN_MS;
    const last = Number(ctx.props[LAST_TICK_KEY]);
    const since = last > 0 && last < now ? Math.max(last, now - MAX_CATCH_UP_MS) : now;
    return Math.min(now, since) - span;
  }

  private gateOf(config: Config): Gate {
    if (!this.gate) this.gate = Gate.load(config);
    return this.gate;
  }

  private finishWithoutTable(config: Config): TickReport {
    if (!this.opts.ids && this.report.pendientesPorTiempo === 0) ports().props.secrets().set(LAST_TICK_KEY, String(this.start));
    const bitacora = new Bitacora();
    sendPublishingAlerts([], config, bitacora);
    bitacora.flush();
    this.report.ms = Date.now() - this.start;
    return this.report;
  }

  private finish(ctx: TickContext): TickReport {
    ctx.flushRows();
    // Only a tick that went through every due row moves the start of the next tick's window.
    if (!this.opts.ids && this.report.pendientesPorTiempo === 0) ports().props.secrets().set(LAST_TICK_KEY, String(this.start));
    sendPublishingAlerts(ctx.alerts, ctx.config, ctx.bitacora);
    ctx.bitacora.flush();
    this.report.ms = Date.now() - this.start;
    return this.report;
  }

  private rehearse(ctx: TickContext, i: number, id: string, red: Red): void {
    const texto = exactText(ctx.t.get(i, network(red).columns.texto));
    setState(ctx.t, i, red, { kind: 'ensayo' });
    this.report.ensayo++;
    ctx.bitacora.add({ accion: 'Ensayo de publicación', elemento: `Calendario ${id}`, detalle: `Modo ensayo: se publicaría en ${ctx.providers[red].nombre}: «${texto}»` });
  }

  /** `since`: the earliest moment an earlier attempt may have reached the network (where a reconciliation lookup starts). */
  private postOf(ctx: TickContext, i: number, id: string, red: Red, since: number): PostInput | string {
    const image = ctx.imageOf(i);
    if (typeof image === 'string') return image;
    return { rowId: id, red, title: text(ctx.t.get(i, 'Tema')), text: exactText(ctx.t.get(i, network(red).columns.texto)), image, since };
  }

  private manualTask(ctx: TickContext, i: number, reds: Red[]): void {
    const sent = sendManualTask(ctx.t, i, reds, { config: ctx.config, providers: ctx.providers, bitacora: ctx.bitacora, image: ctx.imageOf(i) });
    if (!sent) return;
    this.report.manuales++;
    ctx.summarize(i, null);
    ctx.flushRows();
  }
}
