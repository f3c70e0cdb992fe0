// Builds the global object of one emulated execution: every fake service, metered, plus a Date bound to the emulated clock.
import type { Execution } from './execution';
import { noPermission, SCOPE } from './fakes/exception';
import { metered } from './meter';
import type { WorldState } from './world';
import { createSpreadsheetApp } from './fakes/spreadsheet/app.fake';
import { createPropertiesService } from './fakes/properties.fake';
import { createCacheService } from './fakes/cache.fake';
import { createLockService } from './fakes/lock.fake';
import { createSession } from './fakes/session.fake';
import { createScriptApp } from './fakes/script.fake';
import { createUtilities } from './fakes/utilities.fake';
import { createLogger, createConsole } from './fakes/logger.fake';
import { createHtmlService } from './fakes/html.fake';
import { createUrlFetchApp } from './fakes/urlfetch.fake';
import { createMailApp } from './fakes/mail.fake';
import { createDriveApp } from './fakes/drive.fake';
import { createDocumentApp } from './fakes/document.fake';
import { CHARTS } from './fakes/spreadsheet/chart.fake';

/**
 * A Date constructor whose `new Date()` and `Date.now()` read the emulated clock. It shares the host's
 * Date.prototype, so Dates made by the fakes and by the bundle are the same kind of object.
 */
export function emulatedDate(world: WorldState): DateConstructor {
  const Real = Date;
  function EmuDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new Real(world.now).toString();
    if (args.length === 0) return new Real(world.now);
    return new (Real as unknown as new (...a: unknown[]) => Date)(...args);
  }
  EmuDate.prototype = Real.prototype;
  const D = EmuDate as unknown as DateConstructor & Record<string, unknown>;
  D.now = () => world.now;
  D.UTC = Real.UTC;
  D.parse = Real.parse;
  return D;
}

/** ScriptApp methods that need the script.scriptapp scope (trigger management). */
const TRIGGER_METHODS = ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger', 'getScriptTriggers'];

/**
 * In a simple trigger, a service that needs authorization throws Apps Script's "You do not have permission to call …"
 * on every method (or on the listed ones); outside simple triggers the service is returned as it is.
 */
export function restricted<T extends object>(exec: Execution, service: keyof typeof SCOPE, target: T, only?: string[]): T {
  if (!exec.simpleTrigger) return target;
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value: unknown = Reflect.get(t, prop, receiver);
      if (typeof value !== 'function' || typeof prop === 'symbol' || (only && !only.includes(prop))) return value;
      return () => {
        throw noPermission(service, prop);
      };
    },
  });
}

/** The Apps Script globals for one execution. Only these exist inside the bundle's context. */
export function createGlobals(exec: Execution): Record<string, unknown> {
  const m = exec.meter;
  return {
    SpreadsheetApp: metered(createSpreadsheetApp(exec), 'SpreadsheetApp', m),
    PropertiesService: metered(createPropertiesService(exec), 'PropertiesService', m),
    CacheService: metered(createCacheService(exec), 'CacheService', m),
    LockService: metered(createLockService(exec), 'LockService', m),
    Session: metered(createSession(exec), 'Session', m),
    ScriptApp: metered(restricted(exec, 'ScriptApp', createScriptApp(exec), TRIGGER_METHODS), 'ScriptApp', m),
    Utilities: metered(createUtilities(exec), 'Utilities', m),
    Logger: metered(createLogger(exec), 'Logger', m),
    HtmlService: metered(createHtmlService(exec), 'HtmlService', m),
    UrlFetchApp: metered(restricted(exec, 'UrlFetchApp', createUrlFetchApp(exec)), 'UrlFetchApp', m),
    MailApp: metered(restricted(exec, 'MailApp', createMailApp(exec)), 'MailApp', m),
    DriveApp: metered(restricted(exec, 'DriveApp', createDriveApp(exec)), 'DriveApp', m),
    DocumentApp: metered(restricted(exec, 'DocumentApp', createDocumentApp(exec)), 'DocumentApp', m),
    Charts: CHARTS,
    console: createConsole(exec),
    Date: emulatedDate(exec.world),
  };
}
