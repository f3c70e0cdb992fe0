// Configurar removes the empty default sheet («Hoja 1», «Sheet1», «Hoja1») and logs it; never one with content.
import { Emulator } from '../../local/runtime';

const TITULAR = 'titular@icm.gob.mx';

function names(emu: Emulator): string[] {
  return emu.world.spreadsheet.sheets.map((s) => s.name);
}

describe('Configurar and the default sheet', () => {
  test('an empty «Hoja 1» is deleted and the deletion is in the Bitácora', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    expect(names(emu)).toContain('Hoja 1');
    expect(emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] }).error).toBeUndefined();
    expect(names(emu)).not.toContain('Hoja 1');
    const log = emu.values('Bitácora').filter((r) => r[2] === 'Eliminar hoja vacía');
    expect(log).toHaveLength(1);
    expect(String(log[0][4])).toContain('Hoja 1');
    // Idempotent: nothing more to delete, nothing more logged.
    expect(emu.run('configurar', [], { as: TITULAR }).error).toBeUndefined();
    expect(emu.values('Bitácora').filter((r) => r[2] === 'Eliminar hoja vacía')).toHaveLength(1);
  });

  test('a default sheet with any content stays', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    emu.edit("'Hoja 1'!C7", 'notas de la Asistente', { as: TITULAR });
    expect(emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] }).error).toBeUndefined();
    expect(names(emu)).toContain('Hoja 1');
    expect(emu.values('Bitácora').filter((r) => r[2] === 'Eliminar hoja vacía')).toHaveLength(0);
  });

  test('an empty «Sheet1» (English locale) is deleted too', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    emu.world.spreadsheet.sheets[0].name = 'Sheet1';
    expect(emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] }).error).toBeUndefined();
    expect(names(emu)).not.toContain('Sheet1');
    expect(names(emu)[0]).toBe('Configuración');
  });
});
