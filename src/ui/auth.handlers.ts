// Entry points of the authorization lock: the installable onEdit handler 'alEditar' and the «Verificar autorizaciones» / «Verificar bitácora» menu items.
import './install-ports';
import { verificarBitacoraData, type VerificacionBitacora } from '../app/authorization/index';
import { guardEdit } from '../app/authorization/index';
import { verificarTodo, type Verificacion } from '../app/authorization/index';

/** Installable ON_EDIT trigger: the edit event carries the editor's e-mail, and the handler may send the digest. */
export function alEditar(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  guardEdit(e, 'installable');
}

/** Menu «Verificar autorizaciones»: the gate's verdict for every upcoming publication and unsent boletín. */
export function verificarAutorizaciones(): Verificacion[] {
  const r = verificarTodo();
  const ok = r.filter((v) => v.ok).length;
  const lines = r.filter((v) => !v.ok).slice(0, 20).map((v) => `• ${v.id}: ${v.motivo}`);
  const body =
    r.length === 0
      ? 'No hay publicaciones próximas ni boletines por enviar.'
      : `${ok} de ${r.length} elementos tienen autorización vigente de la Titular.` + (lines.length ? '\n\nSin autorización válida:\n' + lines.join('\n') : '');
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert('Verificar autorizaciones', body, ui.ButtonSet.OK);
  } catch {
    // No UI (trigger or script run): the result is returned.
  }
  return r;
}

/** Menu «Verificar bitácora»: rows of the Bitácora whose signature fails (typed or altered by hand), logged and shown. */
export function verificarBitacora(): VerificacionBitacora {
  const r = verificarBitacoraData();
  const lines = r.invalidas.slice(0, 20).map((x) => `• Fila ${x.fila}: ${x.accion || '(sin acción)'} — ${x.elemento || '(sin elemento)'}`);
  const primera = r.primera ? `Primer problema: la fila ${r.primera.fila} ${r.primera.motivo}.\n\n` : '';
  const body =
    !r.primera
      ? `Las ${r.filas} filas de la Bitácora tienen firma válida de Difusión ICM y la cadena está completa.`
      : primera + (r.invalidas.length === 0 ? '' : `${r.invalidas.length} ${r.invalidas.length === 1 ? 'fila' : 'filas'} de ${r.filas} no tienen una firma válida en su lugar (escritas, modificadas, eliminadas o movidas a mano):\n\n` +
        lines.join('\n') + (r.invalidas.length > lines.length ? `\n… y ${r.invalidas.length - lines.length} más.` : ''));
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert('Verificar bitácora', body, ui.ButtonSet.OK);
  } catch {
    // No UI (trigger or script run): the result is returned.
  }
  return r;
}
