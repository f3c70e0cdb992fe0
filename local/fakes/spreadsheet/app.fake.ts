// SpreadsheetApp fake for the local emulator: the entry object (createSpreadsheetApp) and the host helpers userEdit / dumpSheet.
import type { Execution } from '../../execution';
import { FAKE_TYPE } from '../../meter';
import {
  BOOLEAN_CRITERIA,
  DATA_VALIDATION_CRITERIA,
  DIMENSION,
  PROTECTION_TYPE,
  SHEET_TYPE,
  type SheetsContext,
  stateOf,
  unwrap,
  WRAP_STRATEGY,
} from './common';
import { gasError } from './model';
import type { RangeFake } from './range.fake';
import type { SheetFake } from './sheet.fake';
import { createUi } from './ui.fake';
import {
  ConditionalFormatRuleBuilderFake,
  conditionalBuilderApi,
  DataValidationBuilderFake,
  validationBuilderApi,
} from './validation.fake';
import { sheetsContext } from './factory';

export { userEdit, dumpSheet, type UserEditResult, type SheetDump } from './host';
export { a1ToBounds, boundsToA1, columnLetters, columnNumber } from './a1';
export { SheetsUserError, GAS_MESSAGES, UI_MESSAGES } from './model';
export { ADDON_MENU_TITLE } from './ui.fake';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
class SpreadsheetAppFake
  implements
    Pick<
      GasApp,
      | 'BooleanCriteria'
      | 'DataValidationCriteria'
      | 'Dimension'
      | 'ProtectionType'
      | 'SheetType'
      | 'WrapStrategy'
      | 'flush'
      | 'getActive'
      | 'getActiveSheet'
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
      | 'openById'
      | 'openByUrl'
      | 'setActiveSheet'
    >
{
  readonly [FAKE_TYPE] = 'SpreadsheetApp';
  readonly BooleanCriteria = BOOLEAN_CRITERIA as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  readonly Dimension = DIMENSION as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;
  readonly ProtectionType = PROTECTION_TYPE as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly SheetType = SHEET_TYPE as unknown as typeof GoogleAppsScript.Spreadsheet.SheetType;
  readonly WrapStrategy = WRAP_STRATEGY as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;

  constructor(private readonly ctx: SheetsContext) {}

  /**
   * AuthMode.NONE (an add-on's onOpen in a file where it is not enabled) "does not allow access to any services that
   * require authorization" (https://developers.google.com/apps-script/reference/script/auth-mode): only getUi() works.
   */
  private authorized(method: string): void {
    if (this.ctx.exec.authMode === 'NONE') {
      throw gasError(`You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`);
    }
  }

  /** Writes are applied at once in the emulator, so there is nothing pending. */
  flush(): void {
    return;
  }

  getActive(): GasSpreadsheet {
    this.authorized('getActive');
    return this.ctx.make.spreadsheet();
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    this.authorized('getActiveSpreadsheet');
    return this.ctx.make.spreadsheet();
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.authorized('getActiveSheet');
    return this.ctx.make.spreadsheet().getActiveSheet();
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, restoreSelection?: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    this.authorized('setActiveSheet');
    return this.ctx.make.spreadsheet().setActiveSheet(sheet, restoreSelection === true);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return createUi(this.ctx);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return validationBuilderApi(new DataValidationBuilderFake());
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return conditionalBuilderApi(new ConditionalFormatRuleBuilderFake(this.ctx));
  }

  /** Only the emulated spreadsheet exists. */
  openById(id: string): GasSpreadsheet {
    this.authorized('openById');
    if (id !== stateOf(this.ctx).id) throw gasError(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return this.getActive();
  }

  openByUrl(url: string): GasSpreadsheet {
    this.authorized('openByUrl');
    if (!String(url).includes(stateOf(this.ctx).id)) throw gasError(`Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.`);
    return this.getActive();
  }
}

/** The SpreadsheetApp global of one execution; every object it hands out keeps its state in exec.world.spreadsheet. */
export function createSpreadsheetApp(exec: Execution): GasApp {
  return new SpreadsheetAppFake(sheetsContext(exec)) as unknown as GasApp;
}

/** Our Range / Sheet fake behind an object the script passed (for host code that needs the coordinates). */
export function rangeCoordinates(range: unknown): { sheetId: number; r0: number; c0: number; r1: number; c1: number } | null {
  const r = unwrap<RangeFake>(range, 'Range');
  return r ? { sheetId: r.sheetId, ...r.box } : null;
}

export function sheetIdOf(sheet: unknown): number | null {
  const s = unwrap<SheetFake>(sheet, 'Sheet');
  return s ? s.sheetId : null;
}

