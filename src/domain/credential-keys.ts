// Names of the Document Properties that hold each network's credentials, the signing key and publishing stops (values are secrets; names are not).
import { networks } from './networks';

/**
 * Document Properties keys (per workbook; never Script Properties, which a published add-on shares with every document).
 * Values of secretKeys() are secrets: never shown, logged or sent to the browser.
 */
export const PROP = {
  xConsumerKey: 'X_CONSUMER_KEY',
  xConsumerSecret: 'X_CONSUMER_SECRET',
  xAccessToken: 'X_ACCESS_TOKEN',
  xAccessSecret: 'X_ACCESS_SECRET',
  xCuenta: 'X_CUENTA',
  /** Numeric id of the X account (from «Probar conexión»); the reconciliation lookup reads that account's posts. */
  xUserId: 'X_USUARIO_ID',
  fbPageId: 'FB_PAGE_ID',
  fbPageToken: 'FB_PAGE_TOKEN',
  fbCuenta: 'FB_CUENTA',
  webTipo: 'WEB_TIPO',
  wpUrl: 'WP_URL',
  wpUser: 'WP_USUARIO',
  wpAppPassword: 'WP_APP_PASSWORD',
  webhookUrl: 'WEBHOOK_URL',
  webhookSecret: 'WEBHOOK_SECRET',
  webCuenta: 'WEB_CUENTA',
} as const;

/** The HMAC key that signs the Autorizaciones and Bitácora rows (Document Properties). */
export const SIGNING_KEY_PROPERTY = 'DIFUSION_HMAC_KEY';

/** Document Properties keys whose values are secrets: every registered network's, and the ledgers' HMAC key. */
export function secretKeys(): string[] {
  return [...networks().flatMap((d) => d.secretKeys), SIGNING_KEY_PROPERTY];
}

/** The publishing job's last run time (per workbook). */
export const LAST_TICK_PROPERTY = 'PUB_ULTIMO_TICK';

/** Set in Document Properties once the values of earlier versions were moved out of Script Properties. */
export const SECRETS_MOVED_PROPERTY = 'DIFUSION_SECRETOS_EN_DOCUMENTO';

/**
 * Keys that versions before 2026-12 kept in Script Properties (then a bound script's own store): moved once into the
 * workbook's Document Properties and erased from Script Properties.
 */
export function legacyScriptKeys(): string[] {
  return [...Object.values(PROP), SIGNING_KEY_PROPERTY, LAST_TICK_PROPERTY, ...['X', 'Facebook', 'Web'].map(blockKey)];
}

/** Set while a network is stopped for bad credentials: its value is the Spanish reason and date. */
export function blockKey(red: string): string {
  return 'PUB_BLOQUEO_' + red.toUpperCase();
}
