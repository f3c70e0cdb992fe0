// Rows inserted, sorted or deleted while the tick is calling the networks: states and links land on the row with the same ID.
import { registerEndpoint } from '../../local/endpoints/registry';
import { createXEndpoint } from '../../local/endpoints/x.endpoint';
import type { EmuRequest, EmuResponse } from '../../local/endpoints/endpoint';
import type { WorldState } from '../../local/world';
import { addPub, authorize, bitacora, posts, row, setup } from './publish-helpers';

type Emu = ReturnType<typeof setup>;

/** Someone inserts a row right under the header of Calendario (every data row moves down one). */
function insertRowOnTop(emu: Emu, id: string): void {
  const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario');
  if (!sheet) throw new Error('no Calendario');
  const cells: typeof sheet.cells = {};
  for (const [k, v] of Object.entries(sheet.cells)) {
    const [r, c] = k.split(',').map(Number);
    cells[`${r >= 1 ? r + 1 : r},${c}`] = v;
  }
  const header = emu.values('Calendario')[0].map(String);
  cells[`1,${header.indexOf('ID')}`] = { v: id };
  cells[`1,${header.indexOf('Tema')}`] = { v: 'Fila añadida a mano' };
  sheet.cells = cells;
  sheet.maxRows += 1;
}

/** Someone deletes the data row holding `id`. */
function deleteRow(emu: Emu, id: string): void {
  const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario');
  if (!sheet) throw new Error('no Calendario');
  const at = emu.values('Calendario').findIndex((r) => r[0] === id);
  const cells: typeof sheet.cells = {};
  for (const [k, v] of Object.entries(sheet.cells)) {
    const [r, c] = k.split(',').map(Number);
    if (r === at) continue;
    cells[`${r > at ? r - 1 : r},${c}`] = v;
  }
  sheet.cells = cells;
}

/** Runs `fn` with a hook called on the first POST to X (before X answers). */
function onFirstXPost<T>(hook: () => void, fn: () => T): T {
  const base = createXEndpoint();
  let done = false;
  registerEndpoint({
    ...base,
    handle: (req: EmuRequest, w: WorldState): EmuResponse => {
      if (!done && req.method === 'POST' && /\/2\/tweets$/.test(req.url)) {
        done = true;
        hook();
      }
      return base.handle(req, w);
    },
  });
  try {
    return fn();
  } finally {
    registerEndpoint(createXEndpoint());
  }
}

describe('tick-rows-move', () => {
  it('a row inserted above during the tick: the evidence goes to the right row and nothing is posted twice', () => {
    const emu = setup();
    const a = addPub(emu, { fecha: '2026-12-01', textoX: 'Primera publicación del día.', textoFacebook: 'Primera en Facebook.', textoWeb: 'Primera nota.' });
    const b = addPub(emu, { fecha: '2026-12-01', textoX: 'Segunda publicación del día.', textoFacebook: 'Segunda en Facebook.', textoWeb: 'Segunda nota.' });
    authorize(emu, a);
    authorize(emu, b);
    onFirstXPost(() => insertRowOnTop(emu, 'CAL-MANUAL-1'), () => emu.clockTo('2026-12-01T10:00'));
    expect(posts(emu, 'x')).toHaveLength(2);
    for (const id of [a, b]) {
      const r = row(emu, id);
      expect(r['Estado']).toBe('Publicada');
      expect(String(r['Enlace X'])).toMatch(/^https:\/\/x\.com\/ICMujeresCoah\/status\/\d+$/);
      expect(String(r['Enlace Facebook'])).toMatch(/^https:\/\/www\.facebook\.com\//);
    }
    const top = row(emu, 'CAL-MANUAL-1');
    expect(top['Estado X']).toBe('');
    expect(top['Enlace X']).toBe('');
    expect(top['Tema']).toBe('Fila añadida a mano');
    emu.clockTo('2026-12-01T14:00');
    expect(posts(emu, 'x')).toHaveLength(2);
    expect(posts(emu, 'facebook')).toHaveLength(2);
    expect(posts(emu, 'web')).toHaveLength(2);
  });

  it('a row deleted during the tick: nothing is written over another row and Bitácora keeps the evidence', () => {
    const emu = setup();
    const a = addPub(emu, { fecha: '2026-12-01', textoX: 'Primera publicación del día.', textoFacebook: 'Primera en Facebook.', textoWeb: 'Primera nota.' });
    const b = addPub(emu, { fecha: '2026-12-01', textoX: 'Segunda publicación del día.', textoFacebook: 'Segunda en Facebook.', textoWeb: 'Segunda nota.' });
    authorize(emu, a);
    authorize(emu, b);
    onFirstXPost(() => deleteRow(emu, a), () => emu.clockTo('2026-12-01T10:00'));
    expect(emu.values('Calendario').some((r) => r[0] === a)).toBe(false);
    const r = row(emu, b);
    expect(r['Estado']).toBe('Publicada');
    expect(String(r['Enlace X'])).toBe(`https://x.com/ICMujeresCoah/status/${String(posts(emu, 'x')[1].id)}`);
    const lost = bitacora(emu).filter((x) => x['Elemento'] === `Calendario ${a}` && /ya no está/.test(String(x['Detalle'])));
    expect(lost.length).toBeGreaterThan(0);
    expect(bitacora(emu).some((x) => x['Elemento'] === `Calendario ${a}` && x['Acción'] === 'Publicar' && /x\.com/.test(String(x['Evidencia'])))).toBe(true);
  });
});
