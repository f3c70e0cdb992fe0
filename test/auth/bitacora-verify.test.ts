// «Verificar bitácora»: every Bitácora row's Firma is checked with one read; hand-typed or altered rows are reported and logged, genuine ones are not.
import { writeContent } from '../../local/fakes/spreadsheet/model';
import { ASISTENTE, bitacora, TITULAR, visto, withPublication } from './auth-fixture';

interface Verif {
  filas: number;
  validas: number;
  invalidas: Array<{ fila: number; accion: string; elemento: string }>;
}

describe('Verificar bitácora', () => {
  test('genuine rows pass; a hand-typed row and an altered row are reported, logged and shown', () => {
    const { emu, id } = withPublication(ASISTENTE); // the Asistente owns the file: Sheets lets her type in the protected Bitácora
    emu.call('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR });
    const clean = emu.run('verificarBitacora', [], { as: ASISTENTE });
    expect(clean.error).toBeUndefined();
    const ok = clean.result as Verif;
    expect(ok.filas).toBeGreaterThan(3);
    expect(ok.invalidas).toEqual([]);
    expect(ok.validas).toBe(ok.filas);

    const rows = emu.values('Bitácora');
    const typed = rows.length + 1;
    // Written straight into the sheet, as an edit the edit guard never saw (it reverts the edits it sees: see
    // bitacora-hand-edit.test.ts) — e.g. a paste while the triggers were not installed.
    const sheet = emu.world.spreadsheet.sheets.find((x) => x.name === 'Bitácora');
    if (!sheet) throw new Error('no Bitácora');
    ['2026-11-30 09:05:00', TITULAR, 'Autorizar', `Calendario ${id}`, 'Autorizado por la Titular', '', String(rows[2][6])].forEach((v, c) =>
      writeContent(sheet, typed - 1, c, { v }));
    writeContent(sheet, 2, 4, { v: String(rows[2][4]) + ' (editado)' });

    const r = emu.run('verificarBitacora', [], { as: ASISTENTE });
    expect(r.error).toBeUndefined();
    const v = r.result as Verif;
    expect(v.invalidas.map((x) => x.fila)).toEqual([3, typed]);
    expect(v.invalidas[1]).toMatchObject({ accion: 'Autorizar', elemento: `Calendario ${id}` });
    expect(v.validas).toBe(v.filas - 2);
    expect(r.ui.alerts.some((a) => /2 filas? .*firma/i.test(JSON.stringify(a)) && JSON.stringify(a).includes(String(typed)))).toBe(true);
    const log = bitacora(emu).slice(-1)[0];
    expect(log[2]).toBe('Verificar bitácora');
    expect(log[4]).toContain(`${typed}`);
    // The verification's own line is signed like any other.
    expect((emu.run('verificarBitacora', [], { as: ASISTENTE }).result as Verif).invalidas.map((x) => x.fila)).toEqual([3, typed]);
  });

  test('one read of the Bitácora and no per-row service call', () => {
    const { emu } = withPublication();
    const r = emu.run('verificarBitacora', [], { as: TITULAR });
    expect(r.error).toBeUndefined();
    expect(r.meter.counts['Utilities.computeHmacSignature'] ?? 0).toBeLessThanOrEqual(1);
    expect(r.meter.counts['Sheet.getDataRange']).toBe(1);
  });
});
