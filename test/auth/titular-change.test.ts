// A change of Titular is an event: another e-mail written by the owner is logged and e-mailed to the Titular; it counts only after a hand-over or a wait.
import type { Emulator } from '../../local/runtime';
import { ASISTENTE, bitacora, ok, TITULAR, verdict, visto, withPublication } from './auth-fixture';

/** Whether `who` is the Titular the add-on recognizes (a decision on an unknown item fails for another reason). */
function decides(emu: Emulator, who: string): boolean {
  return emu.run('panelAutorizar', [{ hoja: 'calendario', id: 'NO-EXISTE', huella: '0'.repeat(64) }], { as: who }).error?.code !== 'NO_AUTORIZADO';
}

const NUEVA = 'nueva.titular@icm.gob.mx';

describe('change of Titular', () => {
  test('the owner writing another e-mail neither authorizes nor goes unnoticed; it takes effect only after the notice and the wait', () => {
    const { emu, id } = withPublication(ASISTENTE); // the Asistente owns the file: Sheets lets her edit the Titular's cell
    const mails = emu.world.outbox.length;
    emu.edit("'Configuración'!B2", ASISTENTE, { as: ASISTENTE });
    // Logged, and the current Titular is told at once.
    expect(bitacora(emu).some((r) => r[2] === 'Cambio de Titular solicitado' && r[4].includes(ASISTENTE))).toBe(true);
    const told = emu.world.outbox.slice(mails).filter((m) => m.to.includes(TITULAR) && /cambiar la Titular/.test(m.subject));
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain(ASISTENTE);
    // The would-be Titular cannot decide; the Titular still can, and her authorization passes the gate.
    const r = emu.run('panelAutorizar', [{ hoja: 'calendario', id, huella: '0'.repeat(64) }], { as: ASISTENTE });
    expect(r.error?.code).toBe('NO_AUTORIZADO');
    ok(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }));
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    // Six days later nothing changed; after seven the change takes effect (both told), and the old authorization no longer counts.
    emu.clockTo('2026-12-06T09:30');
    expect([decides(emu, TITULAR), decides(emu, ASISTENTE)]).toEqual([true, false]);
    emu.clockTo('2026-12-07T10:30');
    expect(bitacora(emu).some((r) => r[2] === 'Cambio de Titular' && r[4].includes(ASISTENTE))).toBe(true);
    expect(emu.world.outbox.filter((m) => m.subject === 'Difusión ICM: cambio de Titular').map((m) => m.to[0]).sort()).toEqual([ASISTENTE, TITULAR].sort());
    expect([decides(emu, TITULAR), decides(emu, ASISTENTE)]).toEqual([false, true]);
  });

  test('putting the Titular\'s e-mail back cancels the request', () => {
    const { emu } = withPublication(ASISTENTE);
    emu.edit("'Configuración'!B2", NUEVA, { as: ASISTENTE });
    emu.edit("'Configuración'!B2", TITULAR, { as: TITULAR });
    expect(bitacora(emu).some((r) => r[2] === 'Cambio de Titular cancelado')).toBe(true);
    emu.clockTo('2026-12-09T10:30');
    expect(bitacora(emu).some((r) => r[2] === 'Cambio de Titular')).toBe(false);
    expect([decides(emu, TITULAR), decides(emu, NUEVA)]).toEqual([true, false]);
  });

  test('the Titular hands over herself: at once, as a signed record of the ledger', () => {
    const { emu } = withPublication();
    emu.edit("'Configuración'!B2", NUEVA, { as: TITULAR });
    const last = emu.values('Autorizaciones').slice(-1)[0];
    expect(last.slice(1, 5)).toEqual(['Configuración', 'Titular', 'Autorizado', TITULAR]);
    expect(bitacora(emu).some((r) => r[2] === 'Cambio de Titular' && r[4].includes(NUEVA))).toBe(true);
    const r = emu.run('panelPendientes', [], { as: NUEVA });
    expect(r.error).toBeUndefined();
    // The old Titular no longer decides; the chain still verifies.
    expect([decides(emu, TITULAR), decides(emu, NUEVA)]).toEqual([false, true]);
    const v = emu.call('verificarAutorizaciones', [], { as: NUEVA }) as Array<{ code: string }>;
    expect(v.every((x) => x.code !== 'CADENA_ROTA')).toBe(true);
  });
});
