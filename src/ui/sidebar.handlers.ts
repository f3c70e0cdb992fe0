// google.script.run handlers of the sidebar (typed by SidebarApi) and the «Abrir panel» menu item; the server re-validates everything.
import './install-ports';
import { autorizar, autorizarVarios, rechazar, solicitarCambios } from '../app/authorization/index';
import { hoyData, panelInicioData, pendientesData, propuestasAutorizadasData, publicacionesData } from '../app/panel/index';
import { crearPropuesta, listarPropuestas } from '../app/calendar/index';
import { guardarPublicacion } from '../app/calendar/index';
import { currentUser, verifiedEmail } from '../app/shared/index';
import type {
  DecisionApi, GuardadoApi, HoyApi, ItemRefApi, PanelInicio, PendienteApi, PropuestaAutorizadaApi, PropuestaFormApi, PropuestaResumenApi,
  PublicacionApi, PublicacionFormApi, SidebarApi,
} from '../app/panel/index';

/** Menu «Abrir panel»: the sidebar, built from dist/Sidebar.html. */
export function abrirPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Difusión ICM');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function panelInicio(): PanelInicio {
  return panelInicioData();
}

/** The proposal form: validated again by crearPropuesta (the workbook's use case). */
export function panelCrearPropuesta(p: PropuestaFormApi): GuardadoApi {
  const r = crearPropuesta(p, currentUser());
  return { id: r.id, mensaje: `Propuesta ${r.id} registrada; queda pendiente de la decisión de la Titular.` };
}

export function panelMisPropuestas(): PropuestaResumenApi[] {
  const me = currentUser();
  return listarPropuestas(me).filter((p) => p.propuestaPor === me).map((p) => ({
    id: p.id, fecha: p.fecha, tipo: p.tipo, tema: p.tema, del: p.del, al: p.al, estado: p.estado, decision: p.decision,
    comentario: p.comentario, decididoPor: p.decididoPor,
  }));
}

export function panelPropuestasAutorizadas(): PropuestaAutorizadaApi[] {
  return propuestasAutorizadasData();
}

export function panelPublicaciones(): PublicacionApi[] {
  return publicacionesData();
}

export function panelGuardarPublicacion(p: PublicacionFormApi): GuardadoApi {
  return guardarPublicacion(p, verifiedEmail());
}

export function panelPendientes(): PendienteApi[] {
  return pendientesData();
}

/** Each decision handler checks the Titular's identity before reading its arguments (forged calls are refused). */
export function panelAutorizar(ref: ItemRefApi): DecisionApi {
  return autorizar(ref);
}

export function panelRechazar(ref: ItemRefApi, comentario: string): DecisionApi {
  return rechazar(ref, comentario);
}

export function panelSolicitarCambios(ref: ItemRefApi, comentario: string): DecisionApi {
  return solicitarCambios(ref, comentario);
}

export function panelAutorizarVarios(refs: ItemRefApi[]): DecisionApi {
  return autorizarVarios(refs);
}

export function panelHoy(): HoyApi[] {
  return hoyData();
}

/** Compile-time proof that the handlers implement the contract the browser wrapper is typed against. */
export const SIDEBAR_HANDLERS: SidebarApi = {
  panelInicio,
  panelCrearPropuesta,
  panelMisPropuestas,
  panelPropuestasAutorizadas,
  panelPublicaciones,
  panelGuardarPublicacion,
  panelPendientes,
  panelAutorizar,
  panelRechazar,
  panelSolicitarCambios,
  panelAutorizarVarios,
  panelHoy,
};
