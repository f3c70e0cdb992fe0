// The monthly report's input (the sheets' rows) and its figures, shared by the pure computation, the Resumen sheet and the Doc.
import type { Cell } from '../cell';
import type { Red } from '../schema';

/** Each sheet's values as getValues() returns them, header row first; [] when the sheet is missing. */
export interface ReportSheets {
  calendario: Cell[][];
  propuestas: Cell[][];
  boletines: Cell[][];
  agenda: Cell[][];
  bitacora: Cell[][];
  autorizaciones: Cell[][];
}

export interface Mes {
  year: number;
  month1: number;
}

/** Whether a signed ledger verifies (computed by the use case with the add-on's key). */
export interface ChainStatus {
  hoja: string;
  filas: number;
  ok: boolean;
  /** Sheet row of the first row that does not verify. */
  primeraRota?: number;
  detalle: string;
}

/** A change found in a month closed earlier (a row altered, added or deleted after its closing). */
export interface ClosedChange {
  mes: string;
  hoja: string;
  id: string;
  cambio: 'modificada' | 'añadida' | 'eliminada';
}

/** What the use case adds to the rows: chain verification and changes to closed months. */
export interface ReportContext {
  cadenas: ChainStatus[];
  cambiosCerrados: ClosedChange[];
}

export interface NetFigures {
  planeadas: number;
  autorizadas: number;
  automaticas: number;
  aMano: number;
  noPublicadas: number;
}

export interface PublicationLine {
  id: string;
  fecha: string;
  hora: string;
  tema: string;
  redes: Red[];
  autorizacion: string;
  autorizadoPor: string;
  fechaAutorizacion: string;
  /** First characters of the fingerprint recorded in Autorizaciones ('' when none). */
  huella: string;
  estados: Partial<Record<Red, string>>;
  enlaces: Partial<Record<Red, string>>;
}

export interface SendLine {
  tipo: 'Boletín' | 'Agenda';
  numero: string;
  titulo: string;
  autorizacion: string;
  enviado: string;
  destinatarios: string;
  pdf: string;
  pdfHash: string;
  /** null when not sent yet and not yet due. */
  aTiempo: boolean | null;
}

export type Causa = 'Credenciales' | 'Límite de peticiones' | 'Contenido rechazado' | 'Red caída o falla temporal';
export const CAUSAS: readonly Causa[] = ['Credenciales', 'Límite de peticiones', 'Contenido rechazado', 'Red caída o falla temporal'];

export interface FailureLine {
  id: string;
  red: Red;
  causa: Causa;
  intentos: number;
  primera: string;
  desenlace: string;
}

export interface RiskRow {
  riesgo: string;
  causa: string;
  accion: string;
  ocurrido: string;
  control: string;
}

export interface MonthReport {
  mes: string;
  porRed: Record<Red, NetFigures>;
  total: NetFigures;
  dias: { total: number; conPublicacion: number; sinPublicacion: string[] };
  finesDeSemana: Array<{ fecha: string; decision: string }>;
  propuestas: { total: number; porTipo: Record<string, number>; porDireccion: Record<string, number>; porMarco: Record<string, number> };
  porDia: Array<{ fecha: string } & Record<Red, number>>;
  publicaciones: PublicationLine[];
  envios: SendLine[];
  segob: { aTiempo: number; tarde: number; boletines: number; agendas: number };
  vigilancia: { recordatorios: number; escalamientos: number; lineas: string[] };
  tareasManuales: number;
  fallas: FailureLine[];
  fallasPorCausa: Record<Causa, number>;
  costoX: { posts: number; conEnlace: number; usd: number };
  riesgos: RiskRow[];
  cadenas: ChainStatus[];
  cambiosCerrados: ClosedChange[];
}
