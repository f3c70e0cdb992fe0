// Notices to the Titular: one e-mail per execution at most; bursts coalesced (notices soon after an e-mail wait for the hourly digest).
import { escapeHtml } from '../../domain/html';
import { messageOf } from '../../domain/errors';
import {
  AVISO_COLA_MAX_BYTES,
  AVISO_ULTIMO_KEY,
  type AvisoEnCola,
  clipAviso,
  type ColaDeAvisos,
  debeEsperar,
  entradasDeCola,
  fechaAviso,
  leerCola,
  ultimoEnvio,
} from '../../domain/notice-queue';
import type { Bitacora } from '../shared/index';
import { ports, type PropertyStore } from '../shared/index';

export interface Aviso {
  /** Short Spanish line, e.g. "Calendario CAL-1: se editó «Texto X»; requiere nueva autorización." */
  texto: string;
}

/** Lines listed in one e-mail; the rest are counted (each event is in the Bitácora anyway). */
const LINEAS_MAX = 200;

export class TitularDigest {
  private readonly avisos: Aviso[] = [];

  constructor(
    private readonly titular: string,
    private readonly modoEnsayo: boolean,
    /** False in a simple trigger (no MailApp there): the notices wait for the hourly digest. */
    private readonly mayMail = true,
  ) {}

  add(texto: string): void {
    this.avisos.push({ texto });
  }

  size(): number {
    return this.avisos.length;
  }

  /**
   * Sends this execution's notices in one e-mail — or, when a notice e-mail went out less than
   * AVISO_INTERVALO_MS ago, queues them for the hourly digest (notices.job.ts). When it does send, queued notices go
   * along. A failed e-mail queues the notices so the next tick retries. Rehearsal mode and a missing Titular are
   * recorded in the Bitácora instead, as before.
   */
  send(bitacora: Bitacora): boolean {
    if (this.avisos.length === 0) return false;
    const titular = this.titular.trim().toLowerCase();
    if (!titular || this.modoEnsayo) {
      reportUnsent(titular, this.modoEnsayo, this.avisos.map((a) => a.texto), bitacora);
      return false;
    }
    const now = new Date().getTime();
    const textos = this.avisos.map((a) => a.texto);
    const q = openQueue();
    if (q && !this.mayMail) {
      if (enqueue(q.store, now, textos)) {
        bitacora.add({ accion: 'Aviso a la Titular en espera', elemento: 'Autorizaciones', detalle: `${textos.length} aviso(s) irán en el resumen de la próxima revisión horaria.` });
      }
      return false;
    }
    if (q && debeEsperar(now, ultimoEnvio(q.all), q.cola)) {
      if (enqueue(q.store, now, textos)) {
        const min = Math.max(1, Math.round((now - ultimoEnvio(q.all)) / 60000));
        bitacora.add({
          accion: 'Aviso a la Titular en espera',
          elemento: 'Autorizaciones',
          detalle: `${textos.length} aviso(s) irán en el resumen de la próxima revisión horaria: el último correo a ${titular} salió hace ${min} min.`,
        });
        return false;
      }
    }
    const cola = q ? q.cola : { keys: [], avisos: [], bytes: 0 };
    const items: AvisoEnCola[] = [...cola.avisos, ...textos.map((t) => ({ at: now, texto: t }))];
    const sent = deliver(titular, items, cola.avisos.length > 0, bitacora);
    if (sent) {
      if (q) markSent(q.store, now, cola.keys);
      return true;
    }
    // Not sent: keep this execution's notices for the next tick (queued ones are still queued).
    if (q && cola.bytes <= AVISO_COLA_MAX_BYTES && enqueue(q.store, now, textos)) {
      bitacora.add({ accion: 'Aviso a la Titular en espera', elemento: 'Autorizaciones', detalle: `${textos.length} aviso(s) se reintentarán en la próxima revisión horaria.` });
    }
    return false;
  }
}

interface OpenQueue {
  store: PropertyStore;
  all: Record<string, string>;
  cola: ColaDeAvisos;
}

/** The Document Properties and the queue they hold (one service call); null when they cannot be read. */
export function openQueue(): OpenQueue | null {
  try {
    const store = ports().props.document();
    const all = store.getAll();
    return { store, all, cola: leerCola(all) };
  } catch {
    return null;
  }
}

function uniqueTag(): string {
  return Math.floor(Math.random() * 36 ** 8).toString(36);
}

/** Adds notices to the queue (one write); false when Document Properties refuse it. */
function enqueue(store: PropertyStore, now: number, textos: string[]): boolean {
  try {
    store.setAll(entradasDeCola(now, textos, uniqueTag()));
    return true;
  } catch {
    return false;
  }
}

/** Records the e-mail time (null: no e-mail) and removes the queued notices it carried (keys written since stay). */
export function markSent(store: PropertyStore, now: number | null, keys: string[]): void {
  try {
    if (now !== null) store.set(AVISO_ULTIMO_KEY, String(now));
    for (const k of keys) store.delete(k);
  } catch {
    // At worst a notice is repeated in the next digest; never lost.
  }
}

/** Rehearsal mode or no Titular: the notices are written to the Bitácora instead of e-mailed. */
export function reportUnsent(titular: string, modoEnsayo: boolean, textos: string[], bitacora: Bitacora): void {
  const { body } = compose(textos.map((t) => ({ at: 0, texto: t })), false);
  if (!titular) bitacora.add({ accion: 'Aviso a la Titular no enviado', elemento: 'Autorizaciones', detalle: 'No hay Titular configurado. ' + body });
  else if (modoEnsayo) bitacora.add({ accion: 'Aviso a la Titular (modo ensayo, no enviado)', elemento: 'Autorizaciones', detalle: body });
}

function compose(items: AvisoEnCola[], resumen: boolean): { subject: string; body: string; htmlBody: string } {
  const n = items.length;
  const subject = resumen ? `Difusión ICM: resumen de ${n} aviso${n === 1 ? '' : 's'} sobre autorizaciones` : `Difusión ICM: ${n} aviso${n === 1 ? '' : 's'} sobre autorizaciones`;
  const intro = resumen
    ? 'Difusión ICM registró lo siguiente en el libro de difusión (avisos reunidos en un solo correo):'
    : 'Difusión ICM registró lo siguiente en el libro de difusión:';
  const outro = 'Revise el panel «Autorizaciones» del complemento. Nada se publica sin su autorización vigente.';
  const shown = items.slice(0, LINEAS_MAX);
  const line = (a: AvisoEnCola): string => (resumen && a.at > 0 ? `${fechaAviso(a.at)} · ` : '') + clipAviso(a.texto);
  const more = n > shown.length ? [`… y ${n - shown.length} aviso(s) más; todos están en la hoja «Bitácora».`] : [];
  const body = [intro, '', ...shown.map((a) => '• ' + line(a)), ...more, '', outro].join('\n');
  const htmlBody =
    `<p>${escapeHtml(intro)}</p><ul>` +
    shown.map((a) => `<li>${escapeHtml(line(a))}</li>`).join('') +
    `</ul>${more.map((m) => `<p>${escapeHtml(m)}</p>`).join('')}<p>${escapeHtml(outro)}</p>`;
  return { subject, body, htmlBody };
}

/** One e-mail to the Titular with these notices; the outcome is written to the Bitácora. */
export function deliver(titular: string, items: AvisoEnCola[], resumen: boolean, bitacora: Bitacora): boolean {
  const { subject, body, htmlBody } = compose(items, resumen);
  const n = items.length;
  try {
    const mailer = ports().mailer;
    if (mailer.remainingDailyQuota() < 1) throw new Error('sin cuota diaria de correo');
    mailer.send({ to: titular, subject, body, htmlBody, name: 'Difusión ICM' });
    bitacora.add({ accion: 'Aviso a la Titular', elemento: 'Autorizaciones', detalle: `${n} aviso(s) enviados a ${titular}${resumen ? ' en un resumen' : ''}.` });
    return true;
  } catch (e) {
    bitacora.add({ accion: 'Aviso a la Titular no enviado', elemento: 'Autorizaciones', detalle: `No se pudo enviar el correo (${messageOf(e)}). ${body}` });
    return false;
  }
}
