// A test-only fourth network registered through the one registry entry point: Configurar, gate, tick, manual task, manual record and panel take it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleCode } from '../../scripts/build';
import { columnLetter } from '../../src/domain/a1';
import { registerEndpoint } from '../../local/endpoints/registry';
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { Emulator } from '../../local/runtime';
import { ASISTENTE, authorize, bitacora, proposal, row, TITULAR } from '../publishing/publish-helpers';
import { createMastodonEndpoint, MASTODON_ENDPOINT, MASTODON_TOKEN } from './mastodon.endpoint';

const COLUMNS = ['Texto Mastodon', 'Estado Mastodon', 'Enlace Mastodon'];
let variantDist = '';

beforeAll(async () => {
  variantDist = fs.mkdtempSync(path.join(os.tmpdir(), 'difusion-red4-'));
  const { code, names } = await bundleCode(path.join(__dirname, 'entry.ts'));
  expect(names).toEqual(expect.arrayContaining(['onOpen', 'configurar', 'panelGuardarPublicacion', 'conexionesGuardar']));
  fs.writeFileSync(path.join(variantDist, 'Code.js'), code);
  registerEndpoint(createMastodonEndpoint());
}, 120_000);

afterAll(() => {
  if (variantDist) fs.rmSync(variantDist, { recursive: true, force: true });
});

function header(emu: Emulator, sheet: string): string[] {
  return emu.values(sheet)[0].map(String);
}

/** A workbook configured by the standard bundle, then opened with the variant bundle that knows Mastodon. */
function workbookWithMastodon(): Emulator {
  const before = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
  expect(before.run('configurar', [], { as: TITULAR, answers: [TITULAR] }).error).toBeUndefined();
  for (const c of COLUMNS) expect(header(before, 'Calendario')).not.toContain(c);
  const emu = new Emulator(before.world, variantDist);
  emu.edit("'Configuración'!B3", ASISTENTE, { as: TITULAR });
  const cfg = emu.values('Configuración');
  const redesRow = cfg.findIndex((r) => String(r[0]) === 'Redes activas');
  expect(redesRow).toBeGreaterThan(0);
  emu.edit(`'Configuración'!B${redesRow + 1}`, 'X, Facebook, Web, Mastodon', { as: TITULAR });
  const again = emu.run('configurar', [], { as: TITULAR });
  expect(again.error).toBeUndefined();
  return emu;
}

function saveMastodonPost(emu: Emulator, fecha: string, texto: string): string {
  const r = emu.call(
    'panelGuardarPublicacion',
    [{ id: '', propuesta: proposal(emu), fecha, hora: '10:00', redes: ['Mastodon'], textos: { Mastodon: texto }, imagen: '' }],
    { as: ASISTENTE },
  ) as { id: string };
  return r.id;
}

describe('a fourth network registered only through src/providers/index.ts', () => {
  it('gets its columns from Configurar, its credentials, a gated post on the tick, a manual task and a place in the panel', () => {
    const emu = workbookWithMastodon();
    // Configurar added the three columns to the existing Calendario, with the networks' dropdown now offering Mastodon.
    const h = header(emu, 'Calendario');
    for (const c of COLUMNS) expect(h).toContain(c);
    expect(h.slice(0, 9)).toEqual(['ID', 'Fecha', 'Hora', 'Tema', 'Propuesta', 'Categoría', 'Texto X', 'Texto Facebook', 'Texto web']);
    expect(bitacora(emu).some((b) => b['Acción'] === 'Configurar' && /Calendario: Texto Mastodon/.test(String(b['Detalle'])))).toBe(true);

    // «Conectar redes» stores its token (write-only); «Probar conexión» reaches the emulated API.
    const estado = emu.call('conexionesGuardar', [{ mastodonToken: MASTODON_TOKEN }], { as: ASISTENTE }) as Record<string, { configurado: boolean }>;
    expect(estado.Mastodon.configurado).toBe(true);
    expect(estado.X.configurado).toBe(false);
    const prueba = emu.call('conexionesProbar', [], { as: ASISTENTE }) as Array<{ red: string; ok: boolean; mensaje: string }>;
    expect(prueba.find((p) => p.red === 'Mastodon')).toEqual({ red: 'Mastodon', ok: true, mensaje: '@icmujeres' });

    // The limit of the registry entry is checked when saving.
    const tooLong = emu.run('panelGuardarPublicacion', [{ propuesta: proposal(emu), fecha: '2026-12-01', redes: ['Mastodon'], textos: { Mastodon: 'a'.repeat(501) } }], { as: ASISTENTE });
    expect(tooLong.error?.message).toMatch(/Mastodon mide 501 caracteres y el máximo es 500/);

    // Not authorized: the gate holds it. Authorized: the tick publishes it with its permalink as evidence.
    const texto = 'El ICM invita al taller de prevención de la violencia. #Coahuila';
    const id = saveMastodonPost(emu, '2026-12-01', texto);
    expect(row(emu, id)['Texto Mastodon']).toBe(texto);
    emu.clockTo('2026-12-01T10:00');
    expect(emu.world.endpoints.feeds[MASTODON_ENDPOINT] ?? []).toHaveLength(0);
    expect(String(row(emu, id)['Último error'])).toMatch(/No se publicó/);
    authorize(emu, id);
    emu.clockTo('2026-12-01T11:00');
    const sent = emu.world.endpoints.feeds[MASTODON_ENDPOINT] ?? [];
    expect(sent.map((f) => (f.body as { text: string }).text)).toEqual([texto]);
    const r = row(emu, id);
    expect(String(r['Estado Mastodon'])).toMatch(/^Publicada 2026-12-01 11:00 · id \d+$/);
    expect(String(r['Enlace Mastodon'])).toMatch(/^https:\/\/social\.icm\.test\/@icmujeres\/\d+$/);
    expect(r['Estado']).toBe('Publicada');
    expect(bitacora(emu).some((b) => b['Acción'] === 'Publicar' && b['Evidencia'] === r['Enlace Mastodon'])).toBe(true);

    // Its text is authorized content: changing it after the authorization voids it.
    const id2 = saveMastodonPost(emu, '2026-12-02', 'Segundo aviso del taller.');
    authorize(emu, id2);
    const col = h.indexOf('Texto Mastodon');
    const sheetRow = emu.values('Calendario').findIndex((x) => x[0] === id2) + 1;
    emu.edit(`'Calendario'!${columnLetter(col + 1)}${sheetRow}`, 'Segundo aviso del taller, con otro texto.', { as: ASISTENTE });
    expect(row(emu, id2)['Estado']).toBe('Requiere nueva autorización');

    // The network fails until the deadline: the manual task e-mail carries its exact text and its manual-posting link.
    authorize(emu, id2);
    injectFault(emu.world, { endpoint: MASTODON_ENDPOINT, kind: 'status', status: 503, times: 1000 });
    emu.clockTo('2026-12-02T14:00');
    const mail = emu.world.outbox.find((m) => /Publicación manual pendiente/.test(m.subject) && m.subject.includes(id2));
    expect(mail).toBeDefined();
    expect(mail?.body).toContain('— Mastodon: https://social.icm.test/publish');
    expect(mail?.body).toContain('Segundo aviso del taller, con otro texto.');
    expect(String(row(emu, id2)['Estado Mastodon'])).toMatch(/^Tarea manual/);

    // «Registrar publicación manual» recognises its permalinks.
    const manual = emu.run('registrarPublicacionManual', [], { as: ASISTENTE, answers: [id2, 'https://social.icm.test/@icmujeres/4242'] });
    expect(manual.error).toBeUndefined();
    expect(row(emu, id2)['Enlace Mastodon']).toBe('https://social.icm.test/@icmujeres/4242');
    expect(row(emu, id2)['Estado']).toBe('Publicada');

    // The panel: its label and limit for the form's counter, and today's state and link.
    const inicio = emu.call('panelInicio', [], { as: ASISTENTE }) as { redes: string[]; redesInfo: Array<{ red: string; etiqueta: string; max: number }> };
    expect(inicio.redes).toContain('Mastodon');
    expect(inicio.redesInfo).toContainEqual({ red: 'Mastodon', etiqueta: 'Mastodon', max: 500 });
    expect(inicio.redesInfo.map((x) => x.etiqueta)).toEqual(['X', 'Facebook', 'Sitio web', 'Mastodon']);
    const hoy = emu.call('panelHoy', [], { as: ASISTENTE }) as Array<{ id: string; redes: Array<{ red: string; estado: string; enlace: string }> }>;
    const today = hoy.find((x) => x.id === id2);
    expect(today?.redes).toEqual([{ red: 'Mastodon', estado: expect.stringMatching(/^Publicada/), enlace: 'https://social.icm.test/@icmujeres/4242' }]);
  }, 300_000);

  it('the standard bundle knows only the three built-in networks', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] });
    const estado = emu.call('conexionesEstado', [], { as: TITULAR }) as Record<string, unknown>;
    expect(Object.keys(estado).sort()).toEqual(['Facebook', 'Web', 'X', 'webTipo']);
  });
});
