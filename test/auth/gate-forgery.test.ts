// The gate fails closed: a hand-typed ledger row (copied signature), a wrong approver, a missing ledger, a changed fingerprint.
import { formatHuella, publicationFingerprint } from '../../src/domain/fingerprint';
import { a1, ASISTENTE, cell, TEXTO_FB, TITULAR, verdict, withPublication, visto } from './auth-fixture';

function authorizedThenEdited() {
  const f = withPublication(ASISTENTE); // the Asistente owns the file, so she may type anywhere Sheets lets owners
  expect(f.emu.run('panelAutorizar', [visto(f.emu, 'calendario', f.id)], { as: TITULAR }).error).toBeUndefined();
  f.emu.edit(a1(f.emu, 'Calendario', f.id, 'Texto X'), 'Texto cambiado después de autorizar', { as: ASISTENTE });
  expect(verdict(f.emu, f.id)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
  return f;
}

function huellaActual(emu: ReturnType<typeof withPublication>['emu'], id: string): string {
  const g = (h: string) => cell(emu, 'Calendario', id, h) as string | Date;
  const hex = publicationFingerprint({
    id, fecha: g('Fecha'), hora: g('Hora'), redes: g('Redes'), textoX: g('Texto X'), textoFacebook: g('Texto Facebook'), textoWeb: g('Texto web'), imagen: g('Imagen'),
    tema: g('Tema'), categoria: g('Categoría'), veda: g('Veda'), imagenContenido: '',
  });
  return formatHuella({ version: 2, hex });
}

/** Types a whole ledger row by hand, one cell at a time, as a person would. */
function typeLedgerRow(emu: ReturnType<typeof withPublication>['emu'], cells: string[], as: string): void {
  const row = emu.values('Autorizaciones').length + 1;
  cells.forEach((v, c) => emu.edit(`'Autorizaciones'!${String.fromCharCode(65 + c)}${row}`, v, { as }));
}

describe('gate: forged and broken authorizations', () => {
  test('a hand-typed ledger row with the right fingerprint and a copied signature fails (FIRMA_INVALIDA), and is reported', () => {
    const { emu, id } = authorizedThenEdited();
    const ledger = emu.values('Autorizaciones');
    const genuine = ledger.find((r) => r[2] === id && r[3] === 'Autorizado');
    expect(genuine).toBeDefined();
    const mails = emu.world.outbox.length;
    typeLedgerRow(emu, ['2026-11-30 09:30:00', 'Calendario', id, 'Autorizado', TITULAR, huellaActual(emu, id), '', String(genuine![7])], ASISTENTE);
    const last = emu.values('Autorizaciones').slice(-1)[0];
    expect(last.slice(1, 5)).toEqual(['Calendario', id, 'Autorizado', TITULAR]);
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('Autorizado');
    expect(last[0]).toBeInstanceOf(Date);
    const v = verdict(emu, id);
    expect(v).toMatchObject({ ok: false, code: 'FIRMA_INVALIDA' });
    expect(v!.motivo).toMatch(/firma .* no es válida/);
    // The voiding e-mail went out minutes ago, so these notices wait for the hourly digest (one e-mail, not one per cell).
    expect(emu.world.outbox.length).toBe(mails);
    emu.clockTo('2026-11-30T10:00');
    expect(emu.world.outbox.length).toBe(mails + 1);
    expect(emu.world.outbox[mails].body).toContain('Autorizaciones');
  });

  test('a hand-typed row naming someone else as approver fails (NO_TITULAR)', () => {
    const { emu, id } = authorizedThenEdited();
    typeLedgerRow(emu, ['2026-11-30 09:30:00', 'Calendario', id, 'Autorizado', ASISTENTE, huellaActual(emu, id), '', 'x'], ASISTENTE);
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'NO_TITULAR' });
  });

  test('a hand-typed row without a date or signature fails closed', () => {
    const { emu, id } = authorizedThenEdited();
    typeLedgerRow(emu, ['', 'Calendario', id, 'Autorizado', TITULAR, huellaActual(emu, id)], ASISTENTE);
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'FIRMA_INVALIDA' });
  });

  test('replay: a copy of the older signed v1 record pasted at the bottom does not pass once v2 was authorized and voided', () => {
    const { emu, id, propuesta } = withPublication();
    const save = (textoX: string): void => {
      emu.call('panelGuardarPublicacion', [{ id, propuesta, fecha: '2026-12-01', hora: '10:00', redes: ['X', 'Facebook'], textoX, textoFacebook: TEXTO_FB, textoWeb: '', imagen: '' }], { as: ASISTENTE });
    };
    const v1 = String(cell(emu, 'Calendario', id, 'Texto X'));
    expect(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }).error).toBeUndefined();
    const v1Row = emu.values('Autorizaciones').slice(-1)[0];
    emu.clockTo('2026-11-30T09:10');
    save('Versión 2 del texto');
    expect(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }).error).toBeUndefined();
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    emu.clockTo('2026-11-30T09:20');
    save(v1); // back to the v1 texts: v2 is voided
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    const d = v1Row[0] as Date;
    const p2 = (n: number): string => String(n).padStart(2, '0');
    const fecha = `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())} ${p2(d.getHours())}:${p2(d.getMinutes())}:${p2(d.getSeconds())}`;
    typeLedgerRow(emu, [fecha, ...v1Row.slice(1, 8).map(String)], ASISTENTE);
    const pasted = emu.values('Autorizaciones').slice(-1)[0];
    expect(pasted.slice(1)).toEqual(v1Row.slice(1));
    expect((pasted[0] as Date).getTime()).toBe(d.getTime());
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    // The original v1 row cleared by hand (so the copy is no longer a duplicate): the copy is out of its place in the
    // chain, so the item has a failing row and is refused.
    const original = emu.values('Autorizaciones').findIndex((r) => r[7] === v1Row[7]) + 1;
    for (let c = 0; c < 8; c++) emu.edit(`'Autorizaciones'!${String.fromCharCode(65 + c)}${original}`, '', { as: ASISTENTE });
    expect(emu.values('Autorizaciones').filter((r) => r[7] === v1Row[7])).toHaveLength(1);
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'FIRMA_INVALIDA' });
  });

  test('a deleted ledger sheet makes every item fail with a Spanish reason', () => {
    const { emu, id } = withPublication();
    expect(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }).error).toBeUndefined();
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    emu.world.spreadsheet.sheets = emu.world.spreadsheet.sheets.filter((s) => s.name !== 'Autorizaciones');
    const v = verdict(emu, id);
    expect(v).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
    expect(v!.motivo).toMatch(/Falta la hoja «Autorizaciones»/);
  });

  test('a valid authorization whose Titular changed in Configuración no longer passes (NO_TITULAR)', () => {
    const { emu, id } = withPublication();
    expect(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }).error).toBeUndefined();
    emu.edit("'Configuración'!B2", 'nueva.titular@icm.gob.mx', { as: TITULAR });
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'NO_TITULAR' });
  });
});
