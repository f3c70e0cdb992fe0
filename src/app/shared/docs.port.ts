// The Docs port (issue 11): Google Docs and Drive files the add-on creates itself (boletines CS01, agenda CS02), their PDFs.

/** A blob (a PDF) passed from the Docs port to the Mailer; opaque to the use cases. */
export type BlobHandle = GoogleAppsScript.Base.Blob;

/** A PDF saved in the add-on's Drive folder. */
export interface PdfFile {
  blob: BlobHandle;
  id: string;
  url: string;
  name: string;
  /** Hex SHA-256 of the PDF's bytes. */
  sha256: string;
}

/** Only files the add-on created itself (Drive scope drive.file) and the Docs it opens (scope documents). */
export interface Docs {
  /** The stored folder when it still exists (not trashed), else a new folder with this name in My Drive; its id. */
  ensureFolder(storedId: string | null, name: string): string;
  /** True when the file exists and is not in the trash. */
  exists(fileId: string): boolean;
  /** A new Google Doc with these paragraphs, in the folder; its id. */
  createDoc(folderId: string, name: string, paragraphs: readonly string[]): string;
  /** A copy of a Doc (a template) in the folder. */
  copyDoc(templateId: string, folderId: string, name: string): { id: string; url: string };
  /** Replaces every {{name}} placeholder with its value (patterns escaped for replaceText), then saves. */
  fill(docId: string, values: Readonly<Record<string, string>>): void;
  /** Replaces the {{name}} placeholder with '' and appends a table (header row first), or `emptyText` when no rows. */
  putTable(docId: string, placeholder: string, rows: string[][], emptyText: string): void;
  /** The Doc's full text. */
  text(docId: string): string;
  /** Exports the Doc as PDF and saves it in the folder. */
  savePdf(docId: string, folderId: string, name: string): PdfFile;
  trash(fileId: string): void;
}
