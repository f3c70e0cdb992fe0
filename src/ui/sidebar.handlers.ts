// google.script.run handlers of the sidebar (typed by SidebarApi) and the «Abrir panel» menu item; the server re-validates everything.
import './install-ports';
import { autorizar, autorizarVarios, rechazar, solicitarCambios } from '../app/authorization/index';
import {
  autorizarLote, avisarDecision, hoyData, miniatura, misSolicitudes, panelInicioData, pendientesData, propuestasAutorizadasData, publicacionesData,
  reenviarPropuesta, solicitarAutorizacion, solicitudesData,
} from '../app/panel/index';
import { crearPropuesta, guardarPublicacion, listarPropuestas } from '../app/calendar/index';
import { currentUser, readConfig, verifiedEmail } from '../app/shared/index';
import { AppError } from '../domain/errors';
import type {
  DecisionApi, GuardadoApi, HoyApi, ItemRefApi, LoteApi, MiniaturaApi, PanelInicio, PendienteApi, PropuestaAutorizadaApi, PropuestaFormApi,
  PropuestaResumenApi, PublicacionApi, PublicacionFormApi, SidebarApi, SolicitarRefApi, SolicitudApi,
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
  return avisada(autorizar(ref), '');
}

/** A rejection needs a reason (asked for in the panel); anyone but the Titular is refused (and logged) first. */
export function panelRechazar(ref: ItemRefApi, comentario: string): DecisionApi {
  const vacio = typeof comentario !== 'string' || comentario.trim() === '';
  if (vacio && verifiedEmail() === readConfig().titular) throw new AppError('MOTIVO_REQUERIDO', 'Escriba el motivo del rechazo.');
  return avisada(rechazar(ref, comentario), comentario);
}

export function panelSolicitarCambios(ref: ItemRefApi, comentario: string): DecisionApi {
  return avisada(solicitarCambios(ref, comentario), comentario);
}

export function panelAutorizarVarios(refs: ItemRefApi[]): DecisionApi {
  return avisada(autorizarVarios(refs), '');
}

/** The decision is recorded; then whoever asked for it gets an e-mail (never fails the decision). */
function avisada(r: DecisionApi, comentario: string): DecisionApi {
  avisarDecision(r.decision, r.elementos, typeof comentario === 'string' ? comentario.trim() : '');
  return r;
}

export function panelSolicitudes(): PendienteApi[] {
  return solicitudesData();
}

export function panelSolicitarAutorizacion(ref: SolicitarRefApi): GuardadoApi {
  return solicitarAutorizacion(ref, currentUser());
}

export function panelReenviarPropuesta(id: string, p: PropuestaFormApi): GuardadoApi {
  return reenviarPropuesta(id, p, currentUser());
}

export function panelMisSolicitudes(): SolicitudApi[] {
  return misSolicitudes(currentUser());
}

export function panelAutorizarLote(refs: ItemRefApi[]): LoteApi {
  return autorizarLote(refs);
}

export function panelMiniatura(enlace: string): MiniaturaApi {
  return miniatura(enlace, currentUser());
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
  panelSolicitudes,
  panelSolicitarAutorizacion,
  panelReenviarPropuesta,
  panelMisSolicitudes,
  panelAutorizarLote,
  panelMiniatura,
};
