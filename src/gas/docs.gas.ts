// The Docs port over DocumentApp and DriveApp: the add-on's folder, templates, placeholders, tables and PDF exports.
import { sha256 } from 'js-sha256';
import type { Docs, PdfFile } from '../app/shared/index';
import { placeholderPattern } from '../domain/boletines';

function body(docId: string): GoogleAppsScript.Document.Body {
  return DocumentApp.openById(docId).getBody();
}

export const gasDocs: Docs = {
  ensureFolder(storedId, name) {
    if (storedId) {
      try {
        const f = DriveApp.getFolderById(storedId);
        if (!f.isTrashed()) return f.getId();
      } catch {
        // Deleted or no longer ours: a new folder is made below.
      }
    }
    return DriveApp.createFolder(name).getId();
  },
  exists(fileId) {
    try {
      return !DriveApp.getFileById(fileId).isTrashed();
    } catch {
      return false;
    }
  },
  createDoc(folderId, name, paragraphs) {
    const doc = DocumentApp.create(name);
    const b = doc.getBody();
    b.clear();
    paragraphs.forEach((p, k) => {
      if (k === 0) b.getParagraphs()[0].setText(p);
      else b.appendParagraph(p);
    });
    doc.saveAndClose();
    DriveApp.getFileById(doc.getId()).moveTo(DriveApp.getFolderById(folderId));
    return doc.getId();
  },
  copyDoc(templateId, folderId, name) {
    const copy = DriveApp.getFileById(templateId).makeCopy(name, DriveApp.getFolderById(folderId));
    return { id: copy.getId(), url: copy.getUrl() };
  },
  fill(docId, values) {
    const doc = DocumentApp.openById(docId);
    const b = doc.getBody();
    for (const [k, v] of Object.entries(values)) b.replaceText(placeholderPattern(k), v);
    doc.saveAndClose();
  },
  putTable(docId, placeholder, rows, emptyText) {
    const doc = DocumentApp.openById(docId);
    const b = doc.getBody();
    b.replaceText(placeholderPattern(placeholder), '');
    if (rows.length > 1) b.appendTable(rows);
    else b.appendParagraph(emptyText);
    doc.saveAndClose();
  },
  text(docId) {
    return body(docId).getText();
  },
  savePdf(docId, folderId, name): PdfFile {
    const blob = DriveApp.getFileById(docId).getAs('application/pdf').setName(name);
    const file = DriveApp.getFolderById(folderId).createFile(blob);
    const bytes = blob.getBytes().map((x) => x & 255);
    return { blob, id: file.getId(), url: file.getUrl(), name, sha256: sha256(bytes) };
  },
  trash(fileId) {
    DriveApp.getFileById(fileId).setTrashed(true);
  },
};
