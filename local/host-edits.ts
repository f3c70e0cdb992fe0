// A person's block edits in the Sheets UI (paste a block, delete rows) and a Drive file replaced in place — the CLI's attacks.
import type { WorldState } from './world';
import { a1ToBounds, splitSheetName } from './fakes/spreadsheet/a1';
import { inSheetZone } from './fakes/spreadsheet/host';
import { blockingProtection, pruneValidations, sheetByName, SheetsUserError, shiftLines, UI_MESSAGES, writeContent } from './fakes/spreadsheet/model';
import { activeSheetState } from './fakes/spreadsheet/records';
import { CELL_MAX_CHARS, CELL_TOO_LONG, parseText } from './fakes/spreadsheet/values';

export interface PasteResult {
  sheetName: string;
  /** 1-based top-left cell and size of the pasted block (what onEdit's e.range covers). */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Tab-separated text as Sheets reads a pasted block: one row per line, cells split on tabs (trailing newline ignored). */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((l) => l.split('\t'));
}

/**
 * Pastes `rows` with its top-left at `a1` as `user`: refused whole (nothing written) when any cell of the block is
 * protected against the user or a value is longer than a cell holds; the grid grows as Sheets grows it for a paste.
 * Data validation is not applied to pasted values (Sheets marks them invalid but keeps them).
 */
export function userPaste(world: WorldState, a1: string, rows: string[][], user: string): PasteResult {
  const ss = world.spreadsheet;
  const { sheetName } = splitSheetName(a1);
  const sheet = sheetName !== undefined ? sheetByName(ss, sheetName) : activeSheetState(ss);
  if (!sheet) throw new SheetsUserError(`No existe la hoja "${sheetName}".`, 'NO_SHEET');
  const b = a1ToBounds(a1, sheet.maxRows, sheet.maxCols);
  if (!b || rows.length === 0) throw new SheetsUserError(`"${a1}" no es una celda de la hoja "${sheet.name}".`, 'BAD_RANGE');
  const numCols = Math.max(...rows.map((r) => r.length));
  const box = { r0: b.r0, c0: b.c0, r1: b.r0 + rows.length - 1, c1: b.c0 + numCols - 1 };
  if (rows.some((r) => r.some((v) => v.length > CELL_MAX_CHARS))) throw new SheetsUserError(CELL_TOO_LONG, 'TOO_LONG');
  if (blockingProtection(ss, sheet, box, user.toLowerCase())) throw new SheetsUserError(UI_MESSAGES.protected, 'PROTECTED');
  if (box.r1 >= sheet.maxRows) sheet.maxRows = box.r1 + 1;
  if (box.c1 >= sheet.maxCols) sheet.maxCols = box.c1 + 1;
  rows.forEach((r, i) => r.forEach((v, j) => {
    const cell = sheet.cells[`${box.r0 + i},${box.c0 + j}`];
    writeContent(sheet, box.r0 + i, box.c0 + j, inSheetZone(parseText(v, cell !== undefined && cell.fmt === '@'), ss.timeZone, world.timeZone));
  }));
  return { sheetName: sheet.name, row: box.r0 + 1, col: box.c0 + 1, numRows: rows.length, numCols };
}

/** Deletes `count` rows from 1-based `row` of a sheet as `user` (refused when a protected cell among them is not theirs). */
export function userDeleteRows(world: WorldState, sheetName: string, row: number, count: number, user: string): void {
  const ss = world.spreadsheet;
  const sheet = sheetByName(ss, sheetName);
  if (!sheet) throw new SheetsUserError(`No existe la hoja "${sheetName}".`, 'NO_SHEET');
  if (!Number.isInteger(row) || !Number.isInteger(count) || row < 1 || count < 1 || row + count - 1 > sheet.maxRows) {
    throw new SheetsUserError(`Las filas ${row}–${row + count - 1} no existen en la hoja "${sheet.name}".`, 'BAD_RANGE');
  }
  const firstNonFrozen = Math.max(row, sheet.frozenRows + 1);
  if (Math.max(0, row + count - firstNonFrozen) >= sheet.maxRows - sheet.frozenRows) {
    throw new SheetsUserError('No es posible borrar todas las filas no inmovilizadas.', 'BAD_RANGE');
  }
  const box = { r0: row - 1, c0: 0, r1: row + count - 2, c1: sheet.maxCols - 1 };
  if (blockingProtection(ss, sheet, box, user.toLowerCase())) throw new SheetsUserError(UI_MESSAGES.protected, 'PROTECTED');
  shiftLines(ss, sheet, 'row', row - 1, -count);
  pruneValidations(sheet);
}

/** Replaces a Drive file's bytes in place (same id, same link): what a person uploading a new version does. */
export function driveReplace(world: WorldState, fileId: string, bytes: Buffer): { name: string; bytes: number } {
  const f = world.drive.files.find((x) => x.id === fileId && !x.trashed);
  if (!f) throw new SheetsUserError(`No existe el archivo de Drive «${fileId}».`, 'BAD_RANGE');
  if (f.doc) throw new SheetsUserError(`«${f.name}» es un documento de Google; no se reemplaza su contenido así.`, 'BAD_RANGE');
  f.data = bytes.toString('base64');
  return { name: f.name, bytes: bytes.length };
}
