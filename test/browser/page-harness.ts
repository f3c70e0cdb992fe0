// Drives the `npm start` page in headless Chromium: a demo world in a temporary folder, the page served on a free port.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { Emulator } from '../../local/runtime';
import { DEMO, seedDemo } from '../../local/demo';
import { connectDemoNetworks } from '../../local/endpoints/accounts';
import { serve, type WebServer } from '../../local/web/server';

export const SHOTS = path.resolve(__dirname, '../../.tmp/pagina');

/** The demo roles, agenda and proposals with the networks connected, at `at`; nothing programmed yet. */
export async function demoServer(at: string): Promise<{ server: WebServer; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'difusion-pagina-'));
  const emu = Emulator.create({ owner: DEMO.titular, now: at });
  seedDemo(emu);
  connectDemoNetworks(emu, DEMO.asistente);
  emu.save(dir);
  return { server: await serve({ dataDir: dir, port: 0 }), dir };
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-MX' });
  // Waits long enough for a loaded machine (the emulator runs the real bundle for every click); a hang still fails.
  context.setDefaultTimeout(120000);
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-listo]:not([data-ocupado])');
  return page;
}

export async function idle(page: Page): Promise<void> {
  await page.waitForSelector('body:not([data-ocupado])');
}

export async function actAs(page: Page, email: string): Promise<void> {
  await page.selectOption('#persona', email);
  await idle(page);
}

/** Chooses an item of the add-on menu with the keyboard-reachable menu button. */
export async function menu(page: Page, label: string): Promise<void> {
  await page.click('#menu-boton');
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

/** Opens the sidebar as the current person and waits until it has loaded. */
export async function openSidebar(page: Page): Promise<FrameLocator> {
  await menu(page, 'Abrir panel');
  await idle(page);
  const frame = page.frameLocator('#lateral-marco');
  await frame.locator('body[data-listo="true"]').waitFor();
  return frame;
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
