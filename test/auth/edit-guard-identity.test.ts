// Edits by people whose e-mail Apps Script hides (other domain, gmail.com), the simple onEdit without mail, and a date cell's revert.
import { a1, ASISTENTE, bitacora, cell, ok, TITULAR, verdict, visto, withPublication } from './auth-fixture';

/** A spreadsheet owned by a consumer account: it installs the triggers, so it cannot see the Titular's e-mail. */
const DUENA_GMAIL = 'difusion.icm@gmail.com';

describe('edit guard with empty identity', () => {
  test('the Titular typing a decision where her e-mail is hidden: reverted with Spanish guidance; the panel still authorizes', () => {
    const { emu, id } = withPublication(DUENA_GMAIL);
    const ledgerBefore = emu.values('Autorizaciones').length;
    const runs = emu.edit(a1(emu, 'Calendario', id, 'Autorización'), 'Autorizado', { as: TITULAR });
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(emu.values('Autorizaciones').length).toBe(ledgerBefore);
    const guard = runs.find((r) => r.functionName === 'alEditar');
    expect(guard?.ui.toasts.map((t) => t.message).join(' ')).toMatch(/Google no comparte su correo.*Abrir panel/);
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    // The panel runs as the person at the keyboard, who authorized the add-on: her identity is known there.
    ok(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }));
    expect(verdict(emu, id)).toMatchObject({ ok: true });
  });

  test('the simple onEdit (no installable trigger) sends no e-mail: its notices wait for the hourly digest', () => {
    const { emu, id } = withPublication();
    emu.world.triggers = emu.world.triggers.filter((t) => t.eventType !== 'ON_EDIT');
    delete emu.world.properties.document.DIFUSION_TRIGGER_EDIT_ID;
    const mails = emu.world.outbox.length;
    const runs = emu.edit(a1(emu, 'Calendario', id, 'Autorización'), 'Autorizado', { as: TITULAR, hideUser: true });
    expect(runs.map((r) => [r.functionName, r.error])).toEqual([['onEdit', undefined]]);
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(emu.world.outbox.length).toBe(mails);
    expect(bitacora(emu).filter((b) => b[2] === 'Aviso a la Titular no enviado')).toHaveLength(0);
    expect(bitacora(emu).filter((b) => b[2] === 'Aviso a la Titular en espera').length).toBeGreaterThan(0);
  });
});

describe('edit guard: a date cell reverted from its string oldValue', () => {
  test('typing over «Fecha de autorización» puts the ledger date back as a date, not the serial number text', () => {
    const { emu, id } = withPublication();
    ok(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }));
    const before = cell(emu, 'Calendario', id, 'Fecha de autorización');
    expect(before).toBeInstanceOf(Date);
    const runs = emu.edit(a1(emu, 'Calendario', id, 'Fecha de autorización'), '2020-01-01', { as: TITULAR });
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    const after = cell(emu, 'Calendario', id, 'Fecha de autorización');
    expect(after).toBeInstanceOf(Date);
    expect((after as Date).getTime()).toBe((before as Date).getTime());
    expect(verdict(emu, id, ASISTENTE)).toMatchObject({ ok: true });
  });
});
