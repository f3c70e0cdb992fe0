// «Conectar redes»: stores the networks' credentials in the workbook's Document Properties (write-only) and reports which are configured, never their values.
import { blockKey, PROP } from '../../domain/credential-keys';
import { AppError, isAppError, messageOf } from '../../domain/errors';
import type { Red } from '../../domain/schema';
import { readConfig } from '../shared/config';
import { logBitacora } from '../shared/bitacora';
import { ports } from '../shared/ports';

/** What the dialog sends; empty fields keep what is stored. */
export interface ConexionesForm {
  xConsumerKey?: string;
  xConsumerSecret?: string;
  xAccessToken?: string;
  xAccessSecret?: string;
  fbPageId?: string;
  fbPageToken?: string;
  webTipo?: string;
  wpUrl?: string;
  wpUsuario?: string;
  wpAppPassword?: string;
  webhookUrl?: string;
  webhookSecret?: string;
}

export interface ConexionEstado {
  configurado: boolean;
  /** Account name found by «Probar conexión» (not a secret). */
  cuenta: string;
  /** Set when the network is stopped after a credentials failure. */
  detenida: string;
}

export type ConexionesEstado = Record<Red, ConexionEstado> & { webTipo: 'wordpress' | 'webhook' };

const FIELD_PROP: Record<keyof ConexionesForm, string> = {
  xConsumerKey: PROP.xConsumerKey,
  xConsumerSecret: PROP.xConsumerSecret,
  xAccessToken: PROP.xAccessToken,
  xAccessSecret: PROP.xAccessSecret,
  fbPageId: PROP.fbPageId,
  fbPageToken: PROP.fbPageToken,
  webTipo: PROP.webTipo,
  wpUrl: PROP.wpUrl,
  wpUsuario: PROP.wpUser,
  wpAppPassword: PROP.wpAppPassword,
  webhookUrl: PROP.webhookUrl,
  webhookSecret: PROP.webhookSecret,
};

const RED_OF: Record<keyof ConexionesForm, Red> = {
  xConsumerKey: 'X', xConsumerSecret: 'X', xAccessToken: 'X', xAccessSecret: 'X',
  fbPageId: 'Facebook', fbPageToken: 'Facebook',
  webTipo: 'Web', wpUrl: 'Web', wpUsuario: 'Web', wpAppPassword: 'Web', webhookUrl: 'Web', webhookSecret: 'Web',
};

function has(p: Record<string, string>, k: string): boolean {
  return (p[k] ?? '').trim() !== '';
}

export function estadoConexiones(p: Record<string, string>): ConexionesEstado {
  const tipo = p[PROP.webTipo] === 'webhook' ? 'webhook' : 'wordpress';
  const web = tipo === 'webhook' ? has(p, PROP.webhookUrl) && has(p, PROP.webhookSecret) : has(p, PROP.wpUrl) && has(p, PROP.wpUser) && has(p, PROP.wpAppPassword);
  return {
    X: { configurado: [PROP.xConsumerKey, PROP.xConsumerSecret, PROP.xAccessToken, PROP.xAccessSecret].every((k) => has(p, k)), cuenta: p[PROP.xCuenta] ?? '', detenida: p[blockKey('X')] ?? '' },
    Facebook: { configurado: has(p, PROP.fbPageId) && has(p, PROP.fbPageToken), cuenta: p[PROP.fbCuenta] ?? '', detenida: p[blockKey('Facebook')] ?? '' },
    Web: { configurado: web, cuenta: p[PROP.webCuenta] ?? '', detenida: p[blockKey('Web')] ?? '' },
    webTipo: tipo,
  };
}

/**
 * Only the Titular and the Asistentes may change credentials. Anyone may only while there is no configuration at all
 * (before «Configurar» names them); a configuration that cannot be read refuses everyone (it never fails open).
 */
export function assertMayConnect(user: string): void {
  let allowed: string[];
  try {
    const c = readConfig();
    allowed = [c.titular, ...c.asistentes].map((s) => s.toLowerCase()).filter((s) => s !== '');
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFIG_MISSING') return;
    throw new AppError('CONFIG_CONEXIONES', `No se puede comprobar quién puede conectar las redes porque la configuración tiene un error: ${messageOf(e)} Corríjala primero.`);
  }
  if (allowed.length > 0 && allowed.indexOf(user.toLowerCase()) < 0) {
    throw new AppError('NO_PERMITIDO', 'Solo la Titular y las Asistentes pueden conectar las redes.');
  }
}

function hostOfUrl(url: string): string {
  return (/^https?:\/\/([^/?#:]+)/i.exec(url.trim())?.[1] ?? '').toLowerCase();
}

/**
 * The stored WordPress password (or webhook secret) belongs to the host it was typed for: a new host needs it typed
 * again in the same form, so stored credentials are never sent to a host nobody gave them to.
 */
function assertSecretForHost(current: Record<string, string>, updates: Record<string, string>, typed: Set<string>): void {
  const pairs: Array<{ url: string; secret: string; mensaje: string }> = [
    { url: PROP.wpUrl, secret: PROP.wpAppPassword, mensaje: 'Cambió la dirección del sitio WordPress a otro servidor. Escriba también la contraseña de aplicación de ese sitio (la guardada no se enviará a otro servidor).' },
    { url: PROP.webhookUrl, secret: PROP.webhookSecret, mensaje: 'Cambió la dirección del webhook a otro servidor. Escriba también el secreto del webhook para ese servidor (el guardado no se enviará a otro servidor).' },
  ];
  for (const p of pairs) {
    if (!(p.url in updates) || !(current[p.secret] ?? '').trim() || typed.has(p.secret)) continue;
    const before = hostOfUrl(current[p.url] ?? '');
    if (before && before !== hostOfUrl(updates[p.url])) throw new AppError('SECRETO_REQUERIDO', p.mensaje);
  }
}

function httpsUrl(v: string, campo: string): string {
  const s = v.trim().replace(/\/+$/, '');
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?(\/\S*)?$/i.test(s)) {
    throw new AppError('URL_INVALIDA', `«${campo}» debe ser una dirección que empiece con https://`);
  }
  return s;
}

/** Validates everything first, then writes the changed properties in one call. Returns the new state (no secrets). */
export function guardarConexiones(form: ConexionesForm, user: string): ConexionesEstado {
  assertMayConnect(user);
  const props = ports().props.secrets();
  const current = props.getAll();
  const updates: Record<string, string> = {};
  const touched = new Set<Red>();
  const typed = new Set<string>();
  for (const key of Object.keys(FIELD_PROP) as Array<keyof ConexionesForm>) {
    const raw = form[key];
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    let v = raw.trim();
    if (key === 'wpUrl') v = httpsUrl(v, 'Dirección del sitio WordPress');
    if (key === 'webhookUrl') v = httpsUrl(v, 'Dirección del webhook');
    if (key === 'webTipo' && v !== 'wordpress' && v !== 'webhook') throw new AppError('TIPO_WEB', 'El tipo de sitio debe ser WordPress o webhook.');
    if (key === 'fbPageId' && !/^\d{5,20}$/.test(v)) throw new AppError('PAGINA_INVALIDA', 'El identificador de la página de Facebook son solo números.');
    if (key !== 'wpAppPassword' && key !== 'wpUsuario' && /\s/.test(v)) {
      throw new AppError('CREDENCIAL_INVALIDA', 'Una credencial contiene espacios; cópiela de nuevo sin espacios.');
    }
    typed.add(FIELD_PROP[key]);
    if (current[FIELD_PROP[key]] === v) continue;
    updates[FIELD_PROP[key]] = v;
    touched.add(RED_OF[key]);
  }
  if (Object.keys(updates).length === 0) return estadoConexiones(current);
  assertSecretForHost(current, updates, typed);
  // New credentials lift a stop caused by the old ones and forget the old account name.
  const next = { ...current, ...updates };
  props.setAll(updates);
  for (const red of touched) {
    const known = red === 'X' ? [PROP.xCuenta, PROP.xUserId] : [red === 'Facebook' ? PROP.fbCuenta : PROP.webCuenta];
    for (const k of [blockKey(red), ...known]) {
      if (k in next) {
        props.delete(k);
        delete next[k];
      }
    }
  }
  const redes = [...touched].map((r) => (r === 'Web' ? 'sitio web' : r)).join(', ');
  logBitacora({ accion: 'Conectar redes', elemento: 'Credenciales', detalle: `Se actualizaron las credenciales de ${redes} (los valores no se registran).`, usuario: user });
  return estadoConexiones(next);
}
