// The one place that builds Sheets fakes: Range, Sheet, Spreadsheet, Protection and rule objects reach each other only through it.
import type { Execution } from '../../execution';
import type { Box } from './a1';
import type { SheetsContext, SheetsFactory } from './common';
import { ProtectionFake } from './protection.fake';
import { RangeFake } from './range.fake';
import { SheetFake } from './sheet.fake';
import { SpreadsheetFake } from './spreadsheet.fake';
import { type ConditionalSpec, ConditionalFormatRuleFake, DataValidationFake, type ValidationSpec } from './validation.fake';

/** The context every Sheets fake of one execution holds: the execution and the factory bound to it. */
export function sheetsContext(exec: Execution): SheetsContext {
  const ctx = { exec } as SheetsContext;
  const make: SheetsFactory = {
    range: (sheetId: number, box: Box, a1?: string) => new RangeFake(ctx, sheetId, box, a1) as unknown as GoogleAppsScript.Spreadsheet.Range,
    sheet: (sheetId: number) => new SheetFake(ctx, sheetId) as unknown as GoogleAppsScript.Spreadsheet.Sheet,
    spreadsheet: () => new SpreadsheetFake(ctx) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    protection: (id: number) => new ProtectionFake(ctx, id) as unknown as GoogleAppsScript.Spreadsheet.Protection,
    validation: (spec: ValidationSpec) => new DataValidationFake(spec) as unknown as GoogleAppsScript.Spreadsheet.DataValidation,
    conditionalRule: (spec: ConditionalSpec) => new ConditionalFormatRuleFake(ctx, spec) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  };
  ctx.make = make;
  return ctx;
}
