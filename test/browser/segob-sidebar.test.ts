// The sidebar's «Boletines CS01» and «Agenda CS02» sections in real headless Chromium against the bundle in the emulator.
import type { Browser } from 'playwright-core';
import { ASISTENTE, DIRECCION } from '../auth/auth-fixture';
import { rowOf, withSegob } from '../segob/segob-fixture';
import { launch, openSidebar, serveSidebar } from './sidebar-harness';

jest.setTimeout(180000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launch();
  server = await serveSidebar();
}, 180000);

afterAll(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

describe('sidebar: boletines and agenda', () => {
  test('the Asistente creates a boletín from the form and requests its authorization; a bad request shows the Spanish refusal', async () => {
    const emu = withSegob();
    const { page } = await openSidebar(browser, server.url, emu, ASISTENTE);
    await page.click('#segob-boletines summary');
    await page.fill('#b-titulo', 'Jornada de salud <b>integral</b>');
    await page.fill('#b-lugar', 'Monclova, Coahuila');
    await page.fill('#b-fecha', '2026-12-03');
    await page.fill('#b-resumen', 'Resumen de la jornada.');
    await page.click('#form-boletin button[type=submit]');
    await page.waitForFunction(() => /ICM-B-2026-001 creado/.test(document.getElementById('b-msg')?.textContent ?? ''));
    expect(await page.inputValue('#b-numero')).toBe('ICM-B-2026-001');
    expect(rowOf(emu, 'Boletines CS01', 'ICM-B-2026-001')).toMatchObject({ 'Título': 'Jornada de salud <b>integral</b>', Lugar: 'Monclova, Coahuila' });
    await page.click('#b-enviar');
    await page.waitForFunction(() => document.getElementById('b-msg')?.className === 'msg error');
    expect(await page.textContent('#b-msg')).toContain('No hay autorización de la Titular');
    await page.click('#b-solicitar');
    await page.waitForFunction(() => /panel de la Titular/.test(document.getElementById('b-msg')?.textContent ?? ''));
    expect(rowOf(emu, 'Boletines CS01', 'ICM-B-2026-001')['Estado']).toBe('Pendiente de autorización');
    await page.close();
  });

  test('a Dirección adds an activity to the agenda; an invalid hour is refused in Spanish and nothing is written', async () => {
    const emu = withSegob();
    const { page } = await openSidebar(browser, server.url, emu, DIRECCION);
    await page.click('#segob-agenda summary');
    await page.fill('#a-fecha', '2026-12-09');
    await page.fill('#a-inicio', '10:00');
    await page.fill('#a-fin', '09:00');
    await page.fill('#a-actividad', 'Taller de autocuidado');
    await page.fill('#a-direccion', 'Dirección de Prevención');
    await page.selectOption('#a-estado', 'Confirmada');
    await page.click('#form-actividad button[type=submit]');
    await page.waitForFunction(() => document.getElementById('a-msg')?.className === 'msg error');
    expect(await page.textContent('#a-msg')).toBe('La hora de fin debe ser posterior a la de inicio.');
    expect(emu.values('Agenda CS02')).toHaveLength(1);
    await page.fill('#a-fin', '12:00');
    await page.click('#form-actividad button[type=submit]');
    await page.waitForFunction(() => /AG-2026-0001 agregada/.test(document.getElementById('a-msg')?.textContent ?? ''));
    expect(rowOf(emu, 'Agenda CS02', 'AG-2026-0001')).toMatchObject({ Actividad: 'Taller de autocuidado', Estado: 'Confirmada', 'Hora fin': '12:00' });
    await page.close();
  });
});
