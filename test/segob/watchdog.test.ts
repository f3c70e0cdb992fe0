// The deadline watchdog on the hourly tick: reminders at the configured deadlines, once per item per day, with the workbook's link; quota never half-sends.
import { ASISTENTE, bitacora, configured, ok, TITULAR } from '../auth/auth-fixture';
import { authorized, B, mailsTo, rowOf, SEGOB, withSegob, written } from './segob-fixture';

const recordatorios = (emu: ReturnType<typeof configured>) => bitacora(emu).filter((b) => b[2] === 'Recordatorio');
const subjects = (emu: ReturnType<typeof configured>, who: string) => mailsTo(emu, who).map((m) => m.subject);

describe('Watchdog', () => {
  test('publication days with nothing authorized: the Asistente is told N days ahead, the Titular too the day before; once per item per day', () => {
    const emu = withSegob();
    ok(emu.run('programarMes', ['2026-12'], { as: ASISTENTE }));
    emu.clockTo('2026-11-30T18:30');
    const dia1 = 'Difusión ICM: nada autorizado para el martes 1 de diciembre de 2026';
    const dia2 = 'Difusión ICM: nada autorizado para el miércoles 2 de diciembre de 2026';
    expect(subjects(emu, ASISTENTE).filter((s) => s === dia1 || s === dia2)).toEqual([dia1, dia2]);
    expect(subjects(emu, TITULAR).filter((s) => s.startsWith('Difusión ICM: nada autorizado'))).toEqual([dia1]);
    const m = mailsTo(emu, ASISTENTE).find((x) => x.subject === dia1);
    expect(m?.body).toContain('ninguna autorizada por la Titular');
    expect(m?.body).toContain(`https://docs.google.com/spreadsheets/d/${emu.world.spreadsheet.id}/edit`);
    expect(new Date(m?.at ?? 0).getHours()).toBe(10);
    expect(recordatorios(emu).map((b) => b[3])).toEqual(['Calendario 2026-12-01', 'Calendario 2026-12-02']);
    // The next day: one more reminder per item, the Titular now told about 2 December.
    emu.clockTo('2026-12-01T20:30');
    expect(subjects(emu, TITULAR).filter((s) => s === dia2)).toHaveLength(1);
    expect(subjects(emu, ASISTENTE).filter((s) => s === dia2)).toHaveLength(2);
    expect(subjects(emu, ASISTENTE).filter((s) => s === dia1)).toHaveLength(1);
  });

  test('a boletín waiting for the Titular more than 24 h, and an authorized one not sent within 4 h, are reminded once a day', () => {
    const emu = withSegob();
    const pend = written(emu, 'Espera autorización');
    ok(emu.run('panelSolicitarAutorizacionBoletin', [pend], { as: ASISTENTE }));
    const aut = written(emu, 'Autorizado sin enviar');
    authorized(emu, aut);
    emu.clockTo('2026-11-30T12:30');
    expect(subjects(emu, ASISTENTE).filter((s) => s.includes(aut))).toEqual([]);
    emu.clockTo('2026-11-30T20:30');
    expect(subjects(emu, ASISTENTE).filter((s) => s.includes(aut))).toEqual([`Difusión ICM: el boletín ${aut} autorizado no se ha enviado a SEGOB`]);
    expect(new Date(mailsTo(emu, ASISTENTE).find((m) => m.subject.includes(aut))?.at ?? 0).getHours()).toBe(13);
    expect(subjects(emu, TITULAR).filter((s) => s.includes(pend) && s.includes('espera'))).toHaveLength(1); // the request itself
    emu.clockTo('2026-12-01T10:30');
    expect(subjects(emu, TITULAR).filter((s) => s === `Difusión ICM: el boletín ${pend} espera su autorización`)).toHaveLength(2);
    expect(recordatorios(emu).filter((b) => b[3] === `${B} ${pend}`)).toHaveLength(1);
    // Sent: no more reminders about it.
    ok(emu.run('panelEnviarBoletin', [aut], { as: ASISTENTE }));
    emu.clockTo('2026-12-02T20:30');
    expect(subjects(emu, ASISTENTE).filter((s) => s.includes(aut) && s.includes('no se ha enviado'))).toHaveLength(2);
  });

  test('the agenda not sent by its hour (no SEGOB recipients yet) is reminded an hour later, once that day', () => {
    const emu = configured();
    emu.clockTo('2026-12-04T20:30');
    const s = subjects(emu, ASISTENTE).filter((x) => x === 'Difusión ICM: la agenda semanal no se ha enviado a SEGOB');
    expect(s).toHaveLength(1);
    expect(new Date(mailsTo(emu, ASISTENTE).find((m) => m.subject.includes('agenda semanal'))?.at ?? 0).getHours()).toBe(13);
  });

  test('an exhausted quota defers a boletín: no PDF, no e-mail, no mark; the Asistente is told; the next tick sends it whole', () => {
    const emu = withSegob();
    const n = written(emu);
    authorized(emu, n);
    const used = emu.world.outbox.filter((m) => m.from === ASISTENTE).reduce((k, m) => k + m.to.length, 0);
    emu.world.mailDailyLimit = used + 1; // one recipient left: not enough for two SEGOB addresses
    const pdfs = () => emu.world.drive.files.filter((f) => f.mimeType === 'application/pdf').length;
    const r = ok(emu.run('panelEnviarBoletin', [n], { as: ASISTENTE }));
    expect(r.result).toMatchObject({ enviado: false, enEspera: true });
    expect((r.result as { mensaje: string }).mensaje).toContain('no se envió nada a medias');
    expect(mailsTo(emu, SEGOB[0])).toHaveLength(0);
    expect(pdfs()).toBe(0);
    expect(rowOf(emu, B, n)['Enviado a SEGOB']).toBe('');
    expect(bitacora(emu).filter((b) => b[2] === 'Envío en espera' && b[3] === `${B} ${n}`)).toHaveLength(1);
    expect(subjects(emu, ASISTENTE)).toContain(`Difusión ICM: envío en espera (${B} ${n})`);
    emu.world.mailDailyLimit = 100;
    emu.clockTo('2026-11-30T10:30');
    const sent = mailsTo(emu, SEGOB[0]);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual(SEGOB);
    expect(rowOf(emu, B, n)['Estado']).toBe('Enviado a SEGOB');
  });
});
