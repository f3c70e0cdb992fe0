// Configurar's protections: authorization columns for the Titular only, ledgers and settings for the role users only.
import type { Config } from '../domain/config.types';
import { type HeaderKey, SHEET } from '../domain/schema';
import { columnRuns, PROTECTION_PREFIX, TITULAR_ONLY } from '../domain/workbook.layout';

export interface ProtectionWanted {
  description: string;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** null = the whole sheet. */
  box: { row: number; col: number; rows: number; cols: number } | null;
  editors: string[];
}

export interface ProtectionsReport {
  aplicadas: string[];
  /** Protections the runner may not change (only their editors can); left as they are. */
  sinPermiso: string[];
  /** Protections on which the runner stays an editor because Sheets never removes the current user. */
  conEjecutor: string[];
}

function colLetter(c1: number): string {
  let n = c1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The protections Configurar wants for the sheets it manages, given their header rows. */
export function wantedProtections(
  cfg: Config,
  sheets: Partial<Record<HeaderKey | 'config', { sheet: GoogleAppsScript.Spreadsheet.Sheet; header?: string[] }>>,
  configRoleRows: number[],
): ProtectionWanted[] {
  const out: ProtectionWanted[] = [];
  const titular = cfg.titular ? [cfg.titular] : [];
  const equipo = uniq([...titular, ...cfg.asistentes]);
  const todos = uniq([...equipo, ...cfg.direcciones]);
  for (const key of Object.keys(TITULAR_ONLY) as HeaderKey[]) {
    const s = sheets[key];
    if (!s || !s.header) continue;
    const cols = ((TITULAR_ONLY[key] ?? []) as readonly string[]).map((h) => (s.header as string[]).indexOf(h)).filter((i) => i >= 0);
    const rows = s.sheet.getMaxRows();
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

function a1(box: NonNullable<ProtectionWanted['box']>): string {
  return `${colLetter(box.col)}${box.row}:${colLetter(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
}

/** Creates, updates or removes the add-on's protections (found by their description prefix). Idempotent. */
export function applyProtections(wanted: ProtectionWanted[], runner: string, owner: string): ProtectionsReport {
  const report: ProtectionsReport = { aplicadas: [], sinPermiso: [], conEjecutor: [] };
  const bySheet = new Map<number, { sheet: GoogleAppsScript.Spreadsheet.Sheet; wanted: ProtectionWanted[] }>();
  for (const w of wanted) {
    const id = w.sheet.getSheetId();
    const entry = bySheet.get(id);
    if (entry) entry.wanted.push(w);
    else bySheet.set(id, { sheet: w.sheet, wanted: [w] });
  }
  for (const { sheet, wanted: ws } of bySheet.values()) {
    const existing = [
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
    ].filter((p) => p.getDescription().indexOf(PROTECTION_PREFIX) === 0);
    const used = new Set<GoogleAppsScript.Spreadsheet.Protection>();
    for (const w of ws) {
      let p = existing.find((x) => !used.has(x) && x.getDescription() === w.description) ?? null;
      if (p && !p.canEdit()) {
        used.add(p);
        report.sinPermiso.push(w.description);
        continue;
      }
      const sameShape =
        p !== null &&
        (w.box === null
          ? String(p.getProtectionType()) === String(SpreadsheetApp.ProtectionType.SHEET)
          : String(p.getProtectionType()) === String(SpreadsheetApp.ProtectionType.RANGE) && p.getRange().getA1Notation() === a1(w.box));
      if (p && !sameShape) {
        p.remove();
        p = null;
      }
      if (!p) {
        p = w.box === null ? sheet.protect() : sheet.getRange(w.box.row, w.box.col, w.box.rows, w.box.cols).protect();
        p.setDescription(w.description);
      }
      used.add(p);
      syncEditors(p, w.editors);
      const editors = p.getEditors().map((u) => u.getEmail().toLowerCase());
      if (runner && runner !== owner && !w.editors.includes(runner) && editors.includes(runner)) report.conEjecutor.push(w.description);
      report.aplicadas.push(`${w.description}: ${w.box ? a1(w.box) : 'toda la hoja'}; editores: ${w.editors.join(', ') || '(solo la propietaria)'}`);
    }
    for (const p of existing) {
      if (used.has(p)) continue;
      if (p.canEdit()) p.remove();
      else report.sinPermiso.push(p.getDescription());
    }
  }
  return report;
}

function syncEditors(p: GoogleAppsScript.Spreadsheet.Protection, wanted: string[]): void {
  const current = p.getEditors().map((u) => u.getEmail().toLowerCase());
  const add = wanted.filter((e) => !current.includes(e));
  const remove = current.filter((e) => !wanted.includes(e));
  if (add.length > 0) p.addEditors(add);
  if (remove.length > 0) p.removeEditors(remove);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}
