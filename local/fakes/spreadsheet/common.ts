// Shared pieces of the Sheets fake: the execution context, enums (as their names), the User object, unwrapping our own fakes.
import type { Execution } from '../../execution';
import { FAKE_TYPE } from '../../meter';
import type { SpreadsheetState } from '../../world';
import type { Box } from './a1';
import type { ConditionalSpec, ValidationSpec } from './validation.fake';

/** Builds the Sheets fakes of one execution (factory.ts); siblings reach each other only through it. */
export interface SheetsFactory {
  /** `a1`: the A1 form getA1Notation reports when it is not the box's (an open range, a whole-sheet protection's ''). */
  range(sheetId: number, box: Box, a1?: string): GoogleAppsScript.Spreadsheet.Range;
  sheet(sheetId: number): GoogleAppsScript.Spreadsheet.Sheet;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  protection(id: number): GoogleAppsScript.Spreadsheet.Protection;
  validation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation;
  conditionalRule(spec: ConditionalSpec): GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
}

/** What every Sheets fake object holds: the execution (world, effective user, ui record, answers) and the factory. */
export interface SheetsContext {
  exec: Execution;
  make: SheetsFactory;
}

export function stateOf(ctx: SheetsContext): SpreadsheetState {
  return ctx.exec.world.spreadsheet;
}

/** The user a script write is attributed to (Session.getEffectiveUser). */
export function scriptUser(ctx: SheetsContext): string {
  return ctx.exec.effectiveUser.toLowerCase();
}

/**
 * Apps Script enums are objects whose members print as their names; the emulator uses the names themselves, so
 * `ui.Button.YES === ui.Button.YES` and String(ProtectionType.RANGE) === 'RANGE' hold as in Apps Script.
 */
function enumOf<N extends string>(names: readonly N[]): { readonly [K in N]: K } {
  const o = {} as { [K in N]: K };
  for (const n of names) (o as Record<string, string>)[n] = n;
  return Object.freeze(o);
}

export const PROTECTION_TYPE = enumOf(['RANGE', 'SHEET'] as const);
export const DATA_VALIDATION_CRITERIA = enumOf([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);
export const BOOLEAN_CRITERIA = enumOf([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);
export const BUTTON = enumOf(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const BUTTON_SET = enumOf(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export const WRAP_STRATEGY = enumOf(['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const DIMENSION = enumOf(['COLUMNS', 'ROWS'] as const);
export const SHEET_TYPE = enumOf(['GRID', 'OBJECT', 'DATASOURCE'] as const);

export type ButtonName = keyof typeof BUTTON;
export type ButtonSetName = keyof typeof BUTTON_SET;

/** A person, as Apps Script's User: the same fake Session returns. */
export { FakeUser as SheetsUser } from '../session.fake';

/** An e-mail from a string or a User-like object passed by the script (any realm). */
export function emailOf(who: unknown): string {
  if (typeof who === 'string') return who.trim().toLowerCase();
  if (who && typeof who === 'object') {
    const get = (who as { getEmail?: unknown }).getEmail;
    if (typeof get === 'function') return String((get as () => unknown).call(who)).trim().toLowerCase();
  }
  return String(who).trim().toLowerCase();
}

/** Key under which each Sheets fake exposes itself, so a (metered) proxy handed back to us can be unwrapped. */
export const SELF = Symbol.for('difusion.sheets.self');

/** Our own fake behind `o` (possibly a metered proxy) when it is of kind `type`; null otherwise. */
export function unwrap<T>(o: unknown, type: string): T | null {
  if (!o || typeof o !== 'object') return null;
  const rec = o as { [SELF]?: unknown; [FAKE_TYPE]?: unknown };
  if (rec[FAKE_TYPE] !== type || !rec[SELF]) return null;
  return rec[SELF] as T;
}
