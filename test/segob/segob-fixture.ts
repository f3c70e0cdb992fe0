// Shared fixture for the SEGOB tests (issue 11): a configured workbook with SEGOB recipients, boletín helpers and PDF text.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { docCommand } from '../../local/cli-docs';
import type { Emulator } from '../../local/runtime';
import type { MailAttachmentState } from '../../local/world';
import { ASISTENTE, configured, ok, TITULAR } from '../auth/auth-fixture';

export const SEGOB = ['comunicacion.social@segob.coahuila.gob.mx', 'prensa@segob.coahuila.gob.mx'];
export const B = 'Boletines CS01';
export const TITULO = 'El ICM inaugura el Centro de Atención en Torreón';
export const CUERPO = 'La Titular del Instituto inauguró el centro, que dará atención psicológica y jurídica gratuita.';

/** Configured, with SEGOB recipients (typed by the Titular) and Configurar run again. */
export function withSegob(now?: string): Emulator {
  const emu = configured();
  if (now) emu.world.now = Date.parse(now);
  emu.edit("'Configuración'!B5", SEGOB.join(', '), { as: TITULAR });
  return emu;
}

/** «Nuevo boletín» from the sidebar, then the Asistente writes the body in the Doc (Docs fires no trigger). */
export function written(emu: Emulator, titulo = TITULO): string {
  const r = emu.call('panelNuevoBoletin', [{ titulo, lugar: 'Torreón, Coahuila', fecha: '2026-12-03', resumen: 'Inauguración del centro en Torreón.', contacto: 'prensa@icm.gob.mx' }], { as: ASISTENTE }) as { numero: string };
  docCommand(emu, r.numero, { replace: 'Inauguración del centro en Torreón.', with: CUERPO });
  return r.numero;
}

export function docText(emu: Emulator, numero: string): string {
  return docCommand(emu, numero, {}).slice(1).map((l) => l.slice(2)).join('\n');
}

/** What the Titular's panel shows for a boletín, as the sidebar sends it back. */
export function visto(emu: Emulator, numero: string): { hoja: 'boletines'; id: string; huella: string } {
  const p = (emu.call('panelPendientes', [], { as: TITULAR }) as Array<{ hoja: string; id: string; huella: string }>).find((x) => x.hoja === 'boletines' && x.id === numero);
  if (!p) throw new Error(`${numero} no está en el panel`);
  return { hoja: 'boletines', id: numero, huella: p.huella };
}

export function authorized(emu: Emulator, numero: string): void {
  ok(emu.run('panelSolicitarAutorizacionBoletin', [numero], { as: ASISTENTE }));
  ok(emu.run('panelAutorizar', [visto(emu, numero)], { as: TITULAR }));
}

/** Text of a PDF attachment as poppler's pdftotext extracts it. */
export function pdfText(a: MailAttachmentState): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  const file = path.join(dir, 'a.pdf');
  fs.writeFileSync(file, Buffer.from(a.data, 'base64'));
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A row of a sheet by its first column, as header → value. */
export function rowOf(emu: Emulator, sheet: string, id: string): Record<string, unknown> {
  const v = emu.values(sheet);
  const r = v.find((row) => String(row[0]) === id);
  if (!r) throw new Error(`${id} no está en ${sheet}`);
  return Object.fromEntries(v[0].map((h, c) => [String(h), r[c]]));
}

export const mailsTo = (emu: Emulator, who: string) => emu.world.outbox.filter((m) => m.to.includes(who));
