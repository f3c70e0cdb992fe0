// Boletines CS01 under the authorization lock: typed by an Asistente, listed for the Titular, signed decisions, the gate, the edit guard and voiding.
import { createHash } from 'crypto';
import { canonicalBoletin } from '../../src/domain/authorization';
import type { Emulator } from '../../local/runtime';
import { a1, ASISTENTE, bitacora, cell, configured, ok, TITULAR, verdict, visto } from './auth-fixture';

const B = 'Boletines CS01';
const NUM = 'CS01-2026-014';
const BOLETIN: Array<[string, string]> = [
  ['Número', NUM],
  ['Fecha', '2026-12-03'],
  ['Título', 'El ICM inaugura el Centro de Atención en Torreón'],
  ['Lugar', 'Torreón, Coahuila'],
  ['Resumen', 'La Titular del Instituto inauguró el centro, que dará atención psicológica y jurídica gratuita.'],
  ['Documento', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrSt/view'],
];

interface Pendiente {
  hoja: string;
  id: string;
  titulo: string;
  fecha: string;
  detalle: string;
  estado: string;
  autorizacion: string;
  comentario: string;
}

/** A configured workbook where the Asistente typed one boletín, cell by cell, as staff do today. */
function typed(owner = TITULAR): Emulator {
  const emu = configured(owner);
  const header = emu.values(B)[0].map(String);
  const row = emu.values(B).length + 1;
  for (const [h, v] of BOLETIN) {
    const c = header.indexOf(h);
    expect(c).toBeGreaterThanOrEqual(0);
    emu.edit(`'${B}'!${String.fromCharCode(65 + c)}${row}`, v, { as: ASISTENTE });
  }
  return emu;
}

function authorized(owner = TITULAR): Emulator {
  const emu = typed(owner);
  ok(emu.run('panelAutorizar', [visto(emu, 'boletines', NUM)], { as: TITULAR }));
  return emu;
}

function pendientes(emu: Emulator): Pendiente[] {
  return (emu.call('panelPendientes', [], { as: TITULAR }) as Pendiente[]).filter((p) => p.hoja === 'boletines');
}

/** The boletín's fingerprint, version 2 (the row's fields and its Doc's text: none here, the link is a Drive file). */
function huella(emu: Emulator): string {
  const g = (h: string) => cell(emu, B, NUM, h) as string | Date;
  const canon = canonicalBoletin(
    { numero: g('Número'), fecha: g('Fecha'), titulo: g('Título'), lugar: g('Lugar'), resumen: g('Resumen'), documento: g('Documento'), textoDoc: '' },
    2,
  );
  return createHash('sha256').update(canon, 'utf8').digest('hex');
}

function ledgerOf(emu: Emulator): unknown[][] {
  return emu.values('Autorizaciones').filter((r) => r[1] === B && r[2] === NUM);
}

describe('Boletines CS01: authorization locked to the Titular', () => {
  test('a typed boletín appears in the Titular’s pending list; her authorization is a signed ledger record and the gate passes', () => {
    const emu = typed();
    expect(pendientes(emu)).toEqual([
      expect.objectContaining({ id: NUM, titulo: BOLETIN[2][1], fecha: '2026-12-03', estado: '', autorizacion: '' }),
    ]);
    expect(pendientes(emu)[0].detalle).toContain(BOLETIN[4][1]);
    expect(verdict(emu, NUM)).toMatchObject({ hoja: 'boletines', ok: false, code: 'SIN_AUTORIZACION' });

    const r = emu.call('panelAutorizar', [visto(emu, 'boletines', NUM)], { as: TITULAR }) as { mensaje: string; elementos: Array<{ huella: string }> };
    expect(r.mensaje).toBe('Se autorizó el boletín.');
    expect(r.elementos[0].huella).toBe(huella(emu));
    const rec = ledgerOf(emu);
    expect(rec).toHaveLength(1);
    expect(rec[0].slice(3, 6)).toEqual(['Autorizado', TITULAR, `v2:${huella(emu)}`]);
    expect(String(rec[0][7])).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(cell(emu, B, NUM, 'Autorización')).toBe('Autorizado');
    expect(cell(emu, B, NUM, 'Autorizado por')).toBe(TITULAR);
    expect(cell(emu, B, NUM, 'Estado')).toBe('Autorizado');
    expect(bitacora(emu).filter((b) => b[2] === 'Autorizar' && b[3] === `${B} ${NUM}`)).toHaveLength(1);
    expect(verdict(emu, NUM)).toMatchObject({ ok: true, code: 'OK' });
    expect(pendientes(emu)).toEqual([]);
  });

  test('the ledger record is bound to its signature: the same record with an altered comment fails the gate', () => {
    const emu = authorized();
    const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Autorizaciones');
    if (!sheet) throw new Error('Falta Autorizaciones');
    const v = emu.values('Autorizaciones');
    const r = v.findIndex((row) => row[2] === NUM);
    const key = `${r},${v[0].indexOf('Comentario')}`;
    sheet.cells[key] = { ...(sheet.cells[key] ?? {}), v: 'alterado' };
    expect(verdict(emu, NUM)).toMatchObject({ ok: false, code: 'FIRMA_INVALIDA' });
  });

  test('an Asistente typing in the authorization cells is refused by the protection (nothing changes)', () => {
    const emu = authorized();
    const before = emu.values(B);
    for (const h of ['Autorización', 'Autorizado por', 'Comentario de la Titular']) {
      expect(() => emu.edit(a1(emu, B, NUM, h), 'Rechazado', { as: ASISTENTE })).toThrow(expect.objectContaining({ code: 'PROTECTED' }));
    }
    expect(emu.values(B)).toEqual(before);
    expect(verdict(emu, NUM)).toMatchObject({ ok: true });
  });

  test('when the owner is not the Titular, her edit of the authorization cell is reverted, logged and reported once', () => {
    const emu = authorized(ASISTENTE);
    const mails = emu.world.outbox.length;
    const ledgerBefore = emu.values('Autorizaciones').length;
    const runs = emu.edit(a1(emu, B, NUM, 'Autorización'), 'Rechazado', { as: ASISTENTE });
    expect(runs.map((r) => r.error)).toEqual(runs.map(() => undefined));
    expect(cell(emu, B, NUM, 'Autorización')).toBe('Autorizado');
    expect(emu.values('Autorizaciones').length).toBe(ledgerBefore);
    const log = bitacora(emu).filter((b) => b[2] === 'Edición no autorizada revertida' && b[3] === `${B} ${NUM}`);
    expect(log).toHaveLength(1);
    expect(log[0][1]).toBe(ASISTENTE);
    expect(log[0][4]).toContain('«Rechazado»');
    const sent = emu.world.outbox.slice(mails);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual([TITULAR]);
    expect(sent[0].body).toContain(`${B} ${NUM}`);
    expect(verdict(emu, NUM)).toMatchObject({ ok: true });
  });

  test('the Titular typing «Autorizado» in the cell is recorded like the sidebar', () => {
    const emu = typed();
    emu.edit(a1(emu, B, NUM, 'Autorización'), 'Autorizado', { as: TITULAR });
    expect(ledgerOf(emu).map((r) => r.slice(3, 6))).toEqual([['Autorizado', TITULAR, `v2:${huella(emu)}`]]);
    expect(verdict(emu, NUM)).toMatchObject({ ok: true });
  });

  test('the Titular may write her comment in the sheet, then type «Cambios solicitados»: recorded with it; without a comment it is refused', () => {
    const emu = typed();
    const runs = emu.edit(a1(emu, B, NUM, 'Autorización'), 'Cambios solicitados', { as: TITULAR });
    expect(cell(emu, B, NUM, 'Autorización')).toBe('');
    expect(ledgerOf(emu)).toEqual([]);
    expect(runs.flatMap((r) => r.ui.toasts.map((t) => t.message)).join(' ')).toContain('Escriba un comentario que explique los cambios que solicita.');

    emu.edit(a1(emu, B, NUM, 'Comentario de la Titular'), 'Falta el horario de atención.', { as: TITULAR });
    expect(cell(emu, B, NUM, 'Comentario de la Titular')).toBe('Falta el horario de atención.');
    expect(bitacora(emu).filter((b) => b[2] === 'Comentario de la Titular' && b[3] === `${B} ${NUM}`)).toHaveLength(1);
    emu.edit(a1(emu, B, NUM, 'Autorización'), 'Cambios solicitados', { as: TITULAR });
    expect(ledgerOf(emu).map((r) => [r[3], r[4], r[6]])).toEqual([['Cambios solicitados', TITULAR, 'Falta el horario de atención.']]);
    expect(cell(emu, B, NUM, 'Estado')).toBe('Cambios solicitados');
  });

  test.each(['Título', 'Resumen'])('editing «%s» afterwards voids it: Estado, ledger «Anulada», one e-mail, gate refuses, pending again', (h) => {
    const emu = authorized();
    const mails = emu.world.outbox.length;
    const runs = emu.edit(a1(emu, B, NUM, h), `${h} corregido después de autorizar`, { as: ASISTENTE });
    expect(runs.map((r) => r.error)).toEqual([undefined, undefined]);
    expect(cell(emu, B, NUM, 'Estado')).toBe('Requiere nueva autorización');
    const rec = ledgerOf(emu);
    expect(rec[rec.length - 1].slice(3, 5)).toEqual(['Anulada', ASISTENTE]);
    expect(rec[rec.length - 1][6]).toBe(`Se modificó ${h} después de autorizarse.`);
    expect(bitacora(emu).filter((b) => b[2] === 'Autorización anulada' && b[3] === `${B} ${NUM}`)).toHaveLength(1);
    const sent = emu.world.outbox.slice(mails);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual([TITULAR]);
    expect(sent[0].body).toContain(`${B} ${NUM}: ${ASISTENTE} modificó ${h}`);
    expect(verdict(emu, NUM)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
    expect(pendientes(emu)).toEqual([expect.objectContaining({ id: NUM, estado: 'Requiere nueva autorización' })]);

    // A second change of the voided boletín adds no second «Anulada» and no e-mail; re-authorizing makes it pass again.
    emu.edit(a1(emu, B, NUM, h === 'Título' ? 'Resumen' : 'Título'), 'Otro cambio', { as: ASISTENTE });
    expect(ledgerOf(emu).filter((r) => r[3] === 'Anulada')).toHaveLength(1);
    expect(emu.world.outbox.length).toBe(mails + 1);
    ok(emu.run('panelAutorizar', [visto(emu, 'boletines', NUM)], { as: TITULAR }));
    expect(verdict(emu, NUM)).toMatchObject({ ok: true });
  });

  test('rechazar and solicitar cambios record the comment (cell, ledger, signed); a request without comment writes nothing', () => {
    const emu = typed();
    const before = emu.values(B);
    const sinComentario = emu.run('panelSolicitarCambios', [visto(emu, 'boletines', NUM), '  '], { as: TITULAR });
    expect(sinComentario.error).toMatchObject({ code: 'COMENTARIO_REQUERIDO', message: 'Escriba un comentario que explique los cambios que solicita.' });
    expect(emu.values(B)).toEqual(before);
    expect(ledgerOf(emu)).toEqual([]);

    ok(emu.run('panelSolicitarCambios', [visto(emu, 'boletines', NUM), 'Añada la dirección del centro y el horario.'], { as: TITULAR }));
    expect(cell(emu, B, NUM, 'Autorización')).toBe('Cambios solicitados');
    expect(cell(emu, B, NUM, 'Comentario de la Titular')).toBe('Añada la dirección del centro y el horario.');
    expect(cell(emu, B, NUM, 'Estado')).toBe('Cambios solicitados');
    expect(pendientes(emu)).toEqual([expect.objectContaining({ id: NUM, comentario: 'Añada la dirección del centro y el horario.' })]);
    expect(verdict(emu, NUM)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });

    ok(emu.run('panelRechazar', [visto(emu, 'boletines', NUM), 'No corresponde a CS01.'], { as: TITULAR }));
    expect(cell(emu, B, NUM, 'Autorización')).toBe('Rechazado');
    expect(cell(emu, B, NUM, 'Comentario de la Titular')).toBe('No corresponde a CS01.');
    expect(cell(emu, B, NUM, 'Estado')).toBe('Rechazado');
    expect(ledgerOf(emu).map((r) => [r[3], r[4], r[6]])).toEqual([
      ['Cambios solicitados', TITULAR, 'Añada la dirección del centro y el horario.'],
      ['Rechazado', TITULAR, 'No corresponde a CS01.'],
    ]);
    expect(pendientes(emu)).toEqual([]);
    expect(verdict(emu, NUM)).toMatchObject({ ok: false, code: 'SIN_AUTORIZACION' });
  });

  test('a boletín without a title cannot be authorized (Spanish message, nothing written)', () => {
    const emu = typed();
    emu.edit(a1(emu, B, NUM, 'Título'), '', { as: ASISTENTE });
    const before = emu.values(B);
    const r = emu.run('panelAutorizar', [visto(emu, 'boletines', NUM)], { as: TITULAR });
    expect(r.error).toMatchObject({ code: 'TITULO_VACIO', message: `El boletín ${NUM} no tiene título.` });
    expect(emu.values(B)).toEqual(before);
    expect(ledgerOf(emu)).toEqual([]);
  });

  test.each([
    ['panelAutorizar', [{ hoja: 'boletines', id: NUM }]],
    ['panelRechazar', [{ hoja: 'boletines', id: NUM }, 'x']],
    ['panelSolicitarCambios', [{ hoja: 'boletines', id: NUM }, 'x']],
    ['panelAutorizarVarios', [[{ hoja: 'boletines', id: NUM }]]],
  ])('a forged %s by the Asistente is refused and logged; nothing changes', (fn, args) => {
    const emu = typed();
    const before = emu.values(B);
    const ledgerBefore = emu.values('Autorizaciones');
    const r = emu.run(fn, args, { as: ASISTENTE });
    expect(r.error).toMatchObject({ code: 'NO_AUTORIZADO', message: 'Solo la Titular del Instituto puede autorizar, rechazar o solicitar cambios.' });
    expect(emu.values(B)).toEqual(before);
    expect(emu.values('Autorizaciones')).toEqual(ledgerBefore);
    expect(bitacora(emu).filter((b) => b[2] === 'Intento de autorización rechazado' && b[1] === ASISTENTE)).toHaveLength(1);
    expect(verdict(emu, NUM)).toMatchObject({ ok: false });
  });
});
