// What one tick holds while it runs (configuration, providers, the Calendario table, report, Bitácora) and how it writes a row's outcome.
import { text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { blockKey } from '../../domain/credential-keys';
import { afterAttempt, fechaHora, type NetState, rowEstado } from '../../domain/publication';
import type { Red } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { ports, type SheetTable } from '../shared/index';
import { PostImages } from './post-images';
import type { Failure, PostImage, PostInput, Provider, ProviderSet, Published } from './provider.port';
import { rowInfo, setNetError, setState, stateOf } from './publication-rows';
import { network } from '../../domain/networks';

/** Leave at least 1.5 of Apps Script's 6 minutes unused: the rest waits for the next tick. */
export const TICK_BUDGET_MS = 4.5 * 60 * 1000;

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

export function emptyReport(): TickReport {
  return {
    ocupado: false, filas: 0, vencidas: 0, publicadas: 0, reintentos: 0, inciertas: 0, errores: 0, manuales: 0, ensayo: 0,
    retenidas: 0, sinAutorizacion: 0, pendientesPorTiempo: 0, avisos: [], ms: 0,
  };
}

/** One post on one network, ready to be sent this tick. */
export interface Item {
  i: number;
  red: Red;
  provider: Provider;
  post: PostInput;
  intento: number;
  verificar: boolean;
  /** When the post was first sent before its scheduled time («Publicar ahora»): kept on its state as the lookup bound. */
  desde?: string;
}

/** The state of one tick run, shared by row selection (tick.ts) and the sending rounds (tick-send.ts). */
export class TickContext {
  readonly start = Date.now();
  readonly bitacora = new Bitacora();
  readonly alerts: string[] = [];
  readonly blocked: Partial<Record<Red, string>> = {};
  private readonly images = new PostImages();
  private readonly lost = new Set<string>();

  constructor(
    readonly config: Config,
    readonly props: Record<string, string>,
    readonly providers: ProviderSet,
    readonly t: SheetTable<'calendario'>,
    readonly report: TickReport,
  ) {}

  elapsed(): number {
    return Date.now() - this.start;
  }

  outOfTime(): boolean {
    return this.elapsed() > TICK_BUDGET_MS;
  }

  /**
   * Writes pending states to the rows that hold their IDs now: people may sort, insert or delete rows while the tick
   * waits on the networks. A row that vanished is not written anywhere; Bitácora says so (once) and keeps the evidence.
   */
  flushRows(): void {
    const r = this.t.flushById('ID');
    for (const id of r.perdidas) {
      if (this.lost.has(id)) continue;
      this.lost.add(id);
      this.bitacora.add({
        accion: 'Fila no encontrada',
        elemento: `Calendario ${id}`,
        detalle:
          'La fila ya no está en «Calendario» (se borró o cambió su ID mientras se publicaba); su estado no se escribió. ' +
          'Lo publicado queda registrado en esta Bitácora.',
      });
    }
  }

  imageOf(i: number): PostImage | null | string {
    return this.images.of(i, text(this.t.get(i, 'Imagen')));
  }

  /** Writes a held/blocked reason once (a Bitácora line only when it changes). */
  note(i: number, id: string, accion: string, motivo: string): void {
    if (text(this.t.get(i, 'Último error')) === motivo) return;
    this.t.set(i, 'Último error', motivo);
    this.bitacora.add({ accion, elemento: `Calendario ${id}`, detalle: motivo });
  }

  published(it: Item, r: Published, nota: string): void {
    const t = this.t;
    const now = new Date();
    setState(t, it.i, it.red, { kind: 'publicada', id: r.id, hora: fechaHora(now) });
    t.set(it.i, network(it.red).columns.enlace, r.url);
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
  fail(i: number, id: string, red: Red, intento: number, f: Failure, desde?: string): NetState {
    const nombre = this.providers[red].nombre;
    const s = afterAttempt(intento, { ok: false, clase: f.clase, motivo: f.motivo, incierto: f.incierto, retryAt: f.retryAt }, new Date(), desde);
    setState(this.t, i, red, s);
    setNetError(this.t, i, nombre, f.motivo);
    if (s.kind === 'incierta') this.report.inciertas++;
    else if (s.kind === 'error') this.report.errores++;
    else this.report.reintentos++;
    const http = f.status ? ', HTTP ' + f.status : '';
    this.bitacora.add({
      accion: 'Falla al publicar',
      elemento: `Calendario ${id}`,
      detalle: `${nombre} (intento ${intento}, ${f.clase}${http}): ${f.motivo}${f.detalle ? ' Respuesta: ' + f.detalle : ''}`,
    });
    if (f.clase === 'credenciales' && !this.blocked[red]) {
      this.blocked[red] = `${fechaHora(new Date())} ${f.motivo}`;
      ports().props.secrets().set(blockKey(red), this.blocked[red] as string);
      this.alerts.push(
        `${nombre} dejó de publicar: ${f.motivo} Las publicaciones pendientes en esa red se convertirán en tareas manuales si no se corrige antes de su plazo.`,
      );
    }
    if (s.kind === 'error') this.alerts.push(`${id} no se puede publicar en ${nombre}: ${f.motivo}`);
    this.summarize(i, null);
    return s;
  }

  /** Row-level Estado, Próximo intento and Último error from its networks. */
  summarize(i: number, redes: Red[] | null): void {
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
}
