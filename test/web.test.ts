// The local page's server side: dialogs of menu functions replayed with the person's replies, the sheet view, the bridge's rules.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator } from '../local/runtime';
import { DEMO, seedDemo } from '../local/demo';
import { deserializeWorld, serializeWorld } from '../local/world';
import { WebSession } from '../local/web/session';
import { sheetView } from '../local/web/sheet-view';
import { callable, returnValue, withBridge } from '../local/web/bridge';

let dir: string;
let emu: Emulator;

beforeAll(() => {
  emu = Emulator.create({ owner: DEMO.titular, now: '2026-11-30T09:00' });
  seedDemo(emu);
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'difusion-web-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('menu functions that ask', () => {
  test('a run that reaches an unanswered prompt is undone and the prompt returned; with the reply it runs to the end', () => {
    const session = new WebSession(new Emulator(deserializeWorld(serializeWorld(emu.world))), dir);
    const before = serializeWorld(session.emu.world);
    const first = session.runMenu('programarMes', DEMO.asistente, []);
    expect(first).toMatchObject({ ask: { kind: 'prompt', buttons: 'OK_CANCEL' }, answers: [] });
    expect('ask' in first && first.ask.prompt).toMatch(/aaaa-mm/);
    expect(serializeWorld(session.emu.world)).toBe(before);
    let answers = ['2026-12'];
    for (let i = 0; i < 5; i++) {
      const out = session.runMenu('programarMes', DEMO.asistente, answers);
      if ('run' in out) {
        expect(out.run.error).toBeUndefined();
        break;
      }
      answers = [...answers, 'ok'];
    }
    session.flush();
    const cal = (Emulator.load(dir) as Emulator).values('Calendario');
    expect(cal.filter((r) => r[1] instanceof Date && (r[1] as Date).getMonth() === 11)).toHaveLength(31);
  });
});

describe('the sheet as the page draws it', () => {
  test('frozen header, drop-downs from list validations, colours and dates as text', () => {
    const v = sheetView(emu, 'Configuración');
    expect(v).not.toBeNull();
    expect(v!.frozenRows).toBe(1);
    expect(v!.rows[0][0]).toMatchObject({ t: 'Parámetro', bold: true });
    expect(v!.rows[0][0].bg).toMatch(/^#/);
    const modo = v!.rows.find((r) => r[0].t === 'Modo ensayo');
    expect(modo![1].list).toEqual(expect.arrayContaining(['Sí', 'No']));
    expect(v!.rows.find((r) => r[0].t === 'Hora de publicación')![1].t).toBe('10:00');
    expect(sheetView(emu, 'No existe')).toBeNull();
  });
});

describe('the google.script.run bridge', () => {
  test('values holding a Date reach the page as null; undefined becomes null; plain data is copied', () => {
    expect(returnValue({ a: [1, { d: new Date() }] })).toBeNull();
    expect(returnValue(undefined)).toBeNull();
    expect(returnValue({ a: [1, 'x', null, true] })).toEqual({ a: [1, 'x', null, true] });
  });

  test('private functions (ending in _) and unknown names are not callable; the shim runs before the page script', () => {
    const names = ['panelInicio', 'interno_'];
    expect(callable(names, 'panelInicio')).toBe(true);
    expect(callable(names, 'interno_')).toBe(false);
    expect(callable(names, 'eval')).toBe(false);
    const html = withBridge('<html><head><title>x</title></head><body><script>page()</script></body></html>', names);
    expect(html.indexOf('google = { script')).toBeGreaterThan(0);
    expect(html.indexOf('google = { script')).toBeLessThan(html.indexOf('page()'));
    expect(html).not.toContain('interno_');
  });
});
