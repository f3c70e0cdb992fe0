// The bundles carry no core-js polyfills, yet the X counter built without them counts exactly as the full twitter-text does.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import twitter from 'twitter-text';
import { SERVER_OPTIONS } from '../scripts/build';

const root = path.resolve(__dirname, '..');
const CORE_JS_MARK = '__core-js_shared__';

/** Posts that exercise every weighting rule: emoji (with ZWJ and skin tones), URLs, CJK, combining marks, mentions. */
const CORPUS = [
  '',
  'Hola Coahuila',
  'Taller de prevención de la violencia #ICM @icmcoahuila https://icm.coahuila.gob.mx/talleres?x=1',
  '👩‍👩‍👧‍👦 familia 👍🏽 ✊🏿 🇲🇽 ❤️',
  '女性の権利を守る。中国語と日本語と한국어のテキスト',
  'e\u0301 n\u0303 a\u0308 — acentos combinados: Mu\u0301sica y ni\u0303a',
  'Visite www.gob.mx y http://example.com/ruta-larga/' + 'a'.repeat(120),
  'x'.repeat(279) + '👍',
  '漢'.repeat(141),
  'Mezcla: 👩🏽‍💻 código, ñandú, Ωmega, 🏳️‍🌈, https://t.co/abc, #8M, $MXN',
];

/** The same entry built as the server bundle is (core-js resolved to nothing), run in a context with no globals. */
async function bareCounter(): Promise<(s: string) => number> {
  const r = await esbuild.build({
    ...SERVER_OPTIONS,
    stdin: { contents: "export { xWeightedLength } from './domain/post-limits';\n", resolveDir: path.join(root, 'src'), loader: 'ts' },
    globalName: 'probe',
    write: false,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0].text;
  expect(code).not.toContain(CORE_JS_MARK);
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx);
  return (s: string) => vm.runInContext('probe.xWeightedLength', ctx)(s) as number;
}

describe('no core-js in the bundles', () => {
  test('the X counter without polyfills, in a bare context, equals the full library on the corpus', async () => {
    const count = await bareCounter();
    for (const s of CORPUS) expect([s, count(s)]).toEqual([s, twitter.parseTweet(s).weightedLength]);
  });

  test('dist/Code.js and the sidebar script contain no core-js, and a build without the plugin would', async () => {
    expect(fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8')).not.toContain(CORE_JS_MARK);
    expect(fs.readFileSync(path.join(root, 'dist/Sidebar.html'), 'utf8')).not.toContain(CORE_JS_MARK);
    const withPolyfills = await esbuild.build({
      ...SERVER_OPTIONS,
      plugins: [],
      stdin: { contents: "export { xWeightedLength } from './domain/post-limits';\n", resolveDir: path.join(root, 'src'), loader: 'ts' },
      write: false,
      logLevel: 'silent',
    });
    expect(withPolyfills.outputFiles[0].text).toContain(CORE_JS_MARK);
  });

  test('the server bundle is minified with names kept: a stack trace names the inner function, not its short name', () => {
    const code = fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8');
    expect(code.split('\n').length).toBeLessThan(200);
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx, { filename: 'Code.js' });
    let stack = '';
    try {
      vm.runInContext("onOpen({ authMode: 'LIMITED' })", ctx);
    } catch (e) {
      stack = String((e as Error).stack);
    }
    const frames = stack.split('\n').filter((l) => l.startsWith('    at ')).map((l) => /at (\S+) \(Code\.js:(\d+)/.exec(l));
    // The handler inside the minified IIFE (line 2 onwards), then the generated top-level stub (last lines).
    expect(frames[0]?.[1]).toBe('onOpen');
    expect(frames[1]?.[1]).toBe('onOpen');
    expect(Number(frames[0]?.[2])).toBeLessThan(Number(frames[1]?.[2]));
  });
});
