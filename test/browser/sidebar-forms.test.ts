// Forms in Chromium: errors beside fields, loading states and busy buttons, the editor's previews, the warning before voiding, axe-core.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ASISTENTE, ok, TITULAR, visto } from '../auth/auth-fixture';
import { openSidebar, useBrowser } from './sidebar-harness';
import { driveImage, requestedPublication } from './sidebar-fixture';
import { connectDemoNetworks } from '../../local/endpoints/accounts';
import { injectFault } from '../../local/fakes/urlfetch.fake';

jest.setTimeout(180000);

const ARTIFACTS = 'test-artifacts';
const chromium = useBrowser();

async function axe(page: Page, where: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: ${v.id} ${v.help}`);
}

test('errors sit beside their fields (aria-invalid, described-by), focus goes to the first; a new attempt clears old errors', async () => {
  const w = requestedPublication();
  const { page, calls } = await openSidebar(chromium.browser(), chromium.url(), w.emu, ASISTENTE);
  await page.click('#p-enviar');
  expect(calls.some((c) => c.name === 'panelCrearPropuesta')).toBe(false);
  for (const id of ['p-tipo', 'p-tema', 'p-direccion', 'p-marco', 'p-descripcion', 'p-del', 'p-al']) {
    expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
    expect(await page.getAttribute(`#${id}`, 'aria-describedby')).toBe(`${id}-error`);
    expect((await page.textContent(`#${id}-error`))?.length).toBeGreaterThan(5);
  }
  expect(await page.textContent('#p-tema-error')).toBe('Escriba el tema de la propuesta.');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('p-tipo');
  expect(await axe(page, 'errores')).toEqual([]);
  await page.fill('#p-tema', 'Tema');
  await page.click('#p-enviar');
  expect(await page.getAttribute('#p-tema', 'aria-invalid')).toBeNull();
  expect(await page.locator('#p-tema-error').count()).toBe(0);
  await page.close();
});

test('loading states on every list, buttons disabled while a call runs', async () => {
  const w = requestedPublication();
  const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR, { delayMs: 700 });
  const lista = page.locator('#aut-lista');
  await page.locator('#aut-lista article').first().waitFor();
  await page.click('#aut-actualizar');
  expect(await lista.getAttribute('aria-busy')).toBe('true');
  expect(await page.textContent('#aut-lista')).toBe('Cargando las solicitudes…');
  expect(await page.isDisabled('#aut-actualizar')).toBe(true);
  await page.locator('#aut-lista article').first().waitFor();
  expect(await lista.getAttribute('aria-busy')).toBeNull();
  for (const [tab, list] of [['mias', 'mias-lista'], ['hoy', 'hoy-lista']]) {
    await page.click(`#tab-${tab}`);
    expect(await page.textContent(`#${list}`)).toMatch(/^Cargando .+…$/);
    expect(await page.isDisabled(`#${tab}-actualizar`)).toBe(true);
    await page.waitForFunction((l) => !document.getElementById(l)?.hasAttribute('aria-busy'), list);
  }
  await page.click('#tab-autorizaciones');
  const card = page.locator(`article[aria-label="Publicación ${w.id}"]`);
  await card.waitFor();
  await card.getByRole('button', { name: `Autorizar publicación ${w.id}` }).click();
  expect(await card.getByRole('button', { name: `Solicitar cambios publicación ${w.id}` }).isDisabled()).toBe(true);
  expect(await card.getAttribute('aria-busy')).toBe('true');
  await page.waitForSelector('article.decided');
  await page.close();
});

test('the editor: a preview per network, amber counters near the limit, X cost, thumbnail; screenshot', async () => {
  const w = requestedPublication();
  const link = driveImage(w.emu);
  const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, ASISTENTE);
  await page.click('#tab-textos');
  await page.selectOption('#c-id', w.id);
  const fb = 'Primera línea de la campaña.\nSegunda línea.\n' + 'Texto largo de Facebook. '.repeat(30);
  await page.fill('#c-texto-x', 'a'.repeat(250) + ' https://icm.gob.mx');
  await page.fill('#c-texto-facebook', fb);
  await page.fill('#c-imagen', link);
  await page.dispatchEvent('#c-imagen', 'change');
  await page.waitForSelector('#c-preview .post-x img.thumb');
  expect(await page.getAttribute('#c-cuenta-x', 'class')).toBe('counter near');
  expect(await page.textContent('#c-cuenta-x')).toBe('274 / 280 — quedan 6');
  expect(await page.textContent('#c-costo-x')).toContain('US$0.20, porque el texto lleva un enlace');
  const fbPreview = page.locator('#c-preview .post-facebook .preview');
  expect(await fbPreview.textContent()).toMatch(/… Ver más$/);
  expect(await fbPreview.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('pre-wrap');
  expect(await page.getAttribute('#c-preview .post-x img.thumb', 'src')).toMatch(/^data:image\/png;base64,/);
  await page.uncheck('#c-red-x');
  await page.check('#c-red-web');
  await page.fill('#c-texto-web', 'Nota en el sitio: https://icm.gob.mx/naranja');
  expect(await page.locator('#c-preview .post').count()).toBe(2);
  await page.check('#c-red-x');
  expect(await axe(page, 'editor')).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/editor-vistas-previas.png`, fullPage: true });
  await page.close();
});

test('saving a change to an authorized publication warns first that it will need a new authorization', async () => {
  const w = requestedPublication();
  ok(w.emu.run('panelAutorizar', [visto(w.emu, 'calendario', w.id)], { as: TITULAR }));
  const { page, calls } = await openSidebar(chromium.browser(), chromium.url(), w.emu, ASISTENTE);
  await page.click('#tab-textos');
  await page.selectOption('#c-id', w.id);
  expect(await page.isVisible('#c-autorizada')).toBe(true);
  await page.fill('#c-texto-x', 'Texto nuevo');
  await page.click('#c-guardar');
  expect(await page.isVisible('#c-aviso')).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('c-aviso-si');
  expect(calls.some((c) => c.name === 'panelGuardarPublicacion')).toBe(false);
  await page.click('#c-aviso-si');
  await page.waitForFunction(() => /requiere nueva autorización/.test(document.getElementById('c-resultado')?.textContent ?? ''));
  await page.close();
});

test('axe-core: no moderate, serious or critical violation with cards, filters and the rejection box open', async () => {
  const w = requestedPublication();
  const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR);
  const card = page.locator(`article[aria-label="Publicación ${w.id}"]`);
  await card.waitFor();
  await card.getByRole('button', { name: `Rechazar publicación ${w.id}` }).click();
  expect(await axe(page, 'rechazo')).toEqual([]);
  await page.close();
});

test('«Conectar redes»: buttons disabled while a call runs; a failed test no longer shows «configurado ✓»', async () => {
  const w = requestedPublication();
  connectDemoNetworks(w.emu, ASISTENTE);
  injectFault(w.emu.world, { endpoint: 'x', kind: 'status', status: 401, body: '{"title":"Unauthorized","status":401}', headers: {}, times: 5 });
  const { page } = await openSidebar(chromium.browser(), chromium.url('conectar'), w.emu, ASISTENTE, { delayMs: 500 });
  await page.waitForFunction(() => /configurado/.test(document.getElementById('estado-X')?.textContent ?? ''));
  expect(await page.textContent('#estado-X')).toMatch(/^configurado ✓/);
  await page.click('#probar');
  expect(await page.isDisabled('#probar')).toBe(true);
  expect(await page.isDisabled('#guardar')).toBe(true);
  await page.waitForFunction(() => !(document.getElementById('probar') as HTMLButtonElement).disabled);
  expect(await page.textContent('#estado-X')).toBe('configurado, pero la prueba falló');
  expect(await page.textContent('#estado-Facebook')).toMatch(/^configurado ✓/);
  expect(await axe(page, 'conectar redes')).toEqual([]);
  await page.close();
});
