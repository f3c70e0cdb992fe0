// The difusion-local CLI: init, run (text and --json), edit, clock firing the hourly trigger, meter, and one-line errors.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './support/cli-capture';

describe('difusion-local', () => {
  let dir: string;
  const D = (): string[] => ['--data', dir];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'difusion-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('init then run onOpen prints the menu that was built; --json prints exactly one object', async () => {
    expect((await cli('init', '--owner', 'titular@example.org', '--at', '2026-11-30T09:00', ...D())).code).toBe(0);
    const text = await cli('run', 'onOpen', '--as', 'titular@example.org', ...D());
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Menú «Difusión ICM»/);
    expect(text.out).toMatch(/Configurar\s+→ configurar/);

    const json = await cli('run', 'onOpen', '--as', 'titular@example.org', '--json', ...D());
    type Menus = Array<{ title: string; items: Array<{ label: string; functionName: string }> }>;
    type Ui = { menus: Menus; toasts: unknown[]; alerts: unknown[]; sidebars: unknown[]; dialogs: unknown[] };
    const parsed = JSON.parse(json.out) as { result: unknown; ui: Ui };
    expect(Object.keys(parsed).sort()).toEqual(['result', 'ui']);
    expect(Object.keys(parsed.ui).sort()).toEqual(['alerts', 'dialogs', 'menus', 'sidebars', 'toasts']);
    expect(parsed.ui.menus[0].title).toBe('Difusión ICM');
    expect(parsed.ui.menus[0].items).toContainEqual({ label: 'Acerca de Difusión ICM', functionName: 'acercaDe' });
  });

  test('clock --to fires the installed hourly trigger and meter --json shows the per-method counts of that execution', async () => {
    await cli('init', '--owner', 'titular@example.org', '--at', '2026-11-30T09:00', ...D());
    const conf = await cli('run', 'configurar', '--as', 'titular@example.org', '--answer', 'titular@example.org', ...D());
    expect(conf.code).toBe(0);
    const triggers = JSON.parse((await cli('triggers', '--json', ...D())).out) as Array<{ handler: string; eventType: string }>;
    expect(triggers).toContainEqual(expect.objectContaining({ handler: 'tick', eventType: 'CLOCK' }));

    const clock = await cli('clock', '--to', '2026-11-30T11:30', ...D());
    expect(clock.code).toBe(0);
    expect(clock.out).toMatch(/activadores ejecutados: 2/);
    expect(clock.out).toMatch(/tick \(titular@example.org\)/);

    const meter = JSON.parse((await cli('meter', '--json', ...D())).out) as { functionName: string; counts: Record<string, number>; total: number };
    expect(meter.functionName).toBe('tick');
    expect(meter.total).toBe(Object.values(meter.counts).reduce((a, b) => a + b, 0));
    expect(meter.total).toBeGreaterThan(0);
    expect(Object.keys(meter.counts).every((k) => /^[A-Za-z]+\.[A-Za-z]+$/.test(k))).toBe(true);
  });

  test('edit by a person outside the protection is refused with Sheets\' message', async () => {
    await cli('init', '--owner', 'titular@example.org', '--at', '2026-11-30T09:00', ...D());
    await cli('run', 'configurar', '--as', 'titular@example.org', '--answer', 'titular@example.org', ...D());
    const r = await cli('edit', 'Calendario!N2', 'Autorizado', '--as', 'asistente@example.org', ...D());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Error: Estás intentando editar una celda u objeto protegidos/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  test('user mistakes are one Spanish line and a non-zero exit, never a stack trace', async () => {
    const noWorld = await cli('run', 'onOpen', ...D());
    expect(noWorld.code).not.toBe(0);
    expect(noWorld.err).toMatch(/No hay un libro local/);
    await cli('init', '--owner', 'titular@example.org', ...D());
    for (const argv of [['run', 'noExiste'], ['clock', '--to', 'mañana'], ['dump', 'Inexistente'], ['bogus'], ['init', '--owner', 'x@example.org'], ['dump', 'Calendario', '--bogus'], ['meter', '--to', 'x'], ['run', 'onOpen', '--as', 'noesuncorreo']]) {
      const r = await cli(...argv, ...D());
      expect([argv.join(' '), r.code === 0]).toEqual([argv.join(' '), false]);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  test('a menu function that refuses in a dialog makes the command fail too', async () => {
    await cli('init', '--owner', 'titular@example.org', '--at', '2026-11-30T09:00', ...D());
    await cli('run', 'configurar', '--as', 'titular@example.org', '--answer', 'titular@example.org', ...D());
    const r = await cli('run', 'programarMes', '--args', '["2026-13"]', '--as', 'titular@example.org', ...D());
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/no es un mes válido/);
  });

  test('the package bin runs through npx', () => {
    const root = path.resolve(__dirname, '..');
    const out = execFileSync('npx', ['--no-install', 'difusion-local', 'init', '--owner', 'titular@example.org', '--data', dir], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/Libro local creado/);
    expect(fs.existsSync(path.join(dir, 'world.json'))).toBe(true);
  });
});
