// «Conectar redes»: stores the networks' credentials in the workbook's Document Properties (write-only) and reports which are configured, never their values.
import { blockKey, PROP } from '../../domain/credential-keys';
import { AppError, isAppError, messageOf } from '../../domain/errors';
import { network, networks, type Red, REDES } from '../../domain/networks';
import type { ProviderSet } from './provider.port';
import { webTipoOf } from '../../domain/networks.builtin';
import type { Config } from '../../domain/config.types';
import { assertMay } from '../../domain/permissions';
import { readConfig, rolOf } from '../shared/index';
import { logBitacora } from '../shared/index';
import { ports } from '../shared/index';

/** What the dialog sends (each registered network's form fields, e.g. xConsumerKey, fbPageId, wpUrl); empty fields keep what is stored. */
export type ConexionesForm = Partial<Record<string, string>>;

export interface ConexionEstado {
  configurado: boolean;
  /** Account name found by «Probar conexión» (not a secret). */
  cuenta: string;
  /** Set when the network is stopped after a credentials failure. */
  detenida: string;
}

/** One entry per registered network (by id), plus the kind of website connected. */
export interface ConexionesEstado {
  webTipo: 'wordpress' | 'webhook';
  [red: string]: ConexionEstado | 'wordpress' | 'webhook';
}

/** Form field → Document Properties key and network, from the registry. */
function formFields(): Array<{ field: string; key: string; red: Red }> {
  return networks().flatMap((d) => Object.keys(d.formFields).map((field) => ({ field, key: d.formFields[field], red: d.id })));
}

export function estadoConexiones(p: Record<string, string>): ConexionesEstado {
  const out: ConexionesEstado = { webTipo: webTipoOf(p) };
  for (const d of networks()) {
    out[d.id] = { configurado: d.configured(p), cuenta: p[d.accountKeys[0]] ?? '', detenida: p[blockKey(d.id)] ?? '' };
  }
  return out;
}

/**
 * Only the Titular and the Asistentes may change credentials. Anyone may only while there is no configuration at all
 * (before «Configurar» names them); a configuration that cannot be read refuses everyone (it never fails open).
 */
export function assertMayConnect(user: string): void {
  let c: Config;
  try {
    c = readConfig();
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFIG_MISSING') return;
    throw new AppError('CONFIG_CONEXIONES', `No se puede comprobar quién puede conectar las redes porque la configuración tiene un error: ${messageOf(e)} Corríjala primero.`);
  }
  // Nobody named yet (a workbook being set up): anyone may connect.
  if (!c.titular && c.asistentes.every((a) => a.trim() === '')) return;
  assertMay(rolOf(c, user), 'conectarRedes', user);
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
  for (const { field: key, key: prop, red } of formFields()) {
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
    typed.add(prop);
    if (current[prop] === v) continue;
    updates[prop] = v;
    touched.add(red);
  }
  if (Object.keys(updates).length === 0) return estadoConexiones(current);
  assertSecretForHost(current, updates, typed);
  // New credentials lift a stop caused by the old ones and forget the old account name.
  const next = { ...current, ...updates };
  props.setAll(updates);
  for (const red of touched) {
    for (const k of [blockKey(red), ...network(red).accountKeys]) {
      if (k in next) {
        props.delete(k);
        delete next[k];
      }
    }
  }
  const redes = [...touched].map((r) => network(r).nombre).join(', ');
  logBitacora({ accion: 'Conectar redes', elemento: 'Credenciales', detalle: `Se actualizaron las credenciales de ${redes} (los valores no se registran).`, usuario: user });
  return estadoConexiones(next);
}

export interface PruebaConexion {
  red: Red;
  ok: boolean;
  /** Account name, or the Spanish reason it failed. */
  mensaje: string;
}

/** A harmless read on each configured network (in parallel); stores the account names and lifts credential stops. */
export function probarConexiones(make: (props: Record<string, string>, graphVersion: string) => ProviderSet, user: string): PruebaConexion[] {
  assertMayConnect(user);
  const store = ports().props.secrets();
  const props = store.getAll();
  let graphVersion = 'v26.0';
  try {
    graphVersion = readConfig().graphVersion;
  } catch {
    // the default Graph API version serves for a connection test
  }
  const providers = make(props, graphVersion);
  const redes = REDES.filter((r) => providers[r].configured());
  const res = ports().http.fetchAll(redes.map((r) => providers[r].meRequest()));
  const out: PruebaConexion[] = [];
  const updates: Record<string, string> = {};
  redes.forEach((red, k) => {
    const r = providers[red].parseMe(res[k]);
    if (!r.ok) return void out.push({ red, ok: false, mensaje: r.motivo });
    // [account name, numeric id]: X's id is what the reconciliation lookup reads (GET /2/users/:id/tweets).
    const [cuentaKey, idKey] = network(red).accountKeys;
    updates[cuentaKey] = r.cuenta;
    if (idKey && r.id) updates[idKey] = r.id;
    if (props[blockKey(red)]) store.delete(blockKey(red));
    out.push({ red, ok: true, mensaje: r.cuenta });
  });
  for (const red of REDES) if (redes.indexOf(red) < 0) out.push({ red, ok: false, mensaje: 'No está configurada.' });
  if (Object.keys(updates).length) store.setAll(updates);
  const detalle = out.map((o) => `${o.red}: ${o.ok ? 'correcta (' + o.mensaje + ')' : o.mensaje}`).join(' · ');
  logBitacora({ accion: 'Probar conexión', elemento: 'Redes', detalle, usuario: user });
  return out;
}
