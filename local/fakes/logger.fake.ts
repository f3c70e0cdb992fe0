// Logger and console fakes: lines go to the execution's log (prefixed with the level) and to world.logs (last 500).
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';

type GasLogger = GoogleAppsScript.Base.Logger;

/** How many lines world.logs keeps. */
export const WORLD_LOG_LIMIT = 500;

export type LogLevel = 'INFO' | 'WARNING' | 'ERROR';

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'object') {
    // Errors from the bundle's realm fail instanceof: recognise them by shape.
    const e = v as { name?: unknown; message?: unknown; stack?: unknown };
    if (typeof e.message === 'string' && typeof e.name === 'string') {
      return typeof e.stack === 'string' ? e.stack : `${e.name}: ${e.message}`;
    }
    if (typeof (v as Date).toISOString === 'function' && typeof (v as Date).getTime === 'function') {
      return isNaN((v as Date).getTime()) ? 'Invalid Date' : String(v);
    }
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

/** printf-style substitution as console.log does it: %s %d %i %f %o %O %j %%; extra arguments are appended. */
export function formatLog(first: unknown, rest: unknown[]): string {
  if (typeof first !== 'string') return [first, ...rest].map(show).join(' ');
  let i = 0;
  const text = first.replace(/%[sdifoOj%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= rest.length) return m;
    const v = rest[i++];
    if (m === '%d' || m === '%i') return String(m === '%i' ? Math.trunc(Number(v)) : Number(v));
    if (m === '%f') return String(Number(v));
    return show(v);
  });
  const extra = rest.slice(i).map(show);
  return extra.length ? [text, ...extra].join(' ') : text;
}

/** Appends one line to the execution's log and to world.logs (timestamped with the emulated clock). */
export function writeLog(exec: Execution, level: LogLevel, message: string): void {
  const line = `${level}: ${message}`;
  exec.log.push(line);
  const logs = exec.world.logs;
  logs.push(`${new Date(exec.world.now).toISOString()} ${exec.functionName} ${line}`);
  if (logs.length > WORLD_LOG_LIMIT) logs.splice(0, logs.length - WORLD_LOG_LIMIT);
}

export class FakeLogger implements GasLogger {
  readonly [FAKE_TYPE] = 'Logger';
  /** Logger.getLog() returns only what Logger.log wrote in this execution. */
  private lines: string[] = [];

  constructor(private readonly exec: Execution) {}

  log(format: unknown, ...values: unknown[]): FakeLogger {
    const msg = formatLog(format, values);
    this.lines.push(msg);
    writeLog(this.exec, 'INFO', msg);
    return this;
  }

  getLog(): string {
    return this.lines.join('\n');
  }

  clear(): void {
    this.lines = [];
  }
}

/** The V8 `console` of Apps Script (Cloud Logging): log and info are Info, warn is Warning, error is Error. */
export class FakeConsole {
  private timers: Record<string, number> = {};

  constructor(private readonly exec: Execution) {}

  log(formatOrObject?: unknown, ...values: unknown[]): void {
    writeLog(this.exec, 'INFO', formatLog(formatOrObject ?? '', values));
  }

  info(formatOrObject?: unknown, ...values: unknown[]): void {
    writeLog(this.exec, 'INFO', formatLog(formatOrObject ?? '', values));
  }

  warn(formatOrObject?: unknown, ...values: unknown[]): void {
    writeLog(this.exec, 'WARNING', formatLog(formatOrObject ?? '', values));
  }

  error(formatOrObject?: unknown, ...values: unknown[]): void {
    writeLog(this.exec, 'ERROR', formatLog(formatOrObject ?? '', values));
  }

  time(label: string): void {
    this.timers[String(label)] = this.exec.world.now;
  }

  timeEnd(label: string): void {
    const start = this.timers[String(label)];
    if (start === undefined) return;
    delete this.timers[String(label)];
    writeLog(this.exec, 'INFO', `${String(label)}: ${this.exec.world.now - start}ms`);
  }
}

export function createLogger(exec: Execution): FakeLogger {
  return new FakeLogger(exec);
}

export function createConsole(exec: Execution): FakeConsole {
  return new FakeConsole(exec);
}
