// Workbooks for the sidebar's browser tests: a publication the Asistente has sent to the Titular, drafts that were not sent, an image in Drive.
import type { Emulator } from '../../local/runtime';
import { ASISTENTE, ok, withPublication } from '../auth/auth-fixture';

/** withPublication, and the Asistente sends the publication to the Titular («Solicitar autorización»). */
export function requestedPublication(): { emu: Emulator; propuesta: string; id: string } {
  const w = withPublication();
  ok(w.emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id: w.id }], { as: ASISTENTE }));
  return w;
}

/** A 1×1 PNG, put in the emulated Drive as the Asistente's file; returns its Drive link. */
export function driveImage(emu: Emulator): string {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const id = 'img' + 'x'.repeat(30);
  emu.world.drive.files.push({ id, name: 'cartel.png', mimeType: 'image/png', owner: ASISTENTE, data: png.toString('base64'), trashed: false, created: emu.world.now });
  return `https://drive.google.com/file/d/${id}/view`;
}
