// The sidebar in real headless Chromium against the built bundle in the emulator: form, counters, authorization, roles, accessibility.
import AxeBuilder from '@axe-core/playwright';
import parseTweet from 'twitter-text/dist/parseTweet';
import { ASISTENTE, cell, TEXTO_FB, TITULAR, verdict, visto } from '../auth/auth-fixture';
import { requestedPublication as withPublication } from './sidebar-fixture';
import { openSidebar, useBrowser } from './sidebar-harness';

// A real browser driving the real bundle: on a loaded 2-core machine one test can take well over jest's default.
jest.setTimeout(180000);

const chromium = useBrowser();

jest.setTimeout(60000);

describe('sidebar in Chromium', () => {
  test('a proposal submitted in the form appears in Propuestas', async () => {
    const { emu } = withPublication();
    const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, ASISTENTE);
    await page.selectOption('#p-tipo', 'Taller');
    await page.fill('#p-tema', 'Taller de masculinidades');
    await page.fill('#p-direccion', 'Dirección de Igualdad');
    await page.selectOption('#p-marco', 'Ley de Igualdad entre Mujeres y Hombres');
    await page.fill('#p-descripcion', 'Taller en Torreón para servidores públicos.');
    await page.fill('#p-del', '2026-12-07');
    await page.fill('#p-al', '2026-12-11');
    await page.check('#p-red-facebook');
    await page.click('#p-enviar');
    await page.waitForFunction(() => /registrada/.test(document.getElementById('status')?.textContent ?? ''));
    const rows = emu.values('Propuestas');
    const row = rows.find((r) => r[4] === 'Taller de masculinidades');
    expect(row).toBeDefined();
    expect(row!.slice(2, 8)).toEqual([ASISTENTE, 'Taller', 'Taller de masculinidades', 'Dirección de Igualdad', 'Ley de Igualdad entre Mujeres y Hombres', 'Taller en Torreón para servidores públicos.']);
    expect(row![10]).toBe('Facebook');
    expect(row![11]).toBe('Pendiente');
    await page.click('#tab-mias');
    await page.waitForSelector('#mias-lista article');
    expect(await page.textContent('#mias-lista')).toContain('Taller de masculinidades');
    await page.close();
  });

  test('the X counter matches twitter-text for Spanish with accents, a URL and emoji; Facebook and preview update live', async () => {
    const { emu } = withPublication();
    const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, ASISTENTE);
    const samples = [
      'Mañana: jornada «Día Naranja» en Saltillo 🧡 Más información en https://icm.coahuila.gob.mx/eventos/dia-naranja-2026 #25N',
      'Ñandú, acción, corazón — 👩🏽‍⚖️👩‍👩‍👧 y https://a.mx',
      'á'.repeat(290),
    ];
    await page.click('#tab-textos');
    await page.check('#c-red-x');
    await page.check('#c-red-facebook');
    for (const s of samples) {
      await page.fill('#c-texto-x', s);
      await page.fill('#c-texto-facebook', s);
      const expected = parseTweet(s).weightedLength;
      const shown = await page.textContent('#c-cuenta-x');
      expect(shown).toMatch(new RegExp(`^${expected} / 280`));
      expect(await page.getAttribute('#c-cuenta-x', 'class')).toBe(expected > 280 ? 'counter over' : 'counter');
      expect(await page.textContent('#c-cuenta-facebook')).toBe(`${[...s].length} / 63206`);
      expect(await page.textContent('#c-preview')).toContain(s);
    }
    expect(parseTweet(samples[0]).weightedLength).toBeLessThan([...samples[0]].length); // the URL counts 23, not its length
    await page.screenshot({ path: '.tmp/sidebar-nueva.png', fullPage: true });
    await page.close();
  });

  test('the Titular authorizes from the sidebar: full text shown, ledger signed, gate passes', async () => {
    const { emu, id } = withPublication();
    const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, TITULAR);
    await page.click('#tab-autorizaciones');
    const card = page.locator(`article[aria-label="Publicación ${id}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain(String(cell(emu, 'Calendario', id, 'Texto X')));
    await page.screenshot({ path: '.tmp/sidebar-autorizaciones.png', fullPage: true });
    await card.getByRole('button', { name: `Autorizar publicación ${id}` }).click();
    await page.waitForFunction(() => /autorizó/.test(document.getElementById('status')?.textContent ?? ''));
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('Autorizado');
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    await page.waitForSelector(`article[aria-label="Publicación ${id}"]`, { state: 'detached' });
    await page.close();
  });

  test('content changed after the panel loaded: «Autorizar» shows the Spanish refusal, nothing is authorized', async () => {
    const { emu, id, propuesta } = withPublication();
    const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, TITULAR);
    await page.click('#tab-autorizaciones');
    const card = page.locator(`article[aria-label="Publicación ${id}"]`);
    await card.waitFor();
    emu.call('panelGuardarPublicacion', [{ id, propuesta, fecha: '2026-12-01', hora: '10:00', redes: ['X', 'Facebook'], textoX: 'Texto que la Titular no vio', textoFacebook: TEXTO_FB, textoWeb: '', imagen: '' }], { as: ASISTENTE });
    await card.getByRole('button', { name: `Autorizar publicación ${id}` }).click();
    await page.waitForFunction(() => /cambió/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await card.locator('.card-result').textContent()).toContain('El contenido cambió después de que lo revisó; pulse «Actualizar»');
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    await page.close();
  });

  test('«Solicitar cambios» without a comment is stopped in the page and by the server', async () => {
    const { emu, id } = withPublication();
    const { page, calls } = await openSidebar(chromium.browser(), chromium.url(), emu, TITULAR);
    await page.click('#tab-autorizaciones');
    const card = page.locator(`article[aria-label="Publicación ${id}"]`);
    await card.getByRole('button', { name: `Solicitar cambios publicación ${id}` }).click();
    expect(await card.locator('.field-error').textContent()).toBe('Escriba un comentario que explique los cambios que solicita.');
    expect(await card.locator('textarea').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.name === 'panelSolicitarCambios')).toBe(false);
    const msg = await page.evaluate((ref) => new Promise<string>((res) => {
      (window as unknown as { google: { script: { run: any } } }).google.script.run
        .withSuccessHandler(() => res('ok')).withFailureHandler((e: Error) => res(e.message)).panelSolicitarCambios(ref, '');
    }), visto(emu, 'calendario', id));
    expect(msg).toBe('Escriba un comentario que explique los cambios que solicita.');
    await page.close();
  });

  test('an Asistente sees no authorization actions, and a forged call from her page is refused', async () => {
    const { emu, id } = withPublication();
    const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, ASISTENTE);
    await page.click('#tab-autorizaciones');
    await page.locator(`article[aria-label="Publicación ${id}"]`).waitFor();
    expect(await page.getByRole('button', { name: /^Autorizar/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rechazar/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Solicitar cambios/ }).count()).toBe(0);
    expect(await page.locator('#aut-lote').isHidden()).toBe(true);
    expect(await page.textContent('#aut-nota')).toContain('Solo la Titular');
    const msg = await page.evaluate((ref) => new Promise<string>((res) => {
      (window as unknown as { google: { script: { run: any } } }).google.script.run
        .withSuccessHandler(() => res('ok')).withFailureHandler((e: Error) => res(e.message)).panelAutorizar(ref);
    }), { hoja: 'calendario', id });
    expect(msg).toBe('Solo la Titular del Instituto puede autorizar, rechazar o solicitar cambios.');
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    await page.close();
  });

  test('axe-core finds no moderate, serious or critical violation in any tab (Titular and Asistente)', async () => {
    const { emu } = withPublication();
    for (const user of [TITULAR, ASISTENTE]) {
      const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, user);
      for (const tab of ['nueva', 'mias', 'textos', 'autorizaciones', 'hoy']) {
        await page.click(`#tab-${tab}`);
        await page.waitForTimeout(100);
        const r = await new AxeBuilder({ page }).analyze();
        const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.impact === 'moderate');
        expect(bad.map((v) => `${tab}: ${v.id} ${v.help}`)).toEqual([]);
      }
      await page.close();
    }
  }, 180000);

  test('HTML and script in user text are shown as text in the sidebar, never run', async () => {
    const { emu } = withPublication();
    const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    emu.call('panelCrearPropuesta', [{ tipo: 'Evento', tema: evil, direccion: evil, marcoLegal: 'Ambas', descripcion: evil, del: '2026-12-01', al: '2026-12-02', redes: ['X'] }], { as: ASISTENTE });
    const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, TITULAR);
    await page.click('#tab-autorizaciones');
    const card = page.locator('article[aria-label^="Propuesta PRO-"]', { hasText: 'onerror' });
    await card.waitFor();
    expect(await card.textContent()).toContain(evil);
    expect(await page.locator('#aut-lista img[src="x"], #aut-lista script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  test('tabs work with the keyboard (arrows move focus and selection)', async () => {
    const { emu } = withPublication();
    const { page } = await openSidebar(chromium.browser(), chromium.url(), emu, TITULAR);
    await page.focus('#tab-nueva');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-mias');
    expect(await page.getAttribute('#tab-mias', 'aria-selected')).toBe('true');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-hoy');
    expect(await page.isVisible('#panel-hoy')).toBe(true);
    await page.close();
  });
});
