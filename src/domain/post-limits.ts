// Per-network limits of a post (text length by each network's counting rule, image size and type) and their Spanish checks, from the network registry.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient module of the deep import, for the sidebar build too
/// <reference path="./twitter-text-parse-tweet.d.ts" />
import parseTweet from 'twitter-text/dist/parseTweet';
import { X_MAX_WEIGHTED } from './networks.builtin';
import { codePointLength, network, type Red } from './networks';

export { FACEBOOK_MAX, X_MAX_WEIGHTED } from './networks.builtin';
export { xWeightedLength } from './networks';

/** Image types every built-in network accepts. */
export const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/gif'];

/** Everything a counter next to the X text needs. */
export function xCounter(text: string): { length: number; max: number; remaining: number; valid: boolean } {
  const p = parseTweet(text);
  return { length: p.weightedLength, max: X_MAX_WEIGHTED, remaining: X_MAX_WEIGHTED - p.weightedLength, valid: p.valid };
}

/** Length of a text as Facebook counts it (code points). */
export const facebookLength = codePointLength;

/** The texts of a post keyed by lower-case network id: { x, facebook, web, … }. */
export type PostTexts = Partial<Record<string, string>>;

export interface ImageInfo {
  /** Bytes of the file. */
  size: number;
  mimeType: string;
  name?: string;
}

export interface PostProblem {
  red: Red;
  /** TEXTO_VACIO, IMAGEN_TIPO, IMAGEN_GRANDE or the network's own «too long» code (X_DEMASIADO_LARGO, …). */
  code: string;
  /** Spanish, ready to show. */
  mensaje: string;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '') + ' MB';
}

/** The problems of one network's text and image. */
function problemsOf(red: Red, t: string, image: ImageInfo | null | undefined): PostProblem[] {
  const d = network(red);
  if (t.trim() === '') return [{ red, code: 'TEXTO_VACIO', mensaje: `Falta el texto para ${d.nombre}.` }];
  const out: PostProblem[] = [];
  if (d.text) {
    const n = d.text.count(t);
    if (n > d.text.max) out.push({ red, code: d.text.code, mensaje: d.text.mensaje(n, d.text.max) });
  }
  if (image && d.image) {
    const type = image.mimeType.toLowerCase();
    const name = image.name ? `«${image.name}» ` : '';
    if (d.image.types.indexOf(type) < 0) {
      out.push({ red, code: 'IMAGEN_TIPO', mensaje: `La imagen ${name}no es ${d.image.typesText}; ${d.nombre} no la acepta.` });
    } else if (image.size > d.image.maxBytes) {
      out.push({ red, code: 'IMAGEN_GRANDE', mensaje: `La imagen ${name}pesa ${mb(image.size)}; para ${d.nombre} el máximo es ${mb(d.image.maxBytes)}.` });
    }
  }
  return out;
}

/**
 * Checks the texts (and image) of a post for the networks it goes to; returns Spanish problems, none when it can be
 * published. A network's text may be empty when it is not among `redes`.
 */
export function validatePostTexts(texts: PostTexts, redes: readonly Red[], image?: ImageInfo | null): PostProblem[] {
  return redes.flatMap((red) => problemsOf(red, texts[red.toLowerCase()] ?? '', image));
}

/** The problems of one post on one network (what a provider checks before any call). */
export function validatePost(red: Red, text: string, image: ImageInfo | null): PostProblem[] {
  return problemsOf(red, text, image);
}
