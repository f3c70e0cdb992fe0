// The Apps Script implementation of every port (src/app/shared/ports.ts); lazy: building it calls no service.
import type { Lock, Ports, PropertyStore, Workbook } from '../app/shared/index';
import { type Cell, toCell } from '../domain/cell';
import { bytesFingerprint } from '../domain/fingerprint';
import { fetchAll } from './http';
import { writeMonthSheet } from './month-sheet';
import { ensureRows, withShortDocumentLock } from './sheet-rows';
import { secretProperties } from './secret-store';
import { sha256Hex, sign, verify, verifyMany } from './signing';
import { gasDocs } from './docs.gas';
import { Table } from './table';
import { ensureTriggers } from './triggers';
import { repairConfigSheet, repairDataSheet } from './workbook-format';
import { applyProtections } from './workbook-protections';
import { setupStamp } from './workbook-stamp';

function store(p: GoogleAppsScript.Properties.Properties): PropertyStore {
  return {
    get: (k) => p.getProperty(k),
    getAll: () => p.getProperties(),
    set: (k, v) => {
      p.setProperty(k, v);
    },
    setAll: (values) => {
      p.setProperties(values);
    },
    delete: (k) => {
      p.deleteProperty(k);
    },
  };
}

function lockOf(l: GoogleAppsScript.Lock.Lock): Lock {
  return {
    tryLock: (ms) => l.tryLock(ms),
    waitLock: (ms) => l.waitLock(ms),
    release: () => l.releaseLock(),
  };
}

/** Link to the workbook, to one of its sheets and optionally one row (for e-mails); '' when the sheet is missing. */
const linkTo: Workbook['linkTo'] = (name, row, ss) => {
  const book = ss ?? SpreadsheetApp.getActiveSpreadsheet();
  if (!name) return book.getUrl();
  const sheet = book.getSheetByName(name);
  if (!sheet) return '';
  return `${book.getUrl()}#gid=${sheet.getSheetId()}${row ? `&range=A${row}` : ''}`;
};

/** Deletes the named sheets that are empty (never the only sheet); returns the names deleted. */
function removeEmptySheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (!sheet || ss.getNumSheets() <= 1) continue;
    if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) continue;
    ss.deleteSheet(sheet);
    out.push(name);
  }
  return out;
}

/** The Workbook port over SpreadsheetApp and the Table adapter. */
/** All values of a sheet (header included), or null when the sheet is missing. */
function readValues(name: string, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): Cell[][] | null {
  const sheet = (ss ?? SpreadsheetApp.getActiveSpreadsheet()).getSheetByName(name);
  return sheet ? (sheet.getDataRange().getValues() as Cell[][]) : null;
}

function workbookPort(): Workbook {
  return {
    active: () => SpreadsheetApp.getActiveSpreadsheet(),
    openTable: (key, ss) => Table.open(key, ss),
    tryOpenTable: (key, ss) => Table.tryOpen(key, ss),
    readValues,
    appendRows: (name, rows, width, ss) => {
      const book = ss ?? SpreadsheetApp.getActiveSpreadsheet();
      const sheet = book.getSheetByName(name);
      if (!sheet) return false;
      const values = rows.map((r) => r.map(toCell));
      // The last row is found and written after inside one short document lock: concurrent appends never overlap.
      withShortDocumentLock(() => {
        const last = sheet.getLastRow();
        ensureRows(sheet, last + values.length, last);
        sheet.getRange(last + 1, 1, values.length, width).setValues(values);
      });
      return true;
    },
    ownerEmail: (ss) => {
      const o = ss.getOwner();
      return o ? o.getEmail().toLowerCase() : '';
    },
    flush: () => SpreadsheetApp.flush(),
    toast: (ss, message, title, seconds) => ss.toast(message, title, seconds),
    setupStamp,
    linkTo,
    alignTimeZone: (ss) => {
      const antes = ss.getSpreadsheetTimeZone();
      const ahora = Session.getScriptTimeZone();
      if (antes === ahora) return null;
      ss.setSpreadsheetTimeZone(ahora);
      return { antes, ahora };
    },
    repairConfigSheet,
    repairDataSheet,
    maxRows: (sheet) => sheet.getMaxRows(),
    applyProtections,
    writeMonthSheet,
    removeEmptySheets,
    // ---- Edit guard (authorization review) ----
    readHeader: (key, ss) => Table.readHeader(key, ss),
    openTableRows: (key, firstRow, lastRow, ss) => Table.openRows(key, firstRow, lastRow, ss),
    setRangeValue: (range, value) => {
      range.setValue(value);
    },
  };
}

export function gasPorts(): Ports {
  return {
    workbook: workbookPort(),
    signer: { sign, verify, sha256Hex, verifyMany },
    identity: {
      activeEmail: () => Session.getActiveUser().getEmail(),
      effectiveEmail: () => Session.getEffectiveUser().getEmail(),
    },
    props: {
      script: () => store(PropertiesService.getScriptProperties()),
      document: () => store(PropertiesService.getDocumentProperties()),
      secrets: () => store(secretProperties()),
    },
    locks: {
      script: () => lockOf(LockService.getScriptLock()),
      document: () => {
        const l = LockService.getDocumentLock();
        return l ? lockOf(l) : null;
      },
      shortDocument: (f) => withShortDocumentLock(f),
    },
    mailer: {
      send: (m) => MailApp.sendEmail(m),
      remainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
    },
    http: { fetchAll },
    drive: {
      image: (fileId) => {
        const file = DriveApp.getFileById(fileId);
        const blob = file.getBlob();
        return { blob, name: file.getName(), mimeType: blob.getContentType() ?? '', size: file.getSize(), url: file.getUrl() };
      },
      contentHash: (fileId) => bytesFingerprint(DriveApp.getFileById(fileId).getBlob().getBytes()),
      thumbnail: (fileId) => {
        const t = DriveApp.getFileById(fileId).getThumbnail();
        if (!t) return null;
        return { mimeType: t.getContentType() ?? 'image/png', base64: Utilities.base64Encode(t.getBytes()) };
      },
    },
    clock: { sleep: (ms) => Utilities.sleep(ms) },
    triggers: { ensure: (roleUsers) => ensureTriggers(roleUsers) },
    docs: gasDocs,
  };
}
