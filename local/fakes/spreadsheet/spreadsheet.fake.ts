// Spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet): sheets, editors, named ranges, toasts, protections.
import { FAKE_TYPE } from '../../meter';
import type { SheetState, SpreadsheetState } from '../../world';
import { a1ToBounds } from './a1';
import { emailOf, SELF, type SheetsContext, SheetsUser, scriptUser, stateOf, unwrap } from './common';
import { blockingProtection, GAS_MESSAGES, gasError, gridBox, nameTaken, newSheetState, sheetByName } from './model';
import type { RangeFake } from './range.fake';
import { activeSheetState, protectionsOf } from './records';
import type { SheetFake } from './sheet.fake';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type SheetOptions = { template?: GasSheet };

function defaultSheetName(ss: SpreadsheetState): string {
  for (let n = ss.sheets.length + 1; ; n++) {
    const name = `Hoja ${n}`;
    if (!nameTaken(ss, name)) return name;
  }
}

export class SpreadsheetFake
  implements
    Pick<
      GasSpreadsheet,
      | 'addEditor'
      | 'addEditors'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'getEditors'
      | 'getId'
      | 'getName'
      | 'getNumSheets'
      | 'getOwner'
      | 'getProtections'
      | 'getRange'
      | 'getRangeByName'
      | 'getSheetById'
      | 'getSheetByName'
      | 'getSheets'
      | 'getSpreadsheetLocale'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getUrl'
      | 'insertSheet'
      | 'moveActiveSheet'
      | 'removeEditor'
      | 'removeNamedRange'
      | 'rename'
      | 'setActiveSheet'
      | 'setNamedRange'
      | 'toast'
    >
{
  readonly [FAKE_TYPE] = 'Spreadsheet';
  readonly [SELF] = this;

  constructor(private readonly ctx: SheetsContext) {}

  private ss(): SpreadsheetState {
    return stateOf(this.ctx);
  }

  private sheet(s: SheetState): GasSheet {
    return this.ctx.make.sheet(s.id);
  }

  getId(): string {
    return this.ss().id;
  }

  getName(): string {
    return this.ss().name;
  }

  rename(newName: string): void {
    this.ss().name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ss().id}/edit`;
  }

  getOwner(): GoogleAppsScript.Base.User | null {
    return new SheetsUser(this.ss().owner);
  }

  /** The owner first, then the people the file is shared with for editing. */
  getEditors(): GoogleAppsScript.Base.User[] {
    const ss = this.ss();
    return [ss.owner, ...ss.editors.filter((e) => e !== ss.owner)].map((e) => new SheetsUser(e) as GoogleAppsScript.Base.User);
  }

  addEditor(who: string | GoogleAppsScript.Base.User): GasSpreadsheet {
    return this.addEditors([emailOf(who)]);
  }

  addEditors(emailAddresses: string[]): GasSpreadsheet {
    const ss = this.ss();
    for (const e of Array.from(emailAddresses, emailOf)) if (e && e !== ss.owner && !ss.editors.includes(e)) ss.editors.push(e);
    return spreadsheetApi(this);
  }

  removeEditor(who: string | GoogleAppsScript.Base.User): GasSpreadsheet {
    const ss = this.ss();
    const e = emailOf(who);
    ss.editors = ss.editors.filter((x) => x !== e);
    return spreadsheetApi(this);
  }

  getSpreadsheetTimeZone(): string {
    return this.ss().timeZone;
  }

  /** Sets the zone in which Sheets reads dates typed into cells (an IANA id, as Apps Script accepts). */
  setSpreadsheetTimeZone(timezone: string): void {
    const tz = String(timezone);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw gasError(`Invalid argument: timezone`);
    }
    this.ss().timeZone = tz;
  }

  getSpreadsheetLocale(): string {
    return this.ss().locale;
  }

  getSheets(): GasSheet[] {
    return this.ss().sheets.map((s) => this.sheet(s));
  }

  getNumSheets(): number {
    return this.ss().sheets.length;
  }

  /** null when no sheet has that name (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)). */
  getSheetByName(name: string): GasSheet | null {
    const s = sheetByName(this.ss(), String(name));
    return s ? this.sheet(s) : null;
  }

  getSheetById(id: number): GasSheet | null {
    const s = this.ss().sheets.find((x) => x.id === id);
    return s ? this.sheet(s) : null;
  }

  getActiveSheet(): GasSheet {
    return this.sheet(activeSheetState(this.ss()));
  }

  setActiveSheet(sheet: GasSheet, _restoreSelection?: boolean): GasSheet {
    const fake = unwrap<SheetFake>(sheet, 'Sheet');
    if (!fake) throw gasError(GAS_MESSAGES.signature('SpreadsheetApp.Spreadsheet.setActiveSheet'));
    const s = this.ss().sheets.find((x) => x.id === fake.sheetId);
    if (!s) throw gasError(GAS_MESSAGES.sheetDeleted);
    s.hidden = false;
    this.ss().activeSheetId = s.id;
    return this.sheet(s);
  }

  /** Moves the active sheet to 1-based position `pos`. */
  moveActiveSheet(pos: number): void {
    const ss = this.ss();
    const active = activeSheetState(ss);
    if (pos < 1 || pos > ss.sheets.length) throw gasError(GAS_MESSAGES.outOfBounds);
    ss.sheets = ss.sheets.filter((s) => s !== active);
    ss.sheets.splice(pos - 1, 0, active);
  }

  /**
   * insertSheet([name][, index][, {template}]): a new 1000 × 26 sheet (index is 0-based; default: after the active
   * sheet) that becomes the active sheet; a taken name throws Apps Script's error
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)).
   */
  insertSheet(a?: string | number | SheetOptions, b?: number | SheetOptions, c?: SheetOptions): GasSheet {
    const ss = this.ss();
    const args = [a, b, c].filter((x) => x !== undefined);
    let name: string | undefined;
    let index: number | undefined;
    let options: SheetOptions | undefined;
    for (const arg of args) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg;
    }
    if (name !== undefined && nameTaken(ss, name)) throw gasError(GAS_MESSAGES.sheetExists(name));
    const sheet = newSheetState(ss.nextId++, name ?? defaultSheetName(ss));
    if (options?.template) {
      const tpl = unwrap<SheetFake>(options.template, 'Sheet');
      const src = tpl ? ss.sheets.find((s) => s.id === tpl.sheetId) : undefined;
      if (!src) throw gasError(GAS_MESSAGES.signature('SpreadsheetApp.Spreadsheet.insertSheet'));
      const copy = structuredClone(src);
      Object.assign(sheet, { ...copy, id: sheet.id, name: sheet.name, hidden: false });
    }
    const at = index === undefined ? ss.sheets.indexOf(activeSheetState(ss)) + 1 : Math.max(0, Math.min(index, ss.sheets.length));
    ss.sheets.splice(at, 0, sheet);
    ss.activeSheetId = sheet.id;
    return this.sheet(sheet);
  }

  /** Deletes a sheet with its protections and named ranges; the last visible sheet cannot go. */
  deleteSheet(sheet: GasSheet): void {
    const fake = unwrap<SheetFake>(sheet, 'Sheet');
    if (!fake) throw gasError(GAS_MESSAGES.signature('SpreadsheetApp.Spreadsheet.deleteSheet'));
    const ss = this.ss();
    const s = ss.sheets.find((x) => x.id === fake.sheetId);
    if (!s) throw gasError(GAS_MESSAGES.sheetDeleted);
    if (ss.sheets.filter((x) => x !== s && !x.hidden).length === 0) throw gasError(GAS_MESSAGES.deleteAllSheets);
    if (blockingProtection(ss, s, gridBox(s), scriptUser(this.ctx))) throw gasError(GAS_MESSAGES.protected);
    const at = ss.sheets.indexOf(s);
    ss.sheets.splice(at, 1);
    ss.protections = ss.protections.filter((p) => p.sheetId !== s.id);
    if (ss.namedRanges) ss.namedRanges = ss.namedRanges.filter((n) => n.sheetId !== s.id);
    if (ss.activeSheetId === s.id) {
      const next = ss.sheets.slice(Math.max(0, at - 1)).find((x) => !x.hidden) ?? ss.sheets.find((x) => !x.hidden) ?? ss.sheets[0];
      ss.activeSheetId = next.id;
    }
  }

  /** 'Hoja!A1:B2' (without a sheet name: the active sheet). */
  getRange(a1Notation: string): GasRange {
    const ss = this.ss();
    const text = String(a1Notation);
    const probe = a1ToBounds(text, 1, 1);
    const sheet = probe?.sheetName !== undefined ? sheetByName(ss, probe.sheetName) : activeSheetState(ss);
    if (!sheet) throw gasError(GAS_MESSAGES.rangeNotFound);
    const b = a1ToBounds(text, sheet.maxRows, sheet.maxCols);
    if (!b) throw gasError(GAS_MESSAGES.rangeNotFound);
    if (b.r1 >= sheet.maxRows || b.c1 >= sheet.maxCols) throw gasError(GAS_MESSAGES.outOfBounds);
    return this.ctx.make.range(sheet.id, { r0: b.r0, c0: b.c0, r1: b.r1, c1: b.c1 }, b.open);
  }

  getRangeByName(name: string): GasRange | null {
    const n = (this.ss().namedRanges ?? []).find((x) => x.name === name);
    return n ? this.ctx.make.range(n.sheetId, { r0: n.r0, c0: n.c0, r1: n.r1, c1: n.c1 }) : null;
  }

  setNamedRange(name: string, range: GasRange): void {
    const fake = unwrap<RangeFake>(range, 'Range');
    if (!fake) throw gasError(GAS_MESSAGES.signature('SpreadsheetApp.Spreadsheet.setNamedRange'));
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw gasError(`Invalid name: ${name}`);
    const ss = this.ss();
    const list = (ss.namedRanges ?? []).filter((x) => x.name !== name);
    list.push({ name, sheetId: fake.sheetId, ...fake.box });
    ss.namedRanges = list;
  }

  removeNamedRange(name: string): void {
    const ss = this.ss();
    ss.namedRanges = (ss.namedRanges ?? []).filter((x) => x.name !== name);
  }

  /** Recorded in the execution's ui.toasts (default timeout 5 s, as in Apps Script). */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.exec.ui.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : Number(timeoutSeconds),
    });
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return protectionsOf(this.ctx, type);
  }
}

export function spreadsheetApi(s: SpreadsheetFake): GasSpreadsheet {
  return s as unknown as GasSpreadsheet;
}
