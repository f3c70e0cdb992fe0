// Configurar's Sheets adapter, sheet by sheet: creates or repairs a sheet's headers, frozen row, widths, formats, dropdowns and colours.
import { toCell } from '../domain/cell';
import type { Cell } from '../domain/cell';
import { CONFIG_HEADER, CONFIG_PARAMS, locateConfig, VEDAS_HEADER, VEDAS_TITLE } from '../domain/config.sheet';
import { COLUMN_SPECS, type ColumnSpec, ESTADO_COLORES, ESTADO_SHEETS } from '../domain/workbook.layout';
import { HEADERS, type HeaderKey, SHEET } from '../domain/schema';
import type { ConfigSheetRepair, DataSheetRepair } from '../app/shared/index';
import { writeRowsSkipping } from './sheet-rows';

const HEADER_BG = '#5b2c6f';
const HEADER_FG = '#ffffff';

/** The sheet, created at the end of the workbook when missing. */
export function sheetOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): { sheet: GoogleAppsScript.Spreadsheet.Sheet; created: boolean } {
  const found = ss.getSheetByName(name);
  if (found) return { sheet: found, created: false };
  return { sheet: ss.insertSheet(name, ss.getNumSheets()), created: true };
}

function styleHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number, omitidos: string[]): void {
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  const r = sheet.getRange(1, 1, 1, width);
  if (!r.canEdit()) {
    omitidos.push(`${sheet.getName()}: formato de encabezados`);
    return;
  }
  r.setFontWeight('bold');
  r.setBackground(HEADER_BG);
  r.setFontColor(HEADER_FG);
}

function validationFor(spec: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (!spec.list) return null;
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...spec.list], true)
    .setAllowInvalid(spec.allowInvalid === true)
    .setHelpText(`Elija una opción de la lista: ${spec.list.join(' / ')}.`)
    .build();
}

/** Column widths in as few calls as possible: one setColumnWidths per run of adjacent columns of the same width. */
function setWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, widths: Array<number | undefined>): void {
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i + 1;
    while (j < widths.length && widths[j] === w) j++;
    if (w) sheet.setColumnWidths(i + 1, j - i, w);
    i = j;
  }
}

/** Applies widths, number formats, wrapping and dropdowns to each known column (data rows 2…last row of the grid). */
function shapeColumns<K extends HeaderKey>(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: K, header: readonly string[], omitidos: string[]): void {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const specs = COLUMN_SPECS[key] as Partial<Record<string, ColumnSpec>>;
  setWidths(sheet, header.map((h) => specs[h]?.width));
  // One permission check for the whole data block; column by column only when part of it is protected from the runner.
  const all = sheet.getRange(2, 1, rows, Math.max(header.length, 1)).canEdit();
  header.forEach((h, i) => {
    const spec = specs[h];
    if (!spec || (!spec.format && !spec.wrap && !spec.list)) return;
    const range = sheet.getRange(2, i + 1, rows, 1);
    if (!all && !range.canEdit()) {
      omitidos.push(`${sheet.getName()}: formato de «${h}»`);
      return;
    }
    if (spec.format) range.setNumberFormat(spec.format);
    if (spec.wrap) range.setWrap(true);
    const dv = validationFor(spec);
    if (dv) range.setDataValidation(dv);
  });
}

/** Conditional colours by estado on the «Estado» column; rules on other ranges (the institute's own) are kept. */
function colourEstado(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: readonly string[], omitidos: string[]): void {
  const c = header.indexOf('Estado');
  if (c < 0) return;
  // Conditional formats belong to the whole sheet: changing them needs edit rights over every protected range in it.
  if (!sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).canEdit()) {
    omitidos.push(`${sheet.getName()}: colores por estado`);
    return;
  }
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const range = sheet.getRange(2, c + 1, rows, 1);
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const rs = rule.getRanges();
    return !rs.some((r) => r.getColumn() === c + 1 && r.getNumColumns() === 1 && r.getRow() === 2);
  });
  const ours = ESTADO_COLORES.map((x) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextContains(x.contiene).setBackground(x.color).setRanges([range]).build(),
  );
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

/** Creates or repairs one data sheet (everything but Configuración). */
export function repairDataSheet<K extends HeaderKey>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: K): DataSheetRepair {
  const { sheet, created } = sheetOf(ss, SHEET[key]);
  const wanted = HEADERS[key] as readonly string[];
  const lastCol = sheet.getLastColumn();
  const current = lastCol > 0 ? (sheet.getRange(1, 1, 1, lastCol).getValues()[0] as Cell[]).map((h) => String(h).trim()) : [];
  while (current.length > 0 && current[current.length - 1] === '') current.pop();
  const missing = wanted.filter((h) => !current.includes(h));
  if (missing.length > 0) {
    const need = current.length + missing.length;
    if (sheet.getMaxColumns() < need) sheet.insertColumnsAfter(sheet.getMaxColumns(), need - sheet.getMaxColumns());
    sheet.getRange(1, current.length + 1, 1, missing.length).setValues([missing]);
  }
  const header = [...current, ...missing];
  const omitidos: string[] = [];
  styleHeader(sheet, header.length, omitidos);
  shapeColumns(sheet, key, header, omitidos);
  if ((ESTADO_SHEETS as readonly string[]).includes(key)) colourEstado(sheet, header, omitidos);
  return { sheet, header, creada: created, columnasAñadidas: created ? [] : missing, omitidos };
}

/**
 * Creates or repairs Configuración: the Parámetro | Valor | Descripción table (missing parameters appended with their
 * defaults, existing values untouched), the Vedas block, dropdowns for closed parameters. `titular` is written only
 * when the Titular cell is empty.
 */
export function repairConfigSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, titular: string): ConfigSheetRepair {
  const { sheet, created } = sheetOf(ss, SHEET.config);
  const values = created ? [] : (sheet.getDataRange().getValues() as Cell[][]);
  const isEmpty = values.length === 0 || values.every((r) => r.every((c) => c === ''));
  const added: string[] = [];
  const rowsOf = new Map<string, number>();
  if (isEmpty) writeNewConfig(sheet, titular, rowsOf);
  else repairExistingConfig(sheet, values, titular, rowsOf, added);
  const omitidos: string[] = [];
  styleHeader(sheet, CONFIG_HEADER.length, omitidos);
  sheet.setColumnWidth(1, 280);
  sheet.setColumnWidth(2, 320);
  sheet.setColumnWidth(3, 520);
  configDropdowns(sheet, rowsOf, omitidos);
  return { sheet, rows: rowsOf, creada: created, columnasAñadidas: added, omitidos };
}

/** A new Configuración: every parameter with its default, then the Vedas block. */
function writeNewConfig(sheet: GoogleAppsScript.Spreadsheet.Sheet, titular: string, rowsOf: Map<string, number>): void {
  const rows: Cell[][] = [[...CONFIG_HEADER]];
  for (const p of CONFIG_PARAMS) {
    rows.push([p.label, p.key === 'titular' ? titular : p.initial, p.descripcion]);
    rowsOf.set(p.key, rows.length);
  }
  rows.push(['', '', '']);
  rows.push([VEDAS_TITLE, '', 'Periodos de veda: no se publica propaganda gubernamental salvo las categorías de excepción.']);
  rows.push([...VEDAS_HEADER]);
  writeRowsSkipping(sheet, 1, rows, []);
}

/** An existing Configuración: missing parameters appended (above the Vedas block), values untouched. */
function repairExistingConfig(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: Cell[][],
  titular: string,
  rowsOf: Map<string, number>,
  added: string[],
): void {
  const loc = locateConfig(values);
  const missing = CONFIG_PARAMS.filter((p) => !loc.params.has(p.key));
  for (const p of CONFIG_PARAMS) {
    const r = loc.params.get(p.key);
    if (r !== undefined) rowsOf.set(p.key, r + 1);
  }
  const titularRow = loc.params.get('titular');
  if (titularRow !== undefined && String(values[titularRow][1]).trim() === '' && titular) {
    sheet.getRange(titularRow + 1, 2).setValue(toCell(titular));
  }
  const extra: Cell[][] = [];
  for (const p of missing) {
    extra.push([p.label, p.key === 'titular' ? titular : p.initial, p.descripcion]);
    added.push(p.label);
  }
  if (loc.vedasHeader < 0) {
    extra.push(['', '', '']);
    extra.push([VEDAS_TITLE, '', 'Periodos de veda: no se publica propaganda gubernamental salvo las categorías de excepción.']);
    extra.push([...VEDAS_HEADER]);
  }
  if (extra.length > 0) {
    if (loc.vedasHeader >= 0 && missing.length > 0) {
      // Parameters go above the Vedas block: insert rows before its title so the block stays last.
      const at = (loc.vedasTitle >= 0 ? loc.vedasTitle : loc.vedasHeader) + 1;
      sheet.insertRowsBefore(at, extra.length);
      writeRowsSkipping(sheet, at, extra, []);
      missing.forEach((p, i) => rowsOf.set(p.key, at + i));
    } else {
      let last = values.length;
      while (last > 0 && values[last - 1].every((c) => c === '')) last--;
      const at = last + 1;
      if (sheet.getMaxRows() < at + extra.length) sheet.insertRowsAfter(sheet.getMaxRows(), at + extra.length - sheet.getMaxRows());
      writeRowsSkipping(sheet, at, extra, []);
      missing.forEach((p, i) => rowsOf.set(p.key, at + i));
    }
  }
}

/** Dropdowns for the closed parameters (left as they are where the runner may not edit). */
function configDropdowns(sheet: GoogleAppsScript.Spreadsheet.Sheet, rowsOf: Map<string, number>, omitidos: string[]): void {
  for (const p of CONFIG_PARAMS) {
    const r = rowsOf.get(p.key);
    if (r === undefined || !p.options) continue;
    const cell = sheet.getRange(r, 2);
    if (!cell.canEdit()) {
      omitidos.push(`${SHEET.config}: lista de «${p.label}»`);
      continue;
    }
    cell.setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList([...p.options], true).setAllowInvalid(false).build(),
    );
  }
}
