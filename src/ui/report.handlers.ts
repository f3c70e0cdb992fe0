// Entry points of the monthly report: the menu «Informe mensual» and the tick's hook (installs the report's ports at load).
import './install-ports';
import { generarInforme, informeProgramado, type InformeResult, installReportPorts, mesAnterior } from '../app/report/index';
import { currentUser, ports, readConfig, requirePermiso } from '../app/shared/index';
import { isAppError } from '../domain/errors';
import { netLine } from '../domain/report';
import { gasReportPorts } from '../gas/report.gas';
import { askMonth, type Resultado } from './workbook.handlers';

installReportPorts(gasReportPorts());

const TITLE = 'Difusión ICM: informe mensual';

/** Menu «Informe mensual»: the month asked (default: the month just closed); only the Titular or the owner, who close the month. */
export function informeMensual(mes?: string): Resultado<InformeResult> {
  const ui = SpreadsheetApp.getUi();
  try {
    const ss = ports().workbook.active();
    requirePermiso(readConfig(), currentUser(), 'informeMensual', ports().workbook.ownerEmail(ss));
    const m = mesAnterior(new Date());
    const fallback = `${m.year}-${m.month1 < 10 ? '0' : ''}${m.month1}`;
    const r = generarInforme(askMonth(ui, mes, fallback, '¿De qué mes desea el informe?'));
    const cambios = r.figuras.cambiosCerrados.length ? `\nCambios en meses cerrados: ${r.figuras.cambiosCerrados.map((c) => `${c.hoja} ${c.id} (${c.mes})`).join(', ')}.` : '';
    ui.alert(
      TITLE,
      `Informe ${r.mes} listo.\n${netLine('Total', r.figuras.total)}\nPDF: ${r.pdf}\n${r.enviadoA ? `Enviado a ${r.enviadoA}.` : r.aviso}\n` +
        `Mes cerrado: ${r.cierre.filas} fila(s) protegidas.${cambios}`,
      ui.ButtonSet.OK,
    );
    return { ok: true, valor: r };
  } catch (e) {
    if (!isAppError(e)) throw e;
    ui.alert(TITLE, e.message, ui.ButtonSet.OK);
    return { ok: false, code: e.code, mensaje: e.message };
  }
}

/** The hourly tick's hook: the report of the month just closed, once, from the first working day; never throws. */
export function informeDelMesCerrado(): void {
  informeProgramado();
}
