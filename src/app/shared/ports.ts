// The ports: every service the use cases need from the outside world, installed once per execution by the entry-point layer.
import type { Cell } from '../../domain/cell';
import type { HEADERS, HeaderKey } from '../../domain/schema';
import type { HttpRequest, HttpResponse, PostImage } from '../publishing/index';
import type { BlobHandle, Docs } from './docs.port';

/** The spreadsheet and sheet handles are opaque to the use cases: they only pass them back to the Workbook port. */
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type SheetHandle = GoogleAppsScript.Spreadsheet.Sheet;
/** A range an edit event names (the edit guard only passes it back to the Workbook port). */
export type RangeHandle = GoogleAppsScript.Spreadsheet.Range;

/** A header text of one sheet. */
export type HeaderOf<K extends HeaderKey> = (typeof HEADERS)[K][number];

/**
 * One sheet held in memory, read once. `rows` are the data rows (header excluded); row i lives on sheet row i + 2.
 * Columns are found by header text. Changes are written by `flush` (one write per changed block).
 */
export interface SheetTable<K extends HeaderKey> {
  readonly key: K;
  readonly rows: Cell[][];
  /** Zero-based column of a header; COLUMN_MISSING (Spanish) when the sheet lacks it. */
  colOf(header: HeaderOf<K>): number;
  has(header: HeaderOf<K>): boolean;
  get(i: number, header: HeaderOf<K>): Cell;
  /** Sets a value in memory (escaped on flush); unchanged values are not rewritten. */
  set(i: number, header: HeaderOf<K>, value: Cell | null | undefined): void;
  /** Adds a row (written by flush); returns its index in `rows`. */
  append(record: Partial<Record<HeaderOf<K>, Cell>>): number;
  /** Index of the first row whose column equals value (compared as trimmed text), or -1. */
  find(header: HeaderOf<K>, value: string): number;
  /** Sheet row number (1-based) of data row i. */
  sheetRow(i: number): number;
  pendingWrites(): number;
  flush(): void;
  /** The sheet's last column with content (one service call). */
  lastColumn(): number;
  /** Grows the grid so sheet row `lastNeeded` (1-based) exists, inside the ranges that reach the last row. */
  ensureRows(lastNeeded: number): void;
  /** Writes full-width rows at sheet row `firstRow`, one write per run of columns not in `skip`; values escaped. */
  writeRowsSkipping(firstRow: number, rows: Cell[][], skip: readonly number[]): number;

  // ---- Locked append (authorization/workbook review): the one way to add rows written by a non-Titular ----
  /**
   * Appends rows right after the sheet's last row, inside a short document lock (taken unless this execution holds it),
   * never writing the Titular-only columns (TITULAR_ONLY); one write per column run. The rows join `rows`.
   * Callers that compute IDs from `rows` hold the document lock from the read on (src/app/shared/doc-lock.ts).
   */
  appendSkippingLocked(records: ReadonlyArray<Partial<Record<HeaderOf<K>, Cell>>>): void;

  // ---- Publishing: a held table follows its rows by ID when people move rows meanwhile ----
  /**
   * Like `flush`, but first re-reads the ID column (one read, only when something is pending) and writes each changed
   * row to the sheet row that now holds its ID: a sort, insert or delete made while the table was held never sends a
   * value to another row. Appending is not supported here.
   */
  flushById(idHeader: HeaderOf<K>): FlushByIdReport;
}

/** What `flushById` could not write: the IDs no longer on the sheet. */
export interface FlushByIdReport {
  /** IDs whose row moved since the table was read (their changes went to the new row). */
  movidas: string[];
  /** IDs that vanished (their changes were not written anywhere). */
  perdidas: string[];
}

/** What Configurar did to one sheet. */
export interface SheetRepair {
  creada: boolean;
  columnasAñadidas: string[];
  /** Formatting left as it was because the runner may not edit that protected range (only the Titular may). */
  omitidos: string[];
}

export interface DataSheetRepair extends SheetRepair {
  sheet: SheetHandle;
  header: string[];
}

export interface ConfigSheetRepair extends SheetRepair {
  sheet: SheetHandle;
  /** Sheet row (1-based) of each parameter key. */
  rows: Map<string, number>;
}

export interface ProtectionWanted {
  description: string;
  sheet: SheetHandle;
  /** null = the whole sheet. */
  box: { row: number; col: number; rows: number; cols: number } | null;
  editors: string[];
}

export interface ProtectionsReport {
  aplicadas: string[];
  /** Protections the runner may not change (only their editors can); left as they are. */
  sinPermiso: string[];
  /** Protections on which the runner stays an editor because Sheets never removes the current user. */
  conEjecutor: string[];
}

/** The visual month sheet, computed by the use case and written by the Workbook port. */
export interface MonthSheet {
  name: string;
  /** Title row, day-name row, then one row per week; 7 columns. */
  values: string[][];
  backgrounds: string[][];
  weeks: number;
}

export interface Workbook {
  /** The spreadsheet the add-on runs in. */
  active(): Spreadsheet;
  /** Reads a sheet once; throws SHEET_MISSING (Spanish) when absent. Without `ss`, the active spreadsheet. */
  openTable<K extends HeaderKey>(key: K, ss?: Spreadsheet): SheetTable<K>;
  tryOpenTable<K extends HeaderKey>(key: K, ss?: Spreadsheet): SheetTable<K> | null;
  /** All values of a sheet (header row included), or null when the sheet is missing. */
  readValues(sheetName: string, ss?: Spreadsheet): Cell[][] | null;
  /** Appends rows after the last row (one write, grid grown as needed); false when the sheet is missing. */
  appendRows(sheetName: string, rows: Cell[][], width: number, ss?: Spreadsheet): boolean;
  /** The owner's e-mail (lower case), '' when unknown. */
  ownerEmail(ss: Spreadsheet): string;
  /** Applies pending spreadsheet changes now. */
  flush(): void;
  /** Link to the workbook, to one of its sheets and optionally one row (for e-mails); '' when a sheet is missing. */
  linkTo(sheetName?: string, row?: number, ss?: Spreadsheet): string;
  /** A short notice in the corner of the spreadsheet. */
  toast(ss: Spreadsheet, message: string, title: string, seconds: number): void;
  /**
   * Configurar: makes the spreadsheet's time zone (in which Sheets reads dates typed into cells) the script's own;
   * returns the zone it had when it differed, null when they already matched.
   */
  alignTimeZone(ss: Spreadsheet): { antes: string; ahora: string } | null;
  /**
   * Configurar: what a re-run must find unchanged to have nothing to repair — every sheet present with its header row,
   * which columns of `listed` sheets have a dropdown, the grid size of `sized` sheets, the number of protections — in a
   * few calls; null when a sheet is missing.
   */
  setupStamp(ss: Spreadsheet, names: readonly string[], sized: readonly string[], listed: readonly string[]): string | null;
  /** Configurar: creates or repairs Configuración (headers, parameters, Vedas block, dropdowns). */
  repairConfigSheet(ss: Spreadsheet, titular: string): ConfigSheetRepair;
  /** Configurar: creates or repairs one data sheet (headers, widths, formats, dropdowns, colours by estado). */
  repairDataSheet(ss: Spreadsheet, key: HeaderKey): DataSheetRepair;
  maxRows(sheet: SheetHandle): number;
  /** Creates, updates or removes the add-on's protections (found by their description prefix). Idempotent. */
  applyProtections(wanted: ProtectionWanted[], runner: string, owner: string): ProtectionsReport;
  /**
   * Configurar: deletes the sheets with one of these names that are completely empty (no value, no formula), never the
   * only sheet; returns the names deleted.
   */
  removeEmptySheets(ss: Spreadsheet, names: readonly string[]): string[];
  /** Rewrites (or creates) the visual month sheet with a constant number of calls. */
  writeMonthSheet(ss: Spreadsheet, m: MonthSheet): void;

  // ---- Edit guard (authorization review): read only what an edit touched ----
  /** The header row of a sheet (one read), trimmed; null when the sheet is missing. */
  readHeader(key: HeaderKey, ss?: Spreadsheet): string[] | null;
  /** Only sheet rows firstRow..lastRow (1-based) plus the header, as a SheetTable that writes back there; null when missing. */
  openTableRows<K extends HeaderKey>(key: K, firstRow: number, lastRow: number, ss?: Spreadsheet): SheetTable<K> | null;
  /** Writes one value (already escaped by the caller) to a range an edit event named: a hand edit put back. */
  setRangeValue(range: RangeHandle, value: Cell): void;
}

export interface Signer {
  /** Base64 HMAC-SHA256 of the text with the workbook's key (kept in Document Properties only). */
  sign(text: string): string;
  verify(text: string, signature: string): boolean;
  /** Hex SHA-256 of UTF-8 text. */
  sha256Hex(text: string): string;

  // ---- Bitácora verification (authorization review) ----
  /** Verifies many signatures with one read of the key and no service call per item. */
  verifyMany(items: ReadonlyArray<{ text: string; signature: string }>): boolean[];
}

export interface Identity {
  /** The active user's e-mail as Apps Script reports it ('' when hidden). */
  activeEmail(): string;
  /** The effective user's e-mail (whose authority the script runs under). */
  effectiveEmail(): string;
}

export interface PropertyStore {
  get(key: string): string | null;
  getAll(): Record<string, string>;
  set(key: string, value: string): void;
  setAll(values: Record<string, string>): void;
  delete(key: string): void;
}

export interface Props {
  /** Shared by every workbook that uses the published add-on: never for credentials, keys or per-workbook state. */
  script(): PropertyStore;
  document(): PropertyStore;
  /** The workbook's credentials, signing key, publishing stops and ledger heads (Document Properties, legacy values moved in once). */
  secrets(): PropertyStore;
}

export interface Lock {
  tryLock(ms: number): boolean;
  waitLock(ms: number): void;
  release(): void;
}

export interface Locks {
  script(): Lock;
  /** null when there is no document (Apps Script returns none). */
  document(): Lock | null;
  /** Runs `f` under a short document lock (reused when this execution already holds it), for appends to chained ledgers. */
  shortDocument<T>(f: () => T): T;
}

export interface MailMessage {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name: string;
  /** PDFs (issue 11: boletines and agendas sent to SEGOB). */
  attachments?: BlobHandle[];
}

export interface Mailer {
  send(m: MailMessage): void;
  remainingDailyQuota(): number;
}

export interface Http {
  /** All requests in parallel; never throws for HTTP codes; a transport failure is status 0 for the whole batch. */
  fetchAll(reqs: HttpRequest[]): HttpResponse[];
}

export interface Drive {
  /** The image file with this Drive id (throws when it cannot be opened). */
  image(fileId: string): PostImage;
  /** Hex SHA-256 of the file's bytes (what an authorization of its image covers); throws when it cannot be opened. */
  contentHash(fileId: string): string;
  /** Drive's small thumbnail of a file (content type and bytes in base64), or null when Drive has none. */
  thumbnail(fileId: string): { mimeType: string; base64: string } | null;
}

export interface Clock {
  sleep(ms: number): void;
}

export interface TriggersReport {
  /** Who the triggers run as (the user who installed them). */
  propietario: string;
  instalados: string[];
  existentes: string[];
  /** Set when another user's triggers are in place and were left alone. */
  deOtraPersona?: string;
}

export interface Triggers {
  /** Installs the hourly 'tick' and the installable onEdit 'alEditar' idempotently (once per workbook). */
  ensure(roleUsers: readonly string[]): TriggersReport;
}

export interface Ports {
  workbook: Workbook;
  signer: Signer;
  identity: Identity;
  props: Props;
  locks: Locks;
  mailer: Mailer;
  http: Http;
  drive: Drive;
  clock: Clock;
  triggers: Triggers;
  docs: Docs;
}

let installed: Ports | null = null;

/** Called once at load by the entry-point layer (src/ui/install-ports.ts). */
export function installPorts(p: Ports): void {
  installed = p;
}

/** The installed ports; throws PORTS_NOT_INSTALLED when the entry-point layer did not install them. */
export function ports(): Ports {
  if (!installed) throw new Error('PORTS_NOT_INSTALLED');
  return installed;
}
