// Read-only views for the sidebar: who is using it, today's publications, editable rows (pending decisions: pendientes.ts).
import { may } from '../../domain/permissions';
import { parseRedes } from '../../domain/authorization';
import { text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { cellYmd, ymd } from '../../domain/dates';
import { messageOf } from '../../domain/errors';
import { MARCOS_LEGALES, REDES, TIPOS_PROPUESTA } from '../../domain/schema';
import type {
  HoyApi,
  PanelInicio,
  PropuestaAutorizadaApi,
  PublicacionApi,
} from './sidebar.api';
import { readConfig } from '../shared/index';
import { network, networks } from '../../domain/networks';
import { horaOf, solicitudesData } from './pendientes';
import { rolOf, verifiedEmail } from '../shared/index';
import { ports } from '../shared/index';

export { pendientesData } from './pendientes';

export function panelInicioData(): PanelInicio {
  const usuario = verifiedEmail();
  let config: Config | null = null;
  let aviso = '';
  try {
    config = readConfig();
  } catch (e) {
    aviso = messageOf(e);
  }
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
    solicitudes: may(rol, 'decidir') ? solicitudesData().length : 0,
  };
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
