// Boletines CS01 end to end through the emulator: template Doc with number and fields, the gate before sending, the e-mail with its PDF, voiding by a Doc edit.
import { createHash } from 'crypto';
import { docCommand } from '../../local/cli-docs';
import { ASISTENTE, bitacora, ok, TITULAR } from '../auth/auth-fixture';
import { authorized, B, CUERPO, docText, pdfText, rowOf, SEGOB, TITULO, withSegob, written } from './segob-fixture';

describe('Boletines CS01 to SEGOB', () => {
  test('Nuevo boletín makes a Doc from the CS01 template with the number and the fields, linked from the row', () => {
    const emu = withSegob();
    const n = written(emu);
    expect(n).toBe('ICM-B-2026-001');
    const row = rowOf(emu, B, n);
    expect(row['Título']).toBe(TITULO);
    expect(row['Documento']).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/);
    const text = docText(emu, n);
    expect(text).toContain('Formato CS01');
    expect(text).toContain('PI-DT-002');
    expect(text).toContain('Instituto Coahuilense de las Mujeres');
    expect(text).toContain(`Boletín ${n}`);
    expect(text).toContain('Torreón, Coahuila, a 3 de diciembre de 2026');
    expect(text).toContain(TITULO);
    expect(text).toContain('Contacto: prensa@icm.gob.mx');
    expect(text).not.toMatch(/\{\{/);
    // The template itself keeps its placeholders (the copy was filled, never the template).
    const tpl = emu.world.drive.files.find((f) => f.name === 'Plantilla CS01 — Boletín');
    expect(tpl?.doc?.paragraphs.join('\n')).toContain('{{titulo}}');
  });

  test('sending before the authorization is refused in Spanish and nothing leaves', () => {
    const emu = withSegob();
    const n = written(emu);
    const before = emu.world.outbox.length;
    const r = emu.run('panelEnviarBoletin', [n], { as: ASISTENTE });
    expect(r.error).toMatchObject({ code: 'SIN_AUTORIZACION', message: `No se envió el boletín ${n} a SEGOB: No hay autorización de la Titular para el boletín ${n}.` });
    expect(emu.world.outbox.length).toBe(before);
    expect(rowOf(emu, B, n)['Enviado a SEGOB']).toBe('');
  });

  test('after the Titular authorizes, one e-mail to the SEGOB recipients with the PDF; row and Bitácora record it', () => {
    const emu = withSegob();
    const n = written(emu);
    authorized(emu, n);
    const before = emu.world.outbox.length;
    const r = ok(emu.run('panelEnviarBoletin', [n], { as: ASISTENTE }));
    expect(r.result).toMatchObject({ enviado: true });
    const sent = emu.world.outbox.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual(SEGOB);
    expect(sent[0].subject).toBe(`Boletín ${n}: ${TITULO}`);
    expect(sent[0].htmlBody).toContain(`<b>${n}</b>`);
    expect(sent[0].htmlBody).toContain('Inauguración del centro en Torreón.');
    expect(sent[0].attachments).toHaveLength(1);
    const pdf = pdfText(sent[0].attachments[0]);
    expect(pdf.replace(/\s+/g, ' ')).toContain(TITULO);
    expect(pdf.replace(/\s+/g, ' ')).toContain(CUERPO);
    const row = rowOf(emu, B, n);
    expect(row['Estado']).toBe('Enviado a SEGOB');
    expect(row['Destinatarios']).toBe(SEGOB.join(', '));
    const sha = createHash('sha256').update(Buffer.from(sent[0].attachments[0].data, 'base64')).digest('hex');
    expect(String(row['PDF'])).toMatch(new RegExp(`^https://drive\\.google\\.com/file/d/[\\w-]+/view\\?usp=drivesdk\\nSHA-256: ${sha}$`));
    expect(row['Enviado a SEGOB']).toBeInstanceOf(Date);
    expect(bitacora(emu).filter((b) => b[2] === 'Enviar a SEGOB' && b[3] === `${B} ${n}` && String(b[7]).includes(sha))).toHaveLength(1);
    // Sent once: a second send is refused, nothing more leaves.
    expect(emu.run('panelEnviarBoletin', [n], { as: ASISTENTE }).error).toMatchObject({ code: 'YA_ENVIADO' });
    expect(emu.world.outbox.length).toBe(before + 1);
  });

  test('editing the Doc after the authorization voids it: the send is refused and the Titular sees it again', () => {
    const emu = withSegob();
    const n = written(emu);
    authorized(emu, n);
    docCommand(emu, n, { append: 'Párrafo añadido después de la autorización.' });
    const before = emu.world.outbox.length;
    const r = emu.run('panelEnviarBoletin', [n], { as: ASISTENTE });
    expect(r.error).toMatchObject({ code: 'HUELLA_DISTINTA' });
    expect(r.error?.message).toContain('cambió después de autorizarse; requiere nueva autorización');
    expect(emu.world.outbox.length).toBe(before);
    expect(rowOf(emu, B, n)['Estado']).toBe('Requiere nueva autorización');
    const again = emu.run('panelEnviarBoletin', [n], { as: ASISTENTE });
    // The void is in the signed ledger now: «Anulada» is the latest decision, once.
    expect(again.error).toMatchObject({ code: 'SIN_AUTORIZACION' });
    expect(again.error?.message).toContain('«Anulada»');
    expect(emu.values('Autorizaciones').filter((r) => r[2] === n && r[3] === 'Anulada')).toHaveLength(1);
    // The panel shows the Doc's new text in full; authorizing it again lets it go.
    const pend = (emu.call('panelPendientes', [], { as: TITULAR }) as Array<{ id: string; detalle: string }>).find((p) => p.id === n);
    expect(pend?.detalle).toContain('Párrafo añadido después de la autorización.');
    authorized(emu, n);
    expect(ok(emu.run('panelEnviarBoletin', [n], { as: ASISTENTE })).result).toMatchObject({ enviado: true });
  });

  test('numbers are consecutive and never reused, even after a deleted row or a hand-typed lower number', () => {
    const emu = withSegob();
    expect(written(emu, 'Uno')).toBe('ICM-B-2026-001');
    expect(written(emu, 'Dos')).toBe('ICM-B-2026-002');
    const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === B);
    if (!sheet) throw new Error('sin hoja');
    for (const k of Object.keys(sheet.cells)) if (k.startsWith('2,')) delete sheet.cells[k]; // row 3 (ICM-B-2026-002) deleted
    expect(written(emu, 'Tres')).toBe('ICM-B-2026-003');
  });

  test('a Dirección may not create or send boletines; a bad form is refused and writes nothing', () => {
    const emu = withSegob();
    expect(emu.run('panelNuevoBoletin', [{ titulo: 'x' }], { as: 'direccion.violencia@icm.gob.mx' }).error).toMatchObject({ code: 'SIN_PERMISO' });
    const rows = emu.values(B).length;
    expect(emu.run('panelNuevoBoletin', [{ titulo: '  ' }], { as: ASISTENTE }).error).toMatchObject({ code: 'TITULO_VACIO', message: 'Escriba el título del boletín.' });
    expect(emu.run('panelNuevoBoletin', [{ titulo: 'x', fecha: '3/12/26' }], { as: ASISTENTE }).error).toMatchObject({ code: 'FECHA_INVALIDA' });
    expect(emu.values(B).length).toBe(rows);
  });
});
