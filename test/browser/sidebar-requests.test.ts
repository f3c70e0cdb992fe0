// The staff's day in Chromium: the Titular's short list, results in place, field errors, returned requests, rejections, thumbnails, loading.
import type { Page } from 'playwright-core';
import { ASISTENTE, cell, ok, PROPUESTA, TITULAR } from '../auth/auth-fixture';
import { openSidebar, useBrowser } from './sidebar-harness';
import { driveImage, requestedPublication } from './sidebar-fixture';
import { type Hit, scan } from '../plain-spanish';

jest.setTimeout(180000);

const ARTIFACTS = 'test-artifacts';
const chromium = useBrowser();

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });

/** A second publication (3 December) written and sent by the Asistente. */
function second(w: ReturnType<typeof requestedPublication>, imagen = ''): string {
  const { id } = w.emu.call('panelGuardarPublicacion', [{ id: '', propuesta: w.propuesta, fecha: '2026-12-03', hora: '10:00', redes: ['Facebook'], textoX: '', textoFacebook: 'Segundo día de la campaña.', textoWeb: '', imagen }], { as: ASISTENTE }) as { id: string };
  ok(w.emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id }], { as: ASISTENTE }));
  return id;
}

describe('the Titular\'s list', () => {
  test('only requested items, with their count; she opens on it; empty drafts of Programar mes never appear', async () => {
    const w = requestedPublication();
    ok(w.emu.run('programarMes', ['2026-12'], { as: ASISTENTE }));
    // A publication with texts that nobody sent to the Titular stays out of her list.
    w.emu.call('panelGuardarPublicacion', [{ id: '', propuesta: w.propuesta, fecha: '2026-12-04', hora: '10:00', redes: ['Facebook'], textoX: '', textoFacebook: 'Borrador', textoWeb: '', imagen: '' }], { as: ASISTENTE });
    const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR);
    expect(await page.getAttribute('#tab-autorizaciones', 'aria-selected')).toBe('true');
    await page.locator('#aut-lista article').first().waitFor();
    expect(await page.locator('#aut-lista article').count()).toBe(1);
    expect(await page.textContent('#aut-cuenta')).toBe('1');
    expect(await page.textContent('#tab-autorizaciones')).toBe('Autorizaciones 1 en espera');
    expect(await page.textContent('#aut-lista')).not.toContain('(sin texto)');
    await shot(page, 'titular-lista');
    await page.close();
  });

  test('a decision: the result replaces the card in place, focus moves to the next card, then the card collapses', async () => {
    const w = requestedPublication();
    const id2 = second(w);
    const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR);
    const first = page.locator(`article[aria-label="Publicación ${w.id}"]`);
    await first.waitFor();
    expect(await page.textContent('#aut-cuenta')).toBe('2');
    await first.getByRole('button', { name: `Autorizar publicación ${w.id}` }).click();
    await page.waitForSelector(`article[aria-label="Publicación ${w.id}"].decided`);
    expect(await first.textContent()).toBe('Se autorizó la publicación.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Publicación ${id2}`);
    expect(await page.textContent('#status')).toBe('Se autorizó la publicación.');
    expect(await page.textContent('#aut-cuenta')).toBe('1');
    await shot(page, 'tarjeta-decidida');
    expect(cell(w.emu, 'Calendario', w.id, 'Autorización')).toBe('Autorizado');
    await first.waitFor({ state: 'detached' });
    await page.close();
  });

  test('«Rechazar» is secondary, asks for a reason, then for a confirmation', async () => {
    const w = requestedPublication();
    const { page, calls } = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR);
    const card = page.locator(`article[aria-label="Publicación ${w.id}"]`);
    await card.waitFor();
    const rechazar = card.getByRole('button', { name: `Rechazar publicación ${w.id}` });
    expect(await rechazar.getAttribute('class')).toBe('secondary-link');
    await rechazar.click();
    expect(await card.locator('.field-error').textContent()).toBe('Escriba el motivo del rechazo.');
    expect(await card.locator('textarea').getAttribute('aria-invalid')).toBe('true');
    expect(await card.locator('textarea').getAttribute('aria-describedby')).toContain('-error');
    expect(await card.locator('.confirmar').isHidden()).toBe(true);
    await card.locator('textarea').fill('No corresponde a la campaña.');
    await rechazar.click();
    expect(await card.locator('.field-error').count()).toBe(0);
    expect(await card.locator('.confirmar').isVisible()).toBe(true);
    expect(calls.some((c) => c.name === 'panelRechazar')).toBe(false);
    await card.getByRole('button', { name: 'Sí, rechazar' }).click();
    await page.waitForSelector(`article[aria-label="Publicación ${w.id}"].decided`);
    expect(await card.textContent()).toBe('Se rechazó la publicación.');
    expect(cell(w.emu, 'Calendario', w.id, 'Autorización')).toBe('Rechazado');
    expect(cell(w.emu, 'Calendario', w.id, 'Comentario de la Titular')).toBe('No corresponde a la campaña.');
    await page.close();
  });

  test('the image is shown as a thumbnail the server reads from Drive', async () => {
    const w = requestedPublication();
    const link = driveImage(w.emu);
    const id2 = second(w, link);
    const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR);
    const img = page.locator(`article[aria-label="Publicación ${id2}"] img.thumb`);
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(await img.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBe(1);
    await page.close();
  });

  test('a batch reports per item: one that changed meanwhile is refused, the rest authorized', async () => {
    const w = requestedPublication();
    const id2 = second(w);
    const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR);
    await page.locator('#aut-lista article').nth(1).waitFor();
    expect(await page.isDisabled('#aut-varios')).toBe(true);
    // Filters by kind and by date: the hidden cards are left out of «seleccionar todo».
    await page.selectOption('#aut-filtro-clase', 'propuestas');
    expect(await page.locator('#aut-lista article:visible').count()).toBe(0);
    expect(await page.textContent('#aut-filtro-cuenta')).toBe('Se muestran 0 de 2.');
    await page.selectOption('#aut-filtro-clase', 'calendario');
    await page.fill('#aut-filtro-hasta', '2026-12-02');
    await page.dispatchEvent('#aut-filtro-hasta', 'change');
    expect(await page.locator('#aut-lista article:visible').count()).toBe(1);
    await page.check('#aut-todo');
    expect(await page.textContent('#aut-varios')).toBe('Autorizar seleccionados (1)');
    await page.uncheck('#aut-todo');
    await page.fill('#aut-filtro-hasta', '');
    await page.dispatchEvent('#aut-filtro-hasta', 'change');
    await page.check('#aut-todo');
    expect(await page.textContent('#aut-varios')).toBe('Autorizar seleccionados (2)');
    w.emu.call('panelGuardarPublicacion', [{ id: id2, propuesta: '', fecha: '2026-12-03', hora: '10:00', redes: ['Facebook'], textoX: '', textoFacebook: 'Cambiado', textoWeb: '', imagen: '' }], { as: ASISTENTE });
    await page.click('#aut-varios');
    await page.waitForSelector(`article[aria-label="Publicación ${w.id}"].decided`);
    expect(await page.textContent('#aut-lote-resultado')).toBe('Se autorizó 1 elemento. Uno no se pudo autorizar; vea el motivo en cada tarjeta.');
    expect(await page.locator(`article[aria-label="Publicación ${id2}"] .card-result`).textContent()).toContain('su contenido cambió');
    expect(cell(w.emu, 'Calendario', w.id, 'Autorización')).toBe('Autorizado');
    expect(cell(w.emu, 'Calendario', id2, 'Autorización')).toBe('');
    await page.close();
  });
});

describe('requests that lead somewhere', () => {
  test('«Solicitar cambios» returns a proposal to its author, who edits it and sends it again', async () => {
    const w = requestedPublication();
    const { id } = w.emu.call('panelCrearPropuesta', [{ ...PROPUESTA, tema: 'Jornada naranja' }], { as: ASISTENTE }) as { id: string };
    const t = await openSidebar(chromium.browser(), chromium.url(), w.emu, TITULAR);
    const card = t.page.locator(`article[aria-label="Propuesta ${id}"]`);
    await card.locator('textarea').fill('Precise la sede.');
    await card.getByRole('button', { name: `Solicitar cambios propuesta ${id}` }).click();
    await t.page.waitForSelector(`article[aria-label="Propuesta ${id}"].decided`);
    expect(await card.textContent()).toBe('Se solicitaron cambios a la propuesta.');
    await t.page.close();
    const mail = w.emu.world.outbox.find((m) => m.to.includes(ASISTENTE) && /pidió cambios/.test(m.subject));
    expect(mail?.body).toContain('Precise la sede.');
    expect(mail?.body).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\/d\/\S+#gid=\d+&range=A\d+/);

    const a = await openSidebar(chromium.browser(), chromium.url(), w.emu, ASISTENTE);
    await a.page.click('#tab-mias');
    const mine = a.page.locator(`#mias-lista article[aria-label="Propuesta ${id}"]`);
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Comentario de la Titular: Precise la sede.');
    await shot(a.page, 'asistente-devuelta');
    await mine.getByRole('button', { name: `Corregir propuesta ${id}` }).click();
    expect(await a.page.inputValue('#p-tema')).toBe('Jornada naranja');
    await a.page.fill('#p-tema', 'Jornada naranja en la Plaza de Armas');
    await a.page.click('#p-enviar');
    await a.page.waitForFunction(() => (document.getElementById('p-resultado')?.textContent ?? '') !== '');
    expect(await a.page.textContent('#p-resultado')).toBe('Se envió de nuevo la propuesta «Jornada naranja en la Plaza de Armas» a la Titular.');
    expect(cell(w.emu, 'Propuestas', id, 'Tema')).toBe('Jornada naranja en la Plaza de Armas');
    expect(cell(w.emu, 'Propuestas', id, 'Estado')).toBe('Pendiente');
    const list = w.emu.call('panelSolicitudes', [], { as: TITULAR }) as Array<{ id: string }>;
    expect(list.map((p) => p.id)).toContain(id);
    await a.page.close();
  });
});

describe('plain Spanish in the sidebar', () => {
  test('no HTTP code, hex fingerprint, internal name or A1 range in what the Titular and the Asistente read', async () => {
    const w = requestedPublication();
    second(w, driveImage(w.emu));
    const hits: Hit[] = [];
    for (const user of [TITULAR, ASISTENTE]) {
      const { page } = await openSidebar(chromium.browser(), chromium.url(), w.emu, user);
      for (const tab of ['nueva', 'mias', 'textos', 'autorizaciones', 'hoy']) {
        await page.click(`#tab-${tab}`);
        await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
        const text = await page.evaluate(() => [
          document.body.innerText,
          ...Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], option')).map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''} ${e.getAttribute('placeholder') ?? ''} ${e.textContent ?? ''}`),
        ].join('\n'));
        hits.push(...scan(`${user} · ${tab}`, text));
      }
      await page.close();
    }
    expect(hits).toEqual([]);
  });
});
