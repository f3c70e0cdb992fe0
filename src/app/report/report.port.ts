// The monthly report's own ports: the Resumen sheet with charts, the Doc and its PDF, row protections, mail with attachments.
import type { Cell } from '../../domain/cell';
import type { Block, ChartId } from '../../domain/report';
import type { MailMessage, Spreadsheet } from '../shared/index';

/** A file's bytes as Apps Script hands them around (a chart image, a PDF). Opaque to the use case. */
export type ReportBlob = GoogleAppsScript.Base.Blob;

/** One chart of the Resumen sheet: the block of values it plots (1-based, within the sheet) and where it sits. */
export interface ChartPlan {
  id: ChartId;
  titulo: string;
  tipo: 'COLUMN' | 'BAR' | 'PIE';
  datos: { row: number; col: number; rows: number; cols: number };
  ancla: { row: number; col: number };
}

export interface SavedFile {
  id: string;
  url: string;
}

export interface ReportPorts {
  /** Rewrites the «Resumen» sheet (one write of values, its old charts replaced) and returns each chart as a PNG. */
  writeResumen(ss: Spreadsheet, values: Cell[][], charts: readonly ChartPlan[]): Record<ChartId, ReportBlob>;
  /** The add-on's folder for this workbook's documents: the one with this id, else a new one with this name. */
  folder(id: string | null, name: string): SavedFile;
  /** A new Google Doc in the folder: header lines on every page, then the blocks (charts inserted as images). */
  writeDoc(name: string, header: readonly string[], blocks: readonly Block[], images: Partial<Record<ChartId, ReportBlob>>, folderId: string): SavedFile;
  /** The Doc's PDF saved in the folder; its hex SHA-256 and the blob (to attach). */
  savePdf(docId: string, folderId: string): SavedFile & { sha256: string; blob: ReportBlob };
  /**
   * Protects sheet rows (runs of 1-based rows, whole width) so that only `editors` (and, as Sheets always allows, the
   * owner) may edit them; an earlier protection with the same description is replaced. Returns how many were made.
   */
  protectRows(ss: Spreadsheet, sheetName: string, runs: ReadonlyArray<[number, number]>, description: string, editors: readonly string[]): number;
  /** Sends one e-mail with attachments. */
  sendWithAttachments(m: MailMessage, attachments: readonly ReportBlob[]): void;
}

let installed: ReportPorts | null = null;

export function installReportPorts(p: ReportPorts): void {
  installed = p;
}

export function reportPorts(): ReportPorts {
  if (!installed) throw new Error('PORTS_NOT_INSTALLED');
  return installed;
}
