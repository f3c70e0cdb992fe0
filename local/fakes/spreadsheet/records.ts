// State helpers shared by the Sheets fakes: protections' records, the active sheet, argument boxes, rules passed back by scripts.
import type { SheetState, SpreadsheetState } from '../../world';
import type { Box } from './a1';
import { PROTECTION_TYPE, type SheetsContext, scriptUser, stateOf, unwrap } from './common';
import { GAS_MESSAGES, gasError, type ProtectionRecord } from './model';
import type { ConditionalFormatRuleFake, ConditionalSpec, DataValidationFake, ValidationSpec } from './validation.fake';

/**
 * Creates a protection. Apps Script: "until the script actually changes the list of editors … the permissions mirror
 * those of the spreadsheet itself", so the editors start as the owner, the spreadsheet's editors and the current user.
 */
export function createProtection(ctx: SheetsContext, sheetId: number, kind: 'range' | 'sheet', box: Box): ProtectionRecord {
  const ss = stateOf(ctx);
  const editors: string[] = [];
  for (const e of [ss.owner, ...ss.editors, scriptUser(ctx)]) {
    const email = e.toLowerCase();
    if (email && !editors.includes(email)) editors.push(email);
  }
  const p: ProtectionRecord = {
    id: ss.nextId++,
    sheetId,
    kind,
    r0: box.r0,
    c0: box.c0,
    r1: box.r1,
    c1: box.c1,
    description: '',
    editors,
    domainEdit: false,
    warningOnly: false,
  };
  ss.protections.push(p);
  return p;
}

/** 1-based row/column/size arguments → a 0-based box inside the sheet, or Apps Script's error. */
export function boxFor(sheet: SheetState, row: number, col: number, numRows = 1, numCols = 1): Box {
  const nums = [row, col, numRows, numCols];
  if (nums.some((n) => typeof n !== 'number' || !isFinite(n))) throw gasError(GAS_MESSAGES.signature('SpreadsheetApp.Sheet.getRange'));
  const [r, c, nr, nc] = nums.map((n) => Math.floor(n));
  if (r < 1) throw gasError(GAS_MESSAGES.rowTooSmall);
  if (c < 1) throw gasError(GAS_MESSAGES.columnTooSmall);
  if (nr < 1) throw gasError(GAS_MESSAGES.numRowsTooSmall);
  if (nc < 1) throw gasError(GAS_MESSAGES.numColumnsTooSmall);
  if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxCols) throw gasError(GAS_MESSAGES.outOfBounds);
  return { r0: r - 1, c0: c - 1, r1: r + nr - 2, c1: c + nc - 2 };
}

/** Protections of one sheet (or of the whole spreadsheet when sheetId is undefined) of the given type, as fakes. */
export function protectionsOf(ctx: SheetsContext, type: unknown, sheetId?: number): GoogleAppsScript.Spreadsheet.Protection[] {
  const kind = String(type) === PROTECTION_TYPE.SHEET ? 'sheet' : String(type) === PROTECTION_TYPE.RANGE ? 'range' : null;
  if (kind === null) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.getProtections.");
  return stateOf(ctx)
    .protections.filter((p) => p.kind === kind && (sheetId === undefined || p.sheetId === sheetId))
    .map((p) => ctx.make.protection(p.id));
}

/** The sheet the user is looking at: the active one, or the first visible one when that was deleted. */
export function activeSheetState(ss: SpreadsheetState): SheetState {
  return ss.sheets.find((s) => s.id === ss.activeSheetId) ?? ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0];
}

/** The spec of a DataValidation passed back by the script (our own object, maybe behind a metered proxy). */
export function specOf(rule: unknown): ValidationSpec {
  const fake = unwrap<DataValidationFake>(rule, 'DataValidation');
  if (!fake) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
  return fake.spec;
}

/** The spec of a ConditionalFormatRule passed back by the script. */
export function conditionalSpecOf(rule: unknown): ConditionalSpec {
  const fake = unwrap<ConditionalFormatRuleFake>(rule, 'ConditionalFormatRule');
  if (!fake) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
  return fake.spec;
}
