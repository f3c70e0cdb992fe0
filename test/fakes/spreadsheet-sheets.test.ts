// Pins Spreadsheet and Sheet behaviour in the SpreadsheetApp fake: sheets, ranges, data extent, rows, validation and conditional rules, dump.
import { newWorld, type WorldState } from '../../local/world';
import { newExecution } from '../../local/execution';
import { metered } from '../../local/meter';
import { createSpreadsheetApp, dumpSheet } from '../../local/fakes/spreadsheet/app.fake';

const OWNER = 'duena@example.org';

function appFor(world: WorldState, user = OWNER): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return createSpreadsheetApp(newExecution(world, { functionName: 't', user }));
}

function fresh(): { world: WorldState; app: GoogleAppsScript.Spreadsheet.SpreadsheetApp; ss: GoogleAppsScript.Spreadsheet.Spreadsheet } {
  const world = newWorld({ owner: OWNER });
  const app = appFor(world);
  return { world, app, ss: app.getActive() };
}

describe('Spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet)', () => {
  test('identity, owner, editors, time zone', () => {
    const { ss, app } = fresh();
    expect(ss.getId()).toBe('ss-duenaexampleorg');
    expect(ss.getName()).toBe('Difusión ICM');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/ss-duenaexampleorg/edit');
    expect(ss.getOwner()?.getEmail()).toBe(OWNER);
    expect(ss.getSpreadsheetTimeZone()).toBe('America/Monterrey');
    ss.addEditor('Asistente@example.org');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'asistente@example.org']);
    expect(app.getActiveSpreadsheet().getId()).toBe(ss.getId());
    expect(app.openById(ss.getId()).getName()).toBe('Difusión ICM');
  });

  test('insertSheet: becomes active, index positions it, a taken name throws Apps Script’s error', () => {
    const { ss } = fresh();
    const p = ss.insertSheet('Propuestas');
    expect(ss.getActiveSheet().getName()).toBe('Propuestas');
    expect(p.getIndex()).toBe(2);
    ss.insertSheet('Configuración', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Configuración', 'Hoja 1', 'Propuestas']);
    expect(() => ss.insertSheet('Propuestas')).toThrow('A sheet with the name "Propuestas" already exists. Please enter another name.');
    expect(() => ss.insertSheet('propuestas')).toThrow('already exists');
    expect(ss.insertSheet().getName()).toBe('Hoja 4');
  });

  test('getSheetByName returns null when absent; deleteSheet; the last sheet cannot be deleted', () => {
    const { ss } = fresh();
    expect(ss.getSheetByName('Calendario')).toBeNull();
    const cal = ss.insertSheet('Calendario');
    expect(ss.getSheetByName('Calendario')?.getSheetId()).toBe(cal.getSheetId());
    ss.deleteSheet(cal);
    expect(ss.getSheetByName('Calendario')).toBeNull();
    expect(ss.getActiveSheet().getName()).toBe('Hoja 1');
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  test('setActiveSheet, moveActiveSheet, setName, hide/show', () => {
    const { ss } = fresh();
    const a = ss.insertSheet('A');
    const b = ss.insertSheet('B');
    ss.setActiveSheet(a);
    expect(ss.getActiveSheet().getName()).toBe('A');
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Hoja 1', 'B']);
    b.setName('Bitácora');
    expect(ss.getSheetByName('Bitácora')?.getIndex()).toBe(3);
    expect(() => b.setName('a')).toThrow('A sheet with the name "a" already exists.');
    b.hideSheet();
    expect(b.isSheetHidden()).toBe(true);
    b.showSheet();
    expect(b.isSheetHidden()).toBe(false);
  });

  test("getRange('Hoja!A1:B2') and named ranges", () => {
    const { ss } = fresh();
    const sh = ss.insertSheet('Mi hoja');
    sh.getRange('B2').setValue('x');
    expect(ss.getRange("'Mi hoja'!B2").getValue()).toBe('x');
    expect(ss.getRange('Mi hoja!A1:B2').getValues()).toEqual([['', ''], ['', 'x']]);
    expect(() => ss.getRange('Nada!A1')).toThrow('Range not found');
    ss.setNamedRange('Titular', sh.getRange('B2'));
    expect(ss.getRangeByName('Titular')?.getValue()).toBe('x');
    expect(ss.getRangeByName('Otro')).toBeNull();
  });

  test('toast is recorded with Apps Script’s default timeout', () => {
    const world = newWorld({ owner: OWNER });
    const exec = newExecution(world, { functionName: 't', user: OWNER });
    const ss = createSpreadsheetApp(exec).getActive();
    ss.toast('Listo');
    ss.toast('Publicado', 'Difusión', 10);
    expect(exec.ui.toasts).toEqual([
      { message: 'Listo', title: '', timeoutSeconds: 5 },
      { message: 'Publicado', title: 'Difusión', timeoutSeconds: 10 },
    ]);
  });
});

describe('Sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet)', () => {
  test('getRange(row, col, numRows, numCols) is 1-based; out of bounds throws Apps Script’s error', () => {
    const { ss } = fresh();
    const sh = ss.getSheets()[0];
    const r = sh.getRange(2, 3, 4, 5);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(sh.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sh.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    expect(() => sh.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sh.getRange(999, 1, 3, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sh.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sh.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(sh.getRange('A2:C').getA1Notation()).toBe('A2:C'); // an open range keeps its A1 form
    expect(sh.getRange('A2:C').getNumRows()).toBe(999);
    expect(r.offset(1, -1, 1, 1).getA1Notation()).toBe('B3');
    expect(r.getSheet().getName()).toBe('Hoja 1');
  });

  test('getLastRow/getLastColumn/getDataRange follow content; appendRow writes after the last row', () => {
    const { ss } = fresh();
    const sh = ss.getSheets()[0];
    expect(sh.getLastRow()).toBe(0);
    expect(sh.getDataRange().getA1Notation()).toBe('A1');
    sh.appendRow(['ID', 'Fecha', 'Tema']);
    sh.appendRow([1, '2026-12-01', 'Día Naranja']);
    expect(sh.getLastRow()).toBe(2);
    expect(sh.getLastColumn()).toBe(3);
    expect(sh.getDataRange().getA1Notation()).toBe('A1:C2');
    const v = sh.getDataRange().getValues();
    expect(v[1][0]).toBe(1);
    expect(Object.prototype.toString.call(v[1][1])).toBe('[object Date]');
    sh.getRange('E7').setValue('x');
    expect([sh.getLastRow(), sh.getLastColumn()]).toEqual([7, 5]);
    sh.getRange('E7').clearContent();
    expect([sh.getLastRow(), sh.getLastColumn()]).toEqual([2, 3]);
  });

  test('appendRow beyond the last row grows the sheet', () => {
    const { ss } = fresh();
    const sh = ss.getSheets()[0];
    sh.getRange(1000, 1).setValue('última');
    sh.appendRow(['nueva', 'fila']);
    expect(sh.getMaxRows()).toBe(1001);
    expect(sh.getLastRow()).toBe(1001);
    expect(sh.getRange(1001, 1, 1, 2).getValues()).toEqual([['nueva', 'fila']]);
  });

  test('deleteRows moves the rows below up; insertRowsAfter/insertColumnsAfter grow the grid', () => {
    const { ss } = fresh();
    const sh = ss.getSheets()[0];
    sh.getRange('A1:A5').setValues([['h'], [1], [2], [3], [4]]);
    sh.deleteRows(2, 2);
    expect(sh.getRange('A1:A3').getValues()).toEqual([['h'], [3], [4]]);
    expect(sh.getLastRow()).toBe(3);
    expect(sh.getMaxRows()).toBe(998);
    sh.insertRowsAfter(1, 2);
    expect(sh.getRange('A1:A5').getValues()).toEqual([['h'], [''], [''], [3], [4]]);
    expect(sh.getMaxRows()).toBe(1000);
    sh.insertColumnsAfter(1, 3);
    expect(sh.getMaxColumns()).toBe(29);
    sh.getRange('B1').setValue('b');
    sh.deleteColumns(2, 1);
    expect(sh.getRange('B1').getValue()).toBe('');
    expect(() => sh.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sh.deleteRows(1, sh.getMaxRows())).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  test('clear and clearContents', () => {
    const { ss } = fresh();
    const sh = ss.getSheets()[0];
    sh.getRange('A1:B1').setValues([['a', 'b']]).setBackground('#ff0000');
    sh.clearContents();
    expect(sh.getLastRow()).toBe(0);
    expect(sh.getRange('A1').getBackground()).toBe('#ff0000');
    sh.getRange('A1').setValue('x');
    sh.clear();
    expect(sh.getLastRow()).toBe(0);
    expect(sh.getRange('A1').getBackground()).toBe('#ffffff');
  });

  test('frozen rows/columns, column widths, tab colour', () => {
    const { ss } = fresh();
    const sh = ss.getSheets()[0];
    sh.setFrozenRows(1);
    sh.setFrozenColumns(2);
    sh.setColumnWidth(3, 240);
    sh.setColumnWidths(4, 2, 80);
    sh.setTabColor('#ff6600');
    expect([sh.getFrozenRows(), sh.getFrozenColumns()]).toEqual([1, 2]);
    expect([sh.getColumnWidth(1), sh.getColumnWidth(3), sh.getColumnWidth(5)]).toEqual([100, 240, 80]);
    expect(sh.getTabColor()).toBe('#ff6600');
    expect(sh.getParent().getId()).toBe(ss.getId());
  });

  test('data validation rules (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)', () => {
    const { ss, app } = fresh();
    const sh = ss.getSheets()[0];
    const list = app.newDataValidation().requireValueInList(['Pendiente', 'Autorizada'], true).setAllowInvalid(false).setHelpText('Elige').build();
    expect(String(list.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['Pendiente', 'Autorizada'], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.getHelpText()).toBe('Elige');
    sh.getRange('L2:L100').setDataValidation(list);
    const got = sh.getRange('L50').getDataValidation();
    expect(got?.getCriteriaValues()).toEqual([['Pendiente', 'Autorizada'], true]);
    expect(sh.getRange('M2').getDataValidation()).toBeNull();
    const between = app.newDataValidation().requireNumberBetween(1, 10).build();
    expect(String(between.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(between.getCriteriaValues()).toEqual([1, 10]);
    expect(between.getAllowInvalid()).toBe(true);
    expect(String(app.newDataValidation().requireCheckbox().build().getCriteriaType())).toBe('CHECKBOX');
    expect(String(app.newDataValidation().requireTextIsEmail().build().getCriteriaType())).toBe('TEXT_IS_VALID_EMAIL');
    expect(String(app.newDataValidation().requireDate().build().getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    sh.getRange('L2:L3').setDataValidations([[between], [null]]);
    expect(String(sh.getRange('L2').getDataValidation()?.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(sh.getRange('L3').getDataValidation()).toBeNull();
    sh.getRange('L2:L100').clearDataValidations();
    expect(sh.getRange('L2:L100').getDataValidations().flat().every((v) => v === null)).toBe(true);
  });

  test('conditional format rules round-trip', () => {
    const { ss, app } = fresh();
    const sh = ss.getSheets()[0];
    const rule = app.newConditionalFormatRule().whenTextEqualTo('Publicada').setBackground('#b7e1cd').setFontColor('#000000').setRanges([sh.getRange('M2:M')]).build();
    sh.setConditionalFormatRules([rule]);
    const rules = sh.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('M2:M1000');
    expect(String(rules[0].getBooleanCondition()?.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    expect(rules[0].getBooleanCondition()?.getCriteriaValues()).toEqual(['Publicada']);
    expect(rules[0].getBooleanCondition()?.getBackground()).toBe('#b7e1cd');
  });

  test('dumpSheet gives a readable snapshot; null for an unknown sheet', () => {
    const { world, ss, app } = fresh();
    const sh = ss.insertSheet('Calendario');
    sh.appendRow(['ID', 'Enlace']);
    sh.appendRow([1, '=HYPERLINK("https://x.com/i/9","ver")']);
    sh.setFrozenRows(1);
    sh.getRange('A1').setNote('clave').setBackground('#cccccc');
    sh.getRange('C2:C5').setDataValidation(app.newDataValidation().requireValueInList(['Sí', 'No']).setAllowInvalid(false).build());
    sh.getRange('D2:D').protect().setDescription('Autorización');
    sh.setColumnWidth(2, 300);
    const d = dumpSheet(world, 'Calendario');
    expect(d).not.toBeNull();
    expect(d?.values).toEqual([['ID', 'Enlace'], [1, 'ver']]);
    expect(d?.formulas).toEqual({ B2: '=HYPERLINK("https://x.com/i/9","ver")' });
    expect(d?.frozenRows).toBe(1);
    expect(d?.hidden).toBe(false);
    expect(d?.notes).toEqual({ A1: 'clave' });
    expect(d?.backgrounds).toEqual({ A1: '#cccccc' });
    expect(d?.validations).toEqual([{ a1: 'C2:C5', kind: 'list', values: ['Sí', 'No'], allowInvalid: false }]);
    expect(d?.protections).toEqual([
      { a1: 'D2:D1000', kind: 'range', description: 'Autorización', editors: [OWNER], warningOnly: false, domainEdit: false },
    ]);
    expect(d?.columnWidths).toEqual({ B: 300 });
    expect(dumpSheet(world, 'Nada')).toBeNull();
  });
});

describe('meter: calls through metered() are counted per method, returned fakes included', () => {
  test('SpreadsheetApp → Spreadsheet → Sheet → Range calls are counted', () => {
    const world = newWorld({ owner: OWNER });
    const exec = newExecution(world, { functionName: 't', user: OWNER });
    const app = metered(createSpreadsheetApp(exec), 'SpreadsheetApp', exec.meter);
    const sh = app.getActiveSpreadsheet().getSheetByName('Hoja 1');
    if (!sh) throw new Error('missing sheet');
    const r = sh.getRange(1, 1, 2, 2);
    r.setValues([[1, 2], [3, 4]]);
    r.getValues();
    r.getValues();
    sh.getLastRow();
    expect(exec.meter.counts).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Range.getValues': 2,
      'Sheet.getLastRow': 1,
    });
    // Chained calls return metered fakes too; a metered Sheet can be handed back to the fake.
    app.getActive().setActiveSheet(sh);
    expect(exec.meter.counts['Spreadsheet.setActiveSheet']).toBe(1);
    expect(exec.meter.total('Range.')).toBe(3);
  });
});
