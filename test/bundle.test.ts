// The built dist/Code.js in a bare vm context: every entry point is a top-level function, and src/ uses no Node or browser global.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as vm from 'vm';
import { entryPointNames, GLOBAL_NAME, NODE_ONLY, stubs } from '../scripts/build';

const root = path.resolve(__dirname, '..');
const code = (): string => fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8');

/** Globals that Apps Script's V8 lacks (reference §D) and that src/ must never use. */
const FORBIDDEN = ['require', 'process', 'Buffer', 'setTimeout', 'setInterval', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch', 'atob', 'btoa', 'structuredClone', 'module', 'exports', 'window', 'document'];

function bareContext(): vm.Context {
  return vm.createContext({});
}

describe('dist/Code.js in a bare context (https://developers.google.com/apps-script/guides/v8-runtime)', () => {
  test('the bare context has none of the Node or browser globals', () => {
    const ctx = bareContext();
    for (const name of FORBIDDEN) expect([name, vm.runInContext(`typeof ${name}`, ctx)]).toEqual([name, 'undefined']);
  });

  test('loads with no globals at all and exposes every name of the entry-point list as a top-level function', async () => {
    const names = await entryPointNames();
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'onEdit', 'tick']));
    const ctx = bareContext();
    vm.runInContext(code(), ctx, { filename: 'Code.js' });
    for (const n of names) {
      // A top-level function declaration, as menus, triggers and google.script.run require.
      expect([n, vm.runInContext(`typeof ${n}`, ctx)]).toEqual([n, 'function']);
      expect(code()).toMatch(new RegExp(`^function ${n}\\(\\)`, 'm'));
    }
  });

  test('the stubs are generated from the list, one per name and nothing hand-written', async () => {
    const names = await entryPointNames();
    const declared = code().match(/^function (\w+)\(\)/gm) ?? [];
    expect(declared.map((d) => d.slice(9, -2)).sort()).toEqual(names);
    expect(stubs(['a'])).toBe(`function a() { return ${GLOBAL_NAME}.a.apply(this, arguments); }`);
  });
});

describe('src/ may only use what Apps Script V8 provides', () => {
  function diagnosticsFor(extra?: { file: string; text: string }): string[] {
    const cfgPath = path.join(root, 'src/tsconfig.json');
    const cfg = ts.getParsedCommandLineOfConfigFile(cfgPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!cfg) throw new Error('src/tsconfig.json unreadable');
    const files = extra ? [...cfg.fileNames, extra.file] : cfg.fileNames;
    const host = ts.createCompilerHost(cfg.options);
    const orig = host.getSourceFile.bind(host);
    host.getSourceFile = (f, lang, onErr, create) =>
      extra && path.resolve(f) === path.resolve(extra.file) ? ts.createSourceFile(f, extra.text, lang) : orig(f, lang, onErr, create);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (f) => (extra && path.resolve(f) === path.resolve(extra.file)) || fileExists(f);
    const program = ts.createProgram(files, cfg.options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  test('type-checking src/ with only the ES and Apps Script libraries finds no unknown global', () => {
    const unknown = diagnosticsFor().filter((m) => /Cannot find name/.test(m));
    expect(unknown).toEqual([]);
  });

  test('adding setTimeout or new URL() to src/ is caught by that check', () => {
    const file = path.join(root, 'src/domain/__probe_forbidden.ts');
    const msgs = diagnosticsFor({ file, text: "export function probe(): void { setTimeout(() => undefined, 1); new URL('https://x.test'); }\n" });
    expect(msgs).toEqual(expect.arrayContaining([expect.stringMatching(/Cannot find name 'setTimeout'/), expect.stringMatching(/Cannot find name 'URL'/)]));
  });

  test.each([
    ['setTimeout', 'setTimeout(() => undefined, 0);', /setTimeout is not defined/],
    ['new URL()', "new URL('https://api.x.com/2/tweets');", /URL is not defined/],
  ])('a bundle whose code calls %s fails when run in the bare context', async (_name, statement, error) => {
    const probe = `export * from './main';\nexport function probeForbidden(): void { ${statement} }\n`;
    const r = await esbuild.build({
      stdin: { contents: probe, resolveDir: path.join(root, 'src'), loader: 'ts' },
      bundle: true,
      format: 'iife',
      globalName: GLOBAL_NAME,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      external: NODE_ONLY,
      write: false,
      footer: { js: stubs(['probeForbidden']) },
      logLevel: 'silent',
    });
    const ctx = bareContext();
    vm.runInContext(r.outputFiles[0].text, ctx);
    expect(() => vm.runInContext('probeForbidden()', ctx)).toThrow(error);
  });
});
