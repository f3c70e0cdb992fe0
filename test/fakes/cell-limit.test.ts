// The SpreadsheetApp fake refuses a string longer than a Sheets cell holds (50,000 characters) with Apps Script's message, writing nothing.
import { Emulator } from '../../local/runtime';
import { createSpreadsheetApp } from '../../local/fakes/spreadsheet/app.fake';
import { newExecution } from '../../local/execution';
import { newWorld } from '../../local/world';

describe('cells hold at most 50,000 characters, as Sheets', () => {
  it('setValue / setValues of a longer string throw Sheets’ message and write nothing; 50,000 fits', () => {
    const emu = new Emulator(newWorld({ owner: 'a@icm.gob.mx' }));
    const exec = newExecution(emu.world, { functionName: 't', user: 'a@icm.gob.mx' });
    const sheet = createSpreadsheetApp(exec).getActiveSpreadsheet().getActiveSheet();
    expect(() => sheet.getRange('A1:B1').setValues([['ok', 'x'.repeat(50001)]])).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(() => sheet.getRange('A1').setValue('y'.repeat(50001))).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    sheet.getRange('A1').setValue('z'.repeat(50000));
    expect(String(sheet.getRange('A1').getValue()).length).toBe(50000);
    expect(() => emu.edit('A2', 'w'.repeat(50001))).toThrow('50000');
  });
});
