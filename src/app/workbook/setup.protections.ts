// Configurar's protections, decided: authorization columns for the Titular only, ledgers and settings for the role users only.
import type { Config } from '../../domain/config.types';
import { type HeaderKey, SHEET } from '../../domain/schema';
import { columnRuns, PROTECTION_PREFIX, TITULAR_ONLY } from '../../domain/workbook.layout';
import type { ProtectionWanted, SheetHandle } from '../shared/index';

export type { ProtectionsReport, ProtectionWanted } from '../shared/index';

/** The protections Configurar wants for the sheets it manages, given their header rows. */
export function wantedProtections(
  cfg: Config,
  sheets: Partial<Record<HeaderKey | 'config', { sheet: SheetHandle; header?: string[] }>>,
  configRoleRows: number[],
  maxRows: (sheet: SheetHandle) => number,
): ProtectionWanted[] {
  const out: ProtectionWanted[] = [];
  const titular = cfg.titular ? [cfg.titular] : [];
  const equipo = uniq([...titular, ...cfg.asistentes]);
  const todos = uniq([...equipo, ...cfg.direcciones]);
  for (const key of Object.keys(TITULAR_ONLY) as HeaderKey[]) {
    const s = sheets[key];
    if (!s || !s.header) continue;
    const cols = ((TITULAR_ONLY[key] ?? []) as readonly string[]).map((h) => (s.header as string[]).indexOf(h)).filter((i) => i >= 0);
    const rows = maxRows(s.sheet);
    for (const [c0, c1] of columnRuns(cols)) {
      const names = (s.header as string[]).slice(c0, c1 + 1).join(', ');
      out.push({
        description: `${PROTECTION_PREFIX}solo la Titular: ${SHEET[key]} (${names})`,
        sheet: s.sheet,
        box: { row: 1, col: c0 + 1, rows, cols: c1 - c0 + 1 },
        editors: titular,
      });
    }
  }
  const bit = sheets.bitacora;
  if (bit) out.push({ description: `${PROTECTION_PREFIX}bitácora: solo el complemento escribe (filas firmadas)`, sheet: bit.sheet, box: null, editors: todos });
  const aut = sheets.autorizaciones;
  if (aut) out.push({ description: `${PROTECTION_PREFIX}autorizaciones: solo el complemento escribe (filas firmadas)`, sheet: aut.sheet, box: null, editors: equipo });
  const conf = sheets.config;
  if (conf) {
    out.push({ description: `${PROTECTION_PREFIX}configuración: la Titular y las Asistentes`, sheet: conf.sheet, box: null, editors: equipo });
    const runs = columnRuns(configRoleRows);
    for (const [r0, r1] of runs) {
      out.push({
        description: `${PROTECTION_PREFIX}solo la Titular: roles en Configuración (filas ${r0}–${r1})`,
        sheet: conf.sheet,
        box: { row: r0, col: 2, rows: r1 - r0 + 1, cols: 1 },
        editors: titular,
      });
    }
  }
  return out;
}

function uniq(xs: string[]): string[] {
  return xs.filter((x, i) => x !== '' && xs.indexOf(x) === i);
}
