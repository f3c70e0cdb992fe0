// The lock on authorization cells: refused or reverted for anyone but the Titular, reverted without an e-mail, recorded for the Titular.
import { a1, ASISTENTE, bitacora, cell, configured, ok, PROPUESTA, TEXTO_FB, TEXTO_X, TITULAR, verdict, withPublication } from './auth-fixture';

describe('edit-guard: authorization cells', () => {
  test('an Asistente typing «Autorizado» is refused by the protection (nothing changes)', () => {
    const { emu, id } = withPublication();
    const before = emu.values('Calendario');
    expect(() => emu.edit(a1(emu, 'Calendario', id, 'Autorización'), 'Autorizado', { as: ASISTENTE })).toThrow(
      expect.objectContaining({ code: 'PROTECTED' }),
    );
    expect(emu.values('Calendario')).toEqual(before);
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
  });

  test('an Asistente who owns the spreadsheet (Sheets lets owners through) is reverted, logged and the Titular notified once', () => {
    const { emu, id } = withPublication(ASISTENTE);
    const mails = emu.world.outbox.length;
    const ledgerBefore = emu.values('Autorizaciones').length;
    const runs = emu.edit(a1(emu, 'Calendario', id, 'Autorización'), 'Autorizado', { as: ASISTENTE });
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(emu.values('Autorizaciones').length).toBe(ledgerBefore);
    const log = bitacora(emu).filter((b) => b[2] === 'Edición no autorizada revertida');
    expect(log).toHaveLength(1);
    expect(log[0][1]).toBe(ASISTENTE);
    const sent = emu.world.outbox.slice(mails);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual([TITULAR]);
    expect(sent[0].body).toContain(`Calendario ${id}`);
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
  });

  test('the Titular typing «Autorizado» is recorded exactly like the sidebar (signed, fingerprint), once for both triggers', () => {
    const { emu, id } = withPublication();
    const ledgerBefore = emu.values('Autorizaciones').length;
    const runs = emu.edit(a1(emu, 'Calendario', id, 'Autorización'), 'Autorizado', { as: TITULAR });
    expect(runs).toHaveLength(2); // simple onEdit + installable alEditar
    expect(runs.map((r) => r.error)).toEqual([undefined, undefined]);
    const ledger = emu.values('Autorizaciones');
    expect(ledger.length).toBe(ledgerBefore + 1);
    expect(ledger[ledger.length - 1].slice(1, 5)).toEqual(['Calendario', id, 'Autorizado', TITULAR]);
    expect(cell(emu, 'Calendario', id, 'Autorizado por')).toBe(TITULAR);
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    expect(bitacora(emu).filter((b) => b[2] === 'Autorizar' && b[3] === `Calendario ${id}`)).toHaveLength(1);
  });

  test('an edit whose event carries no e-mail fails closed: reverted, not counted, logged, reported, and the person told to use the panel', () => {
    const { emu, id } = withPublication();
    const mails = emu.world.outbox.length;
    const ledgerBefore = emu.values('Autorizaciones').length;
    const runs = emu.edit(a1(emu, 'Calendario', id, 'Autorización'), 'Autorizado', { as: TITULAR, hideUser: true });
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(emu.values('Autorizaciones').length).toBe(ledgerBefore);
    expect(bitacora(emu).filter((b) => b[2] === 'Edición sin correo revertida')).toHaveLength(1);
    expect(runs.flatMap((r) => r.ui.toasts.map((t) => t.message)).join(' ')).toMatch(/use el panel: Extensiones › Difusión ICM › Abrir panel/);
    expect(emu.world.outbox.slice(mails)).toHaveLength(1);
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
  });

  test('a Titular typing «Autorizado» on an over-long text is not recorded: reverted with a Spanish reason', () => {
    const { emu, id } = withPublication();
    // The Asistente writes a 300-character X text by hand (allowed: not a locked column).
    emu.edit(a1(emu, 'Calendario', id, 'Texto X'), 'a'.repeat(300), { as: ASISTENTE });
    const ledgerBefore = emu.values('Autorizaciones').length;
    const runs = emu.edit(a1(emu, 'Calendario', id, 'Autorización'), 'Autorizado', { as: TITULAR });
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(emu.values('Autorizaciones').length).toBe(ledgerBefore);
    const toasts = runs.flatMap((r) => r.ui.toasts.map((t) => t.message)).join(' ');
    expect(toasts).toMatch(/mide 300 caracteres y el máximo es 280/);
  });

  test('proposals: the Titular decides by typing in «Decisión»; others cannot', () => {
    const emu = configured();
    const p = emu.call('panelCrearPropuesta', [PROPUESTA], { as: ASISTENTE }) as { id: string };
    expect(() => emu.edit(a1(emu, 'Propuestas', p.id, 'Decisión'), 'Autorizado', { as: ASISTENTE })).toThrow(
      expect.objectContaining({ code: 'PROTECTED' }),
    );
    emu.edit(a1(emu, 'Propuestas', p.id, 'Decisión'), 'Rechazado', { as: TITULAR });
    expect(cell(emu, 'Propuestas', p.id, 'Estado')).toBe('Rechazada');
    expect(cell(emu, 'Propuestas', p.id, 'Decidido por')).toBe(TITULAR);
    void TEXTO_X;
    void TEXTO_FB;
    void ok;
  });
});
