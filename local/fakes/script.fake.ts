// ScriptApp fake: installable triggers stored in world.triggers with the editor add-on limits, auth info, enums.
import { gasException } from './exception';
import * as crypto from 'crypto';
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import type { TriggerState, WorldState } from '../world';
import { zonedParts, zonedToEpoch } from './utilities.fake';

type GasScriptApp = GoogleAppsScript.Script.ScriptApp;
type GasTrigger = GoogleAppsScript.Script.Trigger;
type GasTriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type GasClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type GasSpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
type GasEventType = GoogleAppsScript.Script.EventType;
type GasTriggerSource = GoogleAppsScript.Script.TriggerSource;
type GasAuthMode = GoogleAppsScript.Script.AuthMode;
type GasAuthorizationStatus = GoogleAppsScript.Script.AuthorizationStatus;
type GasWeekday = GoogleAppsScript.Base.Weekday;

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** guides/services/quotas: 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;

// Error texts. TOO_MANY_CLOCK is Apps Script's own text for the editor add-on rule; the others follow its wording.
export const ADDON_TOO_FREQUENT = 'Add-ons may not create time-based triggers more frequently than once per hour.';
export const ADDON_TOO_MANY_CLOCK =
  'This add-on has created too many time-based triggers in this document for this Google Account user';
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ADDON_OTHER_DOCUMENT = 'Add-ons can only create triggers for the document in which the add-on is used.';

function enumOf<K extends string>(...names: K[]): { readonly [P in K]: P } {
  const o = {} as { [P in K]: P };
  for (const n of names) o[n] = n;
  return Object.freeze(o);
}

export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
export const EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const InstallationSource = enumOf('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');
export const WeekDay = enumOf('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');

const EVENT_WORDS: Record<TriggerState['eventType'], string> = {
  CLOCK: 'time-based',
  ON_EDIT: 'edit',
  ON_OPEN: 'open',
  ON_CHANGE: 'change',
};

// ---------------------------------------------------------------------------------------------------------------
// Host helpers used by the runtime.

/** Time-driven triggers due at or before `untilMs`, earliest first. */
export function dueClockTriggers(world: WorldState, untilMs: number): TriggerState[] {
  return world.triggers
    .filter((t) => t.eventType === 'CLOCK' && t.nextRun !== undefined && t.nextRun <= untilMs)
    .sort((a, b) => (a.nextRun ?? 0) - (b.nextRun ?? 0));
}

/** After a firing: a recurring trigger moves on by its period; a one-off trigger (no period) is removed. */
export function advanceTrigger(world: WorldState, uid: string): void {
  const t = world.triggers.find((x) => x.uid === uid);
  if (!t) return;
  if (t.everyMs && t.everyMs > 0) t.nextRun = (t.nextRun ?? world.now) + t.everyMs;
  else world.triggers = world.triggers.filter((x) => x.uid !== uid);
}

/** Installable triggers of one event type (e.g. every ON_EDIT trigger, whoever owns it). */
export function installableTriggers(world: WorldState, eventType: TriggerState['eventType']): TriggerState[] {
  return world.triggers.filter((t) => t.eventType === eventType);
}

function newTriggerUid(world: WorldState): string {
  world.uuidCounter = (world.uuidCounter ?? 0) + 1;
  const h = crypto.createHash('sha256').update(`${world.spreadsheet.id}|trigger|${world.uuidCounter}`).digest('hex');
  // Apps Script trigger ids are long decimal strings.
  return BigInt('0x' + h.slice(0, 15)).toString();
}

/** Validates the editor add-on rules (concepts/editor-triggers) and the per-script quota, then stores the trigger. */
function installTrigger(exec: Execution, t: Omit<TriggerState, 'uid' | 'owner' | 'addon'>): FakeTrigger {
  const w = exec.world;
  const owner = exec.effectiveUser;
  if (t.eventType === 'CLOCK' && t.everyMs !== undefined && t.everyMs < HOUR) throw gasException(ADDON_TOO_FREQUENT);
  const mine = w.triggers.filter((x) => x.owner === owner);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw gasException(TOO_MANY_TRIGGERS);
  if (mine.some((x) => x.addon && x.eventType === t.eventType)) {
    throw gasException(
      t.eventType === 'CLOCK'
        ? ADDON_TOO_MANY_CLOCK
        : `This add-on has created too many ${EVENT_WORDS[t.eventType]} triggers in this document for this Google Account user`,
    );
  }
  const state: TriggerState = { uid: newTriggerUid(w), owner, addon: true, ...t };
  w.triggers.push(state);
  return new FakeTrigger(state, w.spreadsheet.id);
}

// ---------------------------------------------------------------------------------------------------------------

export class FakeTrigger implements GasTrigger {
  readonly [FAKE_TYPE] = 'Trigger';

  constructor(
    readonly state: TriggerState,
    private readonly documentId: string,
  ) {}

  getEventType(): GasEventType {
    return this.state.eventType as unknown as GasEventType;
  }

  getHandlerFunction(): string {
    return this.state.handler;
  }

  getTriggerSource(): GasTriggerSource {
    return (this.state.eventType === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS) as unknown as GasTriggerSource;
  }

  /** The spreadsheet id for spreadsheet triggers; '' for time-driven ones. */
  getTriggerSourceId(): string {
    return this.state.eventType === 'CLOCK' ? '' : this.documentId;
  }

  getUniqueId(): string {
    return this.state.uid;
  }
}

function notEmulated(what: string): never {
  throw new Error(`${what} is not emulated.`);
}

export class FakeClockTriggerBuilder implements GasClockTriggerBuilder {
  readonly [FAKE_TYPE] = 'ClockTriggerBuilder';
  private everyMs: number | undefined;
  private unit: 'minutes' | 'hours' | 'days' | 'weeks' | 'once' | null = null;
  private hour: number | null = null;
  private minute: number | null = null;
  private weekday: number | null = null;
  private onceAt: number | null = null;
  private zone: string;

  constructor(
    private readonly exec: Execution,
    private readonly handler: string,
  ) {
    this.zone = exec.world.timeZone;
  }

  /** Apps Script accepts 1, 5, 10, 15 or 30; an add-on may not use any of them (less than an hour). */
  everyMinutes(n: number): FakeClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(Number(n))) throw gasException('The minutes interval must be 1, 5, 10, 15 or 30.');
    this.unit = 'minutes';
    this.everyMs = Number(n) * 60_000;
    return this;
  }

  everyHours(n: number): FakeClockTriggerBuilder {
    if (!(Number(n) > 0)) throw gasException('Invalid argument: hours');
    this.unit = 'hours';
    this.everyMs = Number(n) * HOUR;
    return this;
  }

  everyDays(n: number): FakeClockTriggerBuilder {
    if (!(Number(n) > 0)) throw gasException('Invalid argument: days');
    this.unit = 'days';
    this.everyMs = Number(n) * DAY;
    return this;
  }

  everyWeeks(n: number): FakeClockTriggerBuilder {
    if (!(Number(n) > 0)) throw gasException('Invalid argument: weeks');
    this.unit = 'weeks';
    this.everyMs = Number(n) * 7 * DAY;
    return this;
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    if (!(hour >= 0 && hour <= 23)) throw gasException('Invalid argument: hour');
    this.hour = Math.floor(hour);
    return this;
  }

  /** Apps Script fires within ±15 min of this minute; the emulator fires exactly on it. */
  nearMinute(minute: number): FakeClockTriggerBuilder {
    if (!(minute >= 0 && minute <= 59)) throw gasException('Invalid argument: minute');
    this.minute = Math.floor(minute);
    return this;
  }

  onWeekDay(day: GasWeekday): FakeClockTriggerBuilder {
    const i = (WeekDay as Record<string, string>)[String(day)] ? Object.keys(WeekDay).indexOf(String(day)) : -1;
    if (i < 0) throw gasException('Invalid argument: day');
    this.weekday = i;
    return this;
  }

  onMonthDay(_day: number): FakeClockTriggerBuilder {
    return notEmulated('ClockTriggerBuilder.onMonthDay');
  }

  inTimezone(timezone: string): FakeClockTriggerBuilder {
    this.zone = String(timezone);
    return this;
  }

  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    this.unit = 'once';
    this.everyMs = undefined;
    this.onceAt = this.exec.world.now + Math.max(0, Number(durationMilliseconds));
    return this;
  }

  at(date: Date): FakeClockTriggerBuilder {
    this.unit = 'once';
    this.everyMs = undefined;
    this.onceAt = date.getTime();
    return this;
  }

  atDate(year: number, month: number, day: number): FakeClockTriggerBuilder {
    this.unit = 'once';
    this.everyMs = undefined;
    this.onceAt = zonedToEpoch(this.zone, year, month, day);
    return this;
  }

  /** First firing: the next hour:minute (and weekday) in the zone after now for daily/weekly; now + period otherwise. */
  private firstRun(): number {
    const now = this.exec.world.now;
    if (this.unit === 'once') return this.onceAt ?? now;
    const period = this.everyMs ?? HOUR;
    if ((this.unit === 'days' || this.unit === 'weeks') && (this.hour !== null || this.weekday !== null)) {
      const p = zonedParts(now, this.zone);
      let t = zonedToEpoch(this.zone, p.year, p.month, p.day, this.hour ?? 0, this.minute ?? 0);
      for (let i = 0; i < 8 && (t <= now || (this.weekday !== null && zonedParts(t, this.zone).weekday !== this.weekday)); i++) {
        t += DAY;
      }
      return t;
    }
    if (this.unit === 'hours' && this.minute !== null) {
      const base = now - (now % HOUR) + this.minute * 60_000;
      return base + (base <= now ? period : period - HOUR);
    }
    return now + period;
  }

  create(): FakeTrigger {
    if (this.unit === null) throw gasException('The trigger must have a schedule (everyHours, everyDays, at, …).');
    return installTrigger(this.exec, {
      handler: this.handler,
      eventType: 'CLOCK',
      everyMs: this.everyMs,
      nextRun: this.firstRun(),
    });
  }
}

export class FakeSpreadsheetTriggerBuilder implements GasSpreadsheetTriggerBuilder {
  readonly [FAKE_TYPE] = 'SpreadsheetTriggerBuilder';
  private eventType: TriggerState['eventType'] | null = null;

  constructor(
    private readonly exec: Execution,
    private readonly handler: string,
  ) {}

  onEdit(): FakeSpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }

  onOpen(): FakeSpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }

  onChange(): FakeSpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    return notEmulated('SpreadsheetTriggerBuilder.onFormSubmit');
  }

  create(): FakeTrigger {
    if (!this.eventType) throw gasException('The trigger must have an event type (onEdit, onOpen or onChange).');
    return installTrigger(this.exec, { handler: this.handler, eventType: this.eventType });
  }
}

function idOf(container: unknown): string {
  if (typeof container === 'string') return container;
  if (container && typeof (container as { getId?: unknown }).getId === 'function') {
    return String((container as { getId(): unknown }).getId());
  }
  throw gasException('Invalid argument: spreadsheet');
}

export class FakeTriggerBuilder implements GasTriggerBuilder {
  readonly [FAKE_TYPE] = 'TriggerBuilder';

  constructor(
    private readonly exec: Execution,
    private readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.exec, this.handler);
  }

  /** An add-on may only create triggers for the document it is used in (concepts/editor-triggers). */
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): FakeSpreadsheetTriggerBuilder {
    if (idOf(sheet) !== this.exec.world.spreadsheet.id) throw gasException(ADDON_OTHER_DOCUMENT);
    return new FakeSpreadsheetTriggerBuilder(this.exec, this.handler);
  }

  forDocument(_document: GoogleAppsScript.Document.Document | string): never {
    return notEmulated('TriggerBuilder.forDocument');
  }

  forForm(_form: GoogleAppsScript.Forms.Form | string): never {
    return notEmulated('TriggerBuilder.forForm');
  }

  forUserCalendar(_emailId: string): never {
    return notEmulated('TriggerBuilder.forUserCalendar');
  }
}

class FakeAuthorizationInfo implements GoogleAppsScript.Script.AuthorizationInfo {
  readonly [FAKE_TYPE] = 'AuthorizationInfo';

  /** The emulator treats every scope as granted. */
  getAuthorizationStatus(): GasAuthorizationStatus {
    return AuthorizationStatus.NOT_REQUIRED as unknown as GasAuthorizationStatus;
  }

  getAuthorizationUrl(): string {
    return '';
  }
}

class FakeStateTokenBuilder implements GoogleAppsScript.Script.StateTokenBuilder {
  readonly [FAKE_TYPE] = 'StateTokenBuilder';
  private args: Record<string, string> = {};
  private method = '';
  private timeout = 60;

  createToken(): string {
    return Buffer.from(JSON.stringify({ m: this.method, a: this.args, t: this.timeout })).toString('base64url');
  }

  withArgument(name: string, value: string): FakeStateTokenBuilder {
    this.args[name] = value;
    return this;
  }

  withMethod(method: string): FakeStateTokenBuilder {
    this.method = method;
    return this;
  }

  withTimeout(seconds: number): FakeStateTokenBuilder {
    this.timeout = seconds;
    return this;
  }
}

export class FakeScriptApp implements GasScriptApp {
  readonly [FAKE_TYPE] = 'ScriptApp';
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly InstallationSource = InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(private readonly exec: Execution) {}

  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.exec, String(functionName));
  }

  /** The current user's triggers in this project (other users' triggers are invisible, as in Apps Script). */
  getProjectTriggers(): FakeTrigger[] {
    const w = this.exec.world;
    return w.triggers.filter((t) => t.owner === this.exec.effectiveUser).map((t) => new FakeTrigger(t, w.spreadsheet.id));
  }

  /** The current user's triggers for this spreadsheet (add-on time-driven triggers belong to the document too). */
  getUserTriggers(container: GoogleAppsScript.Spreadsheet.Spreadsheet | GoogleAppsScript.Document.Document | GoogleAppsScript.Forms.Form): FakeTrigger[] {
    if (idOf(container) !== this.exec.world.spreadsheet.id) return [];
    return this.getProjectTriggers();
  }

  /** Deletes one of the current user's triggers; an unknown or foreign trigger is ignored. */
  deleteTrigger(trigger: GasTrigger): void {
    const uid = String(trigger.getUniqueId());
    const w = this.exec.world;
    w.triggers = w.triggers.filter((t) => !(t.uid === uid && t.owner === this.exec.effectiveUser));
  }

  getAuthorizationInfo(_authMode: GasAuthMode): FakeAuthorizationInfo {
    return new FakeAuthorizationInfo();
  }

  getScriptId(): string {
    const h = crypto.createHash('sha256').update(`script|${this.exec.world.spreadsheet.id}`).digest('base64url');
    return '1' + h.slice(0, 56);
  }

  /** @deprecated in Apps Script. */
  getProjectKey(): string {
    return this.getScriptId();
  }

  /** @deprecated in Apps Script. */
  getScriptTriggers(): FakeTrigger[] {
    return this.getProjectTriggers();
  }

  getIdentityToken(): string {
    return '';
  }

  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return InstallationSource.NONE as unknown as GoogleAppsScript.Script.InstallationSource;
  }

  /** An opaque placeholder: the emulated endpoints never see Google OAuth tokens. */
  getOAuthToken(): string {
    return 'emulated-oauth-token';
  }

  getService(): never {
    return notEmulated('ScriptApp.getService');
  }

  invalidateAuth(): void {
    /* nothing to invalidate in the emulator */
  }

  newStateToken(): FakeStateTokenBuilder {
    return new FakeStateTokenBuilder();
  }

  requireAllScopes(_authMode: GasAuthMode): void {
    /* every scope is granted in the emulator */
  }

  requireScopes(_authMode: GasAuthMode, _oAuthScopes: string[]): void {
    /* every scope is granted in the emulator */
  }
}

export function createScriptApp(exec: Execution): FakeScriptApp {
  return new FakeScriptApp(exec);
}
