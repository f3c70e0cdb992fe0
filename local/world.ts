// The whole emulated Apps Script world as plain serializable state, persisted between CLI commands in the data folder.
import * as fs from 'fs';
import * as path from 'path';

/** A cell value as Apps Script returns it from getValues(): number, boolean, Date or string ('' = empty). */
export type CellValue = string | number | boolean | Date;

export interface CellState {
  v: CellValue;
  /** Formula text (with the leading '='), when the cell holds one. */
  f?: string;
  note?: string;
  bg?: string;
  fmt?: string;
  /** Id of a data-validation rule in SheetState.validations. */
  dv?: number;
  /** Text formatting set by a script (font weight/colour/size, wrap, alignment). */
  style?: { fontWeight?: string; fontColor?: string; fontSize?: number; wrap?: boolean; hAlign?: string; vAlign?: string };
}

export interface ValidationRuleState {
  id: number;
  kind: 'list' | 'email' | 'date' | 'number' | 'checkbox';
  values?: string[];
  showDropdown?: boolean;
  allowInvalid: boolean;
  helpText?: string;
}

export interface ProtectionState {
  id: number;
  /** 'range' protects an A1 block; 'sheet' the whole sheet. */
  kind: 'range' | 'sheet';
  /** 0-based inclusive bounds; for kind 'sheet' the whole grid. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  description: string;
  editors: string[];
  domainEdit: boolean;
  warningOnly: boolean;
  /** Sheet protections only: blocks left unprotected (Protection.setUnprotectedRanges), 0-based inclusive. */
  unprotected?: Array<{ r0: number; c0: number; r1: number; c1: number }>;
}

export interface ConditionalRuleState {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  /** Text the cell must equal (whenTextEqualTo) or contain (whenTextContains). */
  when: 'textEqualTo' | 'textContains' | 'formula';
  text: string;
  background?: string;
  fontColor?: string;
}

export interface SheetState {
  id: number;
  name: string;
  /** Sparse cells keyed "row,col" (0-based). */
  cells: Record<string, CellState>;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  columnWidths: Record<string, number>;
  validations: ValidationRuleState[];
  conditional: ConditionalRuleState[];
  tabColor?: string;
  /** Embedded charts (local/fakes/spreadsheet/chart.fake.ts). */
  charts?: ChartState[];
}

/** An embedded chart: its type, the ranges it plots, its anchor cell (1-based) and offsets in pixels, its options. */
export interface ChartState {
  id: number;
  type: string;
  ranges: Array<{ sheetId: number; r0: number; c0: number; r1: number; c1: number }>;
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, string | number | boolean>;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  owner: string;
  /** Editors besides the owner (people the file is shared with). */
  editors: string[];
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  protections: Array<ProtectionState & { sheetId: number }>;
  activeSheetId: number;
  nextId: number;
  /** Named ranges (Spreadsheet.setNamedRange / getRangeByName), 0-based inclusive bounds. */
  namedRanges?: Array<{ name: string; sheetId: number; r0: number; c0: number; r1: number; c1: number }>;
}

export interface TriggerState {
  uid: string;
  handler: string;
  /** CLOCK = time-driven; ON_EDIT / ON_OPEN / ON_FORM_SUBMIT / ON_CHANGE = installable spreadsheet triggers. */
  eventType: 'CLOCK' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';
  /** The user who created it: installable triggers run as this user. */
  owner: string;
  /** True when created by the add-on (editor add-on trigger rules apply). */
  addon: boolean;
  /** CLOCK only: period in milliseconds (at least one hour for add-ons). */
  everyMs?: number;
  /** CLOCK only: next firing time (ms since epoch). */
  nextRun?: number;
}

/** A table in a Google Doc: its cell texts, placed after the first `after` paragraphs. */
export interface DocTableState {
  after: number;
  rows: string[][];
}

export interface DriveFileState {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  /** Base64 of the bytes (binary files) or the plain text. */
  data: string;
  folderId?: string;
  trashed: boolean;
  created: number;
  /** For Google Docs files: the document model (paragraph texts). */
  doc?: { paragraphs: string[]; tables?: DocTableState[] } & DocExtras;
}

/** What a Doc holds besides its paragraphs' text (document.fake): header lines, inline PNGs and headings by paragraph index. */
export interface DocExtras {
  header?: string[];
  images?: Record<string, string>;
  headings?: Record<string, string>;
}

export interface MailAttachmentState {
  name: string;
  mimeType: string;
  /** Base64 of the bytes. */
  data: string;
}

export interface MailState {
  id: string;
  at: number;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  name?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  attachments: MailAttachmentState[];
}

/** One request received by an emulated endpoint (what `difusion-local feed` prints). */
export interface FeedEntry {
  at: number;
  method: string;
  url: string;
  status: number;
  /** What the endpoint created or answered, endpoint-specific. */
  body: unknown;
}

/**
 * A fault injected into an emulated endpoint for its next `times` calls. 'timeout': no answer and the server never saw
 * the request; 'timeoutAfter': the server acted (the post exists) but the answer was lost; 'crashAfter': the execution
 * dies right after its Nth external call; 'quota': UrlFetch's daily quota is spent (the call is refused before sending).
 */
export interface FaultState {
  endpoint: string;
  kind: 'status' | 'timeout' | 'timeoutAfter' | 'crashAfter' | 'quota';
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Calls left to affect (for crashAfter: the call after which the execution dies). */
  times: number;
}

export interface EndpointsState {
  /** Endpoint-specific persistent data (accounts, posts, rate-limit windows), keyed by endpoint name. */
  data: Record<string, unknown>;
  feeds: Record<string, FeedEntry[]>;
  faults: FaultState[];
  /** External calls made by the current execution (for crashAfter). */
  callsThisExecution: number;
}

export interface MeterState {
  functionName: string;
  user: string;
  at: number;
  wallMs: number;
  counts: Record<string, number>;
  total: number;
  /** Per sheet: distinct rows the execution read (header included). */
  rowsRead?: Record<string, number>;
}

export interface WorldState {
  version: 1;
  /** Emulated clock: ms since epoch. */
  now: number;
  timeZone: string;
  /** Whoever created the spreadsheet; also the Workspace domain's user. */
  owner: string;
  spreadsheet: SpreadsheetState;
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  cache: Record<string, { value: string; expires: number }>;
  /** Script lock: who holds it (execution id) and until when. */
  lock: { holder: string | null; until: number };
  /** Document and user locks (LockService.getDocumentLock / getUserLock), keyed 'document' or 'user:EMAIL'. */
  locks?: Record<string, { holder: string | null; until: number }>;
  triggers: TriggerState[];
  drive: { files: DriveFileState[]; nextId: number };
  outbox: MailState[];
  /** Recipients sent per user per day: key "email|yyyy-MM-dd". */
  mailQuota: Record<string, number>;
  /** Daily recipient limit (100 consumer, 1,500 Workspace). */
  mailDailyLimit: number;
  endpoints: EndpointsState;
  logs: string[];
  lastMeter: MeterState | null;
  executions: number;
  /** Utilities.getUuid(): how many UUIDs the world has handed out (they are derived from it, deterministic yet unique). */
  uuidCounter?: number;
}

/** Consumer Google accounts: no Workspace domain, so they never see each other's e-mail in a script. */
export const CONSUMER_DOMAINS: readonly string[] = ['gmail.com', 'googlemail.com'];

function domainOf(email: string): string {
  const i = email.lastIndexOf('@');
  return i < 0 ? '' : email.slice(i + 1).toLowerCase();
}

/**
 * Whether a script running for `owner` (the script's or trigger's owner) may see `user`'s e-mail
 * (Session.getActiveUser, e.user): only the same person, or people of the same Google Workspace domain — never across
 * domains and never between consumer (gmail.com) accounts
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
 */
export function identityVisible(owner: string, user: string): boolean {
  const a = owner.trim().toLowerCase();
  const b = user.trim().toLowerCase();
  if (!b) return false;
  if (a === b) return true;
  const d = domainOf(b);
  return d !== '' && d === domainOf(a) && !CONSUMER_DOMAINS.includes(d);
}

/** A new, empty sheet as Sheets creates it: 1,000 rows by 26 columns. */
export function newSheetState(id: number, name: string): SheetState {
  return {
    id,
    name,
    cells: {},
    maxRows: 1000,
    maxCols: 26,
    frozenRows: 0,
    frozenCols: 0,
    hidden: false,
    columnWidths: {},
    validations: [],
    conditional: [],
  };
}

export interface NewWorldOptions {
  owner: string;
  now?: number;
  name?: string;
  mailDailyLimit?: number;
}

export function newWorld(opts: NewWorldOptions): WorldState {
  const owner = opts.owner.toLowerCase();
  return {
    version: 1,
    now: opts.now ?? Date.UTC(2026, 10, 30, 15, 0, 0),
    timeZone: 'America/Monterrey',
    owner,
    spreadsheet: {
      id: 'ss-' + owner.replace(/[^a-z0-9]/g, ''),
      name: opts.name ?? 'Difusión ICM',
      owner,
      editors: [],
      timeZone: 'America/Monterrey',
      locale: 'es_MX',
      sheets: [newSheetState(0, 'Hoja 1')],
      protections: [],
      activeSheetId: 0,
      nextId: 1,
    },
    properties: { script: {}, document: {}, user: {} },
    cache: {},
    lock: { holder: null, until: 0 },
    triggers: [],
    drive: { files: [], nextId: 1 },
    outbox: [],
    mailQuota: {},
    mailDailyLimit: opts.mailDailyLimit ?? 1500,
    endpoints: { data: {}, feeds: {}, faults: [], callsThisExecution: 0 },
    logs: [],
    lastMeter: null,
    executions: 0,
  };
}

const DATE_TAG = '$date';

/** JSON with Dates preserved as {"$date": ms}. */
export function serializeWorld(world: WorldState): string {
  return JSON.stringify(
    world,
    function (this: Record<string, unknown>, key: string, value: unknown) {
      const raw = this[key];
      if (raw instanceof Date) return { [DATE_TAG]: raw.getTime() };
      return value;
    },
    1,
  );
}

export function deserializeWorld(text: string): WorldState {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 1 && keys[0] === DATE_TAG && typeof o[DATE_TAG] === 'number') {
        return new Date(o[DATE_TAG] as number);
      }
    }
    return value;
  }) as WorldState;
}

export function worldFile(dir: string): string {
  return path.join(dir, 'world.json');
}

export function loadWorld(dir: string): WorldState | null {
  const f = worldFile(dir);
  if (!fs.existsSync(f)) return null;
  return deserializeWorld(fs.readFileSync(f, 'utf8'));
}

export function saveWorld(dir: string, world: WorldState): void {
  fs.mkdirSync(dir, { recursive: true });
  const f = worldFile(dir);
  fs.writeFileSync(f + '.tmp', serializeWorld(world));
  fs.renameSync(f + '.tmp', f);
}
