// Every SEGOB e-mail and reminder goes through here: the daily recipient quota is checked first, so nothing is half-sent.
import type { Config } from '../../domain/config.types';
import { ymd } from '../../domain/dates';
import { parseEnviados, puedeAvisar, soloHoy, WATCHDOG_ENVIADOS } from '../../domain/watchdog';
import { mailProblem } from '../publishing/index';
import type { Bitacora } from '../shared/index';
import { type MailMessage, ports } from '../shared/index';

/** The reminders sent today (one per item per day), read once and written back once. */
export class AvisosDelDia {
  private readonly enviados: Record<string, string>;
  private cambiado = false;

  /** `snap`: the document properties already read this execution (saves a read). */
  constructor(private readonly hoy: Date, snap?: Readonly<Record<string, string>>) {
    const raw = snap ? snap[WATCHDOG_ENVIADOS] ?? null : ports().props.document().get(WATCHDOG_ENVIADOS);
    this.enviados = soloHoy(parseEnviados(raw), hoy);
  }

  puede(clave: string): boolean {
    return puedeAvisar(this.enviados, clave, this.hoy);
  }

  marcar(clave: string): void {
    this.enviados[clave] = ymd(this.hoy);
    this.cambiado = true;
  }

  guardar(): void {
    if (this.cambiado) ports().props.document().set(WATCHDOG_ENVIADOS, JSON.stringify(this.enviados));
    this.cambiado = false;
  }
}

export type Envio = { enviado: true } | { enviado: false; enEspera: boolean; motivo: string };

export interface EnvioCtx {
  config: Config;
  bitacora: Bitacora;
  avisos: AvisosDelDia;
  /** What is being sent, for the Bitácora and the Asistente's notice («Boletines CS01 ICM-B-2026-001»). */
  elemento: string;
}

function destinatarios(to: string): string[] {
  return to.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Sends the message only when today's remaining quota covers all its recipients. Otherwise nothing is sent: the
 * Bitácora says so and the Asistentes are told (once a day per item, by e-mail when the quota still allows it); the
 * caller leaves the item waiting for the next tick.
 */
export function enviarConCuota(m: MailMessage, ctx: EnvioCtx): Envio {
  // Rehearsal: nothing leaves the workbook (the caller logs what would have gone).
  if (ctx.config.modoEnsayo) return { enviado: false, enEspera: false, motivo: 'modo ensayo' };
  const n = destinatarios(m.to).length;
  const falta = cuotaInsuficiente(n, ctx);
  if (falta) return { enviado: false, enEspera: true, motivo: falta };
  try {
    ports().mailer.send(m);
    return { enviado: true };
  } catch (e) {
    const motivo = mailProblem(e);
    avisarEspera(ctx, motivo, 0);
    return { enviado: false, enEspera: true, motivo };
  }
}

/** '' when today's quota covers `n` recipients; else the Spanish reason (already logged and told to the Asistente). */
export function cuotaInsuficiente(n: number, ctx: EnvioCtx): string {
  const restante = ports().mailer.remainingDailyQuota();
  if (restante >= n) return '';
  const motivo = `la cuota diaria de correos de Apps Script no alcanza (quedan ${restante} destinatarios hoy y se necesitan ${n}); se reintentará en la siguiente revisión horaria`;
  avisarEspera(ctx, motivo, restante);
  return motivo;
}

function avisarEspera(ctx: EnvioCtx, motivo: string, restante: number): void {
  const clave = `espera|${ctx.elemento}`;
  if (!ctx.avisos.puede(clave)) return;
  ctx.avisos.marcar(clave);
  ctx.bitacora.add({ accion: 'Envío en espera', elemento: ctx.elemento, detalle: `No se envió nada: ${motivo}.` });
  const para = ctx.config.asistentes.length > 0 ? ctx.config.asistentes : [ctx.config.titular].filter((s) => s !== '');
  if (para.length === 0 || para.length > restante) return;
  try {
    ports().mailer.send({
      to: para.join(','),
      subject: `Difusión ICM: envío en espera (${ctx.elemento})`,
      body: `${ctx.elemento} no se envió: ${motivo}.\n\nNo se envió nada a medias. ${ports().workbook.linkTo()}`,
      name: 'Difusión ICM',
    });
  } catch {
    // The Bitácora line above already records the wait.
  }
}
