// Installs the add-on's triggers idempotently: ONE hourly clock trigger ('tick') and ONE installable onEdit ('alEditar').
import type { TriggersReport } from '../app/shared/index';

const PROP_TICK = 'DIFUSION_TRIGGER_TICK_ID';
const PROP_EDIT = 'DIFUSION_TRIGGER_EDIT_ID';
const PROP_OWNER = 'DIFUSION_TRIGGER_OWNER';

export const TICK_HANDLER = 'tick';
export const EDIT_HANDLER = 'alEditar';

/**
 * Ensures the triggers exist. Editor add-ons may hold one trigger of each type per user per document, so the current
 * user's triggers are reused when present; when another role user (listed in `roleUsers`) already installed them
 * (ids in Document Properties) nothing is installed, so the tick never runs twice an hour.
 */
export function ensureTriggers(roleUsers: readonly string[] = []): TriggersReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const me = (Session.getEffectiveUser().getEmail() || '').toLowerCase();
  const stored = props.getProperties();
  const owner = (stored[PROP_OWNER] || '').toLowerCase();
  const report: TriggersReport = { propietario: me, instalados: [], existentes: [] };
  const mine = ScriptApp.getUserTriggers(ss);
  const find = (handler: string, type: GoogleAppsScript.Script.EventType): GoogleAppsScript.Script.Trigger | null => {
    for (const t of mine) if (t.getHandlerFunction() === handler && String(t.getEventType()) === String(type)) return t;
    return null;
  };
  let tick = find(TICK_HANDLER, ScriptApp.EventType.CLOCK);
  let edit = find(EDIT_HANDLER, ScriptApp.EventType.ON_EDIT);
  if (!tick && !edit && owner && owner !== me && roleUsers.map((u) => u.toLowerCase()).includes(owner) && stored[PROP_TICK]) {
    return { propietario: owner, instalados: [], existentes: [TICK_HANDLER, EDIT_HANDLER], deOtraPersona: owner };
  }
  if (tick) report.existentes.push(TICK_HANDLER);
  else {
    tick = ScriptApp.newTrigger(TICK_HANDLER).timeBased().everyHours(1).create();
    report.instalados.push(TICK_HANDLER);
  }
  if (edit) report.existentes.push(EDIT_HANDLER);
  else {
    edit = ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    report.instalados.push(EDIT_HANDLER);
  }
  const next: Record<string, string> = { [PROP_TICK]: tick.getUniqueId(), [PROP_EDIT]: edit.getUniqueId(), [PROP_OWNER]: me };
  if (next[PROP_TICK] !== stored[PROP_TICK] || next[PROP_EDIT] !== stored[PROP_EDIT] || me !== owner) props.setProperties(next);
  return report;
}
