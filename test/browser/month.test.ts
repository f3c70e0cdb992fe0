// The institute's month on the `npm start` page in Chromium: propose, authorize, program, write, request, authorize, publish, a boletín to SEGOB, see it leave.
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { DEMO } from '../../local/demo';
import type { WebServer } from '../../local/web/server';
import { launch } from './sidebar-harness';
import { actAs, demoServer, idle, menu, openPage, openSidebar, shot } from './page-harness';

// A guard against a hung browser, not a performance figure: on a loaded 2-core machine the month takes minutes.
jest.setTimeout(420000);

let browser: Browser;
let server: WebServer;
let dir: string;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  ({ server, dir } = await demoServer('2026-11-30T09:00'));
  page = await openPage(browser, server.url);
}, 420000);

afterAll(async () => {
  if (page) await page.close();
  if (browser) await browser.close();
  if (server) await server.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const TEMA = 'Jornada de salud mental para mujeres';
const TEXTO_X = 'Jornada de salud mental para mujeres: atención gratuita en el ICM. Llama al 800 822 0260. #ICM';
const TEXTO_FB = 'Jornada de salud mental para mujeres.\n\nEl Instituto Coahuilense de las Mujeres te acompaña con atención psicológica gratuita.';

/** Answers every dialog a menu function shows: the first prompt with `reply`, every alert with its main button. */
async function answerDialogs(reply: string): Promise<string[]> {
  const seen: string[] = [];
  for (let n = 0; ; ) {
    // Either the function finished or a new dialog (numbered by the page) is open.
    await page.waitForFunction((k) => {
      const d = document.getElementById('dialogo') as HTMLDialogElement;
      return (d.open && Number(d.dataset.n) > k) || !document.body.dataset.ocupado;
    }, n);
    if (!(await page.locator('#dialogo[open]').count())) return seen;
    n = Number(await page.getAttribute('#dialogo', 'data-n'));
    seen.push((await page.textContent('#dialogo-texto')) ?? '');
    if (await page.isVisible('#dialogo-entrada')) {
      await page.fill('#dialogo-entrada', reply);
      await page.press('#dialogo-entrada', 'Enter');
    } else await page.click('#dialogo .principal-btn');
  }
}

/**
 * axe-core on the page, or on some of its regions, with the add-on's frame (sidebar or dialog) inside; serious and
 * critical findings only. On a loaded machine axe now and then fails to reach into the frame and skips it silently:
 * such a run is repeated, and one that never covers the frame is a failure.
 */
async function seriousViolations(where: string, ...regions: string[]): Promise<string[]> {
  for (let attempt = 0; attempt < 3; attempt++) {
    let axe = new AxeBuilder({ page });
    for (const r of regions) axe = axe.include(r);
    const r = await axe.analyze();
    const inFrame = [...r.passes, ...r.violations].some((v) => v.nodes.some((n) => n.target.length > 1));
    if (inFrame) return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  return [`${where}: axe no pudo revisar el marco del complemento`];
}

async function status(frame: FrameLocator, re: RegExp): Promise<void> {
  const ok = frame.locator('#status').filter({ hasText: re });
  await ok.or(frame.locator('#error').filter({ hasText: /\S/ })).first().waitFor();
  if (!(await ok.count())) throw new Error(`El panel mostró un error: ${await frame.locator('#error').textContent()}`);
}

/** google.script.run refuses what Apps Script refuses (a Date argument) before calling, and calls back with a user object. */
async function bridgeRules(panel: FrameLocator): Promise<string[]> {
  return panel.locator('body').evaluate((b) => new Promise<string[]>((res) => {
    const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
    let refused = '';
    try {
      run.panelInicio(new Date());
    } catch (e) {
      refused = (e as Error).message;
    }
    run.withUserObject(b.tagName).withSuccessHandler((v: { rol: string }, u: string) => res([refused, v.rol, u])).panelInicio();
  }));
}

/** A Dirección proposes a topic in the sidebar. */
async function direccionPropone(): Promise<string[]> {
  await actAs(page, DEMO.direcciones[0]);
  const panel = await openSidebar(page);
  expect(await bridgeRules(panel)).toEqual(['Failed due to illegal value in property: 0', 'Dirección', 'BODY']);
  await panel.locator('#p-tipo').selectOption('Evento');
  await panel.locator('#p-tema').fill(TEMA);
  await panel.locator('#p-direccion').fill('Dirección de Prevención y Atención a la Violencia');
  await panel.locator('#p-marco').selectOption('Ambas');
  await panel.locator('#p-descripcion').fill('Jornada con psicólogas del Instituto en Saltillo.');
  await panel.locator('#p-del').fill('2026-12-01');
  await panel.locator('#p-al').fill('2026-12-05');
  await panel.locator('#p-red-x').check();
  await panel.locator('#p-red-facebook').check();
  await panel.locator('#p-enviar').click();
  await status(panel, /registrada/);
  await idle(page);
  await shot(page, '1-direccion-propone');
  return seriousViolations('página y panel (Dirección)');
}

/** The Titular authorizes, from her panel, the card `card` (a CSS selector) that holds `text`. */
async function titularAutoriza(card: string, text?: string, shotName?: string): Promise<void> {
  await actAs(page, DEMO.titular);
  const panel = await openSidebar(page);
  await panel.locator('#tab-autorizaciones').click();
  const article = text === undefined ? panel.locator(card) : panel.locator(card, { hasText: text });
  await article.getByRole('button', { name: /^Autorizar / }).click();
  await status(panel, /autoriz/i);
  if (shotName) await shot(page, shotName);
}

/** The Asistente programs December from the menu (its prompt asks for the month) and writes the texts of the 1st. */
async function asistenteProgramaYEscribe(): Promise<{ id: string; axe: string[] }> {
  await actAs(page, DEMO.asistente);
  await menu(page, 'Programar mes');
  expect((await answerDialogs('2026-12'))[0]).toMatch(/aaaa-mm/);
  await page.getByRole('tab', { name: 'Calendario' }).click();
  await idle(page);
  expect(await page.locator('#rejilla td', { hasText: '2026-12-01' }).count()).toBeGreaterThan(0);
  const panel = await openSidebar(page);
  // The publications' editor is the «Textos» tab (shown to the Asistente and the Titular only).
  await panel.locator('#tab-textos').click();
  const id = await panel.locator('#c-id option', { hasText: /^1 de diciembre / }).first().getAttribute('value');
  expect(id).toBeTruthy();
  await panel.locator('#c-id').selectOption(id!);
  const nueva = await panel.locator('#c-propuesta option', { hasText: TEMA }).getAttribute('value');
  await panel.locator('#c-propuesta').selectOption(nueva!);
  await panel.locator('#c-red-x').check();
  await panel.locator('#c-red-facebook').check();
  await panel.locator('#c-texto-x').fill(TEXTO_X);
  await panel.locator('#c-texto-facebook').fill(TEXTO_FB);
  await panel.locator('#c-guardar').click();
  await status(panel, /Se (guardó|creó)/);
  // Only what someone asked her to decide reaches the Titular's list: the Asistente asks for it.
  await panel.getByRole('button', { name: 'Solicitar autorización', exact: true }).click();
  await status(panel, /a la Titular para su autorización/);
  await idle(page);
  await shot(page, '3-asistente-escribe');
  return { id: id!, axe: await seriousViolations('panel (Asistente, publicación)', '#lateral') };
}

/** The clock past 10:00 on 1 December: the post is in the X and Facebook feeds and its permalink in its row. */
async function relojPublica(id: string): Promise<void> {
  await page.fill('#reloj-hasta', '2026-12-01T10:30');
  await page.click('#reloj-ir');
  await page.locator('#reloj-estado').filter({ hasText: /^Listo/ }).waitFor();
  await idle(page);
  expect(await page.textContent('#reloj-ahora')).toBe('2026-12-01 10:30');
  await page.click('#s-x');
  const xRow = page.locator('#s-panel tr', { hasText: 'Jornada de salud mental' });
  expect(await xRow.locator('a').getAttribute('href')).toMatch(/^https:\/\/x\.com\/\w+\/status\/\d+$/);
  await shot(page, '4-reloj-publica-x');
  await page.click('#s-facebook');
  expect(await page.locator('#s-panel tr', { hasText: 'Jornada de salud mental' }).locator('a').getAttribute('href')).toMatch(/^https:\/\/www\.facebook\.com\/\d+\/posts\/\d+$/);
  const row = await page.locator('#rejilla tr', { hasText: id }).textContent();
  expect(row).toMatch(/https:\/\/x\.com\/\w+\/status\/\d+/);
  expect(row).toMatch(/Publicada/);
}

const BOLETIN = 'Jornada de salud mental: el ICM atiende a 120 mujeres en Saltillo';

/** The Asistente writes a boletín in the sidebar's «Boletines CS01» section and asks the Titular to authorize it. */
async function asistenteCreaBoletin(): Promise<{ numero: string; axe: string[] }> {
  await actAs(page, DEMO.asistente);
  const panel = await openSidebar(page);
  await panel.locator('#segob-boletines summary').click();
  await panel.locator('#b-titulo').fill(BOLETIN);
  await panel.locator('#b-lugar').fill('Saltillo, Coahuila');
  await panel.locator('#b-fecha').fill('2026-12-01');
  await panel.locator('#b-resumen').fill('Psicólogas del Instituto atendieron a 120 mujeres en la Jornada de salud mental.');
  await panel.locator('#form-boletin button[type=submit]').click();
  const msg = panel.locator('#b-msg');
  await msg.filter({ hasText: /\S/ }).waitFor();
  expect(await msg.getAttribute('class')).toBe('msg ok');
  const numero = await panel.locator('#b-numero').inputValue();
  expect(numero).toMatch(/^ICM-B-2026-\d{3}$/);
  await idle(page);
  await shot(page, '8-asistente-crea-boletin');
  await panel.locator('#b-solicitar').click();
  await msg.filter({ hasText: /panel de la Titular/ }).waitFor();
  await idle(page);
  return { numero, axe: await seriousViolations('panel (Asistente, boletín)', '#lateral') };
}

/** The Asistente sends the authorized boletín to SEGOB from the same section. */
async function asistenteEnviaBoletin(numero: string): Promise<void> {
  await actAs(page, DEMO.asistente);
  const panel = await openSidebar(page);
  await panel.locator('#segob-boletines summary').click();
  await panel.locator('#b-numero').fill(numero);
  const msg = panel.locator('#b-msg');
  await panel.locator('#b-enviar').click();
  await msg.filter({ hasText: /\S/ }).waitFor();
  expect([await msg.getAttribute('class'), await msg.textContent()]).toEqual(['msg ok', expect.stringMatching(/SEGOB/)]);
  await idle(page);
  // Its row in «Boletines CS01» now says it was sent (the sheet tab is chosen again until the grid shows that sheet:
  // on a loaded machine a click can land while the page is still redrawing after the send).
  const row = page.locator('#rejilla tr', { hasText: numero });
  for (let intento = 0; intento < 10 && (await row.count()) === 0; intento++) {
    await page.getByRole('tab', { name: 'Boletines CS01' }).click();
    await idle(page);
    if ((await row.count()) === 0) await page.waitForTimeout(1000);
  }
  expect(await row.textContent()).toMatch(/Enviado/);
  await shot(page, '10-asistente-envia-boletin');
}

/** What left: the outbox (attachments open from it), the Bitácora, the meter of the last execution. */
async function loQueSalio(): Promise<string[]> {
  await page.click('#s-correos');
  // The boletín's e-mail to SEGOB, its PDF listed with a link that serves the file.
  const mail = page.locator('#s-panel tr', { hasText: DEMO.segob[0] }).filter({ hasText: BOLETIN });
  await mail.locator('summary').click();
  await shot(page, '5-correos');
  const attached = mail.locator('a[href^="/adjunto/"]');
  expect(await attached.count()).toBe(1);
  expect(await attached.textContent()).toMatch(/\.pdf \(\d+ KB\)/);
  const r = await page.request.get(server.url + (await attached.getAttribute('href'))!.slice(1));
  expect([r.status(), r.headers()['content-type'], (await r.body()).subarray(0, 5).toString('latin1')]).toEqual([200, 'application/pdf', '%PDF-']);
  await page.click('#s-bitacora');
  expect(await page.textContent('#s-panel')).toMatch(/Publicad|Autoriz/);
  await page.click('#s-medidor');
  // The last execution is the boletín's sending: one e-mail through MailApp.
  expect(await page.textContent('#s-panel')).toMatch(/Última ejecución: panelEnviarBoletin como asistente@[\s\S]*MailApp\.sendEmail1/);
  await shot(page, '6-medidor');
  return seriousViolations('reloj, salidas y panel (medidor)', '.barra', '#salidas', '#lateral');
}

describe('the month on the local page', () => {
  test('Dirección proposes, Titular authorizes, Asistente programs and writes, Titular authorizes, the clock publishes, a boletín goes to SEGOB with its PDF', async () => {
    const axe = await direccionPropone();
    await titularAutoriza('article[aria-label^="Propuesta PRO-"]', TEMA, '2-titular-autoriza-propuesta');
    const escrito = await asistenteProgramaYEscribe();
    axe.push(...escrito.axe);
    await titularAutoriza(`article[aria-label="Publicación ${escrito.id}"]`);
    await relojPublica(escrito.id);
    const { numero, axe: axeBoletin } = await asistenteCreaBoletin();
    axe.push(...axeBoletin);
    await titularAutoriza(`article[aria-label="Boletín ${numero}"]`, undefined, '9-titular-autoriza-boletin');
    await asistenteEnviaBoletin(numero);
    axe.push(...(await loQueSalio()));
    expect(axe).toEqual([]);
  });

  test('by keyboard: a protected cell is refused with Sheets\' message, a drop-down edit saves, Conectar redes opens and closes', async () => {
    await actAs(page, DEMO.asistente);
    await page.getByRole('tab', { name: 'Configuración' }).click();
    await idle(page);
    const titular = page.locator('#rejilla td[data-r="1"][data-c="1"]');
    await titular.click();
    await page.keyboard.type('yo@icm.gob.mx');
    await page.keyboard.press('Enter');
    await page.locator('#dialogo[open]').waitFor();
    expect(await page.textContent('#dialogo-texto')).toMatch(/^Estás intentando editar una celda u objeto protegidos/);
    await page.keyboard.press('Enter');
    await idle(page);
    expect(await titular.textContent()).toBe(DEMO.titular);

    // A weekend day of Calendario: «Fin de semana» is a drop-down the Asistente sets.
    await page.getByRole('tab', { name: 'Calendario' }).click();
    await idle(page);
    const col = await page.locator('#rejilla td[data-r="0"]').evaluateAll((tds) => tds.findIndex((td) => td.textContent === 'Fin de semana'));
    const row = await page.locator('#rejilla td[data-c="1"]').evaluateAll((tds) => tds.findIndex((td) => td.textContent === '2026-12-05'));
    expect(col).toBeGreaterThan(0);
    const cell = page.locator(`#rejilla td[data-r="${row}"][data-c="${col}"]`);
    await cell.click();
    await page.keyboard.press('Enter');
    await page.getByLabel(/^Valor de la celda/).selectOption('Sí');
    await page.getByLabel(/^Valor de la celda/).press('Enter');
    await idle(page);
    expect(await page.locator(`#rejilla td[data-r="${row}"][data-c="${col}"]`).textContent()).toBe('Sí');

    // A modal dialog of the add-on: its google.script.run calls load the state; google.script.host.close() closes it.
    await menu(page, 'Conectar redes');
    await page.locator('#ventana[open]').waitFor();
    const dialog = page.frameLocator('#ventana-marco');
    await dialog.locator('#estado-X').filter({ hasText: /\S/ }).waitFor();
    expect(await seriousViolations('ventana Conectar redes', '#ventana')).toEqual([]);
    await shot(page, '7-conectar-redes');
    await dialog.locator('#cerrar').click();
    await page.locator('#ventana[open]').waitFor({ state: 'detached' });
  });
});
