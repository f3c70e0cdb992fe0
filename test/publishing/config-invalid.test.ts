// A typo in Configuración: the edit guard names the bad cell at once; the tick, fail-closed, alerts once a day and catches up once fixed.
import { addPub, ASISTENTE, authorize, bitacora, posts, row, setup, TITULAR } from './publish-helpers';

const ALERT_SUBJECT = /configuración/i;
const alertMails = (emu: ReturnType<typeof setup>) => emu.world.outbox.filter((m) => ALERT_SUBJECT.test(m.subject) && /no se publica nada/.test(m.subject));
const manualMails = (emu: ReturnType<typeof setup>) => emu.world.outbox.filter((m) => /Publicación manual pendiente/.test(m.subject));

describe('invalid Configuración', () => {
  test('(a) editing a bad address shows a toast naming the cell and logs it', () => {
    const emu = setup({ connect: false });
    const runs = emu.edit("'Configuración'!B4", 'a@icm.gob.mx, b@icm', { as: ASISTENTE });
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    const toasts = runs.flatMap((r) => r.ui.toasts.map((t) => String((t as { message?: string }).message ?? t)));
    expect(toasts.join(' ')).toContain('Configuración!B4: "b@icm" no es un correo válido. Corríjalo: mientras tanto no se publica nada.');
    const logged = bitacora(emu).filter((b) => b['Acción'] === 'Configuración inválida');
    expect(logged).toHaveLength(1);
    expect(String(logged[0]['Detalle'])).toContain('la hoja «Configuración», fila 4');
    expect(String(logged[0]['Detalles técnicos'])).toContain('Configuración!B4');
    expect(logged[0]['Usuario']).toBe(ASISTENTE);
    // A valid edit logs nothing of the kind.
    emu.edit("'Configuración'!B4", 'a@icm.gob.mx', { as: ASISTENTE });
    expect(bitacora(emu).filter((b) => b['Acción'] === 'Configuración inválida')).toHaveLength(1);
  });

  test('(b) the tick stays fail-closed, alerts the trigger owner and the valid role addresses once a day, and catches up after the fix', () => {
    const emu = setup();
    const late = addPub(emu, { fecha: '2026-12-01', hora: '10:00' });
    const inTime = addPub(emu, { fecha: '2026-12-01', hora: '16:00' });
    authorize(emu, late);
    authorize(emu, inTime);
    emu.edit("'Configuración'!B4", 'a@icm.gob.mx, b@icm', { as: ASISTENTE });
    const before = emu.world.outbox.length;
    const runs = emu.clockTo('2026-12-01T14:00');
    expect(runs.length).toBeGreaterThan(3);
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    expect(posts(emu, 'x')).toHaveLength(0);
    const alerts = alertMails(emu);
    expect(alerts).toHaveLength(2); // once a day for this error (30 Nov and 1 Dec), though many ticks ran
    expect(emu.world.outbox.indexOf(alerts[0])).toBeGreaterThanOrEqual(before);
    expect([...alerts[0].to].sort()).toEqual([ASISTENTE, TITULAR].sort());
    expect(alerts[0].body).toContain('Configuración!B4');
    expect(bitacora(emu).filter((b) => b['Acción'] === 'Publicación detenida: configuración inválida')).toHaveLength(2);

    // A different error the same day is alerted again.
    emu.edit("'Configuración'!B4", 'a@icm.gob.mx, c@', { as: ASISTENTE });
    emu.clockTo('2026-12-01T15:00');
    expect(alertMails(emu)).toHaveLength(3);
    expect(alertMails(emu)[2].body).toContain('"c@"');

    // Fixed: the next tick turns the overdue post into a manual task and publishes the one still in time.
    emu.edit("'Configuración'!B4", 'a@icm.gob.mx', { as: ASISTENTE });
    emu.clockTo('2026-12-01T16:00');
    expect(manualMails(emu)).toHaveLength(1);
    expect(manualMails(emu)[0].subject).toContain(late);
    expect(row(emu, late)['Estado']).toBe('Tarea manual');
    expect(row(emu, inTime)['Estado']).toBe('Publicada');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(alertMails(emu)).toHaveLength(3);
  });
});
