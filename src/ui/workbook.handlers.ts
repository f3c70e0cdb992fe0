// Workbook entry points: Configurar, Programar mes, Actualizar vista del mes, and the proposal server functions.
import './install-ports';
import { readConfigValues } from '../app/shared/index';
import { actualizarVista } from '../app/calendar/index';
import { nombreMes, programarMes as programarMesApp, type ProgramarResult } from '../app/calendar/index';
import { crearPropuesta as crearPropuestaApp, listarPropuestas as listarPropuestasApp, type PropuestaResumen } from '../app/calendar/index';
import { currentUser, requirePermiso } from '../app/shared/index';
import { configurarLibro, ownerOf, type SetupReport, zonaTexto } from '../app/workbook/index';
import { plantillasResumen } from '../app/boletines/index';
import { isEmail, parseConfig } from '../domain/config.sheet';
import { type Config, DEFAULT_CONFIG } from '../domain/config.types';
import { parseYm } from '../domain/dates';
import { AppError, isAppError } from '../domain/errors';
import type { PropuestaInput } from '../domain/propuestas';
import { SHEET } from '../domain/schema';

const TITLE = 'Difusión ICM';

/** What a menu handler returns: the outcome, also shown to the person in an alert. */
export type Resultado<T> = { ok: true; valor: T } | { ok: false; code: string; mensaje: string };

/** Runs a menu action: a Spanish AppError is shown in an alert (nothing was changed) instead of a raw error. */
export function menuAction<T>(fn: (ui: GoogleAppsScript.Base.Ui) => T): Resultado<T> {
  const ui = SpreadsheetApp.getUi();
  try {
    return { ok: true, valor: fn(ui) };
  } catch (e) {
    if (!isAppError(e)) throw e;
    ui.alert(TITLE, e.message, ui.ButtonSet.OK);
    return { ok: false, code: e.code, mensaje: e.message };
  }
}

/** Menu «Configurar»: creates or repairs the workbook; asks for the Titular's e-mail the first time. */
export function configurar(): Resultado<SetupReport> {
  return menuAction((ui) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const runner = currentUser();
    const owner = ownerOf(ss);
    const values = readConfigValues(ss);
    // Validate the existing settings BEFORE changing anything.
    const cfg: Config = values ? parseConfig(values, { requireTitular: false }) : { ...DEFAULT_CONFIG, vedas: [] };
    if (cfg.titular) requirePermiso(cfg, runner, 'configurar', owner);
    else {
      const r = ui.prompt(
        TITLE,
        'Correo de la Titular del Instituto (la única persona que autoriza publicaciones y boletines):',
        ui.ButtonSet.OK_CANCEL,
      );
      const typed = r.getResponseText().trim().toLowerCase();
      if (String(r.getSelectedButton()) !== String(ui.Button.OK) || typed === '') {
        throw new AppError('CONFIGURAR_CANCELADO', 'Configuración cancelada: no se cambió nada.');
      }
      if (!isEmail(typed)) {
        throw new AppError('CONFIG_INVALID', `${SHEET.config}!B2: "${typed}" no es un correo válido. No se cambió nada.`);
      }
      cfg.titular = typed;
    }
    ss.toast('Creando y reparando las hojas…', TITLE, 5);
    const report = configurarLibro(ss, cfg, runner, new Date());
    // The CS01/CS02 templates in the add-on's Drive folder, created once; a re-run with nothing to repair leaves Drive alone
    // (a template deleted later is made again when a boletín or an agenda needs it).
    const drive = report.sinCambios ? '' : plantillasResumen();
    const avisos = avisosDe(report, cfg, owner, runner);
    if (avisos.length > 0) ui.alert(`${TITLE}: aviso`, avisos.join('\n\n'), ui.ButtonSet.OK);
    const resumen = [
      report.sinCambios
        ? 'Nada que reparar: las hojas, sus encabezados, sus tamaños, las protecciones y los roles están como los dejó la última configuración completa.'
        : report.creadas.length > 0
          ? `Hojas creadas: ${report.creadas.join(', ')}.`
          : 'Todas las hojas ya existían; se revisaron.',
      report.columnasAñadidas.length > 0 ? `Columnas añadidas: ${report.columnasAñadidas.join('; ')}.` : '',
      report.efemeridesAñadidas > 0 ? `Efemérides añadidas: ${report.efemeridesAñadidas}.` : '',
      report.activadores.deOtraPersona
        ? `Activadores: ya los instaló ${report.activadores.deOtraPersona}.`
        : `Activadores: ${report.activadores.instalados.length > 0 ? 'instalados' : 'ya estaban instalados'} (se ejecutan como ${report.activadores.propietario}).`,
      drive,
      `Titular: ${cfg.titular}. Revise la hoja «${SHEET.config}» para completar Asistentes, Direcciones y destinatarios de SEGOB, y vuelva a ejecutar «Configurar» después de cambiar los roles (así se actualizan los permisos de las hojas).`,
    ].filter((s) => s !== '');
    ui.alert(`${TITLE}: configuración lista`, resumen.join('\n'), ui.ButtonSet.OK);
    return report;
  });
}

/** The warnings Configurar shows after repairing: ownership, protections it could not set, the time zone it aligned. */
function avisosDe(report: SetupReport, cfg: Config, owner: string, runner: string): string[] {
  const avisos: string[] = [];
  if (owner && owner !== cfg.titular) {
    avisos.push(
      `La propietaria de esta hoja de cálculo es ${owner}, no la Titular (${cfg.titular}). ` +
        'Google Sheets permite a la propietaria editar cualquier rango protegido, incluidas las columnas de autorización; ' +
        'el complemento solo acepta autorizaciones registradas con la identidad de la Titular. ' +
        'Se recomienda transferir la propiedad del archivo a la Titular.',
    );
  }
  if (report.protecciones.conEjecutor.length > 0) {
    avisos.push(
      `Google Sheets no permite quitar a quien ejecuta Configurar (${runner}) de las protecciones que crea; ` +
        'pida a la Titular que ejecute «Configurar» para que solo ella quede como editora de las columnas de autorización.',
    );
  }
  if (report.omitidos.length > 0) {
    avisos.push(`Partes protegidas para la Titular que no se revisaron (solo ella puede hacerlo con «Configurar»): ${report.omitidos.join('; ')}.`);
  }
  if (report.protecciones.sinPermiso.length > 0) {
    avisos.push(`No tiene permiso para cambiar estas protecciones (se dejaron igual): ${report.protecciones.sinPermiso.join('; ')}.`);
  }
  if (report.zonaHoraria) avisos.push(zonaTexto(report.zonaHoraria));
  return avisos;
}

function defaultMonth(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return `${d.getFullYear()}-${d.getMonth() + 1 < 10 ? '0' : ''}${d.getMonth() + 1}`;
}

/** The month to work on: the argument, else a prompt whose empty answer means `fallback`. */
export function askMonth(ui: GoogleAppsScript.Base.Ui, arg: unknown, fallback: string, pregunta: string): { year: number; month1: number } {
  let typed: string;
  if (typeof arg === 'string' && arg.trim() !== '') typed = arg.trim();
  else {
    const r = ui.prompt(TITLE, `${pregunta} Escriba el mes como aaaa-mm (vacío = ${fallback}).`, ui.ButtonSet.OK_CANCEL);
    if (String(r.getSelectedButton()) !== String(ui.Button.OK)) throw new AppError('CANCELADO', 'Operación cancelada: no se cambió nada.');
    typed = r.getResponseText().trim() || fallback;
  }
  const ym = parseYm(typed);
  if (!ym) throw new AppError('MES_INVALIDO', `"${typed}" no es un mes válido; escriba por ejemplo 2026-12. No se cambió nada.`);
  return ym;
}

/** Menu «Programar mes»: fills Calendario for a month (default: next month) and draws its month sheet. */
export function programarMes(mes?: string): Resultado<ProgramarResult> {
  return menuAction((ui) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { year, month1 } = askMonth(ui, mes, defaultMonth(new Date()), '¿Qué mes desea programar?');
    const nombre = nombreMes(year, month1);
    ss.toast(`Programando ${nombre}: leyendo propuestas, efemérides y agenda…`, TITLE, 5);
    const r = programarMesApp(ss, year, month1, currentUser(), (m) => ss.toast(m, TITLE, 5));
    ss.toast(`${nombre}: listo.`, TITLE, 3);
    ui.alert(
      `${TITLE}: ${nombre}`,
      `Filas creadas: ${r.creadas}.\nDías que ya tenían publicación (sin cambios): ${r.conservadas}.\n` +
        `Días en veda: ${r.enVeda}${r.marcadasVeda > 0 ? ` (filas existentes marcadas: ${r.marcadasVeda})` : ''}.\n` +
        `Vista del mes: hoja «${r.vista.hoja}». Los fines de semana quedan «Por decidir» hasta que la Asistente elija Sí o No (política 3.3).`,
      ui.ButtonSet.OK,
    );
    return r;
  });
}

/** Menu «Actualizar vista del mes»: redraws «Mes aaaa-mm» from Calendario (the active month sheet, else a prompt). */
export function actualizarVistaMes(mes?: string): Resultado<{ hoja: string; semanas: number; publicaciones: number }> {
  return menuAction((ui) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const active = /^Mes (\d{4}-\d{2})$/.exec(ss.getActiveSheet().getName());
    const arg = typeof mes === 'string' && mes.trim() !== '' ? mes : active ? active[1] : undefined;
    const now = new Date();
    const current = `${now.getFullYear()}-${now.getMonth() + 1 < 10 ? '0' : ''}${now.getMonth() + 1}`;
    const { year, month1 } = askMonth(ui, arg, current, '¿Qué mes desea ver?');
    const r = actualizarVista(ss, year, month1);
    ss.toast(`Hoja «${r.hoja}» actualizada: ${r.publicaciones} publicaciones.`, TITLE, 5);
    return r;
  });
}

/** google.script.run: registers a proposal as the current user (throws AppError in Spanish on invalid input). */
export function crearPropuesta(input: PropuestaInput): { id: string; estado: string } {
  return crearPropuestaApp(input, currentUser());
}

/** google.script.run: the proposals the current user may see, newest first. */
export function listarPropuestas(): PropuestaResumen[] {
  return listarPropuestasApp(currentUser());
}
