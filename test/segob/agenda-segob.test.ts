// Agenda CS02 through the emulator: the demo's next week reaches SEGOB once at the configured hour, rows marked, changes re-sent, empty weeks noticed.
import { seedDemo, seedDemoPublications } from '../../local/demo';
import { seedDemoSegob } from '../../local/demo-segob';
import { Emulator } from '../../local/runtime';
import { mailQuotaKey } from '../../local/fakes/mail.fake';
import { ASISTENTE, bitacora, ok } from '../auth/auth-fixture';
import { pdfText, rowOf, SEGOB, withSegob } from './segob-fixture';

const A = 'Agenda CS02';
const DEMO_SEGOB = 'comunicacion.social@segob.coahuila.gob.mx';

function demo(): Emulator {
  const emu = Emulator.create({ owner: 'titular@icm.gob.mx', now: '2026-11-30T09:00' });
  seedDemo(emu);
  seedDemoPublications(emu);
  seedDemoSegob(emu);
  return emu;
}

const agendas = (emu: Emulator, to = DEMO_SEGOB) => emu.world.outbox.filter((m) => m.to.includes(to) && m.subject.startsWith('Agenda semanal CS02'));

describe('Agenda CS02 to SEGOB', () => {
  test('after init --demo, the clock past Friday 12:00 sends next week’s agenda once (table and PDF) and marks its rows; a later change is re-sent as a change', () => {
    const emu = demo();
    const sabado = emu.call('panelAgregarActividad', [{ fecha: '2026-12-12', inicio: '10:00', actividad: 'Feria de servicios', direccion: 'Despacho', estado: 'Por confirmar' }], { as: ASISTENTE }) as { id: string };
    emu.clockTo('2026-12-04T11:30');
    expect(agendas(emu)).toHaveLength(0);
    emu.clockTo('2026-12-04T18:30');
    const sent = agendas(emu);
    expect(sent).toHaveLength(1);
    expect(new Date(sent[0].at).getHours()).toBe(12);
    expect(sent[0].subject).toContain('del lunes 7 de diciembre de 2026 al domingo 13 de diciembre de 2026');
    const html = sent[0].htmlBody ?? '';
    for (const act of ['Foro «Mujeres y autonomía económica»', 'Cierre de los 16 días de activismo', 'Jornada de orientación jurídica gratuita']) expect(html).toContain(act);
    expect(html).not.toContain('Lenguaje incluyente'); // 15 December: the week after
    expect(html).not.toContain('Masculinidades'); // 3 December: this week, already past the agenda
    expect(html.match(/<tr/g)?.length).toBe(6); // header + 5 activities
    const pdf = pdfText(sent[0].attachments[0]).replace(/\s+/g, ' ');
    expect(pdf).toContain('Formato CS02');
    expect(pdf).toContain('Cierre de los 16 días de activismo');
    expect(rowOf(emu, A, 'AG-2026-0102')['Enviada a SEGOB']).toBeInstanceOf(Date);
    expect(rowOf(emu, A, 'AG-2026-0104')['Enviada a SEGOB']).toBe('');
    expect(bitacora(emu).filter((b) => b[2] === 'Enviar agenda a SEGOB')).toHaveLength(1);

    // Monday: the Saturday 12 December activity is confirmed; Friday's agenda (14–20 December) carries it, marked as a change.
    emu.clockTo('2026-12-07T09:30');
    const c = emu.values(A)[0].indexOf('Estado');
    const r = emu.values(A).findIndex((row) => row[0] === sabado.id);
    emu.edit(`'${A}'!${String.fromCharCode(65 + c)}${r + 1}`, 'Confirmada', { as: ASISTENTE });
    emu.clockTo('2026-12-11T12:30');
    const next = agendas(emu);
    expect(next).toHaveLength(2);
    expect(next[1].htmlBody).toContain('CAMBIO: Feria de servicios');
    expect(next[1].htmlBody).not.toContain('Cierre de los 16 días de activismo'); // unchanged and already sent
    expect(next[1].htmlBody).toContain('Lenguaje incluyente');
    expect(next[1].htmlBody).not.toContain('CAMBIO: Foro');
  });

  test('a week with no activities sends the short «sin actividades programadas» notice; «Enviar agenda ahora» sends it on demand', () => {
    const emu = withSegob();
    const dir = emu.run('enviarAgendaAhora', [], { as: 'direccion.violencia@icm.gob.mx' });
    expect(dir.result).toMatchObject({ ok: false, code: 'SIN_PERMISO' });
    expect(agendas(emu, SEGOB[0])).toHaveLength(0);
    const r = ok(emu.run('enviarAgendaAhora', [], { as: ASISTENTE }));
    expect(r.result).toMatchObject({ ok: true, valor: { enviada: true, actividades: 0 } });
    const sent = agendas(emu, SEGOB[0]);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual(SEGOB);
    expect(sent[0].subject).toMatch(/sin actividades programadas$/);
    expect(sent[0].htmlBody).toContain('Sin actividades programadas para esta semana.');
    expect(pdfText(sent[0].attachments[0])).toContain('Sin actividades programadas para esta semana.');
    // That week is done: the hourly tick on Friday does not send it again.
    emu.clockTo('2026-12-04T13:30');
    expect(agendas(emu, SEGOB[0])).toHaveLength(1);
  });

  test('the sidebar form adds an activity validated like the sheet (Dirección allowed, bad values refused, nothing written)', () => {
    const emu = withSegob();
    const form = { fecha: '2026-12-09', inicio: '10:00', fin: '12:00', actividad: 'Taller de autocuidado', direccion: 'Dirección de Igualdad', lugar: 'ICM', municipio: 'Saltillo', descripcion: '', publico: 'Público en general', contacto: '', estado: 'Confirmada' };
    const r = emu.call('panelAgregarActividad', [form], { as: 'direccion.violencia@icm.gob.mx' }) as { id: string };
    expect(r.id).toBe('AG-2026-0001');
    expect(rowOf(emu, A, r.id)).toMatchObject({ Actividad: 'Taller de autocuidado', Estado: 'Confirmada', 'Hora inicio': '10:00' });
    const rows = emu.values(A).length;
    expect(emu.run('panelAgregarActividad', [{ ...form, estado: 'Quizá' }], { as: ASISTENTE }).error).toMatchObject({ code: 'ESTADO_INVALIDO' });
    expect(emu.run('panelAgregarActividad', [{ ...form, fin: '09:00' }], { as: ASISTENTE }).error).toMatchObject({ code: 'HORA_INVALIDA', message: 'La hora de fin debe ser posterior a la de inicio.' });
    expect(emu.run('panelAgregarActividad', [{ ...form, actividad: '=HYPERLINK("x")' }], { as: 'intruso@gmail.com' }).error).toMatchObject({ code: 'SIN_PERMISO' });
    expect(emu.values(A).length).toBe(rows);
  });

  test('an exhausted mail quota defers the agenda: nothing half-sent, logged, retried by the next tick once the quota is back', () => {
    const emu = withSegob();
    emu.call('panelAgregarActividad', [{ fecha: '2026-12-09', inicio: '10:00', actividad: 'Taller', direccion: 'Despacho', estado: 'Confirmada' }], { as: ASISTENTE });
    emu.clockTo('2026-12-04T11:30');
    const owner = emu.world.owner;
    emu.world.mailDailyLimit = (emu.world.mailQuota[mailQuotaKey({ ...emu.world, now: Date.parse('2026-12-04T18:00:00Z') }, owner)] ?? 0) + 1;
    emu.clockTo('2026-12-04T18:30');
    expect(agendas(emu, SEGOB[0])).toHaveLength(0);
    expect(bitacora(emu).filter((b) => b[2] === 'Envío en espera' && b[3] === 'Agenda CS02 semana 2026-12-07')).toHaveLength(1);
    expect(rowOf(emu, A, 'AG-2026-0001')['Enviada a SEGOB']).toBe('');
    emu.world.mailDailyLimit = 100; // a new day: the quota is back
    emu.clockTo('2026-12-05T09:30');
    const sent = agendas(emu, SEGOB[0]);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual(SEGOB);
    expect(sent[0].htmlBody).toContain('Taller');
    expect(rowOf(emu, A, 'AG-2026-0001')['Enviada a SEGOB']).toBeInstanceOf(Date);
  });
});
