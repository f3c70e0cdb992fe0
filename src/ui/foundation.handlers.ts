// Foundation entry points: the menu on open/install, the edit hook and the hourly tick dispatcher.
import './install-ports';
import { guardEdit } from '../app/authorization/index';
import { enviarAvisosEnEspera } from '../app/authorization/index';
import { buildMenu } from './menu';
import { publicarPendientes } from './publishing.handlers';
import { informeDelMesCerrado } from './report.handlers';
import { tickSegob } from './segob.handlers';
import { resumenDiarioDeSolicitudes } from '../app/panel/index';
import { refrescarMeses } from '../app/calendar/index';
import type { TickReport } from '../app/publishing/index';

/** The month grid follows what the tick changed (published, failed, handed to a person); never throws. */
function refrescarMesTrasPublicar(r: TickReport): void {
  if (r.publicadas + r.errores + r.manuales + r.inciertas + r.reintentos === 0) return;
  try {
    refrescarMeses(SpreadsheetApp.getActiveSpreadsheet(), [new Date()]);
  } catch (e) {
    console.warn('Vista del mes no actualizada: ' + (e instanceof Error ? e.message : String(e)));
  }
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Simple trigger: the authorization lock acts here only while no installable 'alEditar' trigger is recorded. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  guardEdit(e, 'simple');
}

/** The add-on's one hourly time-driven trigger: dispatches every periodic job. */
export function tick(_e?: GoogleAppsScript.Events.TimeDriven): void {
  try {
    refrescarMesTrasPublicar(publicarPendientes());
  } finally {
    // Runs whatever publishing did (or threw); never throws itself; one property read when nothing waits.
    enviarAvisosEnEspera();
    informeDelMesCerrado(); // Monthly report: only on the first working day of a month, once; never throws.
    tickSegob(); // issue 11: boletines waiting for quota, the weekly agenda, the watchdog
    resumenDiarioDeSolicitudes();
  }
}

export function acercaDe(): void {
  SpreadsheetApp.getUi().alert(
    'Difusión ICM',
    'Complemento del procedimiento PI-DT-002 «Difusión en Redes Sociales» del Instituto Coahuilense de las Mujeres.',
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
