// The three networks the institute publishes on (X, Facebook, its website), registered in the network registry at load.
import { PROP } from './credential-keys';
import { addNetwork, codePointLength, type NetworkDescriptor, xWeightedLength } from './networks';

/** X counts weighted characters (URLs 23, emoji 2, CJK 2): at most 280. */
export const X_MAX_WEIGHTED = 280;
/** Facebook Page posts: at most 63,206 characters. */
export const FACEBOOK_MAX = 63206;
const MB = 1024 * 1024;

function has(p: Readonly<Record<string, string>>, k: string): boolean {
  return (p[k] ?? '').trim() !== '';
}

/** The site's host from the stored WordPress or webhook address (lower case, without www.). */
function siteHost(p: Readonly<Record<string, string>>): string {
  const siteUrl = p[PROP.wpUrl] || p[PROP.webhookUrl] || '';
  return (/^https:\/\/([^/?#]+)/i.exec(siteUrl)?.[1] ?? '').toLowerCase().replace(/^www\./, '');
}

/** Which kind of website is connected: stored by «Conectar redes»; a webhook address alone means the webhook site. */
export function webTipoOf(p: Readonly<Record<string, string>>): 'wordpress' | 'webhook' {
  const tipo = (p[PROP.webTipo] ?? '').trim() || (has(p, PROP.webhookUrl) && !has(p, PROP.wpUrl) ? 'webhook' : 'wordpress');
  return tipo === 'webhook' ? 'webhook' : 'wordpress';
}

/*
 * Image types and sizes:
 * - X: JPG, PNG, GIF, WEBP for tweet_image, 5 MB for images (xdoc: x-api/media/introduction.mdx).
 * - Facebook: "Facebook supports the following formats: JPEG, BMP, PNG, GIF, TIFF" — WebP is NOT listed; no hard maximum,
 *   its guide says "We recommend uploading photos under 4MB" (https://developers.facebook.com/docs/graph-api/photo-uploads,
 *   «Supported Formats»): we enforce the recommended 4 MB so a post never depends on an undocumented limit.
 * - Our website (WordPress or webhook site): JPEG, PNG, GIF, WebP, 10 MB (the site's own upload limit).
 */
export const X_NETWORK: NetworkDescriptor = {
  id: 'X',
  etiqueta: 'X',
  nombre: 'X',
  columns: { texto: 'Texto X', estado: 'Estado X', enlace: 'Enlace X' },
  text: {
    max: X_MAX_WEIGHTED,
    count: xWeightedLength,
    code: 'X_DEMASIADO_LARGO',
    mensaje: (n, max) => `El texto para X mide ${n} caracteres y el máximo es ${max} (los enlaces cuentan 23 y los emojis 2). Quite ${n - max}.`,
  },
  image: { types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], typesText: 'JPG, PNG, GIF ni WebP', maxBytes: 5 * MB },
  manualUrl: 'https://x.com/compose/post',
  formFields: { xConsumerKey: PROP.xConsumerKey, xConsumerSecret: PROP.xConsumerSecret, xAccessToken: PROP.xAccessToken, xAccessSecret: PROP.xAccessSecret },
  secretKeys: [PROP.xConsumerKey, PROP.xConsumerSecret, PROP.xAccessToken, PROP.xAccessSecret],
  accountKeys: [PROP.xCuenta, PROP.xUserId],
  configured: (p) => [PROP.xConsumerKey, PROP.xConsumerSecret, PROP.xAccessToken, PROP.xAccessSecret].every((k) => has(p, k)),
  ownsHost: (host) => host === 'x.com' || host === 'twitter.com',
};

export const FACEBOOK_NETWORK: NetworkDescriptor = {
  id: 'Facebook',
  etiqueta: 'Facebook',
  nombre: 'Facebook',
  columns: { texto: 'Texto Facebook', estado: 'Estado Facebook', enlace: 'Enlace Facebook' },
  text: {
    max: FACEBOOK_MAX,
    count: codePointLength,
    code: 'FACEBOOK_DEMASIADO_LARGO',
    mensaje: (n, max) => `El texto para Facebook mide ${n} caracteres y el máximo es ${max}.`,
  },
  image: { types: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff'], typesText: 'JPG, PNG, GIF, BMP ni TIFF', maxBytes: 4 * MB },
  manualUrl: 'https://www.facebook.com/',
  formFields: { fbPageId: PROP.fbPageId, fbPageToken: PROP.fbPageToken },
  secretKeys: [PROP.fbPageToken],
  accountKeys: [PROP.fbCuenta],
  configured: (p) => has(p, PROP.fbPageId) && has(p, PROP.fbPageToken),
  ownsHost: (host) => host === 'facebook.com' || host === 'fb.com' || host === 'fb.watch',
};

export const WEB_NETWORK: NetworkDescriptor = {
  id: 'Web',
  etiqueta: 'Sitio web',
  nombre: 'el sitio web',
  columns: { texto: 'Texto web', estado: 'Estado web', enlace: 'Enlace web' },
  text: null,
  image: { types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], typesText: 'JPG, PNG, GIF ni WebP', maxBytes: 10 * MB },
  manualUrl: '',
  formFields: {
    webTipo: PROP.webTipo, wpUrl: PROP.wpUrl, wpUsuario: PROP.wpUser, wpAppPassword: PROP.wpAppPassword,
    webhookUrl: PROP.webhookUrl, webhookSecret: PROP.webhookSecret,
  },
  secretKeys: [PROP.wpAppPassword, PROP.webhookSecret],
  accountKeys: [PROP.webCuenta],
  configured: (p) =>
    webTipoOf(p) === 'webhook'
      ? has(p, PROP.webhookUrl) && has(p, PROP.webhookSecret)
      : has(p, PROP.wpUrl) && has(p, PROP.wpUser) && has(p, PROP.wpAppPassword),
  ownsHost: (host, p) => {
    const web = siteHost(p);
    return !!web && (host === web || host.endsWith('.' + web) || web.endsWith('.' + host));
  },
};

/** Ids of the built-in networks, whose texts every Calendario fingerprint has always covered (even when empty). */
export const BUILTIN_REDES: readonly string[] = ['X', 'Facebook', 'Web'];

for (const d of [X_NETWORK, FACEBOOK_NETWORK, WEB_NETWORK]) addNetwork(d);
