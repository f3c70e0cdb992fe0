// Trigger entry points of the authorization lock: the installable onEdit handler 'alEditar' (installed by Configurar).
import { guardEdit } from '../app/edit-guard';

/** Installable ON_EDIT trigger: the edit event carries the editor's e-mail, and the handler may send the digest. */
export function alEditar(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  guardEdit(e, 'installable');
}
