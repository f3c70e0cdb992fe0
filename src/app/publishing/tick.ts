// The hourly tick: under the script lock and a time budget, publishes every due, authorized Calendario row on its networks with evidence.
import { text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { afterAttempt, fechaHora, isFinal, type NetState, nextStep, parseFechaHora, rowEstado } from '../../domain/publication';
import type { Red } from '../../domain/schema';
import { blockKey, LAST_TICK_PROPERTY, PROP } from '../../domain/credential-keys';
// Type-only: the providers are injected by the ui layer (no runtime import of an outer layer).
import type { Failure, Provider, PostImage, PostInput, ProviderSet, Published } from './provider.port';
import { Bitacora } from '../shared/bitacora';
import { readConfig } from '../shared/config';
import { alertInvalidConfig } from '../shared/config-alert';
import { isAppError } from '../../domain/errors';
import { Gate } from '../authorization/gate';
import { sendPublishingAlerts } from './alerts';
import { sendManualTask } from './manual-task';
import { PostImages } from './post-images';
import { ports, type SheetTable } from '../shared/ports';
import { ENLACE_COL, exactText, policyHold, rowInfo, setNetError, setState, stateOf, TEXTO_COL } from './publication-rows';

/** Leave at least 1.5 of Apps Script's 6 minutes unused: the rest waits for the next tick. */
export const TICK_BUDGET_MS = 4.5 * 60 * 1000;
/** The tick looks back the manual deadline plus this margin, so every due row reaches its deadline while in view. */
export const WINDOW_MARGIN_MS = 24 * 3600 * 1000;
/** When ticks stopped, the window also reaches back to the last complete tick, but never more than this. */
export const MAX_CATCH_UP_MS = 31 * 24 * 3600 * 1000;
/** Script Property: when the last tick that went through every due row started (ms). */
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

export interface TickReport {
  ocupado: boolean;
  filas: number;
  vencidas: number;
  publicadas: number;
  reintentos: number;
  inciertas: number;
  errores: number;
  manuales: number;
  ensayo: number;
  retenidas: number;
  sinAutorizacion: number;
  /** Rows left for the next tick because the time budget ran out. */
  pendientesPorTiempo: number;
  /** Messages for the person who pressed «Publicar ahora» (Spanish). */
  avisos: string[];
  /** The Configuración error that stopped this tick (nothing published), when there was one. */
  configInvalida?: string;
  ms: number;
}

interface Item {
  i: number;
  red: Red;
  provider: Provider;
  post: PostInput;
  intento: number;
  verificar: boolean;
  /** When the post was first sent before its scheduled time («Publicar ahora»): kept on its state as the lookup bound. */
  desde?: string;
}

function emptyReport(): TickReport {
  return { ocupado: false, filas: 0, vencidas: 0, publicadas: 0, reintentos: 0, inciertas: 0, errores: 0, manuales: 0, ensayo: 0, retenidas: 0, sinAutorizacion: 0, pendientesPorTiempo: 0, avisos: [], ms: 0 };
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

class TickRun {
  private readonly start = Date.now();
  private config!: Config;
  private props!: Record<string, string>;
  private providers!: ProviderSet;
  private t!: SheetTable<'calendario'>;
  private gate: Gate | null = null;
  private readonly bitacora = new Bitacora();
  private readonly alerts: string[] = [];
  private readonly blocked: Partial<Record<Red, string>> = {};
  private readonly images = new PostImages();
  private readonly lost = new Set<string>();

  constructor(
    private readonly make: MakeProviders,
    private readonly opts: TickOptions,
    private readonly report: TickReport,
  ) {}

  private elapsed(): number {
    return Date.now() - this.start;
  }

  private outOfTime(): boolean {
    return this.elapsed() > TICK_BUDGET_MS;
  }

  run(): TickReport {
    try {
      this.config = readConfig();
    } catch (err) {
      // «Publicar ahora» shows the error to the person; the hourly tick must not fail silently: fail closed and alert.
      if (this.opts.ids || !isAppError(err)) throw err;
      this.report.configInvalida = err.message;
      alertInvalidConfig(err.message);
      this.report.ms = this.elapsed();
      return this.report;
    }
    this.props = ports().props.secrets().getAll();
    this.providers = this.make(this.props, this.config.graphVersion);
    for (const red of ['X', 'Facebook', 'Web'] as Red[]) {
      const b = this.props[blockKey(red)];
      if (b) this.blocked[red] = b;
    }
    const t = ports().workbook.tryOpenTable('calendario');
    if (!t) return this.finish();
    this.t = t;
    this.report.filas = t.rows.length;
    const now = new Date();
    const wanted = this.opts.ids ? new Set(this.opts.ids.map((s) => s.trim())) : null;
    const items: Item[] = [];
    const manual = new Map<number, Red[]>();
    const from = this.windowStart(now.getTime());

    for (let i = 0; i < t.rows.length; i++) {
      const info = rowInfo(t, i, this.config);
      if (!info || !info.id || info.redes.length === 0) continue;
      let early = false;
      if (wanted) {
        if (!wanted.has(info.id)) continue;
        if (info.due.getTime() > now.getTime()) {
          early = true;
          info.due = now;
          info.limite = new Date(now.getTime() + Math.max(1, this.config.plazoManualHoras) * 3600 * 1000);
        }
      } else if (info.due.getTime() > now.getTime() || info.due.getTime() < from) continue;
      const states = info.redes.map((red) => ({ red, s: stateOf(t, i, red) }));
      if (states.every((x) => isFinal(x.s, this.config.modoEnsayo))) {
        if (wanted) this.report.avisos.push(`${info.id}: ya estaba publicada o registrada.`);
        continue;
      }
      this.report.vencidas++;
      if (this.outOfTime()) {
        this.report.pendientesPorTiempo++;
        continue;
      }
      const hold = policyHold(t, i, this.config, info.due);
      if (hold) {
        this.report.retenidas++;
        this.note(i, info.id, 'Publicación retenida', hold);
        if (wanted) this.report.avisos.push(`${info.id}: ${hold}`);
        continue;
      }
      const verdict = this.gateOf().checkCalendario(t, i);
      if (!verdict.ok) {
        this.report.sinAutorizacion++;
        this.note(i, info.id, 'Publicación bloqueada', `No se publicó: ${verdict.motivo}`);
        if (wanted) this.report.avisos.push(`${info.id}: ${verdict.motivo}`);
        continue;
      }
      for (const { red, s } of states) {
        const step = nextStep(s, now, info.limite, this.config.modoEnsayo);
        if (step.do === 'nada') continue;
        if (this.config.modoEnsayo) {
          this.rehearse(i, info.id, red);
          continue;
        }
        if (step.do === 'manual') {
          manual.set(i, [...(manual.get(i) ?? []), red]);
          continue;
        }
        const provider = this.providers[red];
        if (!provider.configured() || this.blocked[red]) {
          const why = this.blocked[red] ? `está detenida por credenciales: ${this.blocked[red]}` : `no está conectada («Conectar redes»).`;
          setNetError(t, i, provider.nombre, why);
          continue;
        }
        // Every attempt happened at or after the scheduled time, unless «Publicar ahora» sent it earlier (recorded as «desde»).
        const prior = 'desde' in s && s.desde ? s.desde : undefined;
        const desde = prior ?? (early && (s.kind === 'programada' || s.kind === 'ensayo') ? fechaHora(now) : undefined);
        const desdeMs = desde ? (parseFechaHora(desde) ?? now).getTime() : Infinity;
        const post = this.postOf(i, info.id, red, Math.min(info.due.getTime(), now.getTime(), desdeMs));
        if (typeof post === 'string') {
          this.fail(i, info.id, red, step.intento, { ok: false, clase: 'contenido', motivo: post, status: 0, detalle: '' });
          continue;
        }
        const problems = provider.validate(post);
        if (problems.length > 0) {
          this.fail(i, info.id, red, step.intento, { ok: false, clase: 'contenido', motivo: problems.map((p) => p.mensaje).join(' '), status: 0, detalle: '' });
          continue;
        }
        items.push({ i, red, provider, post, intento: step.intento, verificar: step.verificar, desde });
      }
      this.summarize(i, info.redes);
    }
    this.flushRows();

    let pending = items;
    for (let round = 1; round <= ROUNDS_PER_TICK && pending.length > 0; round++) {
      if (round > 1) {
        if (this.elapsed() + 60 * 1000 > TICK_BUDGET_MS) break;
        ports().clock.sleep(2000 * round);
      }
      pending = this.attempt(pending).filter((it) => !this.blocked[it.red]);
    }

    for (const [i, reds] of manual) this.manualTask(i, reds);
    return this.finish();
  }

  /**
   * The earliest due time the tick looks at: the manual deadline plus a margin (a row reaches its deadline, and becomes a
   * manual task, while still in view), reaching back further to the last complete tick when ticks stopped for a while.
   */
  private windowStart(now: number): number {
    const span = Math.max(0, this.config.plazoManualHoras) * 3600 * 1000 + WINDOW_MARGIN_MS;
    const last = Number(this.props[LAST_TICK_KEY]);
    const since = last > 0 && last < now ? Math.max(last, now - MAX_CATCH_UP_MS) : now;
    return Math.min(now, since) - span;
  }

  /**
   * Writes pending states to the rows that hold their IDs now: people may sort, insert or delete rows while the tick
   * waits on the networks. A row that vanished is not written anywhere; Bitácora says so (once) and keeps the evidence.
   */
  private flushRows(): void {
    const r = this.t.flushById('ID');
    for (const id of r.perdidas) {
      if (this.lost.has(id)) continue;
      this.lost.add(id);
      this.bitacora.add({
        accion: 'Fila no encontrada',
        elemento: `Calendario ${id}`,
        detalle: 'La fila ya no está en «Calendario» (se borró o cambió su ID mientras se publicaba); su estado no se escribió. Lo publicado queda registrado en esta Bitácora.',
      });
    }
  }

  private gateOf(): Gate {
    if (!this.gate) this.gate = Gate.load(this.config);
    return this.gate;
  }

  private finish(): TickReport {
    if (this.t) this.flushRows();
    // Only a tick that went through every due row moves the start of the next tick's window.
    if (!this.opts.ids && this.report.pendientesPorTiempo === 0) ports().props.secrets().set(LAST_TICK_KEY, String(this.start));
    sendPublishingAlerts(this.alerts, this.config, this.bitacora);
    this.bitacora.flush();
    this.report.ms = this.elapsed();
    return this.report;
  }

  /** Writes a held/blocked reason once (a Bitácora line only when it changes). */
  private note(i: number, id: string, accion: string, motivo: string): void {
    if (text(this.t.get(i, 'Último error')) === motivo) return;
    this.t.set(i, 'Último error', motivo);
    this.bitacora.add({ accion, elemento: `Calendario ${id}`, detalle: motivo });
  }

  private rehearse(i: number, id: string, red: Red): void {
    const texto = exactText(this.t.get(i, TEXTO_COL[red]));
    setState(this.t, i, red, { kind: 'ensayo' });
    this.report.ensayo++;
    this.bitacora.add({ accion: 'Ensayo de publicación', elemento: `Calendario ${id}`, detalle: `Modo ensayo: se publicaría en ${this.providers[red].nombre}: «${texto}»` });
  }

  private imageOf(i: number): PostImage | null | string {
    return this.images.of(i, text(this.t.get(i, 'Imagen')));
  }

  /** `since`: the earliest moment an earlier attempt may have reached the network (where a reconciliation lookup starts). */
  private postOf(i: number, id: string, red: Red, since: number): PostInput | string {
    const image = this.imageOf(i);
    if (typeof image === 'string') return image;
    return { rowId: id, red, title: text(this.t.get(i, 'Tema')), text: exactText(this.t.get(i, TEXTO_COL[red])), image, since };
  }

  /** One round: verify uncertain ones, mark «enviando» (flushed), upload images, publish; returns temporary failures to retry now. */
  private attempt(items: Item[]): Item[] {
    const t = this.t;
    let live = items;
    const checks = live.map((it) => (it.verificar ? it.provider.lookupRequest(it.post) : null));
    const withCheck = live.filter((_, k) => checks[k] !== null);
    // At most one lookup per post and round: a post looked up here is not looked up again after a duplicate answer.
    const looked = new Set<Item>(withCheck);
    if (withCheck.length > 0) {
      const res = ports().http.fetchAll(checks.filter((c) => c !== null) as NonNullable<(typeof checks)[number]>[]);
      const found = new Set<Item>();
      withCheck.forEach((it, k) => {
        const r = it.provider.parseLookup(res[k], it.post);
        if (r === null) return;
        found.add(it);
        if (r.ok) this.published(it, r, 'verificada tras un intento incierto');
        else {
          // The check itself failed: the post stays uncertain (never re-posted blindly) and is checked again later.
          setState(this.t, it.i, it.red, { kind: 'incierta', intento: it.intento - 1, desde: it.desde });
          setNetError(this.t, it.i, it.provider.nombre, `no se pudo verificar un intento anterior: ${r.motivo}`);
          this.report.inciertas++;
        }
      });
      live = live.filter((it) => !found.has(it));
    }
    if (live.length === 0) return [];

    // «Enviando» is on the sheet before any request leaves: a run killed mid-call leaves it for the next tick to verify.
    for (const it of live) {
      setState(t, it.i, it.red, { kind: 'enviando', intento: it.intento, desde: it.desde });
      t.set(it.i, 'Intentos', (Number(t.get(it.i, 'Intentos')) || 0) + 1);
      this.summarize(it.i, null);
    }
    this.flushRows();
    ports().workbook.flush();

    const media = new Map<Item, string | null>();
    const uploads = live.map((it) => it.provider.uploadRequest(it.post));
    const withUpload = live.filter((_, k) => uploads[k] !== null);
    if (withUpload.length > 0) {
      const res = ports().http.fetchAll(uploads.filter((u) => u !== null) as NonNullable<(typeof uploads)[number]>[]);
      withUpload.forEach((it, k) => {
        const r = it.provider.parseUpload(res[k]);
        if (r.ok) media.set(it, r.mediaId);
        // A failed upload published nothing: never uncertain.
        else this.fail(it.i, it.post.rowId, it.red, it.intento, { ...r, incierto: false }, it.desde);
      });
      live = live.filter((it) => !withUpload.includes(it) || media.has(it));
    }

    const retry: Item[] = [];
    const duplicates: Array<{ it: Item; motivo: string }> = [];
    if (live.length > 0) {
      const res = ports().http.fetchAll(live.map((it) => it.provider.publishRequest(it.post, media.get(it) ?? null)));
      live.forEach((it, k) => {
        const r = it.provider.parsePublish(res[k], it.post);
        if (r.ok) this.published(it, r, '');
        // A duplicate after an earlier attempt on this row means that attempt went through; on a first attempt it means
        // another post already has this exact text, which is a content problem, not a publication.
        else if (r.clase === 'duplicado' && it.intento > 1) duplicates.push({ it, motivo: r.motivo });
        else if (r.clase === 'duplicado') this.fail(it.i, it.post.rowId, it.red, it.intento, { ...r, clase: 'contenido', motivo: `${r.motivo} Otra publicación ya tiene exactamente este texto; cámbielo y vuelva a autorizar.` });
        else {
          const s = this.fail(it.i, it.post.rowId, it.red, it.intento, r, it.desde);
          if (s.kind === 'reintentar' && r.clase === 'temporal') retry.push({ ...it, intento: s.intento, verificar: false });
          // Another network broke the batch: this post may be out; the next round looks it up before anything is re-sent.
          else if (s.kind === 'incierta' && r.interrumpido) retry.push({ ...it, intento: it.intento + 1, verificar: true });
        }
      });
    }
    if (duplicates.length > 0) this.confirmDuplicates(duplicates, looked);
    this.flushRows();
    return retry;
  }

  /**
   * A duplicate answer after an earlier attempt proves that attempt was published. The evidence is the exact post, found
   * with one lookup (in one batch) for each post not already looked up this round; else the profile, with a Spanish note.
   */
  private confirmDuplicates(list: Array<{ it: Item; motivo: string }>, looked: Set<Item>): void {
    const asks = list.map(({ it }) => (looked.has(it) ? null : it.provider.lookupRequest(it.post)));
    const asked = list.filter((_, k) => asks[k] !== null);
    const res = asked.length > 0 ? ports().http.fetchAll(asks.filter((a) => a !== null) as NonNullable<(typeof asks)[number]>[]) : [];
    for (const { it, motivo } of list) {
      const k = asked.findIndex((x) => x.it === it);
      const found = k >= 0 ? it.provider.parseLookup(res[k], it.post) : null;
      if (found && found.ok) {
        this.published(it, { ...found, confirmadaPorDuplicado: true }, `${motivo} Se localizó la publicación exacta.`);
        continue;
      }
      const why = found && !found.ok ? `no se pudo consultar ${it.provider.nombre}: ${found.motivo}` : `no apareció entre sus publicaciones recientes`;
      this.published(it, { ok: true, id: '', url: this.profileUrl(it), confirmadaPorDuplicado: true }, `${motivo} La publicación exacta ${why}; el enlace lleva al perfil de la cuenta, búsquela ahí.`);
    }
  }

  private profileUrl(it: Item): string {
    if (it.red === 'X') {
      const cuenta = (this.props[PROP.xCuenta] ?? '').replace(/^@/, '');
      return cuenta ? `https://x.com/${cuenta}` : `https://x.com/search?q=${encodeURIComponent('"' + it.post.text.slice(0, 60) + '"')}&f=live`;
    }
    return it.provider.manualUrl;
  }

  private published(it: Item, r: Published, nota: string): void {
    const t = this.t;
    const now = new Date();
    setState(t, it.i, it.red, { kind: 'publicada', id: r.id, hora: fechaHora(now) });
    t.set(it.i, ENLACE_COL[it.red], r.url);
    setNetError(t, it.i, it.provider.nombre, '');
    this.report.publicadas++;
    const extra = r.confirmadaPorDuplicado || nota ? ` (${nota || 'confirmada: la red ya la tenía'})` : '';
    this.bitacora.add({
      accion: 'Publicar',
      elemento: `Calendario ${it.post.rowId}`,
      detalle: `Publicada en ${it.provider.nombre}${r.id ? ' · id ' + r.id : ''} · ${fechaHora(now)} · intento ${it.intento}${extra}.`,
      evidencia: r.url,
    });
    this.summarize(it.i, null);
  }

  /** Applies a failure to the row; alerts for credentials and content; returns the new state. */
  private fail(i: number, id: string, red: Red, intento: number, f: Failure, desde?: string): NetState {
    const t = this.t;
    const s = afterAttempt(intento, { ok: false, clase: f.clase, motivo: f.motivo, incierto: f.incierto, retryAt: f.retryAt }, new Date(), desde);
    setState(t, i, red, s);
    setNetError(t, i, this.providers[red].nombre, f.motivo);
    if (s.kind === 'incierta') this.report.inciertas++;
    else if (s.kind === 'error') this.report.errores++;
    else this.report.reintentos++;
    this.bitacora.add({ accion: 'Falla al publicar', elemento: `Calendario ${id}`, detalle: `${this.providers[red].nombre} (intento ${intento}, ${f.clase}${f.status ? ', HTTP ' + f.status : ''}): ${f.motivo}${f.detalle ? ' Respuesta: ' + f.detalle : ''}` });
    if (f.clase === 'credenciales' && !this.blocked[red]) {
      this.blocked[red] = `${fechaHora(new Date())} ${f.motivo}`;
      ports().props.secrets().set(blockKey(red), this.blocked[red] as string);
      this.alerts.push(`${this.providers[red].nombre} dejó de publicar: ${f.motivo} Las publicaciones pendientes en esa red se convertirán en tareas manuales si no se corrige antes de su plazo.`);
    }
    if (s.kind === 'error') this.alerts.push(`${id} no se puede publicar en ${this.providers[red].nombre}: ${f.motivo}`);
    this.summarize(i, null);
    return s;
  }

  /** Row-level Estado, Próximo intento and Último error from its networks. */
  private summarize(i: number, redes: Red[] | null): void {
    const t = this.t;
    const info = redes ?? rowInfo(t, i, this.config)?.redes ?? [];
    const states = info.map((red) => ({ red, s: stateOf(t, i, red) }));
    const estado = rowEstado(states);
    if (estado && estado !== 'Publicando') t.set(i, 'Estado', estado);
    else if (states.some((x) => x.s.kind !== 'programada')) t.set(i, 'Estado', 'Publicando');
    const next = states.filter((x) => x.s.kind === 'reintentar').map((x) => (x.s as { despues: Date }).despues.getTime());
    t.set(i, 'Próximo intento', next.length ? new Date(Math.min(...next)) : '');
    if (estado === 'Publicada') t.set(i, 'Último error', '');
  }

  private manualTask(i: number, reds: Red[]): void {
    const sent = sendManualTask(this.t, i, reds, { config: this.config, providers: this.providers, bitacora: this.bitacora, image: this.imageOf(i) });
    if (!sent) return;
    this.report.manuales++;
    this.summarize(i, null);
    this.flushRows();
  }
}
