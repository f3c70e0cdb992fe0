// Plain Spanish for the staff: dialogs, e-mails and the visible columns of the sheets after a full demo month (with network faults) carry no technical details.
import * as fs from 'fs';
import * as path from 'path';
import { DEMO, seedDemo, seedDemoPublications } from '../local/demo';
import { Emulator } from '../local/runtime';
import { injectFault } from '../local/fakes/urlfetch.fake';
import { type Hit, htmlText, scan, TECHNICAL_COLUMNS } from './plain-spanish';

function sheetHits(emu: Emulator, sheet: string): Hit[] {
  const v = emu.values(sheet);
  const header = (v[0] ?? []).map(String);
  const hits: Hit[] = [];
  v.slice(1).forEach((row, r) => row.forEach((c, k) => {
    if (TECHNICAL_COLUMNS.indexOf(header[k]) >= 0 || c === '' || c instanceof Date) return;
    hits.push(...scan(`${sheet} fila ${r + 2}, ${header[k] || 'columna ' + (k + 1)}`, String(c)));
  }));
  return hits;
}

describe('plain Spanish', () => {
  test('the scanner finds each kind of technical detail (it can fail)', () => {
    const kinds = (t: string): string[] => scan('prueba', t).map((h) => h.kind);
    expect(kinds('X respondió 503 Service Unavailable')).toEqual(['código HTTP']);
    expect(kinds('Huella 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toEqual(['huella hexadecimal']);
    expect(kinds('Revise N1:P1000')).toEqual(['rango A1']);
    expect(kinds('Revise Configuración!B6')).toEqual(['rango A1']);
    expect(kinds('lo hace alEditar')).toEqual(['función interna']);
    expect(kinds('Llame al 800 822 0260; https://icm.gob.mx/a1:b2')).toEqual([]);
  });

  test('dialogs (src/ui/html) and the sidebar page', () => {
    const dir = path.resolve(__dirname, '../src/ui/html');
    const files = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), path.resolve(__dirname, '../src/sidebar/Sidebar.html')];
    const hits = files.flatMap((f) => scan(path.basename(f), htmlText(fs.readFileSync(f, 'utf8'))));
    expect(hits).toEqual([]);
  });

  test('e-mails and the sheets\' visible columns after a demo month with network faults', () => {
    const emu = Emulator.create({ owner: DEMO.titular, now: '2026-11-30T09:00' });
    seedDemo(emu);
    seedDemoPublications(emu);
    injectFault(emu.world, { endpoint: 'x', kind: 'status', status: 503, body: '{"title":"Service Unavailable","status":503}', headers: {}, times: 5 });
    emu.clockTo('2026-12-02T12:00');
    // A request answered with changes (e-mail to the Asistente) and one left waiting (the Titular's morning digest).
    const { id } = emu.call('panelCrearPropuesta', [{ tipo: 'Evento', tema: 'Foro de igualdad', direccion: 'Despacho', marcoLegal: 'Ambas', descripcion: 'Foro.', del: '2026-12-20', al: '2026-12-20', redes: ['X'] }], { as: DEMO.asistente }) as { id: string };
    const huella = (emu.call('panelSolicitudes', [], { as: DEMO.titular }) as Array<{ id: string; huella: string }>).find((p) => p.id === id)!.huella;
    emu.call('panelSolicitarCambios', [{ hoja: 'propuestas', id, huella }, 'Indique la sede.'], { as: DEMO.titular });
    emu.call('panelCrearPropuesta', [{ tipo: 'Taller', tema: 'Taller de liderazgo', direccion: 'Despacho', marcoLegal: 'Ambas', descripcion: 'Taller.', del: '2026-12-21', al: '2026-12-21', redes: ['X'] }], { as: DEMO.asistente });
    emu.clockTo('2026-12-03T09:30');
    expect(emu.world.outbox.some((m) => /esperan? su autorización/.test(m.subject))).toBe(true);
    expect(emu.world.outbox.some((m) => /pidió cambios/.test(m.subject))).toBe(true);
    const hits: Hit[] = [];
    for (const m of emu.world.outbox) hits.push(...scan(`correo «${m.subject}»`, `${m.subject}\n${m.body}`));
    for (const s of ['Propuestas', 'Calendario', 'Mes 2026-12', 'Bitácora', 'Configuración']) hits.push(...sheetHits(emu, s));
    expect(hits).toEqual([]);
  });
});
