// crearPropuesta / listarPropuestas through the emulator: roles, validation before writing, IDs, escaping, Bitácora.
import { seedDemo } from '../../local/demo';
import { Emulator } from '../../local/runtime';

function dumpOf(emu: Emulator, name: string): NonNullable<ReturnType<Emulator['dump']>> {
  const d = emu.dump(name);
  if (!d) throw new Error(`no sheet ${name}`);
  return d;
}


const TITULAR = 'titular@icm.gob.mx';
const DIRECCION = 'direccion.igualdad@icm.gob.mx';

const input = {
  tipo: 'Taller',
  tema: '=IMPORTXML("http://x") taller',
  direccion: 'Dirección de Igualdad',
  marcoLegal: 'Ley de Igualdad entre Mujeres y Hombres',
  descripcion: 'Taller de liderazgo para mujeres jóvenes.',
  del: '2027-01-12',
  al: '2027-01-12',
  redes: ['Facebook'],
};

describe('proposals', () => {
  let emu: Emulator;
  beforeEach(() => {
    emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    seedDemo(emu);
  });

  test('a Dirección registers a proposal: next ID, Pendiente, user text kept as text, signed Bitácora row', () => {
    const r = emu.call('crearPropuesta', [input], { as: DIRECCION });
    expect(r).toEqual({ id: 'PRO-2026-0004', estado: 'Pendiente' });
    const row = emu.values('Propuestas').find((x) => x[0] === 'PRO-2026-0004') as unknown[];
    expect(row.slice(2, 8)).toEqual([DIRECCION, 'Taller', '=IMPORTXML("http://x") taller', 'Dirección de Igualdad', 'Ley de Igualdad entre Mujeres y Hombres', 'Taller de liderazgo para mujeres jóvenes.']);
    expect(row.slice(10, 16)).toEqual(['Facebook', 'Pendiente', '', '', '', '']);
    expect(dumpOf(emu, 'Propuestas').formulas).toEqual({});
    const log = emu.values('Bitácora').pop() as unknown[];
    expect(log.slice(1, 4)).toEqual([DIRECCION, 'Nueva propuesta', 'Propuestas PRO-2026-0004']);
    expect(String(log[6]).length).toBeGreaterThan(20);
  });

  test('an invalid proposal is refused in Spanish and nothing is written', () => {
    const before = JSON.stringify(emu.world.spreadsheet);
    const r = emu.run('crearPropuesta', [{ ...input, marcoLegal: '' }], { as: DIRECCION });
    expect(r.error?.code).toBe('PROPUESTA_INVALIDA');
    expect(r.error?.message).toMatch(/política 3\.2/);
    expect(JSON.stringify(emu.world.spreadsheet)).toBe(before);
    expect(emu.run('crearPropuesta', [input], { as: 'intrusa@gmail.com' }).error?.code).toBe('SIN_PERMISO');
    expect(JSON.stringify(emu.world.spreadsheet)).toBe(before);
  });

  test('listing: everything for the Titular, only their own for a Dirección, newest first, dates as text', () => {
    const all = emu.call('listarPropuestas', [], { as: TITULAR }) as Array<Record<string, string>>;
    expect(all.map((p) => p.id)).toEqual(['PRO-2026-0003', 'PRO-2026-0002', 'PRO-2026-0001']);
    expect(all[2]).toMatchObject({ estado: 'Autorizada', decision: 'Autorizado', del: '2026-11-25', al: '2026-12-10', fecha: '2026-11-30 09:00' });
    const mine = emu.call('listarPropuestas', [], { as: DIRECCION }) as Array<Record<string, string>>;
    expect(mine.map((p) => p.id)).toEqual(['PRO-2026-0002']);
  });
});
