// google.script.run handlers of the sidebar (typed by SidebarApi) and the «Abrir panel» menu item; the server re-validates everything.
import { activeEmail, autorizar, autorizarVarios, rechazar, solicitarCambios } from '../app/authorize';
import { hoyData, panelInicioData, pendientesData, propuestasAutorizadasData, publicacionesData } from '../app/panel.queries';
import { guardarPublicacion } from '../app/publicaciones';
import type { DecisionApi, GuardadoApi, HoyApi, ItemRefApi, PanelInicio, PendienteApi, PropuestaAutorizadaApi, PublicacionApi, PublicacionFormApi, SidebarApi } from './sidebar.api';

/** Menu «Abrir panel»: the sidebar, built from dist/Sidebar.html. */
export function abrirPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Difusión ICM');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function panelInicio(): PanelInicio {
  return panelInicioData();
}

export function panelPropuestasAutorizadas(): PropuestaAutorizadaApi[] {
  return propuestasAutorizadasData();
}

export function panelPublicaciones(): PublicacionApi[] {
  return publicacionesData();
}

export function panelGuardarPublicacion(p: PublicacionFormApi): GuardadoApi {
  return guardarPublicacion(p, activeEmail());
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
export const SIDEBAR_HANDLERS: Omit<SidebarApi, 'panelCrearPropuesta' | 'panelMisPropuestas'> = {
  panelInicio,
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
