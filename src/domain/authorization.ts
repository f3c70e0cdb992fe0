// Canonical, deterministic text of exactly what the Titular authorizes (per item kind) and of a signed ledger record.
import { type Cell, exactText, isDate } from './cell';
import { cellYmd, hhmm, horaMinutos } from './dates';
import { textColumns } from './networks';
import { type CalendarioHeader, REDES, SHEET } from './schema';

/** The decision that lets an item be published or sent. */
export const AUTORIZADO = 'Autorizado';
/** Ledger decision written when the authorized content changed afterwards (the authorization is void). */
export const ANULADA = 'Anulada';
/** Ledger decision and cell value of an authorization typed by someone whose e-mail the edit event did not carry. */
export const NO_VERIFICADA = 'No verificada';
/** Calendario / Boletines «Estado» of an item whose authorized content changed. */
export const REQUIERE_NUEVA = 'Requiere nueva autorización';

export const LEDGER_DECISIONES = ['Autorizado', 'Rechazado', 'Cambios solicitados', ANULADA, NO_VERIFICADA] as const;
export type LedgerDecision = (typeof LEDGER_DECISIONES)[number];

/** What kind of item an authorization is about; the value is the ledger's «Hoja» text. */
export type AuthKind = 'propuestas' | 'calendario' | 'boletines';
export const AUTH_KINDS: readonly AuthKind[] = ['propuestas', 'calendario', 'boletines'];

export function hojaOf(kind: AuthKind): string {
  return SHEET[kind];
}

export function kindOfHoja(hoja: string): AuthKind | null {
  for (const k of AUTH_KINDS) if (SHEET[k] === hoja.trim()) return k;
  return null;
}

/** Text of a cell exactly as stored (no trimming: a changed space is a changed post), '' for empty; a date as yyyy-MM-dd. */
function exact(v: Cell | null | undefined): string {
  return exactText(v, cellYmd);
}

/** A date cell as 'yyyy-MM-dd'; text that is not a date is kept as typed so that any change still shows. */
function fecha(v: Cell | null | undefined): string {
  const d = cellYmd(v);
  return d !== '' ? d : exact(v).trim();
}

/** An hour cell as 'HH:mm'; unparseable text kept as typed. */
function hora(v: Cell | null | undefined): string {
  const h = horaMinutos(v);
  return h ? hhmm(h) : exact(v).trim();
}

/**
 * The networks of a «Redes» cell ('X, Facebook'): split on commas/semicolons, trimmed, known names normalized in
 * case, de-duplicated and sorted. Unknown words are kept (so typing one changes the fingerprint).
 */
export function parseRedes(v: Cell | null | undefined): string[] {
  const out: string[] = [];
  for (const raw of exact(v).split(/[,;\n]/)) {
    const w = raw.trim();
    if (!w) continue;
    const known = REDES.find((r) => r.toLowerCase() === w.toLowerCase());
    const name = known ?? w;
    if (out.indexOf(name) < 0) out.push(name);
  }
  return out.sort();
}

/** The Calendario fields an authorization covers (version 1: up to imagen; version 2: all). */
export interface CalendarioContent {
  id: Cell;
  fecha: Cell;
  hora: Cell;
  redes: Cell;
  textoX: Cell;
  textoFacebook: Cell;
  textoWeb: Cell;
  imagen: Cell;
  /** Texts of networks registered after the built-in three, by id (covered only when not empty, so older records keep their fingerprint). */
  otrosTextos?: ReadonlyArray<[string, Cell]>;
  /** Version 2: the website post's title. */
  tema?: Cell;
  /** Version 2: decides the veda exceptions. */
  categoria?: Cell;
  /** Version 2: the row's «Veda» column. */
  veda?: Cell;
  /** Version 2: hex SHA-256 of the image file's bytes ('' without image; a marker when Drive cannot open it). */
  imagenContenido?: string;
}

export interface BoletinContent {
  numero: Cell;
  fecha: Cell;
  titulo: Cell;
  lugar: Cell;
  resumen: Cell;
  documento: Cell;
  /** The linked Google Doc's full text (version 2 covers it; version 1 does not). */
  textoDoc?: string;
}

export interface PropuestaContent {
  id: Cell;
  tipo: Cell;
  tema: Cell;
  direccion: Cell;
  marcoLegal: Cell;
  descripcion: Cell;
  del: Cell;
  al: Cell;
  redes: Cell;
}

/** Headers of the columns whose change voids an authorization, per kind. */
export const CONTENT_HEADERS = {
  /** Computed on each read: every registered network's text column. */
  get calendario(): readonly CalendarioHeader[] {
    return ['ID', 'Fecha', 'Hora', 'Tema', 'Categoría', 'Redes', ...textColumns(), 'Imagen', 'Veda'];
  },
  boletines: ['Número', 'Fecha', 'Título', 'Lugar', 'Resumen', 'Documento'],
  propuestas: ['ID', 'Tipo', 'Tema', 'Dirección', 'Marco legal', 'Descripción', 'Del', 'Al', 'Redes'],
} as const;

/** Headers of the locked authorization columns, per kind (decision, approver, time, comment). */
export const LOCKED_HEADERS = {
  calendario: ['Autorización', 'Autorizado por', 'Fecha de autorización', 'Comentario de la Titular'],
  boletines: ['Autorización', 'Autorizado por', 'Fecha de autorización', 'Comentario de la Titular'],
  propuestas: ['Decisión', 'Decidido por', 'Fecha de decisión', 'Comentario'],
} as const;

/**
 * Canonical text of a Calendario row's authorized content: date yyyy-MM-dd, hour HH:mm, networks sorted, the text for
 * every network (keyed and in a fixed order) and the image reference. JSON of arrays, so key order cannot vary.
 */
export function canonicalCalendario(c: CalendarioContent, version = 1): string {
  const textos: Array<[string, string]> = [
    ['Facebook', exact(c.textoFacebook)],
    ['Web', exact(c.textoWeb)],
    ['X', exact(c.textoX)],
  ];
  for (const [red, v] of [...(c.otrosTextos ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (exact(v) !== '') textos.push([red, exact(v)]);
  }
  const v1 = [exact(c.id).trim(), fecha(c.fecha), hora(c.hora), parseRedes(c.redes), textos, exact(c.imagen).trim()];
  if (version === 1) return JSON.stringify(['calendario/v1', ...v1]);
  if (version !== 2) throw new Error('FINGERPRINT_VERSION_UNKNOWN');
  // Version 2: also the title, the category, the veda column and the image's bytes (not only its link).
  return JSON.stringify(['calendario/v2', ...v1, exact(c.tema), exact(c.categoria).trim(), exact(c.veda).trim(), c.imagenContenido ?? '']);
}

export function canonicalBoletin(c: BoletinContent, version = 1): string {
  if (version !== 1 && version !== 2) throw new Error('FINGERPRINT_VERSION_UNKNOWN');
  const base = [exact(c.numero).trim(), fecha(c.fecha), exact(c.titulo), exact(c.lugar), exact(c.resumen), exact(c.documento).trim()];
  // Version 2 covers the linked Doc's full text: an edit of the Doc after the authorization voids it.
  return JSON.stringify(version === 1 ? ['boletin/v1', ...base] : ['boletin/v2', ...base, c.textoDoc ?? '']);
}

export function canonicalPropuesta(c: PropuestaContent, version = 1): string {
  if (version !== 1) throw new Error('FINGERPRINT_VERSION_UNKNOWN');
  return JSON.stringify([
    'propuesta/v1',
    exact(c.id).trim(),
    exact(c.tipo),
    exact(c.tema),
    exact(c.direccion),
    exact(c.marcoLegal),
    exact(c.descripcion),
    fecha(c.del),
    fecha(c.al),
    parseRedes(c.redes),
  ]);
}

/** One record of the Autorizaciones ledger. */
export interface LedgerRecord {
  /** When it was recorded; the signature covers whole seconds (a sheet keeps no more). */
  fecha: Date;
  /** The sheet's name, e.g. 'Calendario'. */
  hoja: string;
  /** The item's ID (Número for a boletín). */
  elemento: string;
  decision: string;
  /** Who decided (lower-case e-mail); for Anulada / No verificada, who caused it ('' when unknown). */
  por: string;
  /** Hex SHA-256 of the canonical content at decision time; 'vN:' before it when made with version N ≥ 2 (see fingerprint.ts). */
  huella: string;
  comentario: string;
}

/** A time rounded to whole seconds, as a Date (what is written to the sheet and signed). */
export function wholeSeconds(d: Date): Date {
  return new Date(Math.round(d.getTime() / 1000) * 1000);
}

/** The exact text the ledger signature (HMAC) covers. */
export function ledgerCanonical(r: LedgerRecord): string {
  return JSON.stringify([
    'autorizacion/v1',
    r.hoja.trim(),
    r.elemento.trim(),
    r.decision.trim(),
    r.por.trim().toLowerCase(),
    r.huella.trim().toLowerCase(),
    Math.round(r.fecha.getTime() / 1000),
    r.comentario,
  ]);
}

/** Reads a ledger row (Fecha y hora, Hoja, Elemento, Decisión, Autorizado por, Huella, Comentario) into a record; null when malformed. */
export function ledgerRecordOf(cells: {
  fecha: Cell;
  hoja: Cell;
  elemento: Cell;
  decision: Cell;
  por: Cell;
  huella: Cell;
  comentario: Cell;
}): LedgerRecord | null {
  if (!isDate(cells.fecha)) return null;
  return {
    fecha: cells.fecha,
    hoja: exact(cells.hoja).trim(),
    elemento: exact(cells.elemento).trim(),
    decision: exact(cells.decision).trim(),
    por: exact(cells.por).trim().toLowerCase(),
    huella: exact(cells.huella).trim().toLowerCase(),
    comentario: exact(cells.comentario),
  };
}

/** Key of an item in the ledger: hoja + element id. */
export function itemKey(hoja: string, elemento: string): string {
  return hoja.trim() + '\u0000' + elemento.trim();
}

/** A decision the Titular can take (same values as DECISIONES in the schema). */
export type Decision = 'Autorizado' | 'Rechazado' | 'Cambios solicitados';

/** The «Estado» a decision gives an item that is not yet published/sent. */
export function estadoPorDecision(kind: AuthKind, d: Decision): string {
  if (kind === 'propuestas') return d === 'Autorizado' ? 'Autorizada' : d === 'Rechazado' ? 'Rechazada' : 'Cambios solicitados';
  return d;
}

/** Estados before publication, which a decision may overwrite (later states belong to the publisher). */
export const ESTADOS_PREVIOS: readonly string[] = [
  '', 'Pendiente', 'Pendiente de autorización', 'Borrador', 'Programado', REQUIERE_NUEVA,
  'Autorizado', 'Autorizada', 'Rechazado', 'Rechazada', 'Cambios solicitados', NO_VERIFICADA,
];

/** Spanish verb phrase for the Bitácora. */
export function accionDe(d: Decision): string {
  return d === 'Autorizado' ? 'Autorizar' : d === 'Rechazado' ? 'Rechazar' : 'Solicitar cambios';
}

export const COMENTARIO_MAX = 2000;
export const LOTE_MAX = 100;
