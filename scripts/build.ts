// Builds the Apps Script bundle: src/main.ts -> dist/Code.js with one top-level function per exported entry point, plus the manifest and HTML.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
export const GLOBAL_NAME = '__difusion';
/** Node built-ins that js-sha256 requires only when it runs on Node; never reached in Apps Script (no `process`). */
export const NODE_ONLY = ['crypto', 'buffer'];

/**
 * twitter-text's CommonJS build imports core-js 2 polyfills (RegExp methods, Array.sort, DOM iterables) that V8 and the
 * browsers the sidebar supports already have natively: every `core-js/...` import resolves to an empty module.
 */
export const noCoreJs: esbuild.Plugin = {
  name: 'no-core-js',
  setup(b) {
    b.onResolve({ filter: /^core-js(\/|$)/ }, (a) => ({ path: a.path, namespace: 'no-core-js' }));
    b.onLoad({ filter: /.*/, namespace: 'no-core-js' }, () => ({ contents: '', loader: 'js' }));
  },
};

/** esbuild options of the server bundle (also used by tests that build probes the same way). */
export const SERVER_OPTIONS = {
  bundle: true,
  format: 'iife',
  globalName: GLOBAL_NAME,
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  external: NODE_ONLY,
  legalComments: 'none',
  charset: 'utf8',
  // Minified for size, with function and class names kept so Apps Script's stack traces stay readable.
  minify: true,
  keepNames: true,
  plugins: [noCoreJs],
} satisfies esbuild.BuildOptions;

/** The names exported by src/main.ts: the ONE list of entry points. Read from an ESM metafile (IIFE metafiles list no exports). */
export async function entryPointNames(entry: string = path.join(root, 'src/main.ts')): Promise<string[]> {
  const r = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: NODE_ONLY,
    logLevel: 'silent',
  });
  const out = Object.values(r.metafile.outputs)[0];
  return [...out.exports].sort();
}

/** Stubs that make each entry point a top-level function declaration, as Apps Script requires for menus, triggers and google.script.run. */
export function stubs(names: string[]): string {
  return names
    .map((n) => `function ${n}() { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`)
    .join('\n');
}

/** Environment variable with the institute's website address(es) — WordPress site and/or webhook — comma-separated. */
export const WEB_URLS_ENV = 'DIFUSION_WEB_URLS';

/** 'https://host/' for a website address given at deploy time (https only, as Apps Script's allowlist requires). */
export function websitePrefix(url: string): string {
  const m = /^https:\/\/([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?(?:[/?#]|$)/i.exec(url.trim());
  if (!m) throw new Error(`${WEB_URLS_ENV}: «${url}» no es una dirección https:// válida del sitio web.`);
  return `https://${m[1].toLowerCase()}/`;
}

/**
 * The manifest's urlFetchWhitelist (https://developers.google.com/apps-script/manifest/allowlist-url): the prefixes the
 * providers fetch plus the website's host, each 'https://host/', sorted and without repeats.
 */
export async function urlFetchWhitelist(webUrls: readonly string[]): Promise<string[]> {
  const mod = (await import('../src/providers/fetch-hosts')) as { PROVIDER_FETCH_PREFIXES: readonly string[] };
  return [...new Set([...mod.PROVIDER_FETCH_PREFIXES, ...webUrls.map(websitePrefix)])].sort();
}

/** The website addresses given at deploy time (env DIFUSION_WEB_URLS). */
export function webUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[WEB_URLS_ENV] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** appsscript.json with the generated urlFetchWhitelist. */
export async function manifestFor(webUrls: readonly string[]): Promise<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
  manifest.urlFetchWhitelist = await urlFetchWhitelist(webUrls);
  return JSON.stringify(manifest, null, 2) + '\n';
}

async function buildSidebar(): Promise<boolean> {
  const entry = path.join(root, 'src/sidebar/index.ts');
  const template = path.join(root, 'src/sidebar/Sidebar.html');
  if (!fs.existsSync(entry) || !fs.existsSync(template)) return false;
  const r = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: true,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [noCoreJs],
  });
  const js = r.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = fs.readFileSync(template, 'utf8').replace('<!-- SIDEBAR_SCRIPT -->', () => `<script>${js}</script>`);
  writeAtomic(path.join(dist, 'Sidebar.html'), html);
  return true;
}

function copyHtml(): string[] {
  const dir = path.join(root, 'src/ui/html');
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
  for (const f of files) writeAtomic(path.join(dist, f), fs.readFileSync(path.join(dir, f)));
  return files;
}

/** Writes a file atomically (temp file + rename), so tests reading dist/ while a build runs never see a partial file. */
function writeAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * Bundles an entry (src/main.ts, or a test's variant that imports it) into one IIFE with a top-level stub per export.
 * Returns the bundle's text and the entry points.
 */
export async function bundleCode(entry: string = path.join(root, 'src/main.ts')): Promise<{ names: string[]; code: Uint8Array }> {
  const names = await entryPointNames(entry);
  const r = await esbuild.build({
    ...SERVER_OPTIONS,
    entryPoints: [entry],
    outfile: path.join(dist, 'Code.js'),
    logLevel: 'warning',
    banner: { js: '// Difusión ICM — generated by scripts/build.ts from src/. Do not edit.' },
    footer: { js: stubs(names) },
    write: false,
  });
  return { names, code: r.outputFiles[0].contents };
}

export async function build(): Promise<{ names: string[]; bytes: number }> {
  fs.mkdirSync(dist, { recursive: true });
  const before = new Set(fs.readdirSync(dist));
  const { names, code } = await bundleCode();
  const written = new Set<string>(['Code.js', 'appsscript.json']);
  writeAtomic(path.join(dist, 'Code.js'), Buffer.from(code));
  writeAtomic(path.join(dist, 'appsscript.json'), await manifestFor(webUrlsFromEnv()));
  for (const f of copyHtml()) written.add(f);
  if (await buildSidebar()) written.add('Sidebar.html');
  // Files of an earlier build that this one no longer produces (e.g. a removed dialog) must not be deployed.
  for (const f of before) if (!written.has(f) && !f.endsWith('.tmp')) fs.rmSync(path.join(dist, f), { recursive: true, force: true });
  return { names, bytes: code.length };
}

if (require.main === module) {
  build()
    .then(({ names, bytes }) => {
      console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${names.length} puntos de entrada`);
      if (webUrlsFromEnv().length === 0) console.log(`Aviso: sin ${WEB_URLS_ENV}, urlFetchWhitelist no incluye el sitio web (solo X y Facebook).`);
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    });
}
