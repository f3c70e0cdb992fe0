// The layering rule, checked on every src file: imports point inward (gas, ui, providers → app → domain) and use cases never touch Apps Script globals.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { installPorts, ports, type Ports } from '../src/app/shared/ports';
import { gasPorts } from '../src/gas/ports.gas';

const root = path.resolve(__dirname, '..');

type Layer = 'domain' | 'app' | 'gas' | 'providers' | 'ui' | 'sidebar' | 'main' | 'other';

/** npm packages the pure domain may use (twitter-text counts characters the way X does; js-sha256 hashes without services). */
const DOMAIN_PACKAGES = [/^twitter-text(\/|$)/, /^js-sha256$/];

/**
 * Which layers each layer may import (relative imports). `sidebar` is browser code: it may import app modules only
 * for their types (a runtime import would bundle server code into the page). Providers build requests and parse
 * responses; the Http port (src/gas/http.ts behind src/gas/ports.gas.ts) sends them, so providers never import gas.
 */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  domain: ['domain'],
  app: ['app', 'domain'],
  gas: ['gas', 'app', 'domain'],
  providers: ['providers', 'app', 'domain'],
  ui: ['ui', 'app', 'domain', 'gas', 'providers'],
  sidebar: ['sidebar', 'domain', 'app'],
  main: ['ui'],
  other: [],
};

/** Apps Script service globals: only adapters (gas) and entry points (ui) may name them. */
export const SERVICE_GLOBALS = [
  'SpreadsheetApp', 'Session', 'PropertiesService', 'Utilities', 'MailApp', 'UrlFetchApp', 'LockService', 'ScriptApp',
  'HtmlService', 'DriveApp', 'DocumentApp', 'CacheService', 'Logger',
];
const PURE_LAYERS: readonly Layer[] = ['domain', 'app'];

/** The feature folders of src/app; each one's index.ts is its public surface. */
const FEATURE = /^src\/app\/([^/]+)\/(.+)$/;

/**
 * Feature boundaries inside src/app: a file of one feature reaches another feature (shared included) only through that
 * feature's index.ts, and so do gas, ui and providers. `shared/` is the kernel every feature builds on, so it may name
 * another feature's index only for types (never at run time: no feature depends on shared's callers). The sidebar is
 * browser code type-checked without the server: it may import only the `*.api.ts` contract files, for their types.
 */
function featureProblem(rel: string, layer: Layer, target: string, imp: ImportRef): string | null {
  const to = FEATURE.exec(target);
  if (!to) return null;
  const from = FEATURE.exec(rel);
  if (from && from[1] === to[1]) return null;
  if (layer === 'sidebar') {
    return /\.api\.ts$/.test(to[2]) ? null : `${rel}:${imp.line} sidebar imports '${imp.spec}'; browser code imports only an app *.api.ts contract (types)`;
  }
  if (to[2] !== 'index.ts') {
    return `${rel}:${imp.line} imports '${imp.spec}' inside the ${to[1]} feature; go through src/app/${to[1]}/index.ts`;
  }
  if (from && from[1] === 'shared' && !imp.typeOnly) return `${rel}:${imp.line} shared imports the ${to[1]} feature at run time ('${imp.spec}'); types only`;
  return null;
}

function layerOf(rel: string): Layer {
  const p = rel.split(path.sep).join('/');
  if (p === 'src/main.ts') return 'main';
  const m = /^src\/(domain|app|gas|providers|ui|sidebar)\//.exec(p);
  return m ? (m[1] as Layer) : 'other';
}

interface ImportRef {
  spec: string;
  typeOnly: boolean;
  line: number;
}

/** Every module specifier of a file: import/export … from, side-effect imports, import types, import() and require(). */
export function importsOf(fileName: string, source: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: ImportRef[] = [];
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const named = !!c && !c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : null;
      const typeOnly = !!c && (c.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      out.push({ spec: n.moduleSpecifier.text, typeOnly, line: lineOf(n) });
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push({ spec: n.moduleSpecifier.text, typeOnly: n.isTypeOnly, line: lineOf(n) });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push({ spec: n.argument.literal.text, typeOnly: true, line: lineOf(n) });
    } else if (
      ts.isCallExpression(n) &&
      (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require')) &&
      n.arguments.length === 1 &&
      ts.isStringLiteral(n.arguments[0])
    ) {
      out.push({ spec: n.arguments[0].text, typeOnly: false, line: lineOf(n) });
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression)) {
      out.push({ spec: n.moduleReference.expression.text, typeOnly: n.isTypeOnly, line: lineOf(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** References to an Apps Script service global (comments, strings and property names like `x.Session` do not count). */
export function serviceGlobalsOf(fileName: string, source: string): Array<{ name: string; line: number }> {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: Array<{ name: string; line: number }> = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && SERVICE_GLOBALS.includes(n.text)) {
      const p = n.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(p) && p.name === n) ||
        (ts.isQualifiedName(p) && p.right === n) ||
        ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isMethodSignature(p)) &&
          p.name === n);
      if (!isMemberName) out.push({ name: n.text, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The violations of one src file (path relative to the project root, '/'-separated), as readable lines. */
export function checkFile(rel: string, source: string): string[] {
  const problems: string[] = [];
  const layer = layerOf(rel);
  const first = source.split('\n', 1)[0];
  if (!/^\/\/ \S.{9,}/.test(first)) problems.push(`${rel}:1 does not open with a one-line // comment saying what it is for`);
  for (const imp of importsOf(rel, source)) {
    if (!imp.spec.startsWith('.')) {
      if (layer === 'domain' && !DOMAIN_PACKAGES.some((re) => re.test(imp.spec))) {
        problems.push(`${rel}:${imp.line} domain imports the package '${imp.spec}' (only ${DOMAIN_PACKAGES.map(String).join(', ')})`);
      }
      continue;
    }
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), imp.spec));
    const to = layerOf(target.endsWith('.ts') ? target : target + '.ts');
    const boundary = featureProblem(rel, layer, target.endsWith('.ts') ? target : target + '.ts', imp);
    if (boundary) problems.push(boundary);
    if (!ALLOWED[layer].includes(to)) {
      problems.push(`${rel}:${imp.line} ${layer} imports ${to} ('${imp.spec}')${imp.typeOnly ? ' (type-only imports count too)' : ''}`);
    } else if (layer === 'sidebar' && to === 'app' && !imp.typeOnly) {
      problems.push(`${rel}:${imp.line} sidebar (browser code) imports app at run time ('${imp.spec}'); import its types only`);
    }
  }
  if (PURE_LAYERS.includes(layer)) {
    for (const g of serviceGlobalsOf(rel, source)) {
      problems.push(`${rel}:${g.line} ${layer} uses the Apps Script service ${g.name}; reach it through a port (src/app/shared/ports.ts)`);
    }
  }
  return problems;
}

function srcFiles(dir = path.join(root, 'src')): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...srcFiles(p));
    else if (e.name.endsWith('.ts')) out.push(path.relative(root, p).split(path.sep).join('/'));
  }
  return out.sort();
}

describe('architecture: imports point inward, use cases reach Apps Script only through ports', () => {
  const files = srcFiles();

  test('every src file respects the layers, names no service global in app or domain, and opens with its purpose line', () => {
    expect(files.length).toBeGreaterThan(60);
    const layers = new Set(files.map(layerOf));
    for (const l of ['domain', 'app', 'gas', 'providers', 'ui', 'sidebar', 'main'] as Layer[]) expect(layers.has(l)).toBe(true);
    expect(files.filter((f) => layerOf(f) === 'other')).toEqual([]);
    const problems = files.flatMap((f) => checkFile(f, fs.readFileSync(path.join(root, f), 'utf8')));
    expect(problems).toEqual([]);
  });

  test('the parser sees the real imports (it is not vacuously passing)', () => {
    const tick = fs.readFileSync(path.join(root, 'src/app/publishing/tick.ts'), 'utf8');
    const specs = importsOf('src/app/publishing/tick.ts', tick).map((i) => i.spec);
    expect(specs).toEqual(expect.arrayContaining(['../shared/index', '../../domain/publication', '../authorization/index']));
    const handlers = importsOf('src/ui/publishing.handlers.ts', fs.readFileSync(path.join(root, 'src/ui/publishing.handlers.ts'), 'utf8')).map((i) => i.spec);
    expect(handlers).toEqual(expect.arrayContaining(['./install-ports', '../providers/index']));
    // The adapters do name the services: the global check would see them if they were in app.
    const gas = serviceGlobalsOf('src/gas/ports.gas.ts', fs.readFileSync(path.join(root, 'src/gas/ports.gas.ts'), 'utf8')).map((g) => g.name);
    expect(new Set(gas)).toEqual(new Set(['SpreadsheetApp', 'Session', 'PropertiesService', 'LockService', 'MailApp', 'DriveApp', 'Utilities']));
  });

  test('every *.handlers.ts installs the ports before any use case runs', () => {
    const handlers = files.filter((f) => f.startsWith('src/ui/') && f.endsWith('.handlers.ts'));
    expect(handlers.length).toBeGreaterThan(3);
    for (const f of handlers) {
      expect([f, importsOf(f, fs.readFileSync(path.join(root, f), 'utf8')).some((i) => i.spec === './install-ports')]).toEqual([f, true]);
    }
  });

  test('a synthetic violation of each rule is reported', () => {
    const head = '// A synthetic file used to prove the checker fails.\n';
    const cases: Array<[string, string, RegExp]> = [
      ['src/domain/x.ts', "import { Table } from '../gas/table';\n", /domain imports gas/],
      ['src/domain/x.ts', "import { ports } from '../app/ports';\n", /domain imports app/],
      ['src/domain/x.ts', "import * as _ from 'lodash';\n", /domain imports the package 'lodash'/],
      ['src/app/x.ts', "import type { Table } from '../gas/table';\n", /app imports gas .*type-only/],
      ['src/app/x.ts', "import {\n  a,\n  b,\n} from '../ui/menu';\n", /src\/app\/x\.ts:2 app imports ui/],
      ['src/app/x.ts', "export { createProviders } from '../providers/index';\n", /app imports providers/],
      ['src/app/x.ts', "type T = import('../sidebar/server').X;\n", /app imports sidebar/],
      ['src/app/x.ts', "const m = require('../gas/http');\n", /app imports gas/],
      ['src/app/x.ts', 'export function f(): void {\n  SpreadsheetApp.flush();\n}\n', /x\.ts:3 app uses the Apps Script service SpreadsheetApp/],
      ['src/app/x.ts', 'const s = Session;\n', /app uses the Apps Script service Session/],
      ['src/domain/x.ts', 'export const n = (): number => MailApp.getRemainingDailyQuota();\n', /domain uses the Apps Script service MailApp/],
      ['src/gas/x.ts', "import { buildMenu } from '../ui/menu';\n", /gas imports ui/],
      ['src/gas/x.ts', "import { XProvider } from '../providers/x.provider';\n", /gas imports providers/],
      ['src/providers/x.ts', "import { fetchAll } from '../gas/http';\n", /providers imports gas/],
      ['src/providers/x.ts', "import { menu } from '../ui/menu';\n", /providers imports ui/],
      ['src/sidebar/x.ts', "import { ports } from '../app/ports';\n", /sidebar \(browser code\) imports app at run time/],
      ['src/sidebar/x.ts', "import { gasPorts } from '../gas/ports.gas';\n", /sidebar imports gas/],
      ['src/main.ts', "export { runTick } from './app/tick';\n", /main imports app/],
      // Feature boundaries: another feature's files only through its index.ts.
      ['src/app/publishing/x.ts', "import { Gate } from '../authorization/gate';\n", /inside the authorization feature; go through src\/app\/authorization\/index\.ts/],
      ['src/app/calendar/x.ts', "import type { SheetTable } from '../shared/ports';\n", /inside the shared feature/],
      ['src/app/panel/x.ts', "export { TEXTO_COL } from '../publishing/publication-rows';\n", /inside the publishing feature/],
      ['src/ui/x.ts', "import { runTick } from '../app/publishing/tick';\n", /inside the publishing feature/],
      ['src/gas/x.ts', "import type { Ports } from '../app/shared/ports';\n", /inside the shared feature/],
      ['src/providers/x.ts', "import type { Provider } from '../app/publishing/provider.port';\n", /inside the publishing feature/],
      ['src/app/shared/x.ts', "import { runTick } from '../publishing/index';\n", /shared imports the publishing feature at run time/],
      ['src/sidebar/x.ts', "import type { X } from '../app/panel/panel.queries';\n", /browser code imports only an app \*\.api\.ts contract/],
    ];
    for (const [file, body, want] of cases) {
      const problems = checkFile(file, head + body);
      expect([file, body, problems.some((p) => want.test(p))]).toEqual([file, body, true]);
    }
    expect(checkFile('src/app/x.ts', "import { ports } from './ports';\nexport const f = 1;\n")).toEqual([
      'src/app/x.ts:1 does not open with a one-line // comment saying what it is for',
    ]);
  });

  test('what is allowed is not reported', () => {
    const ok: Array<[string, string]> = [
      ['src/domain/x.ts', "import twttr from 'twitter-text';\nimport { parseTweet } from 'twitter-text/dist/parseTweet';\nimport { text } from './cell';\n"],
      ['src/app/x.ts', "import { ports } from './ports';\nimport { text } from '../domain/cell';\n// Session.getActiveUser() is reached through ports().identity\nconst s = 'SpreadsheetApp.flush()';\nconst o = { Session: 1 };\nexport const v = o.Session;\ntype B = GoogleAppsScript.Base.Blob;\n"],
      ['src/gas/x.ts', "import type { Ports } from '../app/ports';\nexport const f = (): void => SpreadsheetApp.flush();\n"],
      ['src/providers/x.ts', "import type { Provider } from '../app/provider.port';\nimport OAuth from 'oauth-1.0a';\n"],
      ['src/ui/x.ts', "import './install-ports';\nimport { fetchAll } from '../gas/http';\nimport { createProviders } from '../providers/index';\n"],
      ['src/sidebar/x.ts', "import type { SidebarApi } from '../app/sidebar.api';\nimport { xWeightedLength } from '../domain/post-limits';\n"],
      ['src/main.ts', "export { onOpen } from './ui/foundation.handlers';\n"],
      ['src/app/publishing/x.ts', "import { Gate } from '../authorization/index';\nimport { sendRound } from './tick-send';\n"],
      ['src/app/authorization/x.ts', "import { ports } from '../shared/index';\nimport type { SheetTable } from '../shared/index';\n"],
      ['src/app/shared/x.ts', "import type { HttpRequest } from '../publishing/index';\nimport { ports } from './ports';\n"],
      ['src/ui/x.ts', "import './install-ports';\nimport { runTick } from '../app/publishing/index';\n"],
    ];
    for (const [file, body] of ok) expect([file, checkFile(file, '// A synthetic file that respects the layers.\n' + body)]).toEqual([file, []]);
  });

  test('ports() fails clearly until the entry-point layer installs them; gasPorts() calls no service until used', () => {
    expect(() => ports()).toThrow('PORTS_NOT_INSTALLED');
    // jest has no Apps Script globals: building the adapter must not touch them, using it must.
    const p: Ports = gasPorts();
    installPorts(p);
    expect(ports()).toBe(p);
    expect(() => ports().identity.activeEmail()).toThrow(/Session is not defined/);
  });

  test('only the secrets adapter and the ports name Script Properties (secrets live in Document Properties)', () => {
    const allowed = ['src/gas/secret-store.ts', 'src/gas/ports.gas.ts'];
    const hits = files.filter((f) => /getScriptProperties/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(hits.filter((f) => allowed.indexOf(f) < 0)).toEqual([]);
    expect(hits.length).toBeGreaterThan(0); // the check sees the adapters that do name it
  });
});
