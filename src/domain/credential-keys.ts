// Names of the Script Properties that hold each network's credentials and publishing stops (values are secrets; names are not).
import { networks } from './networks';

/** Script Properties keys. Values of secretKeys() are secrets: never shown, logged or sent to the browser. */
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

/** Script Property keys whose values are secrets: every registered network's, and the ledgers' HMAC key. */
export function secretKeys(): string[] {
  return [...networks().flatMap((d) => d.secretKeys), 'DIFUSION_HMAC_KEY'];
}

/** Set while a network is stopped for bad credentials: its value is the Spanish reason and date. */
export function blockKey(red: string): string {
  return 'PUB_BLOQUEO_' + red.toUpperCase();
}
