// The one network registry: per network its id, Spanish labels, text limit and counting rule, credentials, Calendario columns, manual URL, images.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient module of the deep import, for the sidebar build too
/// <reference path="./twitter-text-parse-tweet.d.ts" />
import parseTweet from 'twitter-text/dist/parseTweet';

/** A network's id, as typed in «Redes» ('X', 'Facebook', 'Web', or one registered later). */
export type Red = string;

/** How a network counts a text and what it allows. */
export interface TextRule {
  max: number;
  count(text: string): number;
  /** Stable code of the «too long» problem, e.g. X_DEMASIADO_LARGO. */
  code: string;
  /** Spanish message for a text of n characters (n > max). */
  mensaje(n: number, max: number): string;
}

export interface ImageRule {
  /** MIME types the network accepts. */
  types: readonly string[];
  /** The same list for a Spanish sentence: «JPG, PNG, GIF ni WebP». */
  typesText: string;
  maxBytes: number;
}

/** The Calendario columns of a network: its text, its state and its permalink. */
export interface NetworkColumns {
  texto: `Texto ${string}`;
  estado: `Estado ${string}`;
  enlace: `Enlace ${string}`;
}

export interface NetworkDescriptor {
  readonly id: Red;
  /** Spanish label for headings and lists: «X», «Facebook», «Sitio web». */
  readonly etiqueta: string;
  /** Spanish name inside a sentence: «X», «Facebook», «el sitio web». */
  readonly nombre: string;
  readonly columns: NetworkColumns;
  /** Text limit and counting rule; null when the network has none. */
  readonly text: TextRule | null;
  /** Images it takes; null when it takes none. */
  readonly image: ImageRule | null;
  /** Where a person posts by hand (manual-posting e-mail). */
  readonly manualUrl: string;
  /** «Conectar redes» form field → Document Properties key (values are never shown back). */
  readonly formFields: Readonly<Record<string, string>>;
  /** Document Properties keys whose values are secrets (redacted everywhere). */
  readonly secretKeys: readonly string[];
  /** Document Properties keys «Probar conexión» fills (account name, ids); forgotten when the credentials change. */
  readonly accountKeys: readonly string[];
  /** Whether the stored properties hold every credential the network needs. */
  configured(props: Readonly<Record<string, string>>): boolean;
  /** Whether a permalink host (lower case, without www./m.) is this network's. */
  ownsHost(host: string, props: Readonly<Record<string, string>>): boolean;
}

const registry: NetworkDescriptor[] = [];

/** Every network id in registry order (a live view: a network registered later appears here too). */
export const REDES: readonly Red[] = [];

/** Adds a network (or replaces one with the same id). Call before any use case runs: at bundle load. */
export function addNetwork(d: NetworkDescriptor): void {
  const i = registry.findIndex((x) => x.id === d.id);
  if (i >= 0) registry[i] = d;
  else {
    registry.push(d);
    (REDES as Red[]).push(d.id);
  }
}

export function networks(): readonly NetworkDescriptor[] {
  return registry;
}

/** The descriptor of a network; throws on an unknown id (a programming error, never user input). */
export function network(id: Red): NetworkDescriptor {
  const d = registry.find((x) => x.id === id);
  if (!d) throw new Error(`UNKNOWN_NETWORK: ${id}`);
  return d;
}

/** The registered id for a word typed by a person (case-insensitive), or null. */
export function redOf(word: string): Red | null {
  const w = word.trim().toLowerCase();
  return REDES.find((r) => r.toLowerCase() === w) ?? null;
}

/** «X, Facebook o Sitio web»: the registered networks for a Spanish sentence. */
export function networksSentence(conjuncion: 'o' | 'y' | 'ni' = 'o', of: (d: NetworkDescriptor) => string = (d) => d.id): string {
  const names = registry.map(of);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${conjuncion} ${names[names.length - 1]}`;
}

/** Every Calendario text column, in registry order. */
export function textColumns(): Array<NetworkColumns['texto']> {
  return registry.map((d) => d.columns.texto);
}

/** Weighted length of a post on X, exactly as X counts it (NFC, URLs 23, emoji sequences 2, CJK 2). */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}

/** Length of a text as Facebook counts it (code points). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}
