// Pins the DriveApp and DocumentApp fakes (reference/drive/drive-app, reference/document/body): ids, copies, regex replaceText, PDF export.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createDriveApp, createDocFile, NO_ITEM, winAnsiSafe } from '../../local/fakes/drive.fake';
import { createDocumentApp, DOCUMENT_MISSING } from '../../local/fakes/document.fake';
import { createUtilities, fromByteArray } from '../../local/fakes/utilities.fake';

function setup() {
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 't', user: 'asistente@example.org' });
  return { world, exec, drive: createDriveApp(exec), docs: createDocumentApp(exec), u: createUtilities(exec) };
}

describe('DriveApp fake', () => {
  test('getFileById: unknown or trashed ids fail with Apps Script\'s message', () => {
    const { world, drive } = setup();
    const f = createDocFile(world, 'Plantilla', ['Hola'], 'duena@example.org');
    expect(drive.getFileById(f.id).getName()).toBe('Plantilla');
    expect(() => drive.getFileById('nope')).toThrow(NO_ITEM);
    drive.getFileById(f.id).setTrashed(true);
    expect(() => drive.getFileById(f.id)).toThrow(NO_ITEM);
  });

  test('createFile from a blob or name/content; urls; size; owner', () => {
    const { drive, u } = setup();
    const a = drive.createFile(u.newBlob([1, 2, -3], 'image/png', 'logo.png'));
    expect([a.getName(), a.getMimeType(), a.getSize()]).toEqual(['logo.png', 'image/png', 3]);
    expect(a.getBlob().getBytes()).toEqual([1, 2, -3]);
    expect(a.getUrl()).toBe(`https://drive.google.com/file/d/${a.getId()}/view?usp=drivesdk`);
    expect(a.getOwner().getEmail()).toBe('asistente@example.org');
    const b = drive.createFolder('Boletines').createFile('nota.txt', 'hola');
    expect(b.getBlob().getDataAsString()).toBe('hola');
    expect(b.getMimeType()).toBe('text/plain');
  });

  test('makeCopy copies the document model; edits to the copy leave the original', () => {
    const { world, drive, docs } = setup();
    const tpl = createDocFile(world, 'Plantilla', ['Boletín {{numero}}', 'Texto'], 'duena@example.org');
    const copy = drive.getFileById(tpl.id).makeCopy('Boletín 7');
    expect(copy.getUrl()).toBe(`https://docs.google.com/document/d/${copy.getId()}/edit`);
    docs.openById(copy.getId()).getBody().replaceText('{{numero}}', '7');
    expect(docs.openById(copy.getId()).getBody().getText()).toBe('Boletín 7\nTexto');
    expect(docs.openById(tpl.id).getBody().getText()).toBe('Boletín {{numero}}\nTexto');
  });

  test('a Google Doc as application/pdf is a real PDF whose text pdftotext extracts', () => {
    const { world, drive } = setup();
    const doc = createDocFile(world, 'Boletín 12', ['Día Naranja: 25 de noviembre ♀', 'Instituto Coahuilense de las Mujeres'], 'duena@example.org');
    const pdf = drive.getFileById(doc.id).getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Boletín 12.pdf');
    const bytes = fromByteArray(pdf.getBytes());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'b.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
    expect(text).toContain('Día Naranja: 25 de noviembre ?');
    expect(text).toContain('Instituto Coahuilense de las Mujeres');
  });

  test('winAnsiSafe keeps Spanish letters and cp1252 punctuation, replaces the rest', () => {
    expect(winAnsiSafe('¿Año “nuevo”? — sí 🎉')).toBe('¿Año “nuevo”? — sí ?');
  });
});

describe('DocumentApp fake', () => {
  test('create, appendParagraph, getParagraphs, setText, clear', () => {
    const { docs, world } = setup();
    const d = docs.create('Agenda');
    expect(world.drive.files.find((f) => f.id === d.getId())?.mimeType).toBe('application/vnd.google-apps.document');
    const body = d.getBody();
    body.appendParagraph('Uno');
    body.appendParagraph('Dos').setText('Dos bis');
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['', 'Uno', 'Dos bis']);
    body.setText('A\nB');
    expect(body.getText()).toBe('A\nB');
    body.clear();
    expect(body.getText()).toBe('');
    d.saveAndClose();
    expect(() => docs.openById('nope')).toThrow(DOCUMENT_MISSING);
  });

  test('replaceText takes a regular expression (reference/document/body#replaceText)', () => {
    const { docs, world } = setup();
    const f = createDocFile(world, 'P', ['Fecha: {{fecha}} y {{fecha}}', 'Lugar: Saltillo, Coah.', 'Hoy es LUNES'], 'duena@example.org');
    const body = docs.openById(f.id).getBody();
    body.replaceText('\\{\\{fecha\\}\\}', '1 de diciembre');
    body.replaceText('Salt.llo', 'Torreón');
    body.replaceText('(?i)lunes', 'martes');
    body.replaceText('Coah\\.', '$1 Coahuila'); // the replacement is literal
    expect(body.getText()).toBe('Fecha: 1 de diciembre y 1 de diciembre\nLugar: Torreón, $1 Coahuila\nHoy es martes');
  });
});
