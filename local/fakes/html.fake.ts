// HtmlService fake: HTML outputs and templates with <?= ?>, <?!= ?> and <? ?> scriptlets, read from the built dist/ folder.
import { gasException } from './exception';
import * as fs from 'fs';
import * as path from 'path';
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import { FakeBlob, asBlobLike, fromByteArray } from './utilities.fake';

type GasHtmlService = GoogleAppsScript.HTML.HtmlService;
type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type GasSandboxMode = GoogleAppsScript.HTML.SandboxMode;
type GasXFrameOptionsMode = GoogleAppsScript.HTML.XFrameOptionsMode;

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const);
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const);

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function readHtmlFile(exec: Execution, name: string): string {
  const base = String(name).replace(/\.html$/, '');
  const file = path.join(exec.distDir, `${base}.html`);
  if (!/^[\w\-./]+$/.test(base) || !fs.existsSync(file)) throw gasException(`No HTML file named ${name} was found.`);
  return fs.readFileSync(file, 'utf8');
}

function sourceOf(x: unknown): string {
  if (x === undefined || x === null) return '';
  if (typeof x === 'string') return x;
  const b = asBlobLike(x);
  if (b) return fromByteArray(b.getBytes()).toString('utf8');
  return String(x);
}

class FakeMetaTag implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  readonly [FAKE_TYPE] = 'HtmlOutputMetaTag';
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeHtmlOutput implements GasHtmlOutput {
  readonly [FAKE_TYPE] = 'HtmlOutput';
  private title = '';
  private width = 0;
  private height = 0;
  private favicon = '';
  private meta: FakeMetaTag[] = [];
  /** Recorded for the UI record; the emulator renders every mode the same (IFRAME is the only mode left in Apps Script). */
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;

  constructor(
    private readonly exec: Execution,
    private content: string,
  ) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): FakeHtmlOutput {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): FakeHtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): FakeHtmlOutput {
    this.content = '';
    return this;
  }
  asTemplate(): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.exec, this.content);
  }
  getBlob(): FakeBlob {
    return new FakeBlob(Buffer.from(this.content, 'utf8'), 'text/html', this.title || null);
  }
  getAs(contentType: string): FakeBlob {
    return this.getBlob().getAs(contentType);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = Number(height);
    return this;
  }
  getFaviconUrl(): string {
    return this.favicon;
  }
  setFaviconUrl(iconUrl: string): FakeHtmlOutput {
    this.favicon = String(iconUrl);
    return this;
  }
  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.meta.push(new FakeMetaTag(String(name), String(content)));
    return this;
  }
  getMetaTags(): FakeMetaTag[] {
    return [...this.meta];
  }
  setSandboxMode(mode: GasSandboxMode): FakeHtmlOutput {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: GasXFrameOptionsMode): FakeHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
}

interface Compiled {
  code: string;
  withComments: string;
}

/** Turns scriptlets into the body of a JS function that pushes output pieces into `__out`. */
export function compileTemplate(src: string): Compiled {
  const lines: string[] = ['var __out = [];'];
  const commented: string[] = [...lines];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (s: string, c?: string) => {
    lines.push(s);
    commented.push(c ? `${s} // ${c}` : s);
  };
  while ((m = re.exec(src)) !== null) {
    if (m.index > last) push(`__out.push(${JSON.stringify(src.slice(last, m.index))});`);
    const kind = m[1];
    const code = m[2].trim();
    if (kind === '=') push(`__out.push(__esc(${code}));`, '<?= ?>');
    else if (kind === '!=') push(`__out.push(__raw(${code}));`, '<?!= ?>');
    else push(code, '<? ?>');
    last = re.lastIndex;
  }
  if (last < src.length) push(`__out.push(${JSON.stringify(src.slice(last))});`);
  push("return __out.join('');");
  return { code: lines.join('\n'), withComments: commented.join('\n') };
}

const RESERVED = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent', '__out', '__esc', '__raw', 'print']);

/**
 * An HtmlTemplate. EMULATOR-ONLY: evaluate() compiles the scriptlets with `new Function` on the host, with the
 * template's own properties as parameters plus `include(name)` (the raw content of name.html, like the usual
 * `include` helper; a template property called `include` takes precedence) and `print`. Apps Script itself
 * evaluates the template inside the project's global scope; here bundle globals other than those are not visible.
 */
export class FakeHtmlTemplate implements GasHtmlTemplate {
  readonly [FAKE_TYPE] = 'HtmlTemplate';
  [propName: string]: unknown;

  constructor(exec: Execution, source: string) {
    sources.set(this, { exec, source });
  }

  evaluate(): FakeHtmlOutput {
    const { exec, source } = internals(this);
    const names = Object.keys(this).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && !RESERVED.has(k));
    const values = names.map((k) => this[k]);
    const defaults: Record<string, unknown> = {
      include: (name: string) => readHtmlFile(exec, name),
    };
    const extra = Object.keys(defaults).filter((k) => !names.includes(k));
    const esc = (v: unknown) => (v === undefined || v === null ? '' : escapeHtml(String(v)));
    const raw = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    const { code } = compileTemplate(source);
    const body = `var print = function (v) { __out.push(__esc(v)); };\n${code.replace('var __out = [];', '')}`;
    const fn = new Function('__out', '__esc', '__raw', ...names, ...extra, body) as (...a: unknown[]) => string;
    const html = fn([], esc, raw, ...values, ...extra.map((k) => defaults[k]));
    return new FakeHtmlOutput(exec, html);
  }

  getCode(): string {
    return compileTemplate(internals(this).source).code;
  }

  getCodeWithComments(): string {
    return compileTemplate(internals(this).source).withComments;
  }

  getRawContent(): string {
    return internals(this).source;
  }
}

const sources = new WeakMap<object, { exec: Execution; source: string }>();
function internals(t: FakeHtmlTemplate): { exec: Execution; source: string } {
  const i = sources.get(t);
  if (!i) throw gasException('Invalid HtmlTemplate');
  return i;
}

export class FakeHtmlService implements GasHtmlService {
  readonly [FAKE_TYPE] = 'HtmlService';
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(private readonly exec: Execution) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): FakeHtmlOutput {
    return new FakeHtmlOutput(this.exec, sourceOf(html));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.exec, readHtmlFile(this.exec, filename));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.exec, sourceOf(html));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.exec, readHtmlFile(this.exec, filename));
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated Apps Script)';
  }
}

export function createHtmlService(exec: Execution): FakeHtmlService {
  return new FakeHtmlService(exec);
}
