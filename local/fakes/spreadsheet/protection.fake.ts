// Protected ranges and sheets (https://developers.google.com/apps-script/reference/spreadsheet/protection), stored in world.spreadsheet.protections.
import { FAKE_TYPE } from '../../meter';
import { emailOf, PROTECTION_TYPE, SELF, type SheetsContext, SheetsUser, scriptUser, stateOf, unwrap } from './common';
import type { RangeFake } from './range.fake';
import { canEditProtection, GAS_MESSAGES, gasError, gridBox, type ProtectionRecord, sheetById } from './model';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export class ProtectionFake
  implements
    Pick<
      GasProtection,
      | 'addEditor'
      | 'addEditors'
      | 'canDomainEdit'
      | 'canEdit'
      | 'getDescription'
      | 'getEditors'
      | 'getProtectionType'
      | 'getRange'
      | 'getUnprotectedRanges'
      | 'isWarningOnly'
      | 'remove'
      | 'removeEditor'
      | 'removeEditors'
      | 'setDescription'
      | 'setDomainEdit'
      | 'setUnprotectedRanges'
      | 'setWarningOnly'
    >
{
  readonly [FAKE_TYPE] = 'Protection';
  readonly [SELF] = this;

  constructor(
    private readonly ctx: SheetsContext,
    readonly id: number,
  ) {}

  private state(): ProtectionRecord {
    const p = stateOf(this.ctx).protections.find((x) => x.id === this.id);
    if (!p) throw gasError(GAS_MESSAGES.protectionRemoved);
    return p;
  }

  /** Changing a protection needs permission to edit it, as in Sheets. */
  private editable(): ProtectionRecord {
    const p = this.state();
    if (!canEditProtection(stateOf(this.ctx), { ...p, warningOnly: false }, scriptUser(this.ctx))) {
      throw gasError(GAS_MESSAGES.protected);
    }
    return p;
  }

  private self(): GasProtection {
    return protectionApi(this);
  }

  addEditor(who: string | GoogleAppsScript.Base.User): GasProtection {
    return this.addEditors([emailOf(who)]);
  }

  addEditors(emailAddresses: string[]): GasProtection {
    const p = this.editable();
    for (const e of Array.from(emailAddresses, emailOf)) if (e && !p.editors.includes(e)) p.editors.push(e);
    return this.self();
  }

  canDomainEdit(): boolean {
    return this.state().domainEdit;
  }

  canEdit(): boolean {
    const p = this.state();
    return canEditProtection(stateOf(this.ctx), { ...p, warningOnly: false }, scriptUser(this.ctx));
  }

  getDescription(): string {
    return this.state().description;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this.state().editors.map((e) => new SheetsUser(e) as GoogleAppsScript.Base.User);
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    const t = this.state().kind === 'sheet' ? PROTECTION_TYPE.SHEET : PROTECTION_TYPE.RANGE;
    return t as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getRange(): GasRange {
    const p = this.state();
    // A whole-sheet protection's range spans the grid and has no A1 notation ('').
    if (p.kind === 'sheet') return this.ctx.make.range(p.sheetId, gridBox(sheetById(stateOf(this.ctx), p.sheetId)), '');
    return this.ctx.make.range(p.sheetId, { r0: p.r0, c0: p.c0, r1: p.r1, c1: p.c1 });
  }

  getUnprotectedRanges(): GasRange[] {
    const p = this.state();
    return (p.unprotected ?? []).map((u) => this.ctx.make.range(p.sheetId, { ...u }));
  }

  isWarningOnly(): boolean {
    return this.state().warningOnly;
  }

  remove(): void {
    this.editable();
    const ss = stateOf(this.ctx);
    ss.protections = ss.protections.filter((x) => x.id !== this.id);
  }

  removeEditor(who: string | GoogleAppsScript.Base.User): GasProtection {
    return this.removeEditors([emailOf(who)]);
  }

  /** "Neither the owner of the spreadsheet nor the current user can be removed": those are silently kept. */
  removeEditors(who: Array<string | GoogleAppsScript.Base.User>): GasProtection {
    const p = this.editable();
    const keep = new Set([stateOf(this.ctx).owner.toLowerCase(), scriptUser(this.ctx)]);
    const gone = new Set(Array.from(who, emailOf).filter((e) => !keep.has(e)));
    p.editors = p.editors.filter((e) => !gone.has(e));
    return this.self();
  }

  setDescription(description: string): GasProtection {
    this.editable().description = String(description);
    return this.self();
  }

  setDomainEdit(editable: boolean): GasProtection {
    this.editable().domainEdit = editable === true;
    return this.self();
  }

  setUnprotectedRanges(ranges: GasRange[]): GasProtection {
    const p = this.editable();
    if (p.kind !== 'sheet') throw gasError('Unprotected ranges can only be set on a protected sheet.');
    p.unprotected = Array.from(ranges, (r) => {
      const fake = unwrap<RangeFake>(r, 'Range');
      if (!fake || fake.sheetId !== p.sheetId) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.");
      return { ...fake.box };
    });
    return this.self();
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.editable().warningOnly = warningOnly === true;
    return this.self();
  }
}

export function protectionApi(p: ProtectionFake): GasProtection {
  return p as unknown as GasProtection;
}
