// «Agenda CS02» Estado gets a closed-list dropdown from Configurar, also when Configurar repairs a workbook that lost it.
import { Emulator } from '../../local/runtime';

const TITULAR = 'titular@icm.gob.mx';

function estadoRule(emu: Emulator) {
  const d = emu.dump('Agenda CS02');
  if (!d) throw new Error('no Agenda CS02');
  // Estado is column L of «Agenda CS02».
  return d.validations.find((v) => v.a1.startsWith('L2:'));
}

describe('Agenda CS02 Estado dropdown', () => {
  test('Configurar sets the list; a typed value outside it is refused; Configurar restores a removed rule', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    expect(emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] }).error).toBeUndefined();
    expect(estadoRule(emu)).toMatchObject({ values: ['Por confirmar', 'Confirmada', 'Cancelada', 'Realizada'], allowInvalid: false });
    expect(() => emu.edit("'Agenda CS02'!L2", 'Quizá', { as: TITULAR })).toThrow();
    emu.edit("'Agenda CS02'!L2", 'Confirmada', { as: TITULAR });
    expect(emu.values('Agenda CS02')[1][11]).toBe('Confirmada');

    // An older workbook without the rule: Configurar (repair) adds it.
    const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Agenda CS02');
    if (!sheet) throw new Error('no sheet');
    sheet.validations = [];
    expect(estadoRule(emu)).toBeUndefined();
    expect(emu.run('configurar', [], { as: TITULAR }).error).toBeUndefined();
    expect(estadoRule(emu)).toMatchObject({ values: ['Por confirmar', 'Confirmada', 'Cancelada', 'Realizada'] });
  });

  test('Propuestas Estado already has its list (warning only: the add-on writes it)', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    expect(emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] }).error).toBeUndefined();
    const d = emu.dump('Propuestas');
    expect(d?.validations.find((v) => v.a1.startsWith('L2:'))).toMatchObject({ values: ['Pendiente', 'Autorizada', 'Rechazada', 'Cambios solicitados'], allowInvalid: true });
  });
});
