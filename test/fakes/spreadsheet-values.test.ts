// Pins the SpreadsheetApp fake's values: types from getValues, parsing of written text, formulas, dimensions, formats, A1 helpers.
import { newWorld, serializeWorld, deserializeWorld, type WorldState } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createSpreadsheetApp, a1ToBounds, boundsToA1 } from '../../local/fakes/spreadsheet/app.fake';

const OWNER = 'duena@example.org';

function app(world: WorldState, user = OWNER): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return createSpreadsheetApp(newExecution(world, { functionName: 't', user }));
}

function sheet(world: WorldState = newWorld({ owner: OWNER })): GoogleAppsScript.Spreadsheet.Sheet {
  return app(world).getActive().getSheets()[0];
}

describe('Range values (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues())', () => {
  test("getValues returns numbers, booleans, Dates and '' for empty cells, never undefined", () => {
    const sh = sheet();
    const d = new Date(2026, 11, 1, 9, 30);
    sh.getRange('A1:D1').setValues([[1.5, true, d, 'texto']]);
    const v = sh.getRange('A1:E2').getValues();
    expect(v).toHaveLength(2);
    expect(v[0]).toHaveLength(5);
    expect(v[0][0]).toBe(1.5);
    expect(v[0][1]).toBe(true);
    expect(Object.prototype.toString.call(v[0][2])).toBe('[object Date]');
    expect((v[0][2] as Date).getTime()).toBe(d.getTime());
    expect(v[0][3]).toBe('texto');
    expect(v[0][4]).toBe('');
    expect(v[1]).toEqual(['', '', '', '', '']);
    expect(Array.isArray(v) && Array.isArray(v[0])).toBe(true);
  });

  test('Dates are copied in and out: mutating the argument or the result does not change the cell', () => {
    const sh = sheet();
    const d = new Date(2026, 0, 2);
    sh.getRange('A1').setValue(d);
    d.setFullYear(2000);
    const out = sh.getRange('A1').getValue() as Date;
    expect(out.getFullYear()).toBe(2026);
    out.setFullYear(1999);
    expect((sh.getRange('A1').getValue() as Date).getFullYear()).toBe(2026);
  });

  test('a Date from another realm (checked by shape, not instanceof) is stored as a Date', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require('vm') as typeof import('vm');
    const foreign = vm.runInNewContext('new Date(2026, 4, 5)') as Date;
    expect(foreign instanceof Date).toBe(false);
    const sh = sheet();
    sh.getRange('A1').setValue(foreign);
    const got = sh.getRange('A1').getValue();
    expect(Object.prototype.toString.call(got)).toBe('[object Date]');
    expect((got as Date).getTime()).toBe(foreign.getTime());
  });

  test("setValue with '=' stores a formula: getFormulas returns it, getValues '#ERROR!' for what the emulator cannot compute", () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
    const sh = sheet();
    sh.getRange('A1').setValue('=IMPORTXML("https://example.org","//a")');
    expect(sh.getRange('A1').getFormula()).toBe('=IMPORTXML("https://example.org","//a")');
    expect(sh.getRange('A1').getFormulas()).toEqual([['=IMPORTXML("https://example.org","//a")']]);
    expect(sh.getRange('A1').getValue()).toBe('#ERROR!');
    expect(sh.getLastRow()).toBe(1);
  });

  test('trivial formulas are computed: literals, one-cell references (also across sheets), HYPERLINK', () => {
    const world = newWorld({ owner: OWNER });
    const ss = app(world).getActive();
    const sh = ss.getSheets()[0];
    ss.insertSheet('Otra').getRange('C3').setValue(42);
    sh.getRange('A1:E1').setValues([['="hola"', '=7', '=A1', "='Otra'!C3", '=HYPERLINK("https://x.com/i/1","Ver")']]);
    expect(sh.getRange('A1:E1').getValues()).toEqual([['hola', 7, 'hola', 42, 'Ver']]);
    expect(sh.getRange('E1').getFormula()).toBe('=HYPERLINK("https://x.com/i/1","Ver")');
    sh.getRange('A1').setValue('adiós');
    expect(sh.getRange('C1').getValue()).toBe('adiós');
  });

  test('a leading apostrophe keeps text literally and is dropped', () => {
    const sh = sheet();
    sh.getRange('A1:C1').setValues([["'=1+2", "'123", "'TRUE"]]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([['=1+2', '123', 'TRUE']]);
    expect(sh.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('numeric, boolean, date and time strings are parsed the way Sheets parses typed input', () => {
    const sh = sheet();
    sh.getRange('A1:H1').setValues([['123', '-4.5', 'TRUE', 'false', '2026-12-01', '10:00', '1/12/2026', '1,234.5']]);
    const v = sh.getRange('A1:H1').getValues()[0];
    expect(v[0]).toBe(123);
    expect(v[1]).toBe(-4.5);
    expect(v[2]).toBe(true);
    expect(v[3]).toBe(false);
    // Local midnight in the spreadsheet's time zone (the tests' TZ is America/Monterrey).
    expect((v[4] as Date).getTime()).toBe(new Date(2026, 11, 1).getTime());
    expect((v[4] as Date).toISOString()).toBe('2026-12-01T06:00:00.000Z');
    const t = v[5] as Date;
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes()]).toEqual([1899, 11, 30, 10, 0]);
    expect((v[6] as Date).getTime()).toBe(new Date(2026, 11, 1).getTime());
    expect(v[7]).toBe(1234.5);
  });

  test("other strings stay strings; '+…'/'-…' text is a formula Sheets cannot parse", () => {
    const sh = sheet();
    sh.getRange('A1:E1').setValues([['hola', '2026-13-45', '12 de mayo', 'abc123', '+52 844 123 4567']]);
    const v = sh.getRange('A1:E1').getValues()[0];
    expect(v.slice(0, 4)).toEqual(['hola', '2026-13-45', '12 de mayo', 'abc123']);
    expect(v[4]).toBe('#ERROR!');
    expect(sh.getRange('E1').getFormula()).toBe('=+52 844 123 4567');
  });

  test("with the plain-text number format '@' nothing is parsed", () => {
    const sh = sheet();
    sh.getRange('A1:B1').setNumberFormat('@');
    sh.getRange('A1:B1').setValues([['007', '=1']]);
    expect(sh.getRange('A1:B1').getValues()).toEqual([['007', '=1']]);
    expect(sh.getRange('A1:B1').getNumberFormats()).toEqual([['@', '@']]);
  });

  test('null and undefined clear a cell', () => {
    const sh = sheet();
    sh.getRange('A1:B1').setValues([['x', 'y']]);
    sh.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sh.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sh.getLastRow()).toBe(0);
  });

  test("setValues with the wrong dimensions throws Apps Script's message", () => {
    const sh = sheet();
    expect(() => sh.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sh.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sh.getRange('A1:B2').getValues()).toEqual([['', ''], ['', '']]);
  });

  test('setValue on a block sets every cell; getValue reads the top-left cell', () => {
    const sh = sheet();
    sh.getRange('B2:C3').setValue('x');
    expect(sh.getRange('B2:C3').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
    sh.getRange('B2').setValue(5);
    expect(sh.getRange('B2:C3').getValue()).toBe(5);
  });

  test('getDisplayValues formats numbers, dates and booleans simply', () => {
    const sh = sheet();
    sh.getRange('A1:E1').setValues([[1234.5, '2026-12-01', true, '10:30', new Date(2026, 0, 5, 14, 7, 9)]]);
    sh.getRange('A1').setNumberFormat('#,##0.00');
    expect(sh.getRange('A1:E1').getDisplayValues()).toEqual([['1,234.50', '2026-12-01', 'TRUE', '10:30', '5/1/2026 14:07:09']]);
    sh.getRange('E1').setNumberFormat('dd/mm/yyyy hh:mm');
    expect(sh.getRange('E1').getDisplayValue()).toBe('05/01/2026 14:07');
  });

  test('formulas via setFormula/setFormulas; clearContent removes values and formulas but keeps formats', () => {
    const sh = sheet();
    sh.getRange('A1').setFormula('=1');
    sh.getRange('B1:C1').setFormulas([['="a"', '=B1']]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([[1, 'a', 'a']]);
    sh.getRange('A1:C1').setBackground('#ff0000');
    sh.getRange('A1:C1').clearContent();
    expect(sh.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([['', '', '']]);
    expect(sh.getRange('A1').getBackground()).toBe('#ff0000');
    sh.getRange('A1:C1').clear();
    expect(sh.getRange('A1').getBackground()).toBe('#ffffff');
  });

  test('notes, backgrounds, number formats and text styles are stored per cell', () => {
    const sh = sheet();
    const r = sh.getRange('A1:B1');
    r.setNotes([['nota', null]]).setBackgrounds([['#eeeeee', '#00ff00']]).setNumberFormats([['0.00', 'yyyy-mm-dd']]);
    r.setFontWeight('bold').setFontColor('#333333').setWrap(true).setHorizontalAlignment('center');
    expect(r.getNotes()).toEqual([['nota', '']]);
    expect(sh.getRange('A1').getNote()).toBe('nota');
    expect(r.getBackgrounds()).toEqual([['#eeeeee', '#00ff00']]);
    expect(r.getNumberFormats()).toEqual([['0.00', 'yyyy-mm-dd']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getWrap()).toBe(true);
    expect(r.getHorizontalAlignment()).toBe('center');
    expect(sh.getRange('C1').getBackground()).toBe('#ffffff');
    expect(sh.getRange('C1').getNumberFormat()).toBe('General');
    // Formats alone are not data.
    expect(sh.getLastRow()).toBe(0);
  });

  test('state is plain data: it survives serialization, and a new execution sees it', () => {
    const world = newWorld({ owner: OWNER });
    const sh = sheet(world);
    sh.getRange('A1:C1').setValues([['x', new Date(2026, 1, 3), '=A1']]);
    const again = deserializeWorld(serializeWorld(world));
    const v = app(again).getActive().getSheets()[0].getRange('A1:C1').getValues()[0];
    expect(v[0]).toBe('x');
    expect((v[1] as Date).getTime()).toBe(new Date(2026, 1, 3).getTime());
    expect(v[2]).toBe('x');
  });

  test('10,000 rows × 26 columns round-trip through setValues and getValues', () => {
    const sh = sheet();
    sh.insertRowsAfter(1000, 9000);
    const data: unknown[][] = [];
    for (let r = 0; r < 10000; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < 26; c++) row.push(c % 3 === 0 ? r * c : c % 3 === 1 ? 'texto ' + r : new Date(2026, 0, 1 + (r % 28)));
      data.push(row);
    }
    sh.getRange(1, 1, 10000, 26).setValues(data);
    const back = sh.getRange(1, 1, 10000, 26).getValues();
    expect(back[9999][3]).toBe(9999 * 3);
    expect(back[9999][1]).toBe('texto 9999');
    expect(sh.getLastRow()).toBe(10000);
    // Speed is not asserted here: the benchmarks under bench/ print emulator times.
  });
});

describe('A1 helpers', () => {
  test('a1ToBounds / boundsToA1', () => {
    expect(a1ToBounds('B2:C3', 1000, 26)).toEqual({ r0: 1, c0: 1, r1: 2, c1: 2 });
    expect(a1ToBounds("'Mi hoja'!A1", 1000, 26)).toEqual({ sheetName: 'Mi hoja', r0: 0, c0: 0, r1: 0, c1: 0 });
    expect(a1ToBounds('A:B', 1000, 26)).toEqual({ r0: 0, c0: 0, r1: 999, c1: 1, open: 'A:B' });
    expect(a1ToBounds('2:3', 1000, 26)).toEqual({ r0: 1, c0: 0, r1: 2, c1: 25, open: '2:3' });
    expect(a1ToBounds('K2:K', 1000, 26)).toEqual({ r0: 1, c0: 10, r1: 999, c1: 10, open: 'K2:K' });
    expect(a1ToBounds('$AA$10', 1000, 26)).toEqual({ r0: 9, c0: 26, r1: 9, c1: 26 });
    expect(a1ToBounds('hola mundo', 1000, 26)).toBeNull();
    expect(boundsToA1({ r0: 0, c0: 0, r1: 0, c1: 0 })).toBe('A1');
    expect(boundsToA1({ r0: 1, c0: 25, r1: 9, c1: 27 })).toBe('Z2:AB10');
  });
});
