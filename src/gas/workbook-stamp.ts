// Configurar's quick check: sheets, header rows, dropdowns, grid sizes and protections read in a few calls, as one comparable text.
import type { Cell } from '../domain/cell';

/**
 * Per sheet «name=header|dropdowns of row 2|rows», then the number of range protections; null when a sheet is missing
 * (Configurar must repair). Row 2's dropdowns are read only for `listed` sheets, from the same range as the header.
 */
export function setupStamp(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  names: readonly string[],
  sized: readonly string[],
  listed: readonly string[],
): string | null {
  const parts: string[] = [];
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) return null;
    const hasLists = listed.indexOf(name) >= 0;
    // Whole rows (open ranges): no need to ask for the width first.
    const range = sheet.getRange(hasLists ? '1:2' : '1:1');
    const header = (range.getValues()[0] as Cell[]).map((h) => String(h).trim());
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    const lists = hasLists ? `|${range.getDataValidations()[1].slice(0, header.length).map((v) => (v ? 1 : 0)).join('')}` : '';
    parts.push(`${name}=${header.join('\t')}${lists}${sized.indexOf(name) >= 0 ? `|${sheet.getMaxRows()}` : ''}`);
  }
  parts.push(`protecciones=${ss.getProtections(SpreadsheetApp.ProtectionType.RANGE).length}`);
  return parts.join('\n');
}
