// Demo accounts of the emulated X, Facebook Page, WordPress site and webhook site, and the Script Properties that connect the add-on to them.
import type { WorldState } from '../world';
import { type XData, X_ENDPOINT } from './x.endpoint';
import { type GraphData, GRAPH_ENDPOINT } from './facebook.endpoint';
import { type WordPressData, WP_ENDPOINT, WP_HOST } from './wordpress.endpoint';
import { dataOf } from './http-util';
import { WEBHOOK_HOST, WEBHOOK_PATH, webhookData } from './webhook.endpoint';

/** Demo credentials: what «Conectar redes» stores. Fake values, but treated as secrets by the tests that scan for them. */
export const DEMO_CREDENTIALS = {
  X_CONSUMER_KEY: 'demoConsumerKey7Hq2Lk9Wm',
  X_CONSUMER_SECRET: 'demoConsumerSecret-r8Vx3Kp1Ns6Tb0Qy4Zc',
  X_ACCESS_TOKEN: '1100220033-demoAccessTokenP4nF7sJ2',
  X_ACCESS_SECRET: 'demoAccessSecret-M3tY8dW6gB1eU5iO9',
  FB_PAGE_ID: '104857600123456',
  FB_PAGE_TOKEN: 'EAAdemoPageTokenZx81Qw93Lp27Nv55Rt',
  WEB_TIPO: 'wordpress',
  WP_URL: `https://${WP_HOST}`,
  WP_USUARIO: 'difusion',
  WP_APP_PASSWORD: 'abcd EFGH 1234 ijkl MNOP 5678',
} as const;

/** The other way to reach the website: a non-WordPress site that receives a signed JSON webhook (fake secret, scanned as one). */
export const DEMO_WEBHOOK = {
  WEB_TIPO: 'webhook',
  WEBHOOK_URL: `https://${WEBHOOK_HOST}${WEBHOOK_PATH}`,
  WEBHOOK_SECRET: 'demoWebhookSecret-Hx4Rq9Lm2Vt7Ye1Kc6',
} as const;

export const DEMO_ACCOUNTS = {
  xUsername: 'ICMujeresCoah',
  xUserId: '1100220033',
  pageName: 'Instituto Coahuilense de las Mujeres',
  wpName: 'Difusión ICM',
};

/** Creates the demo accounts in the emulated networks (idempotent); returns the credentials to store. */
export function seedEndpointAccounts(world: WorldState): Record<string, string> {
  const c = DEMO_CREDENTIALS;
  const x = dataOf<XData>(world, X_ENDPOINT, () => ({ accounts: [], posts: [], media: [], nextId: 1867000000000000000n.toString(), nonces: [], windows: {} }));
  if (!x.accounts.some((a) => a.consumerKey === c.X_CONSUMER_KEY && a.token === c.X_ACCESS_TOKEN)) {
    x.accounts.push({
      consumerKey: c.X_CONSUMER_KEY,
      consumerSecret: c.X_CONSUMER_SECRET,
      token: c.X_ACCESS_TOKEN,
      tokenSecret: c.X_ACCESS_SECRET,
      userId: DEMO_ACCOUNTS.xUserId,
      username: DEMO_ACCOUNTS.xUsername,
      name: 'ICM Coahuila',
    });
  }
  const g = dataOf<GraphData>(world, GRAPH_ENDPOINT, () => ({ pages: [], posts: [], nextId: 1000 }));
  if (!g.pages.some((p) => p.pageId === c.FB_PAGE_ID)) g.pages.push({ pageId: c.FB_PAGE_ID, token: c.FB_PAGE_TOKEN, name: DEMO_ACCOUNTS.pageName });
  const w = dataOf<WordPressData>(world, WP_ENDPOINT, () => ({ users: [], posts: [], media: [], nextId: 100 }));
  if (!w.users.some((u) => u.user === c.WP_USUARIO)) w.users.push({ id: 2, user: c.WP_USUARIO, appPassword: c.WP_APP_PASSWORD, name: DEMO_ACCOUNTS.wpName });
  const h = webhookData(world);
  if (!h.secret) h.secret = DEMO_WEBHOOK.WEBHOOK_SECRET;
  return { ...c };
}

/**
 * For `init --demo`: creates the demo accounts and stores them through «Conectar redes» and «Probar conexión» as `as`.
 * `web: 'webhook'` connects the website through the signed JSON webhook instead of WordPress.
 */
export function connectDemoNetworks(emu: { call(fn: string, args?: unknown[], opts?: { as?: string }): unknown; world: WorldState }, as: string, web: 'wordpress' | 'webhook' = 'wordpress'): void {
  const c = seedEndpointAccounts(emu.world);
  const site = web === 'webhook'
    ? { webTipo: DEMO_WEBHOOK.WEB_TIPO, webhookUrl: DEMO_WEBHOOK.WEBHOOK_URL, webhookSecret: DEMO_WEBHOOK.WEBHOOK_SECRET }
    : { webTipo: c.WEB_TIPO, wpUrl: c.WP_URL, wpUsuario: c.WP_USUARIO, wpAppPassword: c.WP_APP_PASSWORD };
  emu.call('conexionesGuardar', [{
    xConsumerKey: c.X_CONSUMER_KEY, xConsumerSecret: c.X_CONSUMER_SECRET, xAccessToken: c.X_ACCESS_TOKEN, xAccessSecret: c.X_ACCESS_SECRET,
    fbPageId: c.FB_PAGE_ID, fbPageToken: c.FB_PAGE_TOKEN, ...site,
  }], { as });
  emu.call('conexionesProbar', [], { as });
}
