// One emulated Apps Script execution: who runs it, in which auth mode, what the user saw, and the meter of service calls.
import * as path from 'path';
import type { WorldState } from './world';

export const DEFAULT_DIST = path.resolve(__dirname, '..', 'dist');

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface UiMenu {
  title: string;
  items: Array<{ label: string; functionName: string }>;
}

export interface UiAlert {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  /** The button pressed (OK, CANCEL, YES, NO, CLOSE) and, for prompts, the text typed. */
  answer: { button: string; text: string };
}

export interface UiRecord {
  menus: UiMenu[];
  toasts: Array<{ message: string; title: string; timeoutSeconds: number }>;
  alerts: UiAlert[];
  sidebars: Array<{ title: string; html: string }>;
  dialogs: Array<{ title: string; html: string; modal: boolean }>;
}

export function emptyUi(): UiRecord {
  return { menus: [], toasts: [], alerts: [], sidebars: [], dialogs: [] };
}

/** Counts every call into a fake service, per "Service.method", for one execution. */
export class Meter {
  readonly counts: Record<string, number> = {};
  /** Per sheet name: the row spans (0-based, inclusive) that reads (getValues, getValue, getNotes, …) returned. */
  private readonly spans: Record<string, Array<[number, number]>> = {};
  readonly startedAt = Date.now();
  endedAt = 0;

  count(method: string): void {
    this.counts[method] = (this.counts[method] ?? 0) + 1;
  }

  read(sheetName: string, r0: number, r1: number): void {
    (this.spans[sheetName] ??= []).push([r0, r1]);
  }

  /** Per sheet: how many distinct rows (header included) the execution read — what it actually saw. */
  rowsRead(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, spans] of Object.entries(this.spans)) {
      const sorted = [...spans].sort((a, b) => a[0] - b[0]);
      let n = 0;
      let end = -1;
      for (const [a, b] of sorted) {
        if (b <= end) continue;
        n += b - Math.max(a, end + 1) + 1;
        end = b;
      }
      out[name] = n;
    }
    return out;
  }

  total(prefix?: string): number {
    let n = 0;
    for (const [k, v] of Object.entries(this.counts)) if (!prefix || k.startsWith(prefix)) n += v;
    return n;
  }

  wallMs(): number {
    return (this.endedAt || Date.now()) - this.startedAt;
  }
}

/** Thrown inside the bundle to emulate the execution dying at that line (a crash fault). */
export class ExecutionKilled extends Error {
  constructor(reason: string) {
    super('Ejecución interrumpida — ' + reason);
    this.name = 'ExecutionKilled';
  }
}

export interface Execution {
  id: string;
  world: WorldState;
  functionName: string;
  /** Session.getActiveUser(): '' where Apps Script hides it (e.g. simple triggers for other domains). */
  activeUser: string;
  /** Session.getEffectiveUser(): whom the script runs as. */
  effectiveUser: string;
  authMode: AuthMode;
  /** Set when a trigger runs the function. */
  triggerUid?: string;
  /** onOpen / onEdit / onInstall run as simple triggers: no service that needs authorization (mail, fetch, triggers, Drive, Docs). */
  simpleTrigger: boolean;
  meter: Meter;
  ui: UiRecord;
  /** Replies, in order, to prompts and alerts (`--answer`); none left = the user closed the dialog. */
  answers: string[];
  /** Lines written through Logger.log and console.*. */
  log: string[];
  /** Folder of the built project (dist/): HtmlService reads its .html files from here. */
  distDir: string;
}

let executionCounter = 0;

export interface ExecutionOptions {
  functionName: string;
  user: string;
  activeUser?: string;
  authMode?: AuthMode;
  triggerUid?: string;
  simpleTrigger?: boolean;
  answers?: string[];
  distDir?: string;
}

export function newExecution(world: WorldState, opts: ExecutionOptions): Execution {
  executionCounter += 1;
  world.executions += 1;
  world.endpoints.callsThisExecution = 0;
  const user = opts.user.toLowerCase();
  return {
    id: `exec-${world.executions}-${executionCounter}`,
    world,
    functionName: opts.functionName,
    activeUser: (opts.activeUser ?? user).toLowerCase(),
    effectiveUser: user,
    authMode: opts.authMode ?? 'FULL',
    triggerUid: opts.triggerUid,
    simpleTrigger: opts.simpleTrigger === true,
    meter: new Meter(),
    ui: emptyUi(),
    answers: [...(opts.answers ?? [])],
    log: [],
    distDir: opts.distDir ?? DEFAULT_DIST,
  };
}
