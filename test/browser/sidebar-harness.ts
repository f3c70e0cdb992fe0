// Runs dist/Sidebar.html in headless Chromium with a google.script.run shim that forwards each call to the emulator as a given user.
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Emulator } from '../../local/runtime';

export const CHROMIUM = '/usr/bin/chromium';
const SIDEBAR = path.resolve(__dirname, '../../dist/Sidebar.html');

/** Launches Debian's chromium; throws (the test fails, never skips) when it is missing. */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Falta ${CHROMIUM}: instale el paquete chromium (lo hace .ci/run).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** Serves the built sidebar on 127.0.0.1 (and the «Conectar redes» dialog at /conectar; nothing else). */
export async function serveSidebar(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(SIDEBAR)) throw new Error('Falta dist/Sidebar.html: ejecute «npm run build».');
  const html = fs.readFileSync(SIDEBAR, 'utf8');
  const dialog = fs.readFileSync(path.resolve(__dirname, '../../dist/ConectarRedes.html'), 'utf8');
  const server = http.createServer((req, res) => {
    if (req.url === '/' || req.url === '/sidebar' || req.url === '/conectar') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.url === '/conectar' ? dialog : html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The shim: google.script.run.withSuccessHandler(f).withFailureHandler(g).anyServerFunction(...args). */
const SHIM = `
(() => {
  function runner(ok, fail) {
    return new Proxy({}, {
      get(_t, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, fail);
        if (name === 'withFailureHandler') return (g) => runner(ok, g);
        if (typeof name !== 'string' || name === 'then') return undefined;
        return (...args) => {
          window.__gasCall(name, JSON.parse(JSON.stringify(args))).then((r) => {
            if (r.ok) { if (ok) ok(r.value); }
            else if (fail) { const e = new Error(r.message); fail(e); }
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
`;

export interface SidebarSession {
  page: Page;
  /** Every server call made by the page: function name and arguments. */
  calls: Array<{ name: string; args: unknown[] }>;
}

/** Opens the sidebar as `user`: each google.script.run call becomes Emulator.run(name, args, { as: user }). */
export async function openSidebar(browser: Browser, url: string, emu: Emulator, user: string, opts: { delayMs?: number } = {}): Promise<SidebarSession> {
  const context = await browser.newContext({ viewport: { width: 300, height: 900 }, locale: 'es-MX' }); // axe-core needs a context page
  const page = await context.newPage();
  // Closing the page closes its context; that close can race the page's own teardown and reject with «Target page,
  // context or browser has been closed» — handled here, or it surfaces as an unhandled rejection in a later test.
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  const calls: SidebarSession['calls'] = [];
  await page.exposeFunction('__gasCall', async (name: string, args: unknown[]) => {
    calls.push({ name, args });
    // A slow server (as Apps Script often is), so loading states and disabled buttons can be seen.
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    const r = emu.run(name, args, { as: user });
    if (r.error) return { ok: false, message: r.error.message };
    return { ok: true, value: JSON.parse(JSON.stringify(r.result ?? null)) as unknown };
  });
  await page.addInitScript(SHIM);
  await page.goto(url);
  if (!url.endsWith('/conectar')) await page.waitForSelector('body[data-listo]');
  return { page, calls };
}

/** One Chromium and one local server for a test file (started before its tests, closed after). */
export function useBrowser(): { browser: () => Browser; url: (page?: string) => string } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    fs.mkdirSync('test-artifacts', { recursive: true });
    browser = await launch();
    server = await serveSidebar();
  }, 180000);
  afterAll(async () => {
    if (browser) await browser.close();
    if (server) await server.close();
  });
  return {
    browser: () => browser as Browser,
    url: (page = '') => (server as { url: string }).url + page,
  };
}
