// The emulator: runs the bundle's functions as a given user at a given time, types into cells, and advances the clock firing triggers.
import { type AuthMode, type Execution, ExecutionKilled, newExecution, type UiRecord } from './execution';
import { loadBundle, intoRealm } from './loader';
import { metered } from './meter';
import { type CellValue, identityVisible, type MeterState, newWorld, loadWorld, saveWorld, type WorldState } from './world';
import { createSpreadsheetApp, userEdit, dumpSheet } from './fakes/spreadsheet/app.fake';
import { dueClockTriggers, advanceTrigger, installableTriggers } from './fakes/script.fake';
import { releaseLocksOf } from './fakes/lock.fake';
import { shareAddOnProject } from './fakes/properties.fake';
import { registerDefaultEndpoints } from './endpoints/index';
import { userPaste } from './host-edits';
import { wallClockMs } from './fakes/zone';

export interface RunOptions {
  /** Who runs it (Session.getEffectiveUser); default: the spreadsheet owner. */
  as?: string;
  /** Session.getActiveUser(); default: same as `as`. Use '' for a user whose e-mail Apps Script hides. */
  activeUser?: string;
  /** Set the emulated clock to this time first (ISO text, ms or Date). */
  at?: string | number | Date;
  /** Replies to prompts and alerts, in order. */
  answers?: string[];
  authMode?: AuthMode;
  triggerUid?: string;
  /** Run as a simple trigger (default: onOpen, onEdit and onInstall when no installable trigger runs them). */
  simpleTrigger?: boolean;
  /** An event object to pass as the only argument (host objects, not copied). */
  event?: Record<string, unknown>;
}

/** The cell or block an edit touched (what onEdit's e.range covers). */
interface EditedBlock {
  sheetName: string;
  row: number;
  col: number;
  numRows?: number;
  numCols?: number;
}

export interface RunResult {
  functionName: string;
  user: string;
  result: unknown;
  ui: UiRecord;
  meter: MeterState;
  logs: string[];
  /** Set when the function threw: its message and code (AppError) if any. */
  error?: { message: string; code?: string };
  /** True when an injected crash killed the execution. */
  killed?: boolean;
}

/** Thrown by Emulator.call when the function failed; carries the run's record. */
export class RunError extends Error {
  constructor(readonly run: RunResult) {
    super(run.error ? run.error.message : 'error');
    this.name = 'RunError';
  }
}

export function parseTime(t: string | number | Date): number {
  if (typeof t === 'number') return t;
  if (t instanceof Date) return t.getTime();
  // A bare local date-time (no zone) is read in America/Monterrey, the script's time zone (UTC−6 all year).
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t.trim());
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
    return Date.UTC(+y, +mo - 1, +d, +h + 6, +mi, +s);
  }
  const ms = Date.parse(t);
  if (isNaN(ms)) throw new Error(`Fecha y hora no válida: «${t}». Use el formato 2026-12-01T10:00.`);
  return ms;
}

function errorInfo(e: unknown): { message: string; code?: string } {
  if (typeof e === 'object' && e !== null) {
    const o = e as { message?: unknown; code?: unknown };
    return { message: typeof o.message === 'string' ? o.message : String(e), code: typeof o.code === 'string' ? o.code : undefined };
  }
  return { message: String(e) };
}

/** Copies a value out of the bundle's realm into plain host data (Dates kept). */
function plain(v: unknown): unknown {
  if (v === undefined || v === null) return v ?? null;
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (typeof x !== 'function') out[k] = plain(x);
    return out;
  }
  return v;
}

export class Emulator {
  /** Every run since this Emulator was created (tests inspect them). */
  readonly runs: RunResult[] = [];
  private static readonly observers: Array<(e: Emulator) => void> = [];

  /** Calls `fn` with every Emulator created from now on (the test suite's secret scan uses it). */
  static onCreate(fn: (e: Emulator) => void): void {
    Emulator.observers.push(fn);
  }

  constructor(
    readonly world: WorldState,
    readonly distDir?: string,
  ) {
    registerDefaultEndpoints();
    for (const fn of Emulator.observers) fn(this);
  }

  /** A new world whose spreadsheet belongs to `owner`, with the add-on installed (onInstall as the owner). */
  static create(opts: {
    owner: string; now?: string | number | Date; distDir?: string; mailDailyLimit?: number; name?: string; sameAddOnAs?: Emulator;
  }): Emulator {
    const world = newWorld({
      owner: opts.owner,
      now: opts.now === undefined ? undefined : parseTime(opts.now),
      mailDailyLimit: opts.mailDailyLimit,
      name: opts.name,
    });
    // Another workbook of the same published add-on: Script and User Properties are the project's, shared.
    if (opts.sameAddOnAs) shareAddOnProject(opts.sameAddOnAs.world, world);
    const emu = new Emulator(world, opts.distDir);
    emu.run('onInstall', [], { as: world.owner, event: { authMode: 'FULL' } });
    return emu;
  }

  static load(dataDir: string, distDir?: string): Emulator | null {
    const w = loadWorld(dataDir);
    return w ? new Emulator(w, distDir) : null;
  }

  save(dataDir: string): void {
    saveWorld(dataDir, this.world);
  }

  get now(): Date {
    return new Date(this.world.now);
  }

  /** Runs a top-level function of the bundle; never throws for the function's own errors (see RunResult.error). */
  run(functionName: string, args: unknown[] = [], opts: RunOptions = {}): RunResult {
    if (opts.at !== undefined) this.world.now = parseTime(opts.at);
    const user = (opts.as ?? this.world.owner).toLowerCase();
    const exec = newExecution(this.world, {
      functionName,
      user,
      activeUser: opts.activeUser,
      authMode: opts.authMode,
      triggerUid: opts.triggerUid,
      simpleTrigger: opts.simpleTrigger ?? (opts.triggerUid === undefined && SIMPLE_TRIGGERS.includes(functionName)),
      answers: opts.answers,
      distDir: this.distDir,
    });
    let result: unknown = null;
    let error: RunResult['error'];
    let killed = false;
    try {
      const bundle = loadBundle(exec);
      const callArgs = opts.event ? [this.eventFor(exec, opts.event)] : (intoRealm(bundle.context, args) as unknown[]);
      result = plain(bundle.call(functionName, callArgs));
    } catch (e) {
      if (e instanceof ExecutionKilled) killed = true;
      error = errorInfo(e);
    } finally {
      releaseLocksOf(this.world, exec.id);
    }
    return this.record(exec, result, error, killed);
  }

  /** Like run, but returns the function's result and throws RunError when it failed. */
  call(functionName: string, args: unknown[] = [], opts: RunOptions = {}): unknown {
    const r = this.run(functionName, args, opts);
    if (r.error) throw new RunError(r);
    return r.result;
  }

  /**
   * A person typing VALUE into a cell ('Hoja!A1'): protections and validations are enforced as in Sheets (throws
   * with code PROTECTED / INVALID_INPUT), then the simple onEdit and every installable onEdit trigger fire.
   * The editor's e-mail reaches the script (e.user, Session.getActiveUser) only where Apps Script shows it
   * (identityVisible: same person or same Workspace domain); `hideUser` hides it in any case.
   */
  edit(a1: string, value: string, opts: { as?: string; hideUser?: boolean } = {}): RunResult[] {
    const user = (opts.as ?? this.world.owner).toLowerCase();
    const change = userEdit(this.world, a1, value, user);
    return this.fireEdit(user, eventValues(change, this.world.spreadsheet.timeZone), change, opts.hideUser);
  }

  /**
   * A person pasting a block of cells with its top-left at `a1` (refused whole, like Sheets, when any cell is protected
   * against them); onEdit fires once for the whole block, whose event has no value or oldValue (several cells).
   */
  paste(a1: string, rows: string[][], opts: { as?: string } = {}): RunResult[] {
    const user = (opts.as ?? this.world.owner).toLowerCase();
    const p = userPaste(this.world, a1, rows, user);
    const single = p.numRows === 1 && p.numCols === 1;
    return this.fireEdit(user, single ? { value: rows[0][0] } : {}, p, false);
  }

  /** The simple onEdit (LIMITED) and every installable onEdit trigger for one edit, each with its owner's view of who edited. */
  private fireEdit(user: string, values: Record<string, unknown>, cell: EditedBlock, hideUser?: boolean): RunResult[] {
    const runs: RunResult[] = [];
    const seenBy = (owner: string): string => (!hideUser && identityVisible(owner, user) ? user : '');
    const event = (authMode: AuthMode, visible: string): Record<string, unknown> => ({
      authMode,
      ...values,
      user: { email: visible, nickname: visible.split('@')[0] },
      __cell: cell,
    });
    // Simple trigger: runs as the editing user in LIMITED mode, with the script owner's view of who edited.
    const simple = seenBy(this.world.owner);
    runs.push(this.run('onEdit', [], { as: user, activeUser: simple, authMode: 'LIMITED', event: event('LIMITED', simple) }));
    for (const t of installableTriggers(this.world, 'ON_EDIT')) {
      const visible = seenBy(t.owner);
      runs.push(this.run(t.handler, [], { as: t.owner, activeUser: visible, authMode: 'FULL', triggerUid: t.uid, event: { ...event('FULL', visible), triggerUid: t.uid } }));
    }
    return runs;
  }

  /** Advances the emulated clock to `to`, firing every due time-driven trigger in order as its owner. */
  clockTo(to: string | number | Date): RunResult[] {
    const target = parseTime(to);
    if (target < this.world.now) {
      throw new Error(`El reloj no puede retroceder: ahora es ${localIso(this.world.now)} (hora de Monterrey).`);
    }
    const runs: RunResult[] = [];
    for (let guard = 0; guard < 100000; guard++) {
      const due = dueClockTriggers(this.world, target)[0];
      if (!due || due.nextRun === undefined) break;
      this.world.now = Math.max(this.world.now, due.nextRun);
      advanceTrigger(this.world, due.uid);
      const d = new Date(this.world.now);
      runs.push(
        this.run(due.handler, [], {
          as: due.owner,
          authMode: 'FULL',
          triggerUid: due.uid,
          event: { authMode: 'FULL', triggerUid: due.uid, year: d.getFullYear(), month: d.getMonth() + 1, 'day-of-month': d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds(), timezone: this.world.timeZone },
        }),
      );
    }
    this.world.now = target;
    return runs;
  }

  dump(sheetName: string): ReturnType<typeof dumpSheet> {
    return dumpSheet(this.world, sheetName);
  }

  /** Values of a sheet (header included) as getValues would return them; [] when the sheet does not exist. */
  values(sheetName: string): CellValue[][] {
    const d = dumpSheet(this.world, sheetName);
    return d ? d.values : [];
  }

  private eventFor(exec: Execution, event: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = { ...event };
    const cell = event.__cell as { sheetName: string; row: number; col: number; numRows?: number; numCols?: number } | undefined;
    delete out.__cell;
    if (exec.authMode === 'NONE') return out; // No spreadsheet access before the add-on is enabled in the file.
    const ss = createSpreadsheetApp(exec).getActiveSpreadsheet();
    if (cell) {
      const sheet = ss.getSheetByName(cell.sheetName);
      if (sheet) out.range = metered(sheet.getRange(cell.row, cell.col, cell.numRows ?? 1, cell.numCols ?? 1), 'Range', exec.meter);
    }
    const u = event.user as { email: string; nickname: string } | undefined;
    if (u) out.user = { getEmail: () => u.email, getNickname: () => u.nickname, toString: () => u.nickname };
    out.source = metered(ss, 'Spreadsheet', exec.meter);
    return out;
  }

  private record(exec: Execution, result: unknown, error: RunResult['error'], killed: boolean): RunResult {
    exec.meter.endedAt = Date.now();
    const meter: MeterState = {
      functionName: exec.functionName,
      user: exec.effectiveUser,
      at: this.world.now,
      wallMs: exec.meter.wallMs(),
      counts: { ...exec.meter.counts },
      total: exec.meter.total(),
      rowsRead: exec.meter.rowsRead(),
    };
    this.world.lastMeter = meter;
    const run: RunResult = {
      functionName: exec.functionName, user: exec.effectiveUser, result, ui: exec.ui, meter, logs: exec.log, error, killed: killed || undefined,
    };
    this.runs.push(run);
    return run;
  }
}

/** yyyy-MM-dd HH:mm in the process time zone (America/Monterrey for the CLI and tests). */
function localIso(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => (n < 10 ? '0' : '') + n;
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Functions Apps Script runs as simple triggers when they are not the handler of an installable trigger. */
const SIMPLE_TRIGGERS = ['onOpen', 'onEdit', 'onInstall', 'onSelectionChange'];

/**
 * e.value / e.oldValue as Apps Script gives them: strings (numbers as text, TRUE/FALSE, a date as its serial number in
 * the spreadsheet's time zone); oldValue absent for an empty cell, value absent when the cell was cleared.
 */
export function eventValues(change: { value: CellValue; oldValue: CellValue | undefined }, timeZone: string): { value?: string; oldValue?: string } {
  const out: { value?: string; oldValue?: string } = {};
  if (change.value !== '') out.value = eventText(change.value, timeZone);
  if (change.oldValue !== undefined && change.oldValue !== '') out.oldValue = eventText(change.oldValue, timeZone);
  return out;
}

function eventText(v: CellValue, timeZone: string): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return String(dateSerial(v, timeZone));
  return String(v);
}

/** Sheets' serial number of a date-time (days since 30 Dec 1899) as its wall-clock reads in `timeZone`. */
export function dateSerial(d: Date, timeZone: string): number {
  const wall = wallClockMs(d.getTime(), timeZone);
  const days = (wall - Date.UTC(1899, 11, 30)) / 86400000;
  return Math.round(days * 1e10) / 1e10;
}
