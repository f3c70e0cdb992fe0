// Configurar's protections adapter: creates, updates or removes the add-on's Sheets protections to match the wanted ones.
import type { ProtectionsReport, ProtectionWanted } from '../app/shared/index';
import { columnLetter } from '../domain/a1';
import { PROTECTION_PREFIX } from '../domain/workbook.layout';

function a1(box: NonNullable<ProtectionWanted['box']>): string {
  return `${columnLetter(box.col)}${box.row}:${columnLetter(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
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
        // Removed here, so it must not be looked at again below (a removed protection throws on every call).
        used.add(p);
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
