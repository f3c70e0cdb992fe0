// Appends take the document lock: while another execution holds it, saving, programming the month and deciding write nothing; the Bitácora locks too.
import { ASISTENTE, TITULAR, visto, withPublication } from '../auth/auth-fixture';

const SHEETS = ['Calendario', 'Propuestas', 'Autorizaciones', 'Bitácora'];

function holdLock(emu: ReturnType<typeof withPublication>['emu']): void {
  emu.world.locks = { ...(emu.world.locks ?? {}), document: { holder: 'otra-ejecucion', until: emu.world.now + 6 * 60 * 1000 } };
}

describe('appends under the document lock', () => {
  test.each([
    ['panelGuardarPublicacion (new row)', ASISTENTE],
    ['programarMes', ASISTENTE],
    ['panelAutorizar', TITULAR],
  ])('%s waits for the lock; when another execution keeps it, OCUPADO and nothing written', (name, as) => {
    const { emu, id, propuesta } = withPublication();
    const args: Record<string, unknown[]> = {
      'panelGuardarPublicacion (new row)': [{ id: '', propuesta, fecha: '2026-12-05', hora: '10:00', redes: ['X'], textoX: 'Otra', textoFacebook: '', textoWeb: '', imagen: '' }],
      programarMes: ['2026-12'],
      panelAutorizar: [visto(emu, 'calendario', id)],
    };
    const fn = name.split(' ')[0];
    holdLock(emu);
    const before = SHEETS.map((s) => emu.values(s));
    const r = emu.run(fn, args[name], { as });
    // Menu actions (Programar mes) answer with a Resultado and an alert; sidebar handlers fail with the AppError.
    const mensaje = 'Otra persona está guardando cambios en este momento. Intente de nuevo en unos segundos.';
    if (fn === 'programarMes') expect(r.result).toEqual({ ok: false, code: 'OCUPADO', mensaje });
    else expect(r.error).toMatchObject({ code: 'OCUPADO', message: mensaje });
    expect(SHEETS.map((s) => emu.values(s))).toEqual(before);
    // Once the other execution is done, the same call goes through.
    emu.world.locks!.document = { holder: null, until: 0 };
    const again = emu.run(fn, args[name], { as });
    expect(again.error).toBeUndefined();
    if (fn === 'programarMes') expect(again.result).toMatchObject({ ok: true });
  });

  test('a lock held briefly by another execution is waited for, not refused', () => {
    const { emu, propuesta } = withPublication();
    emu.world.locks = { document: { holder: 'otra-ejecucion', until: emu.world.now + 5000 } };
    const r = emu.run('panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-05', hora: '10:00', redes: ['X'], textoX: 'Otra', textoFacebook: '', textoWeb: '', imagen: '' }], { as: ASISTENTE });
    expect(r.error).toBeUndefined();
  });

  test('the Bitácora append finds the last row inside the document lock', () => {
    const { emu } = withPublication();
    const r = emu.run('panelAutorizar', [{ hoja: 'calendario', id: 'x' }], { as: ASISTENTE }); // refused, logged to the Bitácora only
    expect(r.error).toMatchObject({ code: 'NO_AUTORIZADO' });
    expect(r.meter.counts['LockService.getDocumentLock']).toBeGreaterThanOrEqual(1);
    expect(r.meter.counts['Lock.tryLock']).toBeGreaterThanOrEqual(1);
  });
});
