// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, recorded in the execution's UiRecord; replies come from exec.answers.
import type { UiAlert } from '../../execution';
import { FAKE_TYPE } from '../../meter';
import { BUTTON, BUTTON_SET, type ButtonName, type ButtonSetName, SELF, type SheetsContext, unwrap } from './common';
import { GAS_MESSAGES, gasError } from './model';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;
type GasButton = GoogleAppsScript.Base.Button;
type GasButtonSet = GoogleAppsScript.Base.ButtonSet;
type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** The title Sheets gives the add-on's menu (Extensiones › Difusión ICM). */
export const ADDON_MENU_TITLE = 'Difusión ICM';

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

function normalize(answer: string): string {
  return answer
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const WORDS: Record<string, ButtonName> = {
  yes: 'YES',
  si: 'YES',
  no: 'NO',
  ok: 'OK',
  aceptar: 'OK',
  cancel: 'CANCEL',
  cancelar: 'CANCEL',
  '!cancel': 'CANCEL',
  close: 'CLOSE',
  cerrar: 'CLOSE',
  '!close': 'CLOSE',
  '!no': 'NO',
};

/** The button an --answer presses on an alert: yes/sí/si, no, ok, cancel… (none left: the user closed it). */
export function alertButton(answer: string | undefined, set: ButtonSetName): ButtonName {
  if (answer === undefined) return 'CLOSE';
  const b = WORDS[normalize(answer)];
  if (b === 'CLOSE') return b;
  if (b !== undefined && BUTTONS_OF[set].includes(b)) return b;
  if (set === 'OK') return 'OK';
  throw new Error(`La respuesta "${answer}" no corresponde a ningún botón del diálogo (${BUTTONS_OF[set].join(', ')}).`);
}

/** What an --answer does to a prompt: the text typed and OK; '!cancel' / '!no' / '!close' press that button instead. */
export function promptReply(answer: string | undefined, set: ButtonSetName): { button: ButtonName; text: string } {
  if (answer === undefined) return { button: 'CLOSE', text: '' };
  const special: Record<string, ButtonName> = { '!cancel': 'CANCEL', '!no': 'NO', '!close': 'CLOSE' };
  const b = special[answer.trim().toLowerCase()];
  if (b !== undefined) return { button: b, text: '' };
  return { button: BUTTONS_OF[set].includes('OK') ? 'OK' : 'YES', text: answer };
}

function buttonSetName(v: unknown): ButtonSetName | null {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(BUTTON_SET, v) ? (v as ButtonSetName) : null;
}

/** alert/prompt arguments: (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(kind: string, a: unknown, b: unknown, c: unknown): { title: string; prompt: string; buttons: ButtonSetName } {
  if (c !== undefined) {
    const set = buttonSetName(c);
    if (!set) throw gasError(GAS_MESSAGES.signature(`Ui.${kind}`));
    return { title: String(a), prompt: String(b), buttons: set };
  }
  if (b !== undefined) {
    const set = buttonSetName(b);
    if (!set) throw gasError(GAS_MESSAGES.signature(`Ui.${kind}`));
    return { title: '', prompt: String(a), buttons: set };
  }
  return { title: '', prompt: String(a), buttons: 'OK' };
}

export class PromptResponseFake implements GoogleAppsScript.Base.PromptResponse {
  readonly [FAKE_TYPE] = 'PromptResponse';

  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GasButton {
    return BUTTON[this.button] as unknown as GasButton;
  }
}

type MenuEntry = { label: string; functionName: string } | { sub: MenuFake };

export class MenuFake implements GasMenu {
  readonly [FAKE_TYPE] = 'Menu';
  readonly [SELF] = this;
  private readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ctx: SheetsContext,
    readonly title: string,
  ) {}

  addItem(caption: string, functionName: string): GasMenu {
    this.entries.push({ label: String(caption), functionName: String(functionName) });
    return this;
  }

  /** Separators are drawn, not recorded as items. */
  addSeparator(): GasMenu {
    return this;
  }

  addSubMenu(menu: GasMenu): GasMenu {
    const sub = unwrap<MenuFake>(menu, 'Menu');
    if (!sub) throw gasError(GAS_MESSAGES.signature('Menu.addSubMenu'));
    this.entries.push({ sub });
    return this;
  }

  /** Items in order; a submenu's items are listed as "Submenú > Elemento". */
  items(prefix = ''): Array<{ label: string; functionName: string }> {
    const out: Array<{ label: string; functionName: string }> = [];
    for (const e of this.entries) {
      if ('sub' in e) out.push(...e.sub.items(prefix + e.sub.title + ' > '));
      else out.push({ label: prefix + e.label, functionName: e.functionName });
    }
    return out;
  }

  /** Records the menu in ui.menus (a menu with the same title is replaced, as rebuilding it in Sheets does). */
  addToUi(): void {
    const menus = this.ctx.exec.ui.menus;
    const record = { title: this.title, items: this.items() };
    const at = menus.findIndex((m) => m.title === this.title);
    if (at >= 0) menus[at] = record;
    else menus.push(record);
  }
}

function htmlOf(output: GasHtmlOutput): { title: string; html: string } {
  const o = output as unknown as { getContent?: () => unknown; getTitle?: () => unknown };
  if (!o || typeof o.getContent !== 'function') throw gasError(GAS_MESSAGES.signature('Ui.showSidebar'));
  const title = typeof o.getTitle === 'function' ? o.getTitle() : '';
  return { title: title === undefined || title === null ? '' : String(title), html: String(o.getContent()) };
}

/** https://developers.google.com/apps-script/reference/base/ui */
export class UiFake implements Omit<GasUi, 'showDialog'> {
  readonly [FAKE_TYPE] = 'Ui';
  readonly Button = BUTTON as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = BUTTON_SET as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(private readonly ctx: SheetsContext) {}

  createAddonMenu(): GasMenu {
    return new MenuFake(this.ctx, ADDON_MENU_TITLE);
  }

  createMenu(caption: string): GasMenu {
    return new MenuFake(this.ctx, String(caption));
  }

  private record(kind: UiAlert['kind'], args: { title: string; prompt: string; buttons: ButtonSetName }, answer: UiAlert['answer']): void {
    this.ctx.exec.ui.alerts.push({ kind, title: args.title, prompt: args.prompt, buttons: args.buttons, answer });
  }

  alert(a: string, b?: string | GasButtonSet, c?: GasButtonSet): GasButton {
    const args = dialogArgs('alert', a, b, c);
    const button = alertButton(this.ctx.exec.answers.shift(), args.buttons);
    this.record('alert', args, { button, text: '' });
    return BUTTON[button] as unknown as GasButton;
  }

  prompt(a: string, b?: string | GasButtonSet, c?: GasButtonSet): GoogleAppsScript.Base.PromptResponse {
    const args = dialogArgs('prompt', a, b, c);
    const reply = promptReply(this.ctx.exec.answers.shift(), args.buttons);
    this.record('prompt', args, reply);
    return new PromptResponseFake(reply.button, reply.text);
  }

  showSidebar(userInterface: GasHtmlOutput): void {
    this.ctx.exec.ui.sidebars.push(htmlOf(userInterface));
  }

  showModalDialog(userInterface: GasHtmlOutput, title: string): void {
    const { html } = htmlOf(userInterface);
    this.ctx.exec.ui.dialogs.push({ title: String(title), html, modal: true });
  }

  showModelessDialog(userInterface: GasHtmlOutput, title: string): void {
    const { html } = htmlOf(userInterface);
    this.ctx.exec.ui.dialogs.push({ title: String(title), html, modal: false });
  }
}

/** getUi() — not available to time-driven triggers (Apps Script: "Cannot call SpreadsheetApp.getUi() from this context."). */
export function createUi(ctx: SheetsContext): GasUi {
  const uid = ctx.exec.triggerUid;
  if (uid !== undefined) {
    const t = ctx.exec.world.triggers.find((x) => x.uid === uid);
    if (t && t.eventType === 'CLOCK') throw gasError(GAS_MESSAGES.noUi);
  }
  return new UiFake(ctx) as unknown as GasUi;
}
