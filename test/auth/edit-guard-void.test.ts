// Changing authorized content voids the authorization: Estado «Requiere nueva autorización», ledger «Anulada», one digest e-mail.
import { a1, ASISTENTE, bitacora, cell, TITULAR, verdict, withPublication, visto } from './auth-fixture';

function authorized(owner = TITULAR) {
  const f = withPublication(owner);
  const r = f.emu.run('panelAutorizar', [visto(f.emu, 'calendario', f.id)], { as: TITULAR });
  expect(r.error).toBeUndefined();
  expect(verdict(f.emu, f.id)).toMatchObject({ ok: true });
  return f;
}

describe('edit-guard: voiding on content change', () => {
  test.each(['Texto X', 'Texto Facebook', 'Hora', 'Redes', 'Imagen', 'Fecha'])(
    'editing «%s» of an authorized row flips it to «Requiere nueva autorización»',
    (header) => {
      const { emu, id } = authorized();
      const value: Record<string, string> = {
        'Texto X': 'Otro texto',
        'Texto Facebook': 'Otro texto',
        Hora: '11:00',
        Redes: 'X',
        Imagen: 'https://drive.google.com/file/d/otra',
        Fecha: '2026-12-02',
      };
      const mails = emu.world.outbox.length;
      const runs = emu.edit(a1(emu, 'Calendario', id, header), value[header], { as: ASISTENTE });
      expect(runs.map((r) => r.error)).toEqual([undefined, undefined]);
      expect(cell(emu, 'Calendario', id, 'Estado')).toBe('Requiere nueva autorización');
      const ledger = emu.values('Autorizaciones');
      expect(ledger[ledger.length - 1].slice(1, 4)).toEqual(['Calendario', id, 'Anulada']);
      expect(bitacora(emu).filter((b) => b[2] === 'Autorización anulada')).toHaveLength(1);
      const sent = emu.world.outbox.slice(mails);
      expect(sent).toHaveLength(1); // one digest, though two triggers fired
      expect(sent[0].to).toEqual([TITULAR]);
      expect(sent[0].body).toContain(header);
      expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
    },
  );

  test('typing the same text again does not void; a change then re-authorization passes the gate again', () => {
    const { emu, id } = authorized();
    const before = String(cell(emu, 'Calendario', id, 'Texto X'));
    emu.edit(a1(emu, 'Calendario', id, 'Texto X'), before, { as: ASISTENTE });
    expect(cell(emu, 'Calendario', id, 'Estado')).toBe('Autorizado');
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    emu.edit(a1(emu, 'Calendario', id, 'Texto X'), before + ' #NoEstásSola', { as: ASISTENTE });
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    expect(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }).error).toBeUndefined();
    expect(cell(emu, 'Calendario', id, 'Estado')).toBe('Autorizado');
    expect(verdict(emu, id)).toMatchObject({ ok: true });
  });

  test('saving changed texts from the sidebar voids too (Estado, ledger, one e-mail) and tells the Asistente', () => {
    const { emu, id, propuesta } = authorized();
    const mails = emu.world.outbox.length;
    const r = emu.call(
      'panelGuardarPublicacion',
      [{ id, propuesta, fecha: '2026-12-01', hora: '10:00', redes: ['X', 'Facebook'], textoX: 'Nuevo', textoFacebook: 'Nuevo FB', textoWeb: '', imagen: '' }],
      { as: ASISTENTE },
    ) as { mensaje: string };
    expect(r.mensaje).toMatch(/requiere nueva autorización/);
    expect(cell(emu, 'Calendario', id, 'Estado')).toBe('Requiere nueva autorización');
    expect(emu.world.outbox.slice(mails)).toHaveLength(1);
    expect(verdict(emu, id)).toMatchObject({ ok: false });
  });

  test('without the voiding record the fingerprint alone still stops it (gate HUELLA_DISTINTA)', () => {
    const { emu, id } = authorized();
    // Change the cell in the world directly: no edit event, so no guard runs and no voiding record is written.
    const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario');
    if (!sheet) throw new Error('Falta Calendario');
    const v = emu.values('Calendario');
    const key = `${v.findIndex((row) => row[0] === id)},${v[0].indexOf('Texto X')}`;
    sheet.cells[key] = { ...sheet.cells[key], v: 'Texto cambiado sin evento' };
    expect(cell(emu, 'Calendario', id, 'Texto X')).toBe('Texto cambiado sin evento');
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'HUELLA_DISTINTA' });
  });
});
