// How Configurar shapes each sheet: column widths, formats, dropdown lists, estado colours and what is protected.
import { LOCKED_HEADERS } from './authorization';
import { FIN_DE_SEMANA_OPCIONES } from './calendar.plan';
import { textColumns } from './networks';
import { TIPOS_EFEMERIDE } from './efemerides';
import { ESTADO_COLORES } from './month-grid';
import { DECISIONES, ESTADOS_AGENDA, ESTADOS_PROPUESTA, HEADERS, type HeaderKey, MARCOS_LEGALES, REDES, SI_NO, TIPOS_PROPUESTA } from './schema';

export interface ColumnSpec {
  width?: number;
  /** Sheets number format. */
  format?: string;
  /** Closed list: a dropdown that rejects other values typed by people. */
  list?: readonly string[];
  /** Dropdown that only warns (the add-on may write other values, e.g. «No verificada»). */
  allowInvalid?: boolean;
  wrap?: boolean;
}

/** Every non-empty combination of the registered networks, in canonical order ('X, Facebook, Web', 'X, Facebook', …, 'Web'). */
export function networkCombinations(): string[] {
  const out: string[] = [];
  const n = REDES.length;
  for (let mask = (1 << n) - 1; mask >= 1; mask--) {
    const parts = REDES.filter((_, i) => (mask & (1 << (n - 1 - i))) !== 0);
    out.push(parts.join(', '));
  }
  return out.sort((a, b) => b.split(',').length - a.split(',').length);
}

const DATE = 'yyyy-mm-dd';
const DATETIME = 'yyyy-mm-dd hh:mm';

type Specs = { [K in HeaderKey]: Partial<Record<(typeof HEADERS)[K][number], ColumnSpec>> };

/** Calendario's fixed columns (the networks' columns come from the registry). */
const CALENDARIO_SPECS: Specs['calendario'] = {
  ID: { width: 140 },
  Fecha: { width: 100, format: DATE },
  Hora: { width: 70 },
  Tema: { width: 260, wrap: true },
  Propuesta: { width: 120 },
  Categoría: { width: 120 },
  Imagen: { width: 160 },
  Redes: { width: 140, get list() { return networkCombinations(); } },
  'Fin de semana': { width: 110, list: FIN_DE_SEMANA_OPCIONES },
  Veda: { width: 70, list: SI_NO },
  Autorización: { width: 140, list: DECISIONES, allowInvalid: true },
  'Autorizado por': { width: 200 },
  'Fecha de autorización': { width: 140, format: DATETIME },
  Estado: { width: 170 },
  'Próximo intento': { width: 140, format: DATETIME },
  'Último error': { width: 240, wrap: true },
  'Solicitada por': { width: 200 },
  'Fecha de solicitud': { width: 140, format: DATETIME },
};

export const COLUMN_SPECS: Specs = {
  propuestas: {
    ID: { width: 120 },
    Fecha: { width: 140, format: DATETIME },
    'Propuesta por': { width: 200 },
    Tipo: { width: 140, list: TIPOS_PROPUESTA },
    Tema: { width: 240, wrap: true },
    Dirección: { width: 200 },
    'Marco legal': { width: 260, list: MARCOS_LEGALES },
    Descripción: { width: 320, wrap: true },
    Del: { width: 100, format: DATE },
    Al: { width: 100, format: DATE },
    Redes: { width: 140, get list() { return networkCombinations(); } },
    Estado: { width: 140, list: ESTADOS_PROPUESTA, allowInvalid: true },
    Decisión: { width: 150, list: DECISIONES, allowInvalid: true },
    Comentario: { width: 240, wrap: true },
    'Decidido por': { width: 200 },
    'Fecha de decisión': { width: 140, format: DATETIME },
    'Solicitada por': { width: 200 },
    'Fecha de solicitud': { width: 140, format: DATETIME },
  },
  /** Computed on each read: each registered network's text column is a wide wrapped one. */
  get calendario() {
    return { ...CALENDARIO_SPECS, ...Object.fromEntries(textColumns().map((h) => [h, { width: 320, wrap: true }])) };
  },

  agenda: {
    Fecha: { width: 100, format: DATE },
    'Hora inicio': { width: 90 },
    'Hora fin': { width: 90 },
    Actividad: { width: 260, wrap: true },
    'Dirección responsable': { width: 200 },
    Lugar: { width: 180 },
    Municipio: { width: 130 },
    Descripción: { width: 300, wrap: true },
    // Typed only by people (the add-on never writes it): a closed list that rejects anything else.
    Estado: { width: 130, list: ESTADOS_AGENDA },
    'Enviada a SEGOB': { width: 140, format: DATETIME },
  },
  boletines: {
    Número: { width: 90 },
    Fecha: { width: 100, format: DATE },
    Título: { width: 260, wrap: true },
    Resumen: { width: 320, wrap: true },
    Autorización: { width: 140, list: DECISIONES, allowInvalid: true },
    'Autorizado por': { width: 200 },
    'Fecha de autorización': { width: 140, format: DATETIME },
    'Enviado a SEGOB': { width: 140, format: DATETIME },
  },
  efemerides: {
    Fecha: { width: 100, format: DATE },
    Efeméride: { width: 320, wrap: true },
    Tipo: { width: 200, list: TIPOS_EFEMERIDE, allowInvalid: true },
    'Tema sugerido': { width: 280, wrap: true },
    'Texto sugerido': { width: 360, wrap: true },
    Origen: { width: 180 },
  },
  bitacora: {
    'Fecha y hora': { width: 150, format: DATETIME },
    Usuario: { width: 200 },
    Acción: { width: 160 },
    Elemento: { width: 200 },
    Detalle: { width: 400, wrap: true },
    Evidencia: { width: 200 },
    Firma: { width: 120 },
    'Detalles técnicos': { width: 300, wrap: true },
  },
  autorizaciones: {
    'Fecha y hora': { width: 150, format: DATETIME },
    Hoja: { width: 120 },
    Elemento: { width: 160 },
    Decisión: { width: 140 },
    'Autorizado por': { width: 200 },
    Huella: { width: 200 },
    Comentario: { width: 240, wrap: true },
    Firma: { width: 120 },
  },
};

/** Names Google Sheets gives the first sheet of a new spreadsheet (es / en locales); Configurar deletes it when empty. */
export const DEFAULT_SHEET_NAMES: readonly string[] = ['Hoja 1', 'Hoja1', 'Sheet1', 'Sheet 1'];

/** Sheets whose «Estado» column gets conditional colours. */
export const ESTADO_SHEETS: readonly HeaderKey[] = ['propuestas', 'calendario', 'agenda', 'boletines'];

export { ESTADO_COLORES };

/** Columns only the Titular may edit (protected ranges whose only editor is the Titular): the locked authorization columns. */
export const TITULAR_ONLY: { readonly [K in HeaderKey]?: ReadonlyArray<(typeof HEADERS)[K][number]> } = LOCKED_HEADERS;

/** Contiguous 0-based column runs [c0, c1] of a set of column indexes. */
export function columnRuns(cols: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Prefix of the description of every protection the add-on manages (how Configurar finds its own). */
export const PROTECTION_PREFIX = 'Difusión ICM · ';
