// DriveApp fake: files and folders in world.drive; Google Docs export to a real PDF (pdf-lib) for getAs('application/pdf').
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import type { DocExtras, DocTableState, DriveFileState, WorldState } from '../world';
import { FakeUser } from './session.fake';
import { FakeBlob, fromByteArray, toFakeBlob } from './utilities.fake';

export const DOC_MIME = 'application/vnd.google-apps.document';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const NO_ITEM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

// ---------------------------------------------------------------------------------------------------------------
// Host helpers

/** A Drive-like id (44 characters), unique within the world. */
export function newDriveId(world: WorldState): string {
  const n = world.drive.nextId++;
  return '1' + crypto.createHash('sha256').update(`${world.spreadsheet.id}|drive|${n}`).digest('base64url').slice(0, 43);
}

export function findFile(world: WorldState, id: string): DriveFileState | undefined {
  return world.drive.files.find((f) => f.id === id);
}

/** Creates a Google Docs file (for tests and the demo). */
/** Someone uploading a new version of a file (Drive «Administrar versiones»): same id and link, other bytes. */
export function replaceFileBytes(world: WorldState, id: string, bytes: Buffer): void {
  const f = findFile(world, id);
  if (!f) throw new Error(`No existe el archivo ${id} en Drive.`);
  f.data = bytes.toString('base64');
}

export function createDocFile(world: WorldState, name: string, paragraphs: string[], owner: string): DriveFileState {
  const f: DriveFileState = {
    id: newDriveId(world),
    name,
    mimeType: DOC_MIME,
    owner: owner.toLowerCase(),
    data: '',
    trashed: false,
    created: world.now,
    doc: { paragraphs: [...paragraphs] },
  };
  world.drive.files.push(f);
  return f;
}

/** Characters Helvetica's WinAnsi encoding can draw: Latin-1 plus the cp1252 extras; anything else becomes '?'. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function winAnsiSafe(s: string): string {
  let out = '';
  for (const ch of s.replace(/\t/g, '    ')) {
    const c = ch.codePointAt(0) ?? 63;
    out += (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(ch) ? ch : '?';
  }
  return out;
}

/** pdf-lib is asynchronous and Apps Script's getAs is not: the PDF is made by a short synchronous child process. */
const PDF_SCRIPT = `
const { PDFDocument, StandardFonts } = require(process.argv[1]);
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  const { title, paragraphs, created, extras } = JSON.parse(input);
  const header = extras.header || [], images = extras.images || {}, headings = extras.headings || {};
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('Difusion ICM emulator');
  pdf.setCreator('Difusion ICM emulator');
  pdf.setCreationDate(new Date(created));
  pdf.setModificationDate(new Date(created));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = 11, lead = 15, margin = 56, width = 612 - 2 * margin;
  let page, y;
  const newPage = () => {
    page = pdf.addPage([612, 792]);
    y = 792 - margin;
    for (const h of header) { page.drawText(h, { x: margin, y: y + 24, size: 8, font }); y -= 10; }
  };
  newPage();
  const line = (text, sz) => {
    if (y < margin) newPage();
    page.drawText(text, { x: margin, y, size: sz, font });
    y -= sz + 4;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    if (images[i]) {
      const img = await pdf.embedPng(Buffer.from(images[i], 'base64'));
      const s = Math.min(1, width / img.width);
      if (y - img.height * s < margin) newPage();
      page.drawImage(img, { x: margin, y: y - img.height * s, width: img.width * s, height: img.height * s });
      y -= img.height * s + lead;
    }
    const sz = headings[i] ? 14 : size;
    const words = paragraphs[i].split(' ');
    let cur = '';
    for (const w of words) {
      const next = cur ? cur + ' ' + w : w;
      if (font.widthOfTextAtSize(next, sz) > width && cur) { line(cur, sz); cur = w; } else cur = next;
    }
    if (cur || !images[i]) line(cur, sz);
    y -= lead / 2;
  }
  process.stdout.write(Buffer.from(await pdf.save()).toString('base64'));
});
`;

/**
 * The Doc's blocks in order: paragraphs, and each table as one line per row with its cells separated by a tab (as
 * Body.getText() gives a table's text), so getText and the PDF show the same words. `at[k]` is paragraph k's line.
 */
export function docLines(paragraphs: readonly string[], tables: readonly DocTableState[] = []): string[] {
  return docLayout(paragraphs, tables).lines;
}

function docLayout(paragraphs: readonly string[], tables: readonly DocTableState[]): { lines: string[]; at: number[] } {
  const lines: string[] = [];
  const at: number[] = [];
  const rowsOf = (t: DocTableState): string[] => t.rows.map((r) => r.join('\t'));
  for (let k = 0; k <= paragraphs.length; k++) {
    for (const t of tables) if (t.after === k) lines.push(...rowsOf(t));
    if (k < paragraphs.length) {
      at.push(lines.length);
      lines.push(paragraphs[k]);
    }
  }
  return { lines, at };
}

/** Re-keys per-paragraph extras (images, headings) by line index once tables sit between paragraphs. */
function rekey(m: Record<string, string> | undefined, at: number[]): Record<string, string> | undefined {
  if (!m) return m;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) out[String(at[Number(k)] ?? k)] = v;
  return out;
}

export function renderDocPdf(title: string, paragraphs: string[], created: number, extras: DocExtras = {}, tables: readonly DocTableState[] = []): Buffer {
  const { lines, at } = docLayout(paragraphs, tables);
  const safe = {
    ...extras,
    images: rekey(extras.images, at),
    headings: rekey(extras.headings, at),
    ...(extras.header ? { header: extras.header.map(winAnsiSafe) } : {}),
  };
  const out = execFileSync(process.execPath, ['-e', PDF_SCRIPT, require.resolve('pdf-lib')], {
    input: JSON.stringify({ title: winAnsiSafe(title), paragraphs: lines.map((l) => winAnsiSafe(l.replace(/\t/g, ' | '))), created, extras: safe }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return Buffer.from(out.toString('utf8'), 'base64');
}

function fileBytes(f: DriveFileState): Buffer {
  return Buffer.from(f.data, 'base64');
}

function pdfName(name: string): string {
  return name.replace(/\.[^.]*$/, '') + '.pdf';
}

// ---------------------------------------------------------------------------------------------------------------

export class FakeFile {
  readonly [FAKE_TYPE] = 'File';

  constructor(
    private readonly exec: Execution,
    readonly id: string,
  ) {}

  /** The live state; a file deleted from the world since reads as missing. */
  state(): DriveFileState {
    const f = findFile(this.exec.world, this.id);
    if (!f) throw new Error(NO_ITEM);
    return f;
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.state().name;
  }
  setName(name: string): FakeFile {
    this.state().name = String(name);
    return this;
  }
  getMimeType(): string {
    return this.state().mimeType;
  }
  getUrl(): string {
    return this.state().mimeType === DOC_MIME
      ? `https://docs.google.com/document/d/${this.id}/edit`
      : `https://drive.google.com/file/d/${this.id}/view?usp=drivesdk`;
  }
  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this.id}&export=download`;
  }
  /** Google Docs take no storage quota: Apps Script reports 0 for them. */
  getSize(): number {
    const f = this.state();
    return f.mimeType.startsWith('application/vnd.google-apps.') ? 0 : fileBytes(f).length;
  }
  getDateCreated(): Date {
    return new Date(this.state().created);
  }
  getOwner(): FakeUser {
    return new FakeUser(this.state().owner);
  }
  isTrashed(): boolean {
    return this.state().trashed;
  }
  setTrashed(trashed: boolean): FakeFile {
    this.state().trashed = trashed === true;
    return this;
  }

  /** A Google Doc's blob is its PDF export, as in Apps Script. */
  getBlob(): FakeBlob {
    const f = this.state();
    if (f.mimeType === DOC_MIME) {
      return new FakeBlob(renderDocPdf(f.name, f.doc?.paragraphs ?? [], this.exec.world.now, f.doc ?? {}, f.doc?.tables), 'application/pdf', pdfName(f.name));
    }
    return new FakeBlob(fileBytes(f), f.mimeType, f.name);
  }

  getAs(contentType: string): FakeBlob {
    return this.getBlob().getAs(contentType);
  }

  /**
   * Apps Script: "a thumbnail image for the file, or null if no thumbnail exists". Drive scales images down; the
   * emulator has no image codec, so an image file's thumbnail is its own bytes (callers must still cap the size) and
   * other files have none.
   */
  getThumbnail(): FakeBlob | null {
    const f = this.state();
    if (!f.mimeType.startsWith('image/')) return null;
    return new FakeBlob(fileBytes(f), f.mimeType, f.name);
  }

  makeCopy(name?: string, destination?: FakeFolder): FakeFile {
    const w = this.exec.world;
    const f = this.state();
    const copy: DriveFileState = {
      id: newDriveId(w),
      name: name === undefined ? `Copy of ${f.name}` : String(name),
      mimeType: f.mimeType,
      owner: this.exec.effectiveUser,
      data: f.data,
      ...(destination ? { folderId: destination.getId() } : f.folderId ? { folderId: f.folderId } : {}),
      trashed: false,
      created: w.now,
      ...(f.doc ? { doc: JSON.parse(JSON.stringify(f.doc)) as DriveFileState['doc'] } : {}),
    };
    w.drive.files.push(copy);
    return new FakeFile(this.exec, copy.id);
  }

  /** Moves the file into a folder (File.moveTo); returns the file. */
  moveTo(destination: FakeFolder): FakeFile {
    const id = destination.getId();
    const f = this.state();
    if (id === ROOT_ID) delete f.folderId;
    else f.folderId = id;
    return this;
  }

  /** Sharing is recorded only as far as the emulator needs: these calls succeed and change nothing else. */
  addViewer(_emailAddress: string): FakeFile {
    return this;
  }
  addEditor(_emailAddress: string): FakeFile {
    return this;
  }
  setSharing(_accessType: unknown, _permissionType: unknown): FakeFile {
    return this;
  }
}

export class FakeFileIterator {
  readonly [FAKE_TYPE] = 'FileIterator';
  private i = 0;
  constructor(private readonly files: FakeFile[]) {}
  hasNext(): boolean {
    return this.i < this.files.length;
  }
  next(): FakeFile {
    if (this.i >= this.files.length) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this.files[this.i++];
  }
  getContinuationToken(): string {
    return String(this.i);
  }
}

export class FakeFolder {
  readonly [FAKE_TYPE] = 'Folder';

  constructor(
    private readonly exec: Execution,
    private readonly id: string,
    private readonly rootName?: string,
  ) {}

  getId(): string {
    return this.id;
  }
  getName(): string {
    if (this.rootName !== undefined) return this.rootName;
    const f = findFile(this.exec.world, this.id);
    if (!f) throw new Error(NO_ITEM);
    return f.name;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
  isTrashed(): boolean {
    if (this.id === ROOT_ID) return false;
    const f = findFile(this.exec.world, this.id);
    if (!f) throw new Error(NO_ITEM);
    return f.trashed;
  }
  setTrashed(trashed: boolean): FakeFolder {
    const f = findFile(this.exec.world, this.id);
    if (!f) throw new Error(NO_ITEM);
    f.trashed = trashed === true;
    return this;
  }
  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): FakeFile {
    return createFileIn(this.exec, this.id, blobOrName, content, mimeType);
  }
  createFolder(name: string): FakeFolder {
    return createFolderIn(this.exec, this.id, name);
  }
  getFiles(): FakeFileIterator {
    const files = this.exec.world.drive.files.filter(
      (f) => !f.trashed && f.mimeType !== FOLDER_MIME && (f.folderId ?? ROOT_ID) === this.id,
    );
    return new FakeFileIterator(files.map((f) => new FakeFile(this.exec, f.id)));
  }
}

const ROOT_ID = 'root';

function createFileIn(
  exec: Execution, folderId: string, blobOrName: unknown, content?: string, mimeType?: string,
): FakeFile {
  const w = exec.world;
  let name: string;
  let type: string;
  let bytes: Buffer;
  if (typeof blobOrName === 'string') {
    name = blobOrName;
    type = mimeType ?? 'text/plain';
    bytes = Buffer.from(String(content ?? ''), 'utf8');
  } else {
    const b = toFakeBlob(blobOrName);
    if (!b) throw new Error('Invalid argument: blob');
    name = b.getName() ?? 'Untitled';
    type = b.getContentType() ?? 'application/octet-stream';
    bytes = fromByteArray(b.getBytes());
  }
  if (type === DOC_MIME) {
    const f = createDocFile(w, name, [], exec.effectiveUser);
    if (folderId !== ROOT_ID) f.folderId = folderId;
    return new FakeFile(exec, f.id);
  }
  const f: DriveFileState = {
    id: newDriveId(w),
    name,
    mimeType: type,
    owner: exec.effectiveUser,
    data: bytes.toString('base64'),
    ...(folderId !== ROOT_ID ? { folderId } : {}),
    trashed: false,
    created: w.now,
  };
  w.drive.files.push(f);
  return new FakeFile(exec, f.id);
}

function createFolderIn(exec: Execution, parentId: string, name: string): FakeFolder {
  const w = exec.world;
  const f: DriveFileState = {
    id: newDriveId(w),
    name: String(name),
    mimeType: FOLDER_MIME,
    owner: exec.effectiveUser,
    data: '',
    ...(parentId !== ROOT_ID ? { folderId: parentId } : {}),
    trashed: false,
    created: w.now,
  };
  w.drive.files.push(f);
  return new FakeFolder(exec, f.id);
}

export class FakeDriveApp {
  readonly [FAKE_TYPE] = 'DriveApp';

  constructor(private readonly exec: Execution) {}

  /** A trashed or unknown id fails with Apps Script's message. */
  getFileById(id: string): FakeFile {
    const f = findFile(this.exec.world, String(id));
    if (!f || f.trashed || f.mimeType === FOLDER_MIME) throw new Error(NO_ITEM);
    return new FakeFile(this.exec, f.id);
  }

  getFolderById(id: string): FakeFolder {
    if (id === ROOT_ID) return this.getRootFolder();
    const f = findFile(this.exec.world, String(id));
    if (!f || f.trashed || f.mimeType !== FOLDER_MIME) throw new Error(NO_ITEM);
    return new FakeFolder(this.exec, f.id);
  }

  getRootFolder(): FakeFolder {
    return new FakeFolder(this.exec, ROOT_ID, 'My Drive');
  }

  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): FakeFile {
    return createFileIn(this.exec, ROOT_ID, blobOrName, content, mimeType);
  }

  createFolder(name: string): FakeFolder {
    return createFolderIn(this.exec, ROOT_ID, name);
  }

  getFilesByName(name: string): FakeFileIterator {
    const files = this.exec.world.drive.files.filter((f) => !f.trashed && f.mimeType !== FOLDER_MIME && f.name === name);
    return new FakeFileIterator(files.map((f) => new FakeFile(this.exec, f.id)));
  }
}

// Compile-time check against @types/google-apps-script for the methods whose results are not other fakes.
type DriveFileSubset = Pick<
  GoogleAppsScript.Drive.File,
  'getId' | 'getName' | 'getUrl' | 'getMimeType' | 'getSize' | 'getBlob' | 'getAs' | 'isTrashed' | 'getDownloadUrl' | 'getDateCreated'
> & { getThumbnail(): GoogleAppsScript.Base.Blob | null };
const _fileCheck: (f: FakeFile) => DriveFileSubset = (f) => f;
type FolderSubset = Pick<GoogleAppsScript.Drive.Folder, 'getId' | 'getName' | 'getUrl'>;
const _folderCheck: (f: FakeFolder) => FolderSubset = (f) => f;
void _fileCheck;
void _folderCheck;

export function createDriveApp(exec: Execution): FakeDriveApp {
  return new FakeDriveApp(exec);
}
