// The workbook's sheets and their Spanish headers: the single source of column positions for every use case.
import './networks.builtin';
import { type NetworkColumns, networks } from './networks';

export { REDES, type Red } from './networks';

export const SCHEMA_VERSION = 1;

export const SHEET = {
  config: 'Configuración',
  propuestas: 'Propuestas',
  calendario: 'Calendario',
  agenda: 'Agenda CS02',
  boletines: 'Boletines CS01',
  efemerides: 'Efemérides',
  bitacora: 'Bitácora',
  autorizaciones: 'Autorizaciones',
} as const;

export type SheetKey = keyof typeof SHEET;

/** Name of the visual month sheet for a month, e.g. "Mes 2026-12". */
export function monthSheetName(year: number, month1: number): string {
  return `Mes ${year}-${month1 < 10 ? '0' : ''}${month1}`;
}

/** Calendario columns before the networks' texts, between texts and states, and after the links. */
const CAL_HEAD = ['ID', 'Fecha', 'Hora', 'Tema', 'Propuesta', 'Categoría'] as const;
const CAL_MIDDLE = ['Imagen', 'Redes', 'Fin de semana', 'Veda', 'Autorización', 'Autorizado por', 'Fecha de autorización', 'Estado'] as const;
const CAL_TAIL = ['Intentos', 'Próximo intento', 'Último error', 'Comentario de la Titular', 'Solicitada por', 'Fecha de solicitud'] as const;
type NetworkColumn = NetworkColumns[keyof NetworkColumns];
export type CalendarioHeader = (typeof CAL_HEAD)[number] | (typeof CAL_MIDDLE)[number] | (typeof CAL_TAIL)[number] | NetworkColumn;

/** Calendario's headers: each registered network adds its text, state and link columns (texts, then states, then links). */
function calendarioHeaders(): readonly CalendarioHeader[] {
  const nets = networks();
  return [
    ...CAL_HEAD, ...nets.map((n) => n.columns.texto), ...CAL_MIDDLE, ...nets.map((n) => n.columns.estado),
    ...nets.map((n) => n.columns.enlace), ...CAL_TAIL,
  ];
}

export const HEADERS = {
  propuestas: [
    'ID', 'Fecha', 'Propuesta por', 'Tipo', 'Tema', 'Dirección', 'Marco legal', 'Descripción',
    'Del', 'Al', 'Redes', 'Estado', 'Decisión', 'Comentario', 'Decidido por', 'Fecha de decisión',
    // The request for the Titular's decision (sidebar «Solicitar autorización»), kept at the end so columns stay put.
    'Solicitada por', 'Fecha de solicitud',
  ],
  /** Computed on each read, so a network registered at load adds its columns. */
  get calendario(): readonly CalendarioHeader[] {
    return calendarioHeaders();
  },
  agenda: [
    'ID', 'Fecha', 'Hora inicio', 'Hora fin', 'Actividad', 'Dirección responsable', 'Lugar', 'Municipio',
    'Descripción', 'Público', 'Contacto', 'Estado', 'Enviada a SEGOB',
  ],
  boletines: [
    'Número', 'Fecha', 'Título', 'Lugar', 'Resumen', 'Documento', 'Autorización', 'Autorizado por',
    'Fecha de autorización', 'Estado', 'Enviado a SEGOB', 'Destinatarios', 'PDF', 'Web', 'Comentario de la Titular',
  ],
  efemerides: ['Fecha', 'Efeméride', 'Tipo', 'Tema sugerido', 'Texto sugerido', 'Origen'],
  // «Detalles técnicos» (fingerprints, HTTP codes, raw responses) last, apart from what the staff read.
  bitacora: ['Fecha y hora', 'Usuario', 'Acción', 'Elemento', 'Detalle', 'Evidencia', 'Firma', 'Detalles técnicos'],
  autorizaciones: [
    'Fecha y hora', 'Hoja', 'Elemento', 'Decisión', 'Autorizado por', 'Huella', 'Comentario', 'Firma',
  ],
} as const;

export type HeaderKey = keyof typeof HEADERS;

/** Zero-based column index of a header in a sheet; throws on a typo so mistakes surface in tests. */
export function col<K extends HeaderKey>(sheet: K, header: (typeof HEADERS)[K][number]): number {
  const i = (HEADERS[sheet] as readonly string[]).indexOf(header);
  if (i < 0) throw new Error(`SCHEMA_UNKNOWN_COLUMN: ${sheet}.${header}`);
  return i;
}


export const TIPOS_PROPUESTA = ['Campaña', 'Tema estratégico', 'Evento', 'Taller', 'Efeméride'] as const;

export const MARCOS_LEGALES = [
  'Ley de Acceso de las Mujeres a una Vida Libre de Violencia',
  'Ley de Igualdad entre Mujeres y Hombres',
  'Ambas',
] as const;

export const ESTADOS_PROPUESTA = ['Pendiente', 'Autorizada', 'Rechazada', 'Cambios solicitados'] as const;
/** Estado of an «Agenda CS02» event, typed by people from a dropdown (Programar mes skips «Cancelada»). */
export const ESTADOS_AGENDA = ['Por confirmar', 'Confirmada', 'Cancelada', 'Realizada'] as const;

/** Values of the locked authorization column (Calendario, Boletines) and of the proposal decision. */
export const DECISIONES = ['Autorizado', 'Rechazado', 'Cambios solicitados'] as const;

export const SI_NO = ['Sí', 'No'] as const;
