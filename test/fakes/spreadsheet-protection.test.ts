// Pins protections in the SpreadsheetApp fake (https://developers.google.com/apps-script/reference/spreadsheet/protection) and userEdit enforcement.
import { newWorld, type WorldState } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createSpreadsheetApp, userEdit, SheetsUserError } from '../../local/fakes/spreadsheet/app.fake';

const OWNER = 'duena@example.org';
const TITULAR = 'titular@example.org';
const ASISTENTE = 'asistente@example.org';
const PROTECTED_EN =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const PROTECTED_ES =
  'Estás intentando editar una celda u objeto protegidos. Si necesitas editarlos, comunícate con el propietario de la hoja de cálculo para que quite la protección.';

function ssAs(world: WorldState, user: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return createSpreadsheetApp(newExecution(world, { functionName: 't', user })).getActive();
}

/** The documented pattern: protect, keep only `editors` (plus owner and current user, which cannot be removed). */
function lockColumnK(world: WorldState, editors: string[]): GoogleAppsScript.Spreadsheet.Protection {
  const ss = ssAs(world, OWNER);
  const p = ss.getSheets()[0].getRange('K2:K').protect().setDescription('Autorización');
  p.removeEditors(p.getEditors());
  p.addEditors(editors);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return p;
}

function errorOf(f: () => unknown): Error & { code?: string } {
  try {
    f();
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error('expected an error');
}

describe('Protection (https://developers.google.com/apps-script/reference/spreadsheet/protection)', () => {
  test('a new protection mirrors the spreadsheet: owner, editors of the file and the current user', () => {
    const world = newWorld({ owner: OWNER });
    const ss = ssAs(world, OWNER);
    ss.addEditor(ASISTENTE);
    const p = ss.getSheets()[0].getRange('A1:B2').protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, ASISTENTE]);
    expect(p.getDescription()).toBe('');
    expect(p.isWarningOnly()).toBe(false);
    expect(p.canDomainEdit()).toBe(false);
    expect(String(p.getProtectionType())).toBe('RANGE');
    expect(p.getRange().getA1Notation()).toBe('A1:B2');
    // Still effectively unprotected for the asistente until the editors change.
    ssAs(world, ASISTENTE).getSheets()[0].getRange('A1').setValue('ok');
  });

  test('removeEditors cannot remove the owner nor the current user', () => {
    const world = newWorld({ owner: OWNER });
    const p = lockColumnK(world, [TITULAR]);
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual([OWNER, TITULAR].sort());
    p.removeEditor(OWNER).removeEditor(TITULAR);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
  });

  test("a script write by a non-editor into a protected range throws Apps Script's error and changes nothing", () => {
    const world = newWorld({ owner: OWNER });
    lockColumnK(world, [TITULAR]);
    const sh = ssAs(world, ASISTENTE).getSheets()[0];
    expect(() => sh.getRange('K5').setValue('Autorizado')).toThrow(PROTECTED_EN);
    expect(() => sh.getRange('J5:L5').setValues([['a', 'b', 'c']])).toThrow(PROTECTED_EN);
    expect(() => sh.getRange('K5').setFormula('=1')).toThrow(PROTECTED_EN);
    expect(() => sh.getRange('K2:K3').clearContent()).toThrow(PROTECTED_EN);
    expect(() => sh.deleteRows(3, 2)).toThrow(PROTECTED_EN);
    expect(sh.getRange('J5:L5').getValues()).toEqual([['', '', '']]);
    expect(errorOf(() => sh.getRange('K5').setValue('x')).name).toBe('Exception');
    // Outside the protected block the asistente writes freely.
    sh.getRange('J5').setValue('libre');
    expect(sh.getRange('J5').getValue()).toBe('libre');
    expect(sh.getRange('K5').canEdit()).toBe(false);
    expect(sh.getRange('J5').canEdit()).toBe(true);
  });

  test('listed editors and the owner can always write; canEdit reflects it', () => {
    const world = newWorld({ owner: OWNER });
    lockColumnK(world, [TITULAR]);
    ssAs(world, TITULAR).getSheets()[0].getRange('K2').setValue('Autorizado');
    ssAs(world, OWNER).getSheets()[0].getRange('K3').setValue('Autorizado');
    expect(ssAs(world, OWNER).getSheets()[0].getRange('K2:K3').getValues()).toEqual([['Autorizado'], ['Autorizado']]);
    expect(ssAs(world, TITULAR).getProtections(SpreadsheetAppProtection('RANGE'))[0].canEdit()).toBe(true);
    expect(ssAs(world, ASISTENTE).getProtections(SpreadsheetAppProtection('RANGE'))[0].canEdit()).toBe(false);
  });

  test('the owner can edit even when not listed (editors cannot exclude the owner)', () => {
    const world = newWorld({ owner: OWNER });
    const p = lockColumnK(world, [TITULAR]);
    world.spreadsheet.protections[0].editors = [TITULAR]; // even a hand-edited list
    ssAs(world, OWNER).getSheets()[0].getRange('K9').setValue('x');
    expect(p.getDescription()).toBe('Autorización');
  });

  test('a warning-only protection does not block script writes', () => {
    const world = newWorld({ owner: OWNER });
    lockColumnK(world, [TITULAR]).setWarningOnly(true);
    ssAs(world, ASISTENTE).getSheets()[0].getRange('K4').setValue('aviso');
    expect(ssAs(world, OWNER).getSheets()[0].getRange('K4').getValue()).toBe('aviso');
  });

  test('setDomainEdit(true) lets users of the owner’s domain edit', () => {
    const world = newWorld({ owner: OWNER });
    lockColumnK(world, [TITULAR]).setDomainEdit(true);
    ssAs(world, ASISTENTE).getSheets()[0].getRange('K4').setValue('dominio');
    expect(() => ssAs(world, 'otra@gmail.com').getSheets()[0].getRange('K4').setValue('x')).toThrow(PROTECTED_EN);
  });

  test('a sheet protection covers the whole sheet, except its unprotected ranges; sheet.protect() returns the existing one', () => {
    const world = newWorld({ owner: OWNER });
    const owner = ssAs(world, OWNER).getSheets()[0];
    const p = owner.protect().setDescription('Bitácora');
    p.removeEditors(p.getEditors());
    p.setUnprotectedRanges([owner.getRange('A10:B20')]);
    expect(owner.protect().getDescription()).toBe('Bitácora');
    expect(String(owner.getProtections(SpreadsheetAppProtection('SHEET'))[0].getProtectionType())).toBe('SHEET');
    const sh = ssAs(world, ASISTENTE).getSheets()[0];
    expect(() => sh.getRange('Z999').setValue(1)).toThrow(PROTECTED_EN);
    expect(() => sh.appendRow(['x'])).toThrow(PROTECTED_EN);
    expect(() => sh.insertRowsAfter(1, 1)).toThrow(PROTECTED_EN);
    sh.getRange('A10:B11').setValues([[1, 2], [3, 4]]);
    expect(sh.getRange('A10').getValue()).toBe(1);
  });

  test('a non-editor cannot change or remove the protection; the owner can remove it', () => {
    const world = newWorld({ owner: OWNER });
    lockColumnK(world, [TITULAR]);
    const asAsistente = ssAs(world, ASISTENTE).getProtections(SpreadsheetAppProtection('RANGE'))[0];
    expect(() => asAsistente.addEditor(ASISTENTE)).toThrow(PROTECTED_EN);
    expect(() => asAsistente.remove()).toThrow(PROTECTED_EN);
    ssAs(world, OWNER).getProtections(SpreadsheetAppProtection('RANGE'))[0].remove();
    expect(ssAs(world, OWNER).getProtections(SpreadsheetAppProtection('RANGE'))).toHaveLength(0);
    ssAs(world, ASISTENTE).getSheets()[0].getRange('K5').setValue('libre');
  });

  test('protected ranges follow inserted and deleted rows', () => {
    const world = newWorld({ owner: OWNER });
    const sh = ssAs(world, OWNER).getSheets()[0];
    const p = sh.getRange('B5:C6').protect();
    sh.insertRowsAfter(2, 3);
    expect(p.getRange().getA1Notation()).toBe('B8:C9');
    sh.deleteRows(1, 2);
    expect(p.getRange().getA1Notation()).toBe('B6:C7');
  });
});

describe('userEdit: a person typing in Sheets (protections and data validation enforced)', () => {
  test('a non-editor is refused with Sheets’ Spanish dialog and code PROTECTED; the cell is unchanged', () => {
    const world = newWorld({ owner: OWNER });
    lockColumnK(world, [TITULAR]);
    const e = errorOf(() => userEdit(world, 'Hoja 1!K5', 'Autorizado', ASISTENTE));
    expect(e).toBeInstanceOf(SheetsUserError);
    expect(e.message).toBe(PROTECTED_ES);
    expect(e.code).toBe('PROTECTED');
    expect(ssAs(world, OWNER).getSheets()[0].getRange('K5').getValue()).toBe('');
  });

  test('the listed editor and the owner may type; old and new values are returned', () => {
    const world = newWorld({ owner: OWNER });
    lockColumnK(world, [TITULAR]);
    const first = userEdit(world, "'Hoja 1'!K5", 'Autorizado', 'Titular@Example.org');
    expect(first).toEqual({ sheetName: 'Hoja 1', row: 5, col: 11, oldValue: undefined, value: 'Autorizado' });
    const second = userEdit(world, 'Hoja 1!K5', '12', OWNER);
    expect(second.oldValue).toBe('Autorizado');
    expect(second.value).toBe(12);
  });

  test('typed text is parsed like setValue: "=" makes a formula', () => {
    const world = newWorld({ owner: OWNER });
    userEdit(world, 'A1', '=IMPORTXML("https://x","//a")', ASISTENTE);
    const r = ssAs(world, OWNER).getSheets()[0].getRange('A1');
    expect(r.getFormula()).toBe('=IMPORTXML("https://x","//a")');
    expect(r.getValue()).toBe('#ERROR!');
  });

  test('a list rule with allowInvalid=false rejects other values (code INVALID_INPUT); script writes are not blocked', () => {
    const world = newWorld({ owner: OWNER });
    const ss = ssAs(world, OWNER);
    const rule = createSpreadsheetApp(newExecution(world, { functionName: 't', user: OWNER }))
      .newDataValidation()
      .requireValueInList(['Sí', 'No'], true)
      .setAllowInvalid(false)
      .build();
    ss.getSheets()[0].getRange('C2:C10').setDataValidation(rule);
    const e = errorOf(() => userEdit(world, 'Hoja 1!C3', 'Tal vez', ASISTENTE));
    expect(e.message).toBe('Los datos que ingresaste en la celda C3 infringen las reglas de validación de datos establecidas en esta celda.');
    expect(e.code).toBe('INVALID_INPUT');
    expect(userEdit(world, 'Hoja 1!C3', 'Sí', ASISTENTE).value).toBe('Sí');
    expect(userEdit(world, 'Hoja 1!C3', '', ASISTENTE).value).toBe('');
    // A script write is not checked against the rule.
    ss.getSheets()[0].getRange('C4').setValue('Tal vez');
    expect(ss.getSheets()[0].getRange('C4').getValue()).toBe('Tal vez');
  });

  test('a rule that allows invalid data only warns: the value is stored', () => {
    const world = newWorld({ owner: OWNER });
    const app = createSpreadsheetApp(newExecution(world, { functionName: 't', user: OWNER }));
    app.getActive().getSheets()[0].getRange('C2').setDataValidation(app.newDataValidation().requireValueInList(['a']).build());
    expect(userEdit(world, 'C2', 'b', ASISTENTE).value).toBe('b');
  });

  test('unknown sheet or a block instead of one cell: clear codes', () => {
    const world = newWorld({ owner: OWNER });
    expect(errorOf(() => userEdit(world, 'Nada!A1', 'x', OWNER)).code).toBe('NO_SHEET');
    expect(errorOf(() => userEdit(world, 'Hoja 1!A1:B2', 'x', OWNER)).code).toBe('BAD_RANGE');
  });
});

/** SpreadsheetApp.ProtectionType members, as the fake exposes them. */
function SpreadsheetAppProtection(name: 'RANGE' | 'SHEET'): GoogleAppsScript.Spreadsheet.ProtectionType {
  const app = createSpreadsheetApp(newExecution(newWorld({ owner: OWNER }), { functionName: 't', user: OWNER }));
  return app.ProtectionType[name];
}
