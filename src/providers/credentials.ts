// Parsing of the stored credentials (the workbook's Document Properties) into each network's typed credentials (secrets never leave the server).
import { PROP, secretKeys } from '../domain/credential-keys';
import { webTipoOf } from '../domain/networks.builtin';
import { registerSecrets } from './http-errors';

export { PROP, blockKey } from '../domain/credential-keys';

export interface XCredentials {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  /** The account's numeric id (stored by «Probar conexión»; else the prefix of an OAuth 1.0a access token, `<id>-…`). */
  userId: string;
  /** The account's @username without «@», when «Probar conexión» stored it. */
  username: string;
}

export interface FacebookCredentials {
  pageId: string;
  token: string;
  graphVersion: string;
}

export type WebCredentials =
  | { kind: 'wordpress'; url: string; user: string; appPassword: string }
  | { kind: 'webhook'; url: string; secret: string };

function val(props: Record<string, string>, k: string): string {
  return (props[k] ?? '').trim();
}

/** Registers every network's secret values (from the workbook's stored properties) for redaction (read once per execution). */
export function registerAllSecrets(props: Record<string, string>): void {
  registerSecrets(secretKeys().map((k) => val(props, k)));
}

export function xCredentials(props: Record<string, string>): XCredentials | null {
  const x: XCredentials = {
    consumerKey: val(props, PROP.xConsumerKey),
    consumerSecret: val(props, PROP.xConsumerSecret),
    token: val(props, PROP.xAccessToken),
    tokenSecret: val(props, PROP.xAccessSecret),
    userId: val(props, PROP.xUserId) || (/^(\d{1,19})-/.exec(val(props, PROP.xAccessToken))?.[1] ?? ''),
    username: val(props, PROP.xCuenta).replace(/^@/, ''),
  };
  return x.consumerKey && x.consumerSecret && x.token && x.tokenSecret ? x : null;
}

export function facebookCredentials(props: Record<string, string>, graphVersion: string): FacebookCredentials | null {
  const fb: FacebookCredentials = { pageId: val(props, PROP.fbPageId), token: val(props, PROP.fbPageToken), graphVersion: graphVersion || 'v26.0' };
  return fb.pageId && fb.token ? fb : null;
}

export function webCredentials(props: Record<string, string>): WebCredentials | null {
  if (webTipoOf(props) === 'webhook') {
    return val(props, PROP.webhookUrl) && val(props, PROP.webhookSecret)
      ? { kind: 'webhook', url: val(props, PROP.webhookUrl), secret: val(props, PROP.webhookSecret) }
      : null;
  }
  if (val(props, PROP.wpUrl) && val(props, PROP.wpUser) && val(props, PROP.wpAppPassword)) {
    return { kind: 'wordpress', url: val(props, PROP.wpUrl).replace(/\/+$/, ''), user: val(props, PROP.wpUser), appPassword: val(props, PROP.wpAppPassword) };
  }
  return null;
}
