// A hand edit of the Bitácora (written only by the add-on) is reverted by the edit guard, logged and reported to the Titular.
import { ASISTENTE, setup, TITULAR } from '../publishing/publish-helpers';

const ACCION = 'Edición manual de la Bitácora revertida';

function rows(emu: ReturnType<typeof setup>) {
  return emu.values('Bitácora');
}

/** Every data row has an action and none follows an empty row. */
function contiguous(v: unknown[][]): boolean {
  let seenEmpty = false;
  for (const r of v.slice(1)) {
    const empty = r.every((c) => c === '' || c === null);
    if (empty) seenEmpty = true;
    else if (seenEmpty || r[2] === '') return false;
  }
  return true;
}

describe('edit guard: Bitácora hand edits', () => {
  test('an Asistente typing in Bitácora!A20 is reverted, logged with who, the Titular told; rows stay contiguous', () => {
    const emu = setup({ connect: false });
    const before = rows(emu).length;
    expect(before).toBeLessThan(20);
    const mails = emu.world.outbox.length;
    const runs = emu.edit("'Bitácora'!A20", 'lo escribí yo', { as: ASISTENTE });
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    const v = rows(emu);
    // The revert's row and the notice's row, right after the earlier rows (row 20 was not kept).
    expect(v.length).toBe(before + 2);
    expect(v.slice(0, before).some((r) => r.includes('lo escribí yo'))).toBe(false);
    const last = v[before];
    expect(last[1]).toBe(ASISTENTE);
    expect(last[2]).toBe(ACCION);
    expect(String(last[4])).toContain(ASISTENTE);
    expect(String(last[4])).toContain('fila 20');
    expect(String(last[7])).toContain('A20'); // «Detalles técnicos»
    expect(v.filter((r) => r[2] === ACCION)).toHaveLength(1); // one action, though two triggers fired
    const sent = emu.world.outbox.slice(mails);
    expect(sent.filter((m) => m.to.includes(TITULAR) && m.body.includes('Bitácora') && m.body.includes(ASISTENTE))).toHaveLength(1);
    expect(contiguous(v)).toBe(true);
    // The next append lands right below.
    emu.run('verificarBitacora', [], { as: ASISTENTE });
    const after = rows(emu);
    expect(after.length).toBeGreaterThan(v.length);
    expect(contiguous(after)).toBe(true);
  });

  test('changing an existing row restores the old value, so its signature still verifies', () => {
    const emu = setup({ connect: false });
    const v = rows(emu);
    const detalle = v[2][4];
    emu.edit("'Bitácora'!E3", 'otro detalle', { as: ASISTENTE });
    expect(rows(emu)[2][4]).toBe(detalle);
    const r = emu.run('verificarBitacora', [], { as: TITULAR }).result as { invalidas: unknown[] };
    expect(r.invalidas).toEqual([]);
    expect(rows(emu).filter((x) => x[2] === ACCION)).toHaveLength(1);
  });
});
