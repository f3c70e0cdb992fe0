// Per-network limits of a post (X weighted length via twitter-text, Facebook length, image size and type) and their Spanish checks.
/// <reference path="./twitter-text-parse-tweet.d.ts" />
import parseTweet from 'twitter-text/dist/parseTweet';
import type { Red } from './schema';

/** X counts weighted characters (URLs 23, emoji 2, CJK 2): at most 280. */
export const X_MAX_WEIGHTED = 280;
/** Facebook Page posts: at most 63,206 characters. */
export const FACEBOOK_MAX = 63206;
/**
 * Image types each network accepts.
 * - Facebook: "Facebook supports the following formats: JPEG, BMP, PNG, GIF, TIFF" — WebP is NOT listed
 *   (https://developers.facebook.com/docs/graph-api/photo-uploads, «Supported Formats»).
 * - X: JPG, PNG, GIF, WEBP for tweet_image (xdoc: x-api/media/introduction.mdx).
 * - Our website (WordPress or webhook site): JPEG, PNG, GIF, WebP.
 */
export const IMAGE_TYPES_BY_RED: Readonly<Record<Red, readonly string[]>> = {
  X: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
  Facebook: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff'],
  Web: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
};
/** Image types every network accepts. */
export const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/gif'];
/**
 * Largest image per network, in bytes.
 * - X: 5 MB for images (xdoc: x-api/media/introduction.mdx).
 * - Facebook: 4 MB. Facebook documents no hard maximum for Page photos; its guide says "Check the file size of your
 *   photos. We recommend uploading photos under 4MB" and "PNG files larger than 1 MB may appear pixelated after upload"
 *   (https://developers.facebook.com/docs/graph-api/photo-uploads, «Supported Formats»). We enforce
 *   the recommended 4 MB so a post never depends on an undocumented limit.
 * - Our website: 10 MB (the site's own upload limit).
 */
export const IMAGE_MAX_BYTES: Readonly<Record<Red, number>> = {
  X: 5 * 1024 * 1024,
  Facebook: 4 * 1024 * 1024,
  Web: 10 * 1024 * 1024,
};

/** Weighted length of a post on X, exactly as X counts it (NFC, URLs 23, emoji sequences 2, CJK 2). */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}

/** Everything a counter next to the X text needs. */
export function xCounter(text: string): { length: number; max: number; remaining: number; valid: boolean } {
  const p = parseTweet(text);
  return { length: p.weightedLength, max: X_MAX_WEIGHTED, remaining: X_MAX_WEIGHTED - p.weightedLength, valid: p.valid };
}

/** Length of a text as Facebook counts it (code points). */
export function facebookLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}

export interface PostTexts {
  x?: string;
  facebook?: string;
  web?: string;
}

export interface ImageInfo {
  /** Bytes of the file. */
  size: number;
  mimeType: string;
  name?: string;
}

export interface PostProblem {
  red: Red;
  code: 'TEXTO_VACIO' | 'X_DEMASIADO_LARGO' | 'FACEBOOK_DEMASIADO_LARGO' | 'IMAGEN_TIPO' | 'IMAGEN_GRANDE';
  /** Spanish, ready to show. */
  mensaje: string;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '') + ' MB';
}

/**
 * Checks the texts (and image) of a post for the networks it goes to; returns Spanish problems, none when it can be
 * published. A network's text may be empty when it is not among `redes`.
 */
export function validatePostTexts(texts: PostTexts, redes: readonly Red[], image?: ImageInfo | null): PostProblem[] {
  const out: PostProblem[] = [];
  const textOf: Record<Red, string> = { X: texts.x ?? '', Facebook: texts.facebook ?? '', Web: texts.web ?? '' };
  const label: Record<Red, string> = { X: 'X', Facebook: 'Facebook', Web: 'el sitio web' };
  for (const red of redes) {
    const t = textOf[red];
    if (t.trim() === '') {
      out.push({ red, code: 'TEXTO_VACIO', mensaje: `Falta el texto para ${label[red]}.` });
      continue;
    }
    if (red === 'X') {
      const n = xWeightedLength(t);
      if (n > X_MAX_WEIGHTED) {
        out.push({
          red,
          code: 'X_DEMASIADO_LARGO',
          mensaje: `El texto para X mide ${n} caracteres y el máximo es ${X_MAX_WEIGHTED} (los enlaces cuentan 23 y los emojis 2). Quite ${n - X_MAX_WEIGHTED}.`,
        });
      }
    }
    if (red === 'Facebook') {
      const n = facebookLength(t);
      if (n > FACEBOOK_MAX) {
        out.push({
          red,
          code: 'FACEBOOK_DEMASIADO_LARGO',
          mensaje: `El texto para Facebook mide ${n} caracteres y el máximo es ${FACEBOOK_MAX}.`,
        });
      }
    }
    if (image) {
      const type = image.mimeType.toLowerCase();
      const name = image.name ? `«${image.name}» ` : '';
      if (IMAGE_TYPES_BY_RED[red].indexOf(type) < 0) {
        out.push({
          red,
          code: 'IMAGEN_TIPO',
          mensaje: red === 'Facebook'
            ? `La imagen ${name}no es JPG, PNG, GIF, BMP ni TIFF; Facebook no la acepta.`
            : `La imagen ${name}no es JPG, PNG, GIF ni WebP; ${label[red]} no la acepta.`,
        });
      } else if (image.size > IMAGE_MAX_BYTES[red]) {
        out.push({
          red,
          code: 'IMAGEN_GRANDE',
          mensaje: `La imagen ${name}pesa ${mb(image.size)}; para ${label[red]} el máximo es ${mb(IMAGE_MAX_BYTES[red])}.`,
        });
      }
    }
  }
  return out;
}
