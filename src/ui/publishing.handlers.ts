// Publishing entry points: the hourly publication job, «Conectar redes», «Probar conexión», «Publicar ahora», «Registrar publicación manual».
import './install-ports';
import {
  assertMayConnect, assertMayPublish, type ConexionesEstado, type ConexionesForm, estadoConexiones, guardarConexiones, probarConexiones,
  type PruebaConexion, registrarManual, runTick, type TickReport,
} from '../app/publishing/index';
import { currentUser, ports } from '../app/shared/index';
import { AppError, isAppError } from '../domain/errors';
import { network, networksSentence } from '../domain/networks';
import { SHEET } from '../domain/schema';
import { createProviders } from '../providers/index';

export type { PruebaConexion } from '../app/publishing/index';

/** The hourly tick's publishing job. */
export function publicarPendientes(): TickReport {
  const r = runTick(createProviders);
  if (r.ocupado) console.log('Publicación: otra ejecución tiene el candado; se deja para la siguiente.');
  else if (r.configInvalida) console.warn(`Publicación detenida: ${r.configInvalida}`);
  else console.log(`Publicación: ${r.vencidas} vencidas, ${r.publicadas} publicadas, ${r.reintentos} reintentos, ${r.inciertas} inciertas, ${r.errores} errores, ${r.manuales} tareas manuales, ${r.ensayo} en ensayo, ${r.ms} ms.`);
  return r;
}

/** Menu «Conectar redes»: the write-only credentials dialog. */
export function conectarRedes(): void {
  assertMayConnect(currentUser());
  const html = HtmlService.createHtmlOutputFromFile('ConectarRedes').setWidth(520).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, 'Conectar redes');
}

/** Dialog: which networks are configured and their account names (never a secret). */
export function conexionesEstado(): ConexionesEstado {
  assertMayConnect(currentUser());
  return estadoConexiones(ports().props.secrets().getAll());
}

/** Dialog: stores the fields typed (empty ones keep the stored value). */
export function conexionesGuardar(form: ConexionesForm): ConexionesEstado {
  return guardarConexiones(form ?? {}, currentUser());
}

/** Dialog and menu: a harmless read on each configured network (in parallel); stores the account names. */
export function conexionesProbar(): PruebaConexion[] {
  return probarConexiones(createProviders, currentUser());
}

/** Menu «Probar conexión». */
export function probarConexion(): void {
  const r = conexionesProbar();
  const ui = SpreadsheetApp.getUi();
  ui.alert('Probar conexión', r.map((o) => `${network(o.red).etiqueta}: ${o.ok ? '✓ ' + o.mensaje : '✗ ' + o.mensaje}`).join('\n'), ui.ButtonSet.OK);
}

/** IDs of the selected Calendario rows; without a usable selection, asks for them (comma-separated). */
function selectedIds(ui: GoogleAppsScript.Base.Ui, accion: string): string[] | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const range = typeof ss.getActiveRange === 'function' ? ss.getActiveRange() : null;
  const sheet = range ? range.getSheet() : null;
  if (range && sheet && sheet.getName() === SHEET.calendario && range.getRow() + range.getNumRows() - 1 >= 2) {
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map((h) => String(h).trim());
    const col = header.indexOf('ID');
    const first = Math.max(2, range.getRow());
    const last = range.getRow() + range.getNumRows() - 1;
    if (col >= 0) {
      const ids = sheet.getRange(first, col + 1, last - first + 1, 1).getValues().map((r) => String(r[0]).trim()).filter((x) => x !== '');
      if (ids.length > 0) return ids;
    }
  }
  const r = ui.prompt(accion, `Escriba el ID de la publicación de «${SHEET.calendario}» (varios, separados por comas):`, ui.ButtonSet.OK_CANCEL);
  if (String(r.getSelectedButton()) !== String(ui.Button.OK)) return null;
  const ids = r.getResponseText().split(/[,\s]+/).map((x) => x.trim()).filter((x) => x !== '');
  if (ids.length === 0) throw new AppError('SIN_SELECCION', `Seleccione filas de «${SHEET.calendario}» o escriba un ID.`);
  return ids;
}

/** Menu «Publicar ahora»: the selected rows, through the same gate and state machine as the tick. */
export function publicarAhora(): void {
  assertMayPublish(currentUser(), 'publicarAhora');
  const ui = SpreadsheetApp.getUi();
  const ids = selectedIds(ui, 'Publicar ahora');
  if (!ids) return;
  const r = runTick(createProviders, { ids, lockWaitMs: 20000 });
  if (r.ocupado) {
    ui.alert('Publicar ahora', 'En este momento se está publicando en segundo plano. Intente de nuevo en un minuto.', ui.ButtonSet.OK);
    return;
  }
  const lines = [
    `Publicaciones hechas: ${r.publicadas}.`,
    r.reintentos ? `Se reintentarán más tarde: ${r.reintentos}.` : '',
    r.inciertas ? `Por verificar: ${r.inciertas}.` : '',
    r.errores ? `Con error: ${r.errores} (vea «Último error»).` : '',
    r.ensayo ? `Modo ensayo: ${r.ensayo} se habrían publicado.` : '',
    ...r.avisos,
  ].filter((s) => s !== '');
  ui.alert('Publicar ahora', lines.join('\n'), ui.ButtonSet.OK);
}

/** Menu «Registrar publicación manual»: the permalink she pasted becomes the row's evidence. */
export function registrarPublicacionManual(): void {
  assertMayPublish(currentUser(), 'registrarManual');
  const ui = SpreadsheetApp.getUi();
  const ids = selectedIds(ui, 'Registrar publicación manual');
  if (!ids) return;
  if (ids.length !== 1) throw new AppError('UNA_FILA', 'Seleccione una sola fila de «Calendario».');
  const answer = ui.prompt('Registrar publicación manual', `Pegue el enlace de la publicación de ${ids[0]} (${networksSentence('o', (d) => d.etiqueta)}):`, ui.ButtonSet.OK_CANCEL);
  if (String(answer.getSelectedButton()) !== String(ui.Button.OK)) return;
  try {
    const msg = registrarManual(ids[0], answer.getResponseText(), currentUser());
    ui.alert('Registrar publicación manual', msg, ui.ButtonSet.OK);
  } catch (e) {
    if (isAppError(e)) ui.alert('Registrar publicación manual', e.message, ui.ButtonSet.OK);
    else throw e;
  }
}
