// Read-only views for the sidebar: who is using it, pending decisions with their full content, today's publications, editable rows.
import { may } from '../../domain/permissions';
import { AUTORIZADO, ANULADA, hojaOf, NO_VERIFICADA, parseRedes, REQUIERE_NUEVA } from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { cellYmd, hhmm, horaMinutos, ymd } from '../../domain/dates';
import { MARCOS_LEGALES, REDES, TIPOS_PROPUESTA } from '../../domain/schema';
import type {
  HoyApi,
  PanelInicio,
  PendienteApi,
  PropuestaAutorizadaApi,
  PublicacionApi,
} from './sidebar.api';
import { fingerprintOfRow } from '../authorization/index';
import { tryReadConfig } from '../shared/index';
import { Ledger } from '../authorization/index';
import { network, networks } from '../../domain/networks';
import { rolOf, verifiedEmail } from '../shared/index';
import { ports } from '../shared/index';

function horaOf(v: Cell): string {
  const h = horaMinutos(v);
  return h ? hhmm(h) : text(v);
}

export function panelInicioData(): PanelInicio {
  const usuario = verifiedEmail();
  const { config, error: aviso } = tryReadConfig();
  const r = config ? rolOf(config, usuario) : 'Sin rol';
  const rol: PanelInicio['rol'] = r === 'Propietaria' ? 'Sin rol' : r;
  return {
    usuario,
    esTitular: may(rol, 'decidir'),
    rol,
    puedeEditarPublicaciones: may(rol, 'editarPublicaciones'),
    hoy: ymd(new Date()),
    tipos: [...TIPOS_PROPUESTA],
    marcos: [...MARCOS_LEGALES],
    redes: config ? [...config.redesActivas] : [...REDES],
    redesInfo: networks().map((d) => ({ red: d.id, etiqueta: d.etiqueta, max: d.text ? d.text.max : 0 })),
    modoEnsayo: config ? config.modoEnsayo : false,
    aviso,
  };
}

/** Whether an item still needs the Titular's decision: undecided, changes requested, unverified or voided. */
function needsDecision(cellDecision: string, estado: string, ledgerDecision: string): boolean {
  if (estado === REQUIERE_NUEVA || ledgerDecision === ANULADA || ledgerDecision === NO_VERIFICADA) return true;
  if (cellDecision === '' || cellDecision === 'Cambios solicitados' || cellDecision === NO_VERIFICADA) return true;
  return cellDecision === AUTORIZADO && ledgerDecision !== AUTORIZADO;
}

/**
 * Pending proposals, calendar texts (today onwards) and boletines, with their full content and the fingerprint of
 * that content (pure SHA-256; one Drive read per distinct image file, whose bytes the fingerprint covers). Read-only for everyone.
 */
export function pendientesData(): PendienteApi[] {
  const ledger = Ledger.load();
  const latest = (hoja: string, id: string): string => {
    const e = ledger.latestOf(hoja, id);
    return e && e.record ? e.record.decision : '';
  };
  return [...pendingProposals(), ...pendingPublications(latest), ...pendingBoletines(latest)];
}

type LatestDecision = (hoja: string, id: string) => string;

function pendingProposals(): PendienteApi[] {
  const out: PendienteApi[] = [];
  const props = ports().workbook.tryOpenTable('propuestas');
  if (!props) return out;
  for (let i = 0; i < props.rows.length; i++) {
    const id = text(props.get(i, 'ID'));
    if (!id) continue;
    const estado = text(props.get(i, 'Estado'));
    if (estado !== 'Pendiente' && estado !== '') continue;
    out.push({
      hoja: 'propuestas', id, clase: 'Propuesta', titulo: text(props.get(i, 'Tema')),
      fecha: `${cellYmd(props.get(i, 'Del'))} a ${cellYmd(props.get(i, 'Al'))}`, hora: '',
      redes: parseRedes(props.get(i, 'Redes')), textos: [], imagen: '',
      detalle: `${text(props.get(i, 'Tipo'))} · ${text(props.get(i, 'Dirección'))} · ${text(props.get(i, 'Marco legal'))}\n${String(props.get(i, 'Descripción'))}`,
      estado, autorizacion: text(props.get(i, 'Decisión')), comentario: text(props.get(i, 'Comentario')),
      huella: fingerprintOfRow('propuestas', props, i),
    });
  }
  return out;
}

/** Calendario texts from today on that still need the Titular's decision. */
function pendingPublications(latest: LatestDecision): PendienteApi[] {
  const out: PendienteApi[] = [];
  const cal = ports().workbook.tryOpenTable('calendario');
  if (!cal) return out;
  const hoy = ymd(new Date());
  for (let i = 0; i < cal.rows.length; i++) {
    const id = text(cal.get(i, 'ID'));
    const fecha = cellYmd(cal.get(i, 'Fecha'));
    if (!id || !fecha || fecha < hoy) continue;
    const estado = text(cal.get(i, 'Estado'));
    if (/publicad|enviad|no se publica/i.test(estado)) continue;
    const decision = text(cal.get(i, 'Autorización'));
    if (!needsDecision(decision, estado, latest(hojaOf('calendario'), id))) continue;
    const redes = parseRedes(cal.get(i, 'Redes'));
    const textos = REDES.filter((r) => redes.indexOf(r) >= 0).map((red) => ({ red, texto: String(cal.get(i, network(red).columns.texto)) }));
    out.push({
      hoja: 'calendario', id, clase: 'Publicación', titulo: text(cal.get(i, 'Tema')), fecha, hora: horaOf(cal.get(i, 'Hora')),
      redes, textos, imagen: text(cal.get(i, 'Imagen')), detalle: text(cal.get(i, 'Propuesta')), estado, autorizacion: decision,
      comentario: text(cal.get(i, 'Comentario de la Titular')), huella: fingerprintOfRow('calendario', cal, i),
    });
  }
  return out;
}

function pendingBoletines(latest: LatestDecision): PendienteApi[] {
  const out: PendienteApi[] = [];
  const bol = ports().workbook.tryOpenTable('boletines');
  if (!bol) return out;
  for (let i = 0; i < bol.rows.length; i++) {
    const id = text(bol.get(i, 'Número'));
    if (!id) continue;
    const estado = text(bol.get(i, 'Estado'));
    if (/enviad/i.test(estado)) continue;
    const decision = text(bol.get(i, 'Autorización'));
    if (!needsDecision(decision, estado, latest(hojaOf('boletines'), id))) continue;
    out.push({
      hoja: 'boletines', id, clase: 'Boletín', titulo: text(bol.get(i, 'Título')), fecha: cellYmd(bol.get(i, 'Fecha')), hora: '',
      redes: [], textos: [], imagen: '', detalle: `${text(bol.get(i, 'Lugar'))}\n${String(bol.get(i, 'Resumen'))}\n${text(bol.get(i, 'Documento'))}`,
      estado, autorizacion: decision, comentario: text(bol.get(i, 'Comentario de la Titular')),
      huella: fingerprintOfRow('boletines', bol, i),
    });
  }
  return out;
}

/** Today's publications with the state per network and the evidence links. */
export function hoyData(): HoyApi[] {
  const cal = ports().workbook.tryOpenTable('calendario');
  if (!cal) return [];
  const hoy = ymd(new Date());
  const out: HoyApi[] = [];
  for (let i = 0; i < cal.rows.length; i++) {
    if (cellYmd(cal.get(i, 'Fecha')) !== hoy) continue;
    const redes = parseRedes(cal.get(i, 'Redes'));
    out.push({
      id: text(cal.get(i, 'ID')), hora: horaOf(cal.get(i, 'Hora')), tema: text(cal.get(i, 'Tema')), estado: text(cal.get(i, 'Estado')),
      autorizacion: text(cal.get(i, 'Autorización')),
      redes: REDES.filter((r) => redes.indexOf(r) >= 0).map((red) => {
        const c = network(red).columns;
        return { red, estado: text(cal.get(i, c.estado)), enlace: safeLink(text(cal.get(i, c.enlace))) };
      }),
    });
  }
  return out.sort((a, b) => (a.hora < b.hora ? -1 : a.hora > b.hora ? 1 : 0));
}

/** Only https links reach the sidebar's href. */
function safeLink(u: string): string {
  return /^https:\/\/[^\s"<>]+$/.test(u) ? u : '';
}

/** Calendario rows from today on that are not yet published (for editing texts). */
export function publicacionesData(): PublicacionApi[] {
  const cal = ports().workbook.tryOpenTable('calendario');
  if (!cal) return [];
  const hoy = ymd(new Date());
  const out: PublicacionApi[] = [];
  for (let i = 0; i < cal.rows.length; i++) {
    const id = text(cal.get(i, 'ID'));
    const fecha = cellYmd(cal.get(i, 'Fecha'));
    if (!id || fecha < hoy) continue;
    const estado = text(cal.get(i, 'Estado'));
    if (/publicad|enviad|publicando/i.test(estado)) continue;
    out.push({
      id, fecha, hora: horaOf(cal.get(i, 'Hora')), tema: text(cal.get(i, 'Tema')), propuesta: text(cal.get(i, 'Propuesta')),
      redes: parseRedes(cal.get(i, 'Redes')), textoX: String(cal.get(i, 'Texto X')), textoFacebook: String(cal.get(i, 'Texto Facebook')),
      textoWeb: String(cal.get(i, 'Texto web')), imagen: text(cal.get(i, 'Imagen')), estado, autorizacion: text(cal.get(i, 'Autorización')),
    });
  }
  return out.slice(0, 200);
}

export function propuestasAutorizadasData(): PropuestaAutorizadaApi[] {
  const props = ports().workbook.tryOpenTable('propuestas');
  if (!props) return [];
  const out: PropuestaAutorizadaApi[] = [];
  for (let i = 0; i < props.rows.length; i++) {
    if (text(props.get(i, 'Estado')) !== 'Autorizada') continue;
    out.push({ id: text(props.get(i, 'ID')), tema: text(props.get(i, 'Tema')), del: cellYmd(props.get(i, 'Del')), al: cellYmd(props.get(i, 'Al')), redes: parseRedes(props.get(i, 'Redes')) });
  }
  return out;
}
