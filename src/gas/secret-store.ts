// The workbook's secret store: Document Properties, after moving (once) what earlier versions kept in Script Properties.
import { legacyScriptKeys, SECRETS_MOVED_PROPERTY } from '../domain/credential-keys';
import { AppError } from '../domain/errors';

type Properties = GoogleAppsScript.Properties.Properties;

/** Opened and checked once per execution (each Apps Script execution loads the code afresh). */
let opened: Properties | null = null;

/**
 * Document Properties of the open workbook: reachable only through this add-on's code in this document, unlike Script
 * Properties, which a published add-on shares with every document that uses it and which a bound script shows to every
 * editor in the project settings. The first call of an execution moves legacy values (see legacyScriptKeys).
 */
export function secretProperties(): Properties {
  if (opened) return opened;
  const doc = PropertiesService.getDocumentProperties();
  if (!doc) {
    throw new AppError('SIN_DOCUMENTO', 'Difusión ICM guarda sus credenciales en la hoja de cálculo: ejecútelo desde el menú de la hoja.');
  }
  moveLegacy(doc);
  opened = doc;
  return doc;
}

/** Copies legacy values the document lacks (a value already in the document wins), then erases them from Script Properties. */
function moveLegacy(doc: Properties): void {
  if (doc.getProperty(SECRETS_MOVED_PROPERTY)) return;
  const script = PropertiesService.getScriptProperties();
  const old = script.getProperties();
  const current = doc.getProperties();
  const copy: Record<string, string> = {};
  const found: string[] = [];
  for (const k of legacyScriptKeys()) {
    if (!Object.prototype.hasOwnProperty.call(old, k)) continue;
    found.push(k);
    if (!Object.prototype.hasOwnProperty.call(current, k)) copy[k] = old[k];
  }
  copy[SECRETS_MOVED_PROPERTY] = String(found.length);
  doc.setProperties(copy);
  for (const k of found) script.deleteProperty(k);
}
