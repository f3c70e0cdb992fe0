// The Titular's authorization through the sidebar handler: recorded with approver, time, fingerprint and a valid signature; the gate passes.
import { ASISTENTE, bitacora, cell, TITULAR, verdict, withPublication, visto } from './auth-fixture';

describe('auth-flow', () => {
  test('the Titular authorizes a publication from the sidebar: locked columns, signed ledger record, gate ok', () => {
    const { emu, id } = withPublication();
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
    const r = emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR });
    expect(r.error).toBeUndefined();
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('Autorizado');
    expect(cell(emu, 'Calendario', id, 'Autorizado por')).toBe(TITULAR);
    expect(cell(emu, 'Calendario', id, 'Fecha de autorización')).toBeInstanceOf(Date);
    const ledger = emu.values('Autorizaciones');
    const last = ledger[ledger.length - 1];
    expect(last.slice(1, 5)).toEqual(['Calendario', id, 'Autorizado', TITULAR]);
    expect(String(last[5])).toMatch(/^v2:[0-9a-f]{64}$/);
    expect(String(last[7]).length).toBeGreaterThan(20);
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    expect(bitacora(emu).some((b) => b[2] === 'Autorizar' && b[3] === `Calendario ${id}`)).toBe(true);
    void ASISTENTE;
  });
});
