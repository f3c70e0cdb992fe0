// DocumentApp fake: Google Docs as paragraph lists in world.drive (create, openById, body text, regex replaceText).
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import type { DocExtras, DriveFileState } from '../world';
import { DOC_MIME, createDocFile, findFile, renderDocPdf } from './drive.fake';
import { FakeBlob, fromByteArray, toFakeBlob } from './utilities.fake';

export { createDocFile } from './drive.fake';

export const DOCUMENT_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

/**
 * Apps Script's searchPattern is a (RE2-flavoured) regular expression; a leading (?i) makes it case-insensitive.
 * The replacement is inserted literally (no $1 group references) — the emulator's choice, documented.
 */
export function docRegex(searchPattern: string): RegExp {
  let src = String(searchPattern);
  let flags = 'g';
  if (src.startsWith('(?i)')) {
    src = src.slice(4);
    flags += 'i';
  }
  try {
    return new RegExp(src, flags);
  } catch {
    throw new Error(`Invalid argument: searchPattern (${searchPattern})`);
  }
}

function docState(exec: Execution, id: string): DriveFileState & { doc: { paragraphs: string[] } & DocExtras } {
  const f = findFile(exec.world, id);
  if (!f || f.trashed || f.mimeType !== DOC_MIME) throw new Error(DOCUMENT_MISSING);
  if (!f.doc) f.doc = { paragraphs: [] };
  return f as DriveFileState & { doc: { paragraphs: string[] } & DocExtras };
}

export class FakeParagraph {
  readonly [FAKE_TYPE] = 'Paragraph';

  constructor(
    private readonly exec: Execution,
    private readonly docId: string,
    private readonly index: number,
  ) {}

  getText(): string {
    return docState(this.exec, this.docId).doc.paragraphs[this.index] ?? '';
  }
  setText(text: string): FakeParagraph {
    docState(this.exec, this.docId).doc.paragraphs[this.index] = String(text);
    return this;
  }
  appendText(text: string): FakeParagraph {
    return this.setText(this.getText() + String(text));
  }
  replaceText(searchPattern: string, replacement: string): FakeParagraph {
    const r = String(replacement);
    return this.setText(this.getText().replace(docRegex(searchPattern), () => r));
  }
  editAsText(): FakeParagraph {
    return this;
  }
  /** DocumentApp.ParagraphHeading member (kept by paragraph index; the PDF draws headings larger). */
  setHeading(heading: unknown): FakeParagraph {
    const d = docState(this.exec, this.docId).doc;
    const h = String(heading);
    if (!PARAGRAPH_HEADINGS.includes(h)) throw new Error("The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.");
    d.headings = { ...(d.headings ?? {}) };
    if (h === 'NORMAL') delete d.headings[this.index];
    else d.headings[this.index] = h;
    return this;
  }
  getHeading(): string {
    return docState(this.exec, this.docId).doc.headings?.[this.index] ?? 'NORMAL';
  }
}

export const PARAGRAPH_HEADINGS = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'];

/** An image in its own paragraph (Body.appendImage returns an InlineImage). */
export class FakeInlineImage {
  readonly [FAKE_TYPE] = 'InlineImage';
  constructor(private width: number, private height: number) {}
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
  setWidth(w: number): FakeInlineImage {
    this.width = w;
    return this;
  }
  setHeight(h: number): FakeInlineImage {
    this.height = h;
    return this;
  }
}

/** The header section of a Doc (Document.addHeader / getHeader): its paragraphs are drawn at the top of every PDF page. */
export class FakeHeaderSection {
  readonly [FAKE_TYPE] = 'HeaderSection';
  constructor(private readonly exec: Execution, private readonly docId: string) {}
  appendParagraph(text: string): FakeHeaderSection {
    const d = docState(this.exec, this.docId).doc;
    d.header = [...(d.header ?? []), String(text)];
    return this;
  }
  getText(): string {
    return (docState(this.exec, this.docId).doc.header ?? []).join('\n');
  }
}

export class FakeBody {
  readonly [FAKE_TYPE] = 'Body';

  constructor(
    private readonly exec: Execution,
    private readonly docId: string,
  ) {}

  private paragraphs(): string[] {
    return docState(this.exec, this.docId).doc.paragraphs;
  }

  getText(): string {
    return this.paragraphs().join('\n');
  }
  setText(text: string): FakeBody {
    docState(this.exec, this.docId).doc.paragraphs = String(text).split(/\r?\n/);
    return this;
  }
  appendParagraph(text: string): FakeParagraph {
    const ps = this.paragraphs();
    ps.push(String(text));
    return new FakeParagraph(this.exec, this.docId, ps.length - 1);
  }
  /** The image goes in a new paragraph; only PNG blobs are drawn by the emulator's PDF. */
  appendImage(image: GoogleAppsScript.Base.BlobSource): FakeInlineImage {
    const blob = toFakeBlob(image);
    if (!blob) throw new Error("The parameters don't match the method signature for DocumentApp.Body.appendImage.");
    const bytes = fromByteArray(blob.getBytes());
    if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('Unsupported image type (the emulator draws PNG only).');
    const d = docState(this.exec, this.docId).doc;
    d.paragraphs.push('');
    d.images = { ...(d.images ?? {}), [d.paragraphs.length - 1]: bytes.toString('base64') };
    return new FakeInlineImage(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  }
  getParagraphs(): FakeParagraph[] {
    return this.paragraphs().map((_, i) => new FakeParagraph(this.exec, this.docId, i));
  }
  getNumChildren(): number {
    return this.paragraphs().length;
  }
  /** Replaces every match in every paragraph (matches never span paragraphs, as in Docs). */
  replaceText(searchPattern: string, replacement: string): FakeBody {
    const re = docRegex(searchPattern);
    const r = String(replacement);
    const ps = this.paragraphs();
    for (let i = 0; i < ps.length; i++) ps[i] = ps[i].replace(re, () => r);
    return this;
  }
  editAsText(): FakeBody {
    return this;
  }
  /** A Docs body always keeps one (empty) paragraph. */
  clear(): FakeBody {
    docState(this.exec, this.docId).doc = { paragraphs: [''], ...(docState(this.exec, this.docId).doc.header ? { header: docState(this.exec, this.docId).doc.header } : {}) };
    return this;
  }
}

export class FakeDocument {
  readonly [FAKE_TYPE] = 'Document';

  constructor(
    private readonly exec: Execution,
    private readonly id: string,
  ) {}

  getId(): string {
    return this.id;
  }
  getName(): string {
    return docState(this.exec, this.id).name;
  }
  setName(name: string): FakeDocument {
    docState(this.exec, this.id).name = String(name);
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): FakeBody {
    return new FakeBody(this.exec, this.id);
  }
  /** Throws when the Doc already has a header, as Apps Script does. */
  addHeader(): FakeHeaderSection {
    const d = docState(this.exec, this.id).doc;
    if (d.header) throw new Error('Document tab already contains a header.');
    d.header = [];
    return new FakeHeaderSection(this.exec, this.id);
  }
  getHeader(): FakeHeaderSection | null {
    return docState(this.exec, this.id).doc.header ? new FakeHeaderSection(this.exec, this.id) : null;
  }
  getText(): string {
    return this.getBody().getText();
  }
  /** Changes are written to the world immediately; saveAndClose only marks the end of editing. */
  saveAndClose(): void {
    docState(this.exec, this.id);
  }
  getAs(contentType: string): FakeBlob {
    const f = docState(this.exec, this.id);
    const pdf = new FakeBlob(renderDocPdf(f.name, f.doc.paragraphs, this.exec.world.now, f.doc), 'application/pdf', `${f.name}.pdf`);
    return pdf.getAs(contentType);
  }
  getBlob(): FakeBlob {
    return this.getAs('application/pdf');
  }
}

export class FakeDocumentApp {
  readonly [FAKE_TYPE] = 'DocumentApp';

  readonly ParagraphHeading = Object.freeze(Object.fromEntries(PARAGRAPH_HEADINGS.map((h) => [h, h])));

  constructor(private readonly exec: Execution) {}

  /** A new document with one empty paragraph, owned by the effective user, in the root folder. */
  create(name: string): FakeDocument {
    const f = createDocFile(this.exec.world, String(name), [''], this.exec.effectiveUser);
    return new FakeDocument(this.exec, f.id);
  }

  openById(id: string): FakeDocument {
    docState(this.exec, String(id));
    return new FakeDocument(this.exec, String(id));
  }

  openByUrl(url: string): FakeDocument {
    const m = /\/d\/([\w-]+)/.exec(String(url));
    if (!m) throw new Error(DOCUMENT_MISSING);
    return this.openById(m[1]);
  }
}

// Compile-time check against @types/google-apps-script for the methods whose results are not other fakes.
const _docCheck: (d: FakeDocument) => Pick<GoogleAppsScript.Document.Document, 'getId' | 'getName' | 'getUrl' | 'saveAndClose' | 'getAs' | 'getBlob'> = (d) => d;
const _bodyCheck: (b: FakeBody) => Pick<GoogleAppsScript.Document.Body, 'getText' | 'getNumChildren'> = (b) => b;
const _paraCheck: (p: FakeParagraph) => Pick<GoogleAppsScript.Document.Paragraph, 'getText'> = (p) => p;
void _docCheck;
void _bodyCheck;
void _paraCheck;

export function createDocumentApp(exec: Execution): FakeDocumentApp {
  return new FakeDocumentApp(exec);
}
