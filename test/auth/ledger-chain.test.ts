// Chained ledgers: rows deleted, inserted, swapped or re-dated by hand are named; no replaced authorization is revived; an untouched month verifies.
import { sha256 } from 'js-sha256';
import { sheetByName, writeContent } from '../../local/fakes/spreadsheet/model';
import type { Emulator } from '../../local/runtime';
import type { CellValue } from '../../local/world';
import { ledgerCanonical } from '../../src/domain/authorization';
import { publicationFingerprint } from '../../src/domain/fingerprint';
import { SIGNING_KEY_PROPERTY } from '../../src/domain/credential-keys';
import { addPub, ASISTENTE, authorize, authorizeAll, posts, row, setup, TITULAR } from '../publishing/publish-helpers';

interface VerifB {
  filas: number;
  invalidas: Array<{ fila: number }>;
  primera: { fila: number; motivo: string } | null;
}
interface Verif {
  hoja: string;
  id: string;
  ok: boolean;
  code: string;
  motivo: string;
}

/** A person rewriting a sheet's data rows by hand (delete, insert, move): the values below the header become `rows`. */
function rewrite(emu: Emulator, name: string, rows: CellValue[][]): void {
  const sheet = sheetByName(emu.world.spreadsheet, name)!;
  for (const k of Object.keys(sheet.cells)) if (+k.split(',')[0] > 0) delete sheet.cells[k];
  rows.forEach((r, i) => r.forEach((v, c) => writeContent(sheet, i + 1, c, { v })));
}

const data = (emu: Emulator, name: string): CellValue[][] => emu.values(name).slice(1);
const verifyB = (emu: Emulator): VerifB => emu.call('verificarBitacora', [], { as: TITULAR }) as VerifB;
const verifyA = (emu: Emulator): Verif[] => emu.call('verificarAutorizaciones', [], { as: ASISTENTE }) as Verif[];

/** A month of work: five authorized publications, one changed and re-authorized. */
function month(): { emu: Emulator; ids: string[] } {
  const emu = setup();
  const ids = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'].map((fecha) => addPub(emu, { fecha }));
  authorizeAll(emu, ids);
  return { emu, ids };
}

describe('chained Bitácora', () => {
  it('an untouched month verifies, row by row and as a chain', () => {
    const { emu } = month();
    emu.clockTo('2026-12-08T12:00');
    expect(posts(emu, 'x').length).toBe(5);
    const v = verifyB(emu);
    expect(v.filas).toBeGreaterThan(20);
    expect(v.primera).toBeNull();
    expect(v.invalidas).toEqual([]);
    expect(verifyA(emu).every((x) => x.code !== 'CADENA_ROTA')).toBe(true);
  });

  it.each([
    ['a deleted row', (rows: CellValue[][]) => rows.splice(4, 1), 6],
    ['an inserted row', (rows: CellValue[][]) => rows.splice(4, 0, [new Date(2026, 10, 30, 9, 5), TITULAR, 'Autorizar', 'Calendario X', 'escrita a mano', '', 'firma']), 6],
    ['two swapped rows', (rows: CellValue[][]) => rows.splice(3, 2, rows[4], rows[3]), 5],
    ['a re-dated row', (rows: CellValue[][]) => (rows[5][0] = new Date(2026, 10, 30, 8, 0)), 7],
  ] as const)('%s is named', (_, edit, fila) => {
    const { emu } = month();
    const rows = data(emu, 'Bitácora');
    edit(rows);
    rewrite(emu, 'Bitácora', rows);
    const v = verifyB(emu);
    expect(v.primera?.fila).toBe(fila);
  });

  it('rows removed at the end are named', () => {
    const { emu } = month();
    const rows = data(emu, 'Bitácora');
    rewrite(emu, 'Bitácora', rows.slice(0, rows.length - 2));
    expect(verifyB(emu).primera).toMatchObject({ fila: rows.length - 1 + 1, motivo: expect.stringMatching(/últimas filas/) });
  });
});

describe('chained Autorizaciones', () => {
  it.each([
    ['a deleted row', (rows: CellValue[][]) => rows.splice(2, 1), 4],
    ['an inserted row', (rows: CellValue[][]) => rows.splice(2, 0, [new Date(2026, 10, 30, 9, 5), 'Calendario', 'CAL-X', 'Autorizado', TITULAR, 'v2:' + 'a'.repeat(64), '', 'firma']), 4],
    ['two swapped rows', (rows: CellValue[][]) => rows.splice(2, 2, rows[3], rows[2]), 4],
    ['a re-dated row', (rows: CellValue[][]) => (rows[3][0] = new Date(2026, 10, 30, 8, 0)), 5],
  ] as const)('%s is named by «Verificar autorizaciones» and nothing goes out', (_, edit, fila) => {
    const { emu } = month();
    const rows = data(emu, 'Autorizaciones');
    expect(rows).toHaveLength(6);
    edit(rows);
    rewrite(emu, 'Autorizaciones', rows);
    expect(verifyA(emu)[0]).toMatchObject({ hoja: 'autorizaciones', code: 'CADENA_ROTA', id: `Fila ${fila}` });
    emu.clockTo('2026-12-01T12:00');
    expect(posts(emu, 'x')).toHaveLength(0);
  });

  it('the issue\'s attack: newer rows re-dated and the first text restored — nothing goes out, the row is named, the Titular told once', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01', textoX: 'Primer texto autorizado.' });
    const otro = addPub(emu, { fecha: '2026-12-01', textoX: 'Otra publicación autorizada.' });
    authorize(emu, id);
    authorize(emu, otro);
    emu.clockTo('2026-11-30T09:30');
    const sheetRow = emu.values('Calendario').findIndex((r) => r[0] === id) + 1;
    emu.edit(`'Calendario'!G${sheetRow}`, 'Segundo texto, que la Titular autorizó después.', { as: ASISTENTE });
    authorize(emu, id);
    expect(verifyA(emu).find((v) => v.id === id)?.ok).toBe(true);
    // The Asistente re-dates the newer rows of the item to before the first authorization, then restores the first text.
    const rows = data(emu, 'Autorizaciones');
    const first = rows.findIndex((r) => r[2] === id);
    rows.forEach((r, k) => {
      if (r[2] === id && k > first) r[0] = new Date(2026, 10, 30, 8, 0, k);
    });
    const redated = rows.findIndex((r, k) => r[2] === id && k > first) + 2;
    rewrite(emu, 'Autorizaciones', rows);
    const mails = emu.world.outbox.length;
    emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario')!.cells[`${sheetRow - 1},6`] = { v: 'Primer texto autorizado.' };
    expect(row(emu, id)['Texto X']).toBe('Primer texto autorizado.');
    const v = verifyA(emu);
    expect(v[0]).toMatchObject({ hoja: 'autorizaciones', code: 'CADENA_ROTA', id: `Fila ${redated}` });
    expect(v.find((x) => x.id === id)).toMatchObject({ ok: false });
    expect(v.find((x) => x.id === otro)).toMatchObject({ ok: false, code: 'CADENA_ROTA' });
    emu.clockTo('2026-12-01T12:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    expect(posts(emu, 'facebook')).toHaveLength(0);
    const told = emu.world.outbox.slice(mails).filter((m) => m.body.includes('Historial de versiones'));
    expect(told).toHaveLength(1);
    expect(told[0].to).toEqual([TITULAR]);
  });

  it('a deleted Anulada row does not revive the replaced authorization', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    const sheetRow = emu.values('Calendario').findIndex((r) => r[0] === id) + 1;
    const original = row(emu, id)['Texto X'];
    emu.edit(`'Calendario'!G${sheetRow}`, 'Texto cambiado sin autorización.', { as: ASISTENTE });
    const rows = data(emu, 'Autorizaciones');
    const anulada = rows.findIndex((r) => r[2] === id && r[3] === 'Anulada');
    expect(anulada).toBeGreaterThan(0);
    rows.splice(anulada, 1);
    rewrite(emu, 'Autorizaciones', rows);
    // The authorized text and Estado put back by hand: the item alone would look authorized again.
    const cal = sheetByName(emu.world.spreadsheet, 'Calendario')!;
    writeContent(cal, sheetRow - 1, 6, { v: original as CellValue });
    writeContent(cal, sheetRow - 1, 16, { v: 'Autorizado' });
    expect(verifyA(emu).find((v) => v.id === id)).toMatchObject({ ok: false, code: 'CADENA_ROTA' });
    expect(verifyA(emu)[0]).toMatchObject({ code: 'CADENA_ROTA' });
    emu.clockTo('2026-12-01T12:00');
    expect(posts(emu, 'x')).toHaveLength(0);
  });

  it('records made before the chain (version 1, signed alone) still verify; the first chained row anchors on them', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01', textoX: 'Autorizado con la versión anterior.' });
    authorize(emu, id);
    // Make the ledger what an earlier version wrote: v1 fingerprints, each row signed alone, no chain head.
    const key = emu.world.properties.document[SIGNING_KEY_PROPERTY];
    const r = row(emu, id);
    const v1 = publicationFingerprint({ id, fecha: r['Fecha'] as Date, hora: r['Hora'] as string, redes: r['Redes'] as string, textoX: r['Texto X'] as string, textoFacebook: r['Texto Facebook'] as string, textoWeb: r['Texto web'] as string, imagen: r['Imagen'] as string }, 1);
    const legacy = data(emu, 'Autorizaciones').map((x) => {
      const huella = x[2] === id ? v1 : String(x[5]);
      const [hoja, elemento, decision, por, comentario] = [x[1], x[2], x[3], x[4], x[6]].map(String);
      const rec = { fecha: x[0] as Date, hoja, elemento, decision, por, huella, comentario };
      return [rec.fecha, rec.hoja, rec.elemento, rec.decision, rec.por, rec.huella, rec.comentario, Buffer.from(sha256.hmac.array(key, ledgerCanonical(rec))).toString('base64')];
    });
    rewrite(emu, 'Autorizaciones', legacy);
    delete emu.world.properties.document.DIFUSION_CADENA_AUTORIZACIONES;
    expect(verifyA(emu).find((v) => v.id === id)).toMatchObject({ ok: true });
    // A new decision chains on the old rows; removing an old row is then detected.
    const otro = addPub(emu, { fecha: '2026-12-02' });
    authorize(emu, otro);
    expect(verifyA(emu).every((v) => v.ok)).toBe(true);
    const rows = data(emu, 'Autorizaciones');
    rows.splice(0, 1);
    rewrite(emu, 'Autorizaciones', rows);
    expect(verifyA(emu)[0]).toMatchObject({ code: 'CADENA_ROTA' });
    emu.clockTo('2026-12-01T12:00');
    expect(posts(emu, 'x')).toHaveLength(0);
  });
});
