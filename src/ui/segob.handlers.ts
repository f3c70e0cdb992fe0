// Boletines CS01, agenda CS02 and watchdog entry points: menu items, sidebar calls and the tick's SEGOB jobs.
import './install-ports';
import { agregarActividad, enviarAgenda, type EnvioAgenda } from '../app/agenda/index';
import { type BoletinForm, enviarBoletin, type EnvioBoletin, nuevoBoletin, solicitarAutorizacion } from '../app/boletines/index';
import type { SegobApi } from '../app/boletines/index';
import type { Provider } from '../app/publishing/index';
import { ports, readConfig } from '../app/shared/index';
import { currentUser, requirePermiso } from '../app/shared/index';
import { runSegobJobs, type SegobReport } from '../app/watchdog/index';
import type { ActividadForm } from '../domain/agenda';
import { AppError, messageOf } from '../domain/errors';
import { createProviders } from '../providers/index';
import { menuAction, type Resultado } from './workbook.handlers';

const TITLE = 'Difusión ICM';

/** The website provider with the workbook's credentials (Document Properties; null when the settings cannot be read). */
function webProvider(): Provider | null {
  try {
    return createProviders(ports().props.secrets().getAll(), readConfig().graphVersion).Web;
  } catch (e) {
    console.warn(`Sitio web no disponible: ${messageOf(e)}`);
    return null;
  }
}

function ask(ui: GoogleAppsScript.Base.Ui, pregunta: string): string {
  const r = ui.prompt(TITLE, pregunta, ui.ButtonSet.OK_CANCEL);
  if (String(r.getSelectedButton()) !== String(ui.Button.OK)) throw new AppError('CANCELADO', 'Cancelado: no se cambió nada.');
  return r.getResponseText().trim();
}

/** Menu «Nuevo boletín»: asks the title and place; the Doc is made from the CS01 template. */
export function nuevoBoletinMenu(): Resultado<{ numero: string; documento: string }> {
  return menuAction((ui) => {
    const titulo = ask(ui, 'Título del boletín:');
    const lugar = ask(ui, 'Lugar (vacío = Saltillo, Coahuila):');
    const r = nuevoBoletin({ titulo, lugar }, currentUser());
    ui.alert(TITLE, `${r.mensaje}\n\nDocumento: ${r.documento}`, ui.ButtonSet.OK);
    return { numero: r.numero, documento: r.documento };
  });
}

/** Menu «Solicitar autorización del boletín». */
export function solicitarAutorizacionBoletin(): Resultado<string> {
  return menuAction((ui) => {
    const r = solicitarAutorizacion(ask(ui, 'Número del boletín (por ejemplo ICM-B-2026-001):'), currentUser());
    ui.alert(TITLE, r.mensaje, ui.ButtonSet.OK);
    return r.mensaje;
  });
}

/** Menu «Enviar boletín a SEGOB»: only through the gate. */
export function enviarBoletinSegob(): Resultado<EnvioBoletin> {
  return menuAction((ui) => {
    const r = enviarBoletin(ask(ui, 'Número del boletín que se envía a SEGOB:'), currentUser(), webProvider());
    ui.alert(TITLE, r.mensaje, ui.ButtonSet.OK);
    return r;
  });
}

/** Menu «Enviar agenda ahora»: next week's agenda to SEGOB now. */
export function enviarAgendaAhora(): Resultado<EnvioAgenda | null> {
  return menuAction((ui) => {
    const cfg = readConfig();
    requirePermiso(cfg, currentUser(), 'enviarAgenda');
    const r = enviarAgenda(new Date(), true, cfg);
    ui.alert(TITLE, r ? r.mensaje : 'No hay agenda que enviar.', ui.ButtonSet.OK);
    return r;
  });
}

// ---- Sidebar (google.script.run) ----

export function panelNuevoBoletin(form: BoletinForm): { numero: string; documento: string; mensaje: string } {
  return nuevoBoletin(form, currentUser());
}

export function panelSolicitarAutorizacionBoletin(numero: string): { mensaje: string } {
  return solicitarAutorizacion(numero, currentUser());
}

export function panelEnviarBoletin(numero: string): EnvioBoletin {
  return enviarBoletin(numero, currentUser(), webProvider());
}

export function panelAgregarActividad(form: ActividadForm): { id: string; mensaje: string } {
  return agregarActividad(form, currentUser());
}

// ---- The tick ----

/** The hourly tick's SEGOB jobs (boletines waiting for quota, the weekly agenda, reminders). */
export function tickSegob(): SegobReport {
  const r = runSegobJobs(new Date(), webProvider);
  console.log(`SEGOB: ${r.boletines} boletines, agenda ${r.agenda ? (r.agenda.enviada ? 'enviada' : 'en espera') : 'no toca'}, ${r.recordatorios} recordatorios${r.errores.length ? `, errores: ${r.errores.join(' | ')}` : ''}.`);
  return r;
}

/** Compile-time proof that the handlers implement the contract the sidebar's boletines/agenda views are typed against. */
export const SEGOB_HANDLERS: SegobApi = { panelNuevoBoletin, panelSolicitarAutorizacionBoletin, panelEnviarBoletin, panelAgregarActividad };
