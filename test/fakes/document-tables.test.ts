// Pins the Docs/Drive fakes for issue 11: template copies into a folder, replaceText's regex rules, tables in text and PDF, moveTo, folder trash.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createDriveApp, createDocFile } from '../../local/fakes/drive.fake';
import { createDocumentApp } from '../../local/fakes/document.fake';
import { fromByteArray } from '../../local/fakes/utilities.fake';
import { escapeRegex, placeholderPattern } from '../../src/domain/boletines';

function setup() {
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 't', user: 'asistente@example.org' });
  return { world, drive: createDriveApp(exec), docs: createDocumentApp(exec) };
}

function pdfText(bytes: number[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-'));
  const f = path.join(dir, 'd.pdf');
  fs.writeFileSync(f, fromByteArray(bytes));
  try {
    return execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('Docs and Drive fakes (issue 11)', () => {
  test('a template copied into a folder keeps the original untouched; placeholders are regular expressions, escaped', () => {
    const { world, drive, docs } = setup();
    const tpl = createDocFile(world, 'Plantilla', ['Boletín {{numero}}', 'Total: $ {{monto}} (x+y)'], 'duena@example.org');
    const folder = drive.createFolder('Difusión');
    const copy = drive.getFileById(tpl.id).makeCopy('Boletín 1', folder);
    expect(folder.getFiles().next().getId()).toBe(copy.getId());
    const body = docs.openById(copy.getId()).getBody();
    body.replaceText(placeholderPattern('numero'), 'ICM-B-2026-001');
    // A replacement is literal: «$1» stays as typed.
    body.replaceText(escapeRegex('{{monto}}'), '$1 000');
    expect(body.getText()).toBe('Boletín ICM-B-2026-001\nTotal: $ $1 000 (x+y)');
    // Unescaped special characters act as regex: «(x+y)» matches «xy», «xxy»…, never the literal «(x+y)».
    body.replaceText('(x+y)', 'Z');
    expect(body.getText()).toBe('Boletín ICM-B-2026-001\nTotal: $ $1 000 (x+y)');
    body.replaceText(escapeRegex('(x+y)'), '[ok]');
    expect(body.getText()).toContain('Total: $ $1 000 [ok]');
    expect(() => body.replaceText('(', 'x')).toThrow('Invalid argument: searchPattern');
    expect(docs.openById(tpl.id).getBody().getText()).toBe('Boletín {{numero}}\nTotal: $ {{monto}} (x+y)');
  });

  test('appendTable: rectangular tables only; its cells are in getText, reached by replaceText, and drawn in the PDF export', () => {
    const { drive, docs } = setup();
    const doc = docs.create('Agenda');
    const body = doc.getBody();
    body.getParagraphs()[0].setText('Agenda semanal');
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow('All rows in a table must have the same number of cells.');
    expect(() => body.appendTable([])).toThrow('Invalid argument: cells');
    const t = body.appendTable([['Fecha', 'Actividad'], ['8 de diciembre', 'Foro «Mujeres» {{x}}']]);
    body.appendParagraph('Fin');
    expect(t.getNumRows()).toBe(2);
    expect(t.getCell(1, 1).getText()).toBe('Foro «Mujeres» {{x}}');
    body.replaceText(placeholderPattern('x'), 'Torreón');
    expect(body.getText()).toBe('Agenda semanal\nFecha\tActividad\n8 de diciembre\tForo «Mujeres» Torreón\nFin');
    const pdf = pdfText(drive.getFileById(doc.getId()).getAs('application/pdf').getBytes());
    expect(pdf).toContain('Foro «Mujeres» Torreón');
    expect(pdf.indexOf('Agenda semanal')).toBeLessThan(pdf.indexOf('Foro'));
    expect(pdf.indexOf('Foro')).toBeLessThan(pdf.indexOf('Fin'));
  });

  test('moveTo puts a file in a folder; a trashed folder reports it and is replaced by the caller', () => {
    const { drive, docs } = setup();
    const f = drive.createFolder('Difusión');
    const d = docs.create('Plantilla CS01');
    drive.getFileById(d.getId()).moveTo(f);
    expect(f.getFiles().next().getName()).toBe('Plantilla CS01');
    expect(drive.getRootFolder().getFiles().hasNext()).toBe(false);
    expect(f.isTrashed()).toBe(false);
    f.setTrashed(true);
    expect(() => drive.getFolderById(f.getId())).toThrow('No item with the given ID could be found');
  });
});
