// What the edit guard's handlers share: the edited span, the outcome they report, the editor's e-mail and a courtesy toast.
import { ports } from '../shared/index';

export type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** The edited block in 0-based columns and 1-based sheet rows (header row excluded). */
export interface Span {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  single: boolean;
}

/** What an edit did, for tests and for the toast. */
export interface GuardOutcome {
  registradas: number;
  revertidas: number;
  noVerificadas: number;
  anuladas: number;
}

export const NONE: GuardOutcome = { registradas: 0, revertidas: 0, noVerificadas: 0, anuladas: 0 };

/** What a person whose e-mail Google does not share is told after typing into a locked column. */
export const SIN_CORREO =
  'Google no comparte su correo con el complemento en esta hoja, así que no se puede verificar quién escribió: se restauró el valor anterior. Para autorizar o decidir, use el panel: Extensiones › Difusión ICM › Abrir panel.';

/** Only an installable trigger (FULL) may send e-mail; the simple onEdit (LIMITED) leaves notices for the hourly digest. */
export function mayMail(e: EditEvent): boolean {
  return String(e.authMode) === 'FULL';
}

/** The editor's e-mail from the event (lower case), '' when the event does not carry it. */
export function editorEmail(e: EditEvent): string {
  try {
    const u = e.user as GoogleAppsScript.Base.User | undefined;
    return u && typeof u.getEmail === 'function' ? (u.getEmail() || '').trim().toLowerCase() : '';
  } catch {
    return '';
  }
}

/** A toast is a courtesy: its failure never changes what the guard did. */
export function courtesyToast(e: EditEvent, message: string, seconds: number): void {
  try {
    ports().workbook.toast(e.source, message, 'Difusión ICM', seconds);
  } catch {
    // a toast is a courtesy
  }
}
