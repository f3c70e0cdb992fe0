// Parsing of the stored credentials (the workbook's Document Properties) into each network's typed credentials (secrets never leave the server).
import { PROP, SECRET_KEYS } from '../domain/credential-keys';
import { registerSecrets } from './http-errors';

export { PROP, SECRET_KEYS, blockKey } from '../domain/credential-keys';

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

export interface Credentials {
  x: XCredentials | null;
  facebook: FacebookCredentials | null;
  web: WebCredentials | null;
}

function val(props: Record<string, string>, k: string): string {
  return (props[k] ?? '').trim();
}

/** Typed credentials from the workbook's stored properties (read once); registers every secret for redaction. */
export function credentialsFrom(props: Record<string, string>, graphVersion: string): Credentials {
  registerSecrets(SECRET_KEYS.map((k) => val(props, k)));
  const x: XCredentials = {
    consumerKey: val(props, PROP.xConsumerKey),
    consumerSecret: val(props, PROP.xConsumerSecret),
    token: val(props, PROP.xAccessToken),
    tokenSecret: val(props, PROP.xAccessSecret),
    userId: val(props, PROP.xUserId) || (/^(\d{1,19})-/.exec(val(props, PROP.xAccessToken))?.[1] ?? ''),
    username: val(props, PROP.xCuenta).replace(/^@/, ''),
  };
  const fb: FacebookCredentials = { pageId: val(props, PROP.fbPageId), token: val(props, PROP.fbPageToken), graphVersion: graphVersion || 'v26.0' };
  const tipo = val(props, PROP.webTipo) || (val(props, PROP.webhookUrl) && !val(props, PROP.wpUrl) ? 'webhook' : 'wordpress');
  let web: WebCredentials | null = null;
  if (tipo === 'webhook') {
    if (val(props, PROP.webhookUrl) && val(props, PROP.webhookSecret)) {
      web = { kind: 'webhook', url: val(props, PROP.webhookUrl), secret: val(props, PROP.webhookSecret) };
    }
  } else if (val(props, PROP.wpUrl) && val(props, PROP.wpUser) && val(props, PROP.wpAppPassword)) {
    web = { kind: 'wordpress', url: val(props, PROP.wpUrl).replace(/\/+$/, ''), user: val(props, PROP.wpUser), appPassword: val(props, PROP.wpAppPassword) };
  }
  return {
    x: x.consumerKey && x.consumerSecret && x.token && x.tokenSecret ? x : null,
    facebook: fb.pageId && fb.token ? fb : null,
    web,
  };
}
