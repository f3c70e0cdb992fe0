// Each fake behaviour corrected against Google's Apps Script reference (and gas-fakes' recordings of live Apps Script).
import { newExecution } from '../../local/execution';
import { createGlobals } from '../../local/globals';
import { dateSerial, eventValues } from '../../local/runtime';
import { identityVisible, newWorld, type WorldState } from '../../local/world';

const OWNER = 'titular@icm.gob.mx';
type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
};

function globals(opts: { simpleTrigger?: boolean; world?: WorldState } = {}): G {
  const world = opts.world ?? newWorld({ owner: OWNER });
  return createGlobals(newExecution(world, { functionName: 't', user: OWNER, simpleTrigger: opts.simpleTrigger })) as unknown as G;
}

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('simple triggers (https://developers.google.com/apps-script/guides/triggers#restrictions)', () => {
  test('services that need authorization throw Apps Script\'s permission Exception', () => {
    const g = globals({ simpleTrigger: true });
    const cases: Array<[() => unknown, string]> = [
      [() => g.MailApp.sendEmail(OWNER, 's', 'b'), 'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail'],
      [() => g.MailApp.getRemainingDailyQuota(), 'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail'],
      [() => g.UrlFetchApp.fetch('https://api.x.com/2/users/me'), 'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request'],
      [() => g.ScriptApp.newTrigger('tick'), 'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp'],
      [() => g.ScriptApp.getProjectTriggers(), 'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp'],
      [() => g.DriveApp.getFileById('x'), 'You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive'],
      [() => g.DocumentApp.create('x'), 'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents'],
    ];
    for (const [f, message] of cases) {
      const e = thrown(f);
      expect([e.name, e.message]).toEqual(['Exception', message]);
    }
  });

  test('the bound spreadsheet, properties and enums stay available; outside a simple trigger mail works', () => {
    const g = globals({ simpleTrigger: true });
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Difusión ICM');
    expect(g.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
    expect(String(g.ScriptApp.AuthMode.LIMITED)).toBe('LIMITED');
    expect(globals().MailApp.getRemainingDailyQuota()).toBeGreaterThan(0);
  });
});

describe('identity (https://developers.google.com/apps-script/reference/base/session#getActiveUser())', () => {
  test('visible to the same person and within one Workspace domain; hidden across domains and between gmail.com accounts', () => {
    expect(identityVisible(OWNER, OWNER)).toBe(true);
    expect(identityVisible(OWNER, 'asistente@icm.gob.mx')).toBe(true);
    expect(identityVisible(OWNER, 'prensa@coahuila.gob.mx')).toBe(false);
    expect(identityVisible('ana@gmail.com', 'luis@gmail.com')).toBe(false);
    expect(identityVisible(OWNER, 'luis@gmail.com')).toBe(false);
    expect(identityVisible(OWNER, '')).toBe(false);
  });
});

describe('edit events (https://developers.google.com/apps-script/guides/triggers/events#edit)', () => {
  test('value and oldValue are strings; a date is its serial number in the spreadsheet time zone; empty ones are absent', () => {
    const d = new Date(Date.UTC(2026, 11, 1, 16, 0)); // 10:00 in Monterrey
    const ev = eventValues({ value: 42, oldValue: d }, 'America/Monterrey');
    expect([ev.value, typeof ev.oldValue]).toEqual(['42', 'string']);
    expect(Number(ev.oldValue)).toBeCloseTo(46357 + 10 / 24, 8);
    expect(eventValues({ value: true, oldValue: undefined }, 'America/Monterrey')).toEqual({ value: 'TRUE' });
    expect(eventValues({ value: '', oldValue: 'Autorizado' }, 'America/Monterrey')).toEqual({ oldValue: 'Autorizado' });
    expect(dateSerial(d, 'Europe/Madrid')).toBeCloseTo(46357 + 17 / 24, 8);
  });
});

describe('Sheets', () => {
  test('Sheet.clear() clears contents and formats but keeps notes', () => {
    const g = globals();
    const sh = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sh.getRange('B2').setValue('x').setNote('nota').setBackground('#ff0000');
    sh.clear();
    expect([sh.getRange('B2').getValue(), sh.getRange('B2').getNote(), sh.getRange('B2').getBackground()]).toEqual(['', 'nota', '#ffffff']);
  });

  test('open ranges keep their A1 form', () => {
    const sh = globals().SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(sh.getRange('D:F').getA1Notation()).toBe('D:F');
    expect(sh.getRange('5:7').getA1Notation()).toBe('5:7');
    expect(sh.getRange('d2:d').getA1Notation()).toBe('D2:D');
    expect(sh.getRange('D:F').getNumRows()).toBe(1000);
    expect(sh.getRange('D2:F4').getA1Notation()).toBe('D2:F4');
  });

  test("a whole-sheet protection's range spans the grid and reports no A1 notation", () => {
    const sh = globals().SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const r = sh.protect().getRange();
    expect([r.getA1Notation(), r.getNumRows(), r.getNumColumns()]).toEqual(['', 1000, 26]);
  });
});

describe('Utilities and Lock', () => {
  test('digests and signatures of a string without charset encode it as US-ASCII; base64Encode uses UTF-8', () => {
    const u = globals().Utilities;
    const sha = (v: string, cs?: GoogleAppsScript.Utilities.Charset) =>
      cs === undefined ? u.computeDigest(u.DigestAlgorithm.SHA_256, v) : u.computeDigest(u.DigestAlgorithm.SHA_256, v, cs);
    expect(sha('Sí')).toEqual(sha('S?'));
    expect(sha('Sí', u.Charset.UTF_8)).not.toEqual(sha('S?'));
    expect(u.computeHmacSha256Signature('é', 'k')).toEqual(u.computeHmacSha256Signature('?', 'k'));
    expect(u.base64Encode('é')).toBe('w6k=');
  });

  test('newBlob(text) is text/plain; a blob of bytes has no content type', () => {
    const u = globals().Utilities;
    expect(u.newBlob('hola').getContentType()).toBe('text/plain');
    expect(u.newBlob([104, 111]).getContentType()).toBeNull();
    expect(u.newBlob('x', 'application/json').getContentType()).toBe('application/json');
  });

  test('negative lock timeouts fail; service errors are Exceptions', () => {
    const l = globals().LockService;
    for (const f of [() => l.getScriptLock().tryLock(-1), () => l.getDocumentLock().waitLock(-5)]) {
      const e = thrown(f);
      expect([e.name, e.message]).toEqual(['Exception', 'Invalid argument: timeoutInMillis']);
    }
    expect(thrown(() => globals().Utilities.sleep(-1)).name).toBe('Exception');
  });
});
