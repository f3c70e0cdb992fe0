// The CLI's attacks a person can reproduce: paste a block, delete rows, replace a Drive file in place, a timeout after the post.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './support/cli-capture';
import { Emulator } from '../local/runtime';

const ASISTENTE = 'asistente@icm.gob.mx';

describe('difusion-local attacks', () => {
  let dir: string;
  const D = (): string[] => ['--data', dir];
  const file = (name: string, body: string | Buffer): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, body);
    return f;
  };
  const row = (id: string): Record<string, unknown> => {
    const v = (Emulator.load(dir) as Emulator).values('Calendario');
    const r = v.find((x) => x[0] === id) as unknown[];
    return Object.fromEntries(v[0].map((h, i) => [String(h), r[i]]));
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'difusion-attacks-'));
    expect((await cli('init', '--demo', '--at', '2026-11-30T09:00', ...D())).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('paste: a block over an authorized row fires onEdit once and voids the authorization; over the locked column it is refused whole', async () => {
    const v = (Emulator.load(dir) as Emulator).values('Calendario');
    const r = v.findIndex((x) => x[0] === 'CAL-20261201-1') + 1;
    const tsv = file('bloque.tsv', 'Texto X cambiado\tTexto Facebook cambiado\n');
    const ok = await cli('paste', `'Calendario'!G${r}`, '--tsv', tsv, '--as', ASISTENTE, ...D());
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('requiere nueva autorización');
    expect(row('CAL-20261201-1')['Texto Facebook']).toBe('Texto Facebook cambiado');
    expect(row('CAL-20261201-1')['Estado']).toBe('Requiere nueva autorización');
    const before = JSON.stringify(row('CAL-20261202-1'));
    const locked = await cli('paste', `'Calendario'!M${r + 1}`, '--tsv', file('b2.tsv', 'x\tAutorizado\n'), '--as', ASISTENTE, ...D());
    expect(locked.code).toBe(2);
    expect(locked.err).toContain('protegid');
    expect(JSON.stringify(row('CAL-20261202-1'))).toBe(before);
  });

  test('delete-rows: refused over protected cells; allowed where the person may edit', async () => {
    const r = await cli('delete-rows', 'Calendario', '33', '2', '--as', ASISTENTE, ...D());
    expect(r.code).toBe(2);
    expect(r.err).toContain('protegid');
    const n = (Emulator.load(dir) as Emulator).values('Mes 2026-12').length;
    expect(n).toBeGreaterThan(3);
    const ok = await cli('delete-rows', 'Mes 2026-12', '3', '1', ...D());
    expect(ok.code).toBe(0);
    expect((Emulator.load(dir) as Emulator).values('Mes 2026-12').length).toBe(n - 1);
  });

  test('drive-replace: same id and link, new bytes', async () => {
    const emu = Emulator.load(dir) as Emulator;
    emu.world.drive.files.push({ id: 'img-demo-1', name: 'cartel.png', mimeType: 'image/png', owner: ASISTENTE, data: Buffer.from('viejo').toString('base64'), trashed: false, created: emu.world.now });
    emu.save(dir);
    const r = await cli('drive-replace', 'img-demo-1', file('nuevo.png', Buffer.from('contenido nuevo')), ...D());
    expect(r.code).toBe(0);
    const f = (Emulator.load(dir) as Emulator).world.drive.files.find((x) => x.id === 'img-demo-1');
    expect(Buffer.from(String(f?.data), 'base64').toString()).toBe('contenido nuevo');
    expect((await cli('drive-replace', 'no-existe', file('x.png', 'x'), ...D())).code).toBe(2);
  });

  test('fault --timeout-after-post: the post exists, the answer is lost, the next tick finds it (no second post)', async () => {
    expect((await cli('fault', 'facebook', '--timeout-after-post', ...D())).code).toBe(0);
    expect((await cli('clock', '--to', '2026-11-30T11:30', ...D())).code).toBe(0);
    const emu = Emulator.load(dir) as Emulator;
    const fb = (emu.world.endpoints.feeds.facebook ?? []).filter((f) => (f.body as { kind: string }).kind !== 'media');
    expect(fb).toHaveLength(1);
    expect(String(row('CAL-20261130-1')['Estado Facebook'])).toMatch(/^Publicada 2026-11-30 11:00 · id /);
  });
});
