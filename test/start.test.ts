// `npm start`, the main job on the emulator: the demo workbook is created once, the clock runs to now, and authorized posts go out.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { start } from '../scripts/start';
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
});
