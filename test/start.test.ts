// `npm start`, the main job on the emulator: the demo workbook is created once, the clock runs to now, and authorized posts go out.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseStartArgs, start } from '../scripts/start';
import { serve } from '../local/web/server';
import { parseTime } from '../local/runtime';
import { Emulator } from '../local/runtime';

describe('npm start on the emulator', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'difusion-start-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('first start creates the demo, publishes the authorized days on the three networks; a second start repeats nothing', async () => {
    const lines: string[] = [];
    const now = parseTime('2026-12-02T12:00');
    const first = await start(dir, now, (l) => lines.push(l));
    expect(first.created).toBe(true);
    expect(lines.join('\n')).toMatch(/Libro de demostración creado/);
    expect(first.runs.length).toBe(72);
    expect(first.runs.filter((r) => r.error)).toEqual([]);
    // The demo starts on 29 Nov at noon: 30 Nov, 1 Dec and 2 Dec at 10:00 were authorized by the Titular; all are due by noon on the 2nd.
    // Issue 11: the website also receives the demo boletín (marked «Web: Sí»), sent to SEGOB by the Asistente.
    expect(first.posts).toEqual({ x: 3, facebook: 3, web: 4 });

    const emu = Emulator.load(dir) as Emulator;
    // Issue 11: a boletín and an agenda reach SEGOB, each once, with its PDF.
    const segob = emu.world.outbox.filter((m) => m.to.includes('comunicacion.social@segob.coahuila.gob.mx'));
    expect(segob.map((m) => m.subject.replace(/:.*| del .*/, ''))).toEqual(expect.arrayContaining(['Boletín ICM-B-2026-001', 'Agenda semanal CS02']));
    expect(segob).toHaveLength(2);
    expect(segob.every((m) => m.attachments.length === 1 && m.attachments[0].mimeType === 'application/pdf')).toBe(true);
    expect(lines.filter((l) => l.startsWith('SEGOB: '))).toEqual([expect.stringContaining('enviado a SEGOB')]);
    const cal = emu.values('Calendario');
    const h = cal[0].map(String);
    const published = cal.slice(1).filter((r) => /Publicada/.test(String(r[h.indexOf('Estado')])));
    expect(published).toHaveLength(3);
    for (const r of published) expect(String(r[h.indexOf('Enlace X')])).toMatch(/^https:\/\/x\.com\//);

    const again = await start(dir, now + 3600 * 1000, () => undefined);
    expect(again.created).toBe(false);
    expect(again.runs).toHaveLength(1);
    expect(again.posts).toEqual({ x: 0, facebook: 0, web: 0 });
  });

  test('the page is served on loopback; the clock advanced there is kept for the next start', async () => {
    const now = parseTime('2026-12-02T12:00');
    await start(dir, now, () => undefined);
    const server = await serve({ dataDir: dir, port: 0 });
    try {
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Actuar como');
      // Another site's request (no page header) changes nothing.
      const forged = await fetch(server.url + 'api/reloj', { method: 'POST', body: JSON.stringify({ horas: 5 }) });
      expect(forged.status).toBe(403);
      const back = await fetch(server.url + 'api/reloj', { method: 'POST', headers: { 'x-difusion': '1' }, body: JSON.stringify({ hasta: '2026-12-01T10:00' }) });
      expect(back.status).toBe(400);
      expect(((await back.json()) as { error: string }).error).toMatch(/^El reloj no puede retroceder/);
      const r = await fetch(server.url + 'api/reloj', { method: 'POST', headers: { 'x-difusion': '1' }, body: JSON.stringify({ horas: 24 }) });
      const lines = (await r.text()).trim().split('\n').map((l) => JSON.parse(l) as { done: number; total: number; runs: number; fin?: boolean });
      expect(lines).toHaveLength(25);
      expect(lines[0]).toMatchObject({ done: 1, total: 24 });
      expect(lines[24]).toMatchObject({ done: 24, total: 24, runs: 24, fin: true });
    } finally {
      await server.close();
    }
    const again = await start(dir, now + 3600 * 1000, () => undefined);
    expect(again.runs).toHaveLength(0); // the page's clock is already a day ahead of this start
    expect((Emulator.load(dir) as Emulator).world.now).toBe(now + 24 * 3600 * 1000);
  });

  test('options: --once, --reset, --port and $DIFUSION_PORT; CI=true never serves; a mistake is a Spanish error', () => {
    expect(parseStartArgs([], {})).toEqual({ once: false, reset: false, port: null });
    expect(parseStartArgs(['--once', '--reset', '--port', '9123'], {})).toEqual({ once: true, reset: true, port: 9123 });
    expect(parseStartArgs(['--port=0'], { DIFUSION_PORT: '7000' }).port).toBe(0);
    expect(parseStartArgs([], { DIFUSION_PORT: '7000', CI: 'true' })).toEqual({ once: true, reset: false, port: 7000 });
    expect(() => parseStartArgs(['--port', 'ochenta'], {})).toThrow('Puerto no válido: «ochenta»');
    expect(() => parseStartArgs(['--abrir'], {})).toThrow('Opción desconocida «--abrir»');
  });
});
