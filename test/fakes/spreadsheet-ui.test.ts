// Pins SpreadsheetApp.getUi() in the fake (https://developers.google.com/apps-script/reference/base/ui): menus, alerts, prompts with --answer replies, sidebars, dialogs.
import { newWorld } from '../../local/world';
import { newExecution, type Execution } from '../../local/execution';
import { createSpreadsheetApp } from '../../local/fakes/spreadsheet/app.fake';

const OWNER = 'duena@example.org';

function setup(answers: string[] = []): { exec: Execution; ui: GoogleAppsScript.Base.Ui } {
  const world = newWorld({ owner: OWNER });
  const exec = newExecution(world, { functionName: 't', user: OWNER, answers });
  return { exec, ui: createSpreadsheetApp(exec).getUi() };
}

/** A stand-in for the HtmlService fake's HtmlOutput: only getContent and getTitle are used. */
function html(content: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  return { getContent: () => content, getTitle: () => title } as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

describe('Ui menus (https://developers.google.com/apps-script/reference/base/menu)', () => {
  test('createAddonMenu().addItem(…).addToUi() records the add-on menu; separators are not items; submenus are flattened', () => {
    const { exec, ui } = setup();
    ui.createAddonMenu()
      .addItem('Abrir panel', 'abrirPanel')
      .addSeparator()
      .addItem('Configurar', 'configurar')
      .addSubMenu(ui.createMenu('Avanzado').addItem('Publicar ahora', 'publicarAhora'))
      .addToUi();
    expect(exec.ui.menus).toEqual([
      {
        title: 'Difusión ICM',
        items: [
          { label: 'Abrir panel', functionName: 'abrirPanel' },
          { label: 'Configurar', functionName: 'configurar' },
          { label: 'Avanzado > Publicar ahora', functionName: 'publicarAhora' },
        ],
      },
    ]);
  });

  test('building the same menu again replaces it; createMenu(title) uses its title', () => {
    const { exec, ui } = setup();
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    ui.createAddonMenu().addItem('B', 'b').addToUi();
    ui.createMenu('Otro').addItem('C', 'c').addToUi();
    expect(exec.ui.menus.map((m) => [m.title, m.items.map((i) => i.functionName)])).toEqual([
      ['Difusión ICM', ['b']],
      ['Otro', ['c']],
    ]);
  });
});

describe('Ui alerts and prompts: replies come from exec.answers, in order', () => {
  test('alert YES_NO: sí → YES, no → NO; no answer left = the user closed it (CLOSE)', () => {
    const { exec, ui } = setup(['sí', 'no']);
    expect(ui.alert('Confirmar', '¿Publicar?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Confirmar', '¿Publicar?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Confirmar', '¿Publicar?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
    expect(exec.ui.alerts).toHaveLength(3);
    expect(exec.ui.alerts[0]).toEqual({ kind: 'alert', title: 'Confirmar', prompt: '¿Publicar?', buttons: 'YES_NO', answer: { button: 'YES', text: '' } });
    expect(exec.ui.alerts[2].answer.button).toBe('CLOSE');
  });

  test('alert(prompt) has an OK button; "si"/"yes" also mean YES; an answer matching no button is an error', () => {
    const { ui } = setup(['ok', 'yes', 'si', 'quizá']);
    expect(ui.alert('Hecho')).toBe(ui.Button.OK);
    expect(ui.alert('¿Seguro?', ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.YES);
    expect(ui.alert('¿Seguro?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(() => ui.alert('¿Seguro?', ui.ButtonSet.YES_NO)).toThrow('no corresponde a ningún botón');
  });

  test('prompt: the answer is the typed text with OK; "!cancel" presses CANCEL; none left → CLOSE and ""', () => {
    const { exec, ui } = setup(['titular@example.org', '!cancel']);
    const r1 = ui.prompt('Titular', 'Correo de la Titular:', ui.ButtonSet.OK_CANCEL);
    expect(r1.getSelectedButton()).toBe(ui.Button.OK);
    expect(r1.getResponseText()).toBe('titular@example.org');
    const r2 = ui.prompt('Correo:', ui.ButtonSet.OK_CANCEL);
    expect(r2.getSelectedButton()).toBe(ui.Button.CANCEL);
    const r3 = ui.prompt('Correo:');
    expect(r3.getSelectedButton()).toBe(ui.Button.CLOSE);
    expect(r3.getResponseText()).toBe('');
    expect(exec.ui.alerts.map((a) => [a.kind, a.title, a.prompt, a.buttons, a.answer.button, a.answer.text])).toEqual([
      ['prompt', 'Titular', 'Correo de la Titular:', 'OK_CANCEL', 'OK', 'titular@example.org'],
      ['prompt', '', 'Correo:', 'OK_CANCEL', 'CANCEL', ''],
      ['prompt', '', 'Correo:', 'OK', 'CLOSE', ''],
    ]);
    expect(exec.answers).toEqual([]);
  });

  test('enum members print as their names', () => {
    const { ui } = setup();
    expect(String(ui.Button.YES)).toBe('YES');
    expect(String(ui.ButtonSet.OK_CANCEL)).toBe('OK_CANCEL');
  });
});

describe('Ui sidebars and dialogs', () => {
  test('showSidebar / showModalDialog / showModelessDialog record title and HTML', () => {
    const { exec, ui } = setup();
    ui.showSidebar(html('<p>Panel</p>', 'Difusión ICM'));
    ui.showModalDialog(html('<form></form>', 'ignorado'), 'Credenciales');
    ui.showModelessDialog(html('<p>x</p>', ''), 'Vista');
    expect(exec.ui.sidebars).toEqual([{ title: 'Difusión ICM', html: '<p>Panel</p>' }]);
    expect(exec.ui.dialogs).toEqual([
      { title: 'Credenciales', html: '<form></form>', modal: true },
      { title: 'Vista', html: '<p>x</p>', modal: false },
    ]);
  });

  test('AuthMode.NONE (https://developers.google.com/apps-script/reference/script/auth-mode): the add-on menu works, the spreadsheet does not', () => {
    const world = newWorld({ owner: OWNER });
    const exec = newExecution(world, { functionName: 'onOpen', user: OWNER, authMode: 'NONE' });
    const app = createSpreadsheetApp(exec);
    app.getUi().createAddonMenu().addItem('Abrir panel', 'abrirPanel').addToUi();
    expect(exec.ui.menus[0].items).toEqual([{ label: 'Abrir panel', functionName: 'abrirPanel' }]);
    expect(() => app.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
  });

  test('getUi() from a time-driven trigger throws as in Apps Script', () => {
    const world = newWorld({ owner: OWNER });
    world.triggers.push({ uid: 't1', handler: 'tick', eventType: 'CLOCK', owner: OWNER, addon: true, everyMs: 3600000, nextRun: 0 });
    const exec = newExecution(world, { functionName: 'tick', user: OWNER, triggerUid: 't1' });
    expect(() => createSpreadsheetApp(exec).getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
