// The sidebar's server API: one typed contract imported by the server handlers and by the browser's google.script.run wrapper.

export type HojaRef = 'propuestas' | 'calendario' | 'boletines';

/** An item the Titular decides on, with the fingerprint (PendienteApi.huella) of the content her panel showed. */
export interface ItemRefApi {
  hoja: HojaRef;
  id: string;
  huella: string;
}

export interface RedInfoApi {
  red: string;
  /** «X», «Facebook», «Sitio web». */
  etiqueta: string;
  /** Most characters as the network counts them; 0 when it sets no limit. */
  max: number;
}

export interface PanelInicio {
  usuario: string;
  esTitular: boolean;
  /** Spanish role name shown in the header. */
  rol: 'Titular' | 'Asistente' | 'Dirección' | 'Sin rol';
  puedeEditarPublicaciones: boolean;
  /** Today in the script time zone, yyyy-MM-dd. */
  hoy: string;
  tipos: string[];
  marcos: string[];
  redes: string[];
  /** Every registered network as the forms show it: its label and the text limit a counter checks (0: none). */
  redesInfo: RedInfoApi[];
  modoEnsayo: boolean;
  /** Set when Configuración could not be read (Spanish). */
  aviso: string;
  /** For the Titular: how many requests wait for her decision (she opens on «Autorizaciones» when > 0). */
  solicitudes: number;
}

export interface PropuestaFormApi {
  tipo: string;
  tema: string;
  direccion: string;
  marcoLegal: string;
  descripcion: string;
  del: string;
  al: string;
  redes: string[];
}

export interface PropuestaResumenApi {
  id: string;
  fecha: string;
  tipo: string;
  tema: string;
  del: string;
  al: string;
  estado: string;
  decision: string;
  comentario: string;
  decididoPor: string;
}

export interface TextoRedApi {
  red: string;
  texto: string;
}

export interface PendienteApi {
  hoja: HojaRef;
  id: string;
  /** Spanish kind: Propuesta, Publicación, Boletín. */
  clase: string;
  titulo: string;
  fecha: string;
  hora: string;
  redes: string[];
  textos: TextoRedApi[];
  imagen: string;
  /** Description, summary or place (full text). */
  detalle: string;
  estado: string;
  autorizacion: string;
  comentario: string;
  /** Hex SHA-256 of the item's canonical content as read for this list; sent back with a decision. */
  huella: string;
  /** Whether someone asked the Titular to decide (sidebar «Solicitar autorización», a proposal sent, a boletín). */
  solicitada: boolean;
  /** Who asked ('' when unknown). */
  solicitadaPor: string;
  /** The deadline, yyyy-MM-dd: the publication's or boletín's date, the proposal's first day. */
  limite: string;
}

/** What the author sees of something she sent to the Titular (a proposal or a publication). */
export interface SolicitudApi {
  hoja: 'propuestas' | 'calendario';
  id: string;
  /** Spanish kind: Propuesta, Publicación. */
  clase: string;
  titulo: string;
  fecha: string;
  /** Spanish: En espera de la Titular, Autorizada, Rechazada, Cambios solicitados, Requiere nueva autorización. */
  estado: string;
  comentario: string;
  /** Returned with changes: the author may edit it and send it again. */
  devuelta: boolean;
  /** For a returned proposal, its fields to edit in the form. */
  propuesta: PropuestaFormApi | null;
}

/** The reference of an item the author sends to the Titular. */
export interface SolicitarRefApi {
  hoja: 'propuestas' | 'calendario';
  id: string;
}

/** One item of a batch decision. */
export interface LoteItemApi {
  hoja: HojaRef;
  id: string;
  ok: boolean;
  mensaje: string;
}

export interface LoteApi {
  mensaje: string;
  resultados: LoteItemApi[];
}

export interface MiniaturaApi {
  /** data:image/…;base64,… or '' when there is none. */
  dataUrl: string;
  /** Spanish reason when there is no thumbnail. */
  mensaje: string;
}

export interface PublicacionApi {
  id: string;
  fecha: string;
  hora: string;
  tema: string;
  propuesta: string;
  redes: string[];
  textoX: string;
  textoFacebook: string;
  textoWeb: string;
  imagen: string;
  estado: string;
  autorizacion: string;
}

export interface PublicacionFormApi {
  /** '' for a new row. */
  id: string;
  propuesta: string;
  fecha: string;
  hora: string;
  redes: string[];
  textoX: string;
  textoFacebook: string;
  textoWeb: string;
  imagen: string;
}

export interface EnlaceApi {
  red: string;
  estado: string;
  enlace: string;
}

export interface HoyApi {
  id: string;
  hora: string;
  tema: string;
  estado: string;
  autorizacion: string;
  redes: EnlaceApi[];
}

export interface PropuestaAutorizadaApi {
  id: string;
  tema: string;
  del: string;
  al: string;
  redes: string[];
}

export interface DecisionApi {
  decision: string;
  elementos: Array<{ hoja: HojaRef; id: string; huella: string }>;
  mensaje: string;
}

export interface GuardadoApi {
  id: string;
  mensaje: string;
}

/** Every function the sidebar may call through google.script.run, with its arguments and result. */
export interface SidebarApi {
  panelInicio(): PanelInicio;
  panelCrearPropuesta(p: PropuestaFormApi): GuardadoApi;
  panelMisPropuestas(): PropuestaResumenApi[];
  panelPropuestasAutorizadas(): PropuestaAutorizadaApi[];
  panelPublicaciones(): PublicacionApi[];
  panelGuardarPublicacion(p: PublicacionFormApi): GuardadoApi;
  panelPendientes(): PendienteApi[];
  panelAutorizar(ref: ItemRefApi): DecisionApi;
  panelRechazar(ref: ItemRefApi, comentario: string): DecisionApi;
  panelSolicitarCambios(ref: ItemRefApi, comentario: string): DecisionApi;
  panelAutorizarVarios(refs: ItemRefApi[]): DecisionApi;
  panelHoy(): HoyApi[];
  panelSolicitudes(): PendienteApi[];
  panelSolicitarAutorizacion(ref: SolicitarRefApi): GuardadoApi;
  panelReenviarPropuesta(id: string, p: PropuestaFormApi): GuardadoApi;
  panelMisSolicitudes(): SolicitudApi[];
  panelAutorizarLote(refs: ItemRefApi[]): LoteApi;
  panelMiniatura(enlace: string): MiniaturaApi;
}

export type SidebarMethod = keyof SidebarApi;

/** The names, for the bundle test that checks each is a top-level function of dist/Code.js. */
export const SIDEBAR_METHODS: readonly SidebarMethod[] = [
  'panelInicio', 'panelCrearPropuesta', 'panelMisPropuestas', 'panelPropuestasAutorizadas', 'panelPublicaciones',
  'panelGuardarPublicacion', 'panelPendientes', 'panelAutorizar', 'panelRechazar', 'panelSolicitarCambios',
  'panelAutorizarVarios', 'panelHoy', 'panelSolicitudes', 'panelSolicitarAutorizacion', 'panelReenviarPropuesta',
  'panelMisSolicitudes', 'panelAutorizarLote', 'panelMiniatura',
];
