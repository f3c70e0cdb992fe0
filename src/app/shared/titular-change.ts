// A change of Titular is an event, not a cell edit: the approver is kept in Document Properties; changes by hand-over or after a notice and a wait.
import { fechaHora } from '../../domain/publication';
import { SHEET } from '../../domain/schema';
import { logBitacora } from './bitacora';
import { ports, type PropertyStore } from './ports';

/** The Titular who approves (JSON {email, desde}); the Configuración cell only proposes. */
export const TITULAR_PROPERTY = 'DIFUSION_TITULAR';
/** A proposed change (JSON {email, solicitado, avisada}) waiting for the hand-over or the end of the waiting period. */
export const TITULAR_CAMBIO_PROPERTY = 'DIFUSION_TITULAR_CAMBIO';
/** Days between the e-mail to the current Titular and a change she did not make herself taking effect. */
export const ESPERA_CAMBIO_TITULAR_DIAS = 7;
const DAY_MS = 24 * 3600 * 1000;

interface Stored {
  email: string;
  desde: number;
}
interface Pending {
  email: string;
  solicitado: number;
  /** When the current Titular was e-mailed (0 until the e-mail went out). */
  avisada: number;
}

function parse<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/**
 * The Titular who may approve, given the e-mail now in «Configuración». The first one seen is adopted (trust on first
 * use, at «Configurar»). A different e-mail opens a change request: logged, the current Titular e-mailed, and it takes
 * effect only ESPERA_CAMBIO_TITULAR_DIAS days after that e-mail (or at once by the Titular's own hand-over, handOver).
 * Putting the cell back cancels the request. Until then the previous Titular stays the only approver.
 */
export function effectiveTitular(cell: string): string {
  const email = cell.trim().toLowerCase();
  const store = ports().props.secrets();
  const now = new Date().getTime();
  const stored = parse<Stored>(store.get(TITULAR_PROPERTY));
  if (!stored || !stored.email) {
    if (email) store.set(TITULAR_PROPERTY, JSON.stringify({ email, desde: now }));
    return email;
  }
  let pending = parse<Pending>(store.get(TITULAR_CAMBIO_PROPERTY));
  if (email === stored.email || !email) {
    if (pending) {
      store.delete(TITULAR_CAMBIO_PROPERTY);
      log('Cambio de Titular cancelado', `La celda volvió a «${stored.email}»; no hubo cambio de Titular.`);
    }
    return stored.email;
  }
  if (!pending || pending.email !== email) {
    pending = { email, solicitado: now, avisada: 0 };
    store.set(TITULAR_CAMBIO_PROPERTY, JSON.stringify(pending));
    log('Cambio de Titular solicitado', `Se escribió «${email}» como Titular en «${SHEET.config}». No cuenta hasta que «${stored.email}» entregue la titularidad o pasen ${ESPERA_CAMBIO_TITULAR_DIAS} días desde el aviso por correo; mientras tanto solo ella autoriza.`);
  }
  if (!pending.avisada) notifyCurrent(store, stored.email, pending, now);
  if (pending.avisada && now - pending.avisada >= ESPERA_CAMBIO_TITULAR_DIAS * DAY_MS) {
    apply(store, stored.email, email, now, `pasaron ${ESPERA_CAMBIO_TITULAR_DIAS} días desde el aviso a ${stored.email} sin que se revirtiera`);
    return email;
  }
  return stored.email;
}

/** The current Titular herself wrote another e-mail (her verified identity): the hand-over takes effect at once. */
export function handOver(current: string, next: string): boolean {
  const store = ports().props.secrets();
  const stored = parse<Stored>(store.get(TITULAR_PROPERTY));
  const to = next.trim().toLowerCase();
  if (!stored || stored.email !== current.trim().toLowerCase() || !to || to === stored.email) return false;
  apply(store, stored.email, to, new Date().getTime(), `la Titular ${stored.email} la entregó con su cuenta verificada`);
  return true;
}

function apply(store: PropertyStore, from: string, to: string, now: number, why: string): void {
  store.set(TITULAR_PROPERTY, JSON.stringify({ email: to, desde: now }));
  store.delete(TITULAR_CAMBIO_PROPERTY);
  log('Cambio de Titular', `La Titular ahora es «${to}» (antes «${from}»): ${why}.`);
  for (const to2 of [from, to]) send(to2, 'Difusión ICM: cambio de Titular', `Desde ${fechaHora(new Date(now))} la Titular que autoriza en Difusión ICM es ${to} (antes ${from}): ${why}. Ejecute «Configurar» para que los permisos de la hoja sigan a la nueva Titular.`);
}

function notifyCurrent(store: PropertyStore, current: string, p: Pending, now: number): void {
  const body =
    `Alguien escribió «${p.email}» como Titular en la hoja «${SHEET.config}» de Difusión ICM.\n\n` +
    `Mientras tanto usted sigue siendo la única persona que autoriza. Si usted no lo pidió, vuelva a escribir su correo en esa celda ` +
    `(o pida al área de informática revisarlo): el cambio se cancela. Si no hace nada, el cambio tomará efecto en ${ESPERA_CAMBIO_TITULAR_DIAS} días. ` +
    `Para entregar la titularidad de inmediato, escriba usted misma el correo de la nueva Titular en esa celda.`;
  if (send(current, 'Difusión ICM: se pidió cambiar la Titular', body)) {
    store.set(TITULAR_CAMBIO_PROPERTY, JSON.stringify({ ...p, avisada: now }));
    p.avisada = now;
  }
}

function send(to: string, subject: string, body: string): boolean {
  try {
    ports().mailer.send({ to, subject, body, name: 'Difusión ICM' });
    return true;
  } catch {
    // Not allowed here (a simple trigger) or quota: the next execution that reads the configuration retries.
    return false;
  }
}

function log(accion: string, detalle: string): void {
  try {
    logBitacora({ accion, elemento: `${SHEET.config} Titular`, detalle });
  } catch {
    console.warn(`${accion}: ${detalle}`);
  }
}
