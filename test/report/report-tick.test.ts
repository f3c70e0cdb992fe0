// The hourly tick makes the report of the month just closed on the first working day (its 08:00 tick), once; the mail quota is checked first.
import { setup, TITULAR } from '../publishing/publish-helpers';

const informes = (emu: ReturnType<typeof setup>): string[] => emu.world.outbox.filter((m) => /^Informe mensual/.test(m.subject)).map((m) => m.subject);

describe('Informe mensual on the tick', () => {
  test('on 1 December 2026 (first working day) at its 08:00 tick, one report of November to the Titular; later ticks make no other', () => {
    const emu = setup({ now: '2026-11-30T09:00' });
    emu.clockTo('2026-12-01T07:30');
    expect(informes(emu)).toEqual([]);
    emu.clockTo('2026-12-01T09:30');
    expect(informes(emu)).toEqual(['Informe mensual de difusión 2026-11 · PI-DT-002']);
    const mail = emu.world.outbox.find((m) => /^Informe mensual/.test(m.subject));
    expect(mail?.to).toEqual([TITULAR]);
    expect(mail?.attachments[0].name).toBe('Informe mensual 2026-11 · PI-DT-002.pdf');
    emu.clockTo('2026-12-01T13:30');
    expect(informes(emu)).toHaveLength(1);
    const bit = emu.values('Bitácora');
    expect(bit.filter((r) => r[2] === 'Informe mensual')).toHaveLength(1);
    expect(bit.filter((r) => r[2] === 'Cierre de mes' && r[3] === '2026-11')).toHaveLength(1);
  }, 180_000);

  test('with no mail quota left the report is made and logged, and nothing is half-sent', () => {
    const emu = setup({ now: '2026-12-02T09:00' });
    emu.world.mailDailyLimit = 0;
    const r = emu.run('informeMensual', ['2026-12'], { as: TITULAR });
    expect(r.error).toBeUndefined();
    const valor = (r.result as { ok: boolean; valor: { enviadoA: string; aviso: string; pdf: string } }).valor;
    expect(valor.enviadoA).toBe('');
    expect(valor.aviso).toMatch(/cuota diaria de correo/);
    expect(informes(emu)).toEqual([]);
    const row = emu.values('Bitácora').find((x) => x[2] === 'Informe mensual');
    expect(String(row?.[4])).toMatch(/cuota diaria de correo/);
    expect(row?.[5]).toBe(valor.pdf);
  }, 120_000);

  test('a month typed wrong is refused in Spanish and nothing changes', () => {
    const emu = setup({ now: '2026-12-02T09:00' });
    const sheets = emu.world.spreadsheet.sheets.length;
    const r = emu.run('informeMensual', ['diciembre'], { as: TITULAR });
    expect((r.result as { ok: boolean; mensaje: string }).mensaje).toMatch(/no es un mes válido/);
    expect(emu.world.spreadsheet.sheets.length).toBe(sheets);
    expect(emu.world.drive.files).toHaveLength(0);
  }, 60_000);
});
