// Shared emulator fixture for the authorization tests: a configured workbook with roles, an authorized proposal and a publication.
import { Emulator, type RunResult } from '../../local/runtime';

export const TITULAR = 'titular@icm.gob.mx';
export const ASISTENTE = 'asistente@icm.gob.mx';
export const DIRECCION = 'direccion.violencia@icm.gob.mx';
export const OTRO = 'intruso@gmail.com';

export const TEXTO_X = 'Hoy 1 de diciembre: la violencia contra las mujeres no es normal. Infórmate en https://icm.gob.mx/ayuda 💜';
export const TEXTO_FB = 'Texto para Facebook con más detalle sobre la campaña «Vivir sin violencia».';

export function ok(r: RunResult): RunResult {
  if (r.error) throw new Error(`${r.functionName} falló: ${r.error.code ?? ''} ${r.error.message}`);
  return r;
}

/** A configured workbook (Titular owns it) with an Asistente and a Dirección. */
export function configured(owner = TITULAR): Emulator {
  const emu = Emulator.create({ owner, now: '2026-11-30T09:00' });
  ok(emu.run('configurar', [], { as: owner, answers: [TITULAR] }));
  emu.edit("'Configuración'!B3", ASISTENTE, { as: owner });
  emu.edit("'Configuración'!B4", DIRECCION, { as: owner });
  ok(emu.run('configurar', [], { as: owner, answers: [TITULAR] }));
  return emu;
}

export const PROPUESTA = {
  tipo: 'Campaña',
  tema: 'Vivir sin violencia',
  direccion: 'Dirección de Prevención',
  marcoLegal: 'Ley de Acceso de las Mujeres a una Vida Libre de Violencia',
  descripcion: 'Campaña de diciembre.',
  del: '2026-12-01',
  al: '2026-12-31',
  redes: ['X', 'Facebook'],
};

/** Configured + a proposal authorized by the Titular + one publication row with texts (not yet authorized). */
export function withPublication(owner = TITULAR): { emu: Emulator; propuesta: string; id: string } {
  const emu = configured(owner);
  const p = emu.call('panelCrearPropuesta', [PROPUESTA], { as: ASISTENTE }) as { id: string };
  ok(emu.run('panelAutorizar', [visto(emu, 'propuestas', p.id)], { as: TITULAR }));
  const pub = emu.call(
    'panelGuardarPublicacion',
    [{ id: '', propuesta: p.id, fecha: '2026-12-01', hora: '10:00', redes: ['X', 'Facebook'], textoX: TEXTO_X, textoFacebook: TEXTO_FB, textoWeb: '', imagen: '' }],
    { as: ASISTENTE },
  ) as { id: string };
  return { emu, propuesta: p.id, id: pub.id };
}

/** Row (0-based data index) of an ID in a sheet's values, and the column index of a header. */
export function rowOf(emu: Emulator, sheet: string, id: string): { row: Array<unknown>; r: number; col: (h: string) => number } {
  const v = emu.values(sheet);
  const header = v[0].map(String);
  const r = v.findIndex((row, i) => i > 0 && String(row[0]) === id);
  if (r < 0) throw new Error(`${id} no está en ${sheet}`);
  return { row: v[r], r, col: (h: string) => header.indexOf(h) };
}

/** A1 of a cell by sheet, id and header. */
export function a1(emu: Emulator, sheet: string, id: string, header: string): string {
  const { r, col } = rowOf(emu, sheet, id);
  const c = col(header);
  if (c < 0) throw new Error(`Falta la columna ${header}`);
  let n = c + 1;
  let letters = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `'${sheet}'!${letters}${r + 1}`;
}

export function cell(emu: Emulator, sheet: string, id: string, header: string): unknown {
  const { row, col } = rowOf(emu, sheet, id);
  return row[col(header)];
}

export interface Verificacion {
  hoja: string;
  id: string;
  ok: boolean;
  code: string;
  motivo: string;
}

export function verdict(emu: Emulator, id: string, as = ASISTENTE): Verificacion | undefined {
  const r = emu.call('verificarAutorizaciones', [], { as }) as Verificacion[];
  return r.find((v) => v.id === id);
}

export function bitacora(emu: Emulator): string[][] {
  return emu.values('Bitácora').slice(1).map((r) => r.map((c) => String(c)));
}

export interface Visto {
  hoja: 'propuestas' | 'calendario' | 'boletines';
  id: string;
  huella: string;
}

/** What the Titular's panel shows for an item (with the fingerprint of that content), as the sidebar sends it back. */
export function visto(emu: Emulator, hoja: Visto['hoja'], id: string): Visto {
  const p = (emu.call('panelPendientes', [], { as: TITULAR }) as Visto[]).find((x) => x.hoja === hoja && x.id === id);
  if (!p) throw new Error(`${hoja} ${id} no está en el panel de la Titular`);
  return { hoja, id, huella: p.huella };
}
