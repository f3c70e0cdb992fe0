// The monthly report's adapter: the Resumen sheet and its charts, the Doc and its PDF in Drive, row protections, mail with attachments.
import type { ChartPlan, ReportBlob, ReportPorts, SavedFile } from '../app/report/index';
import { type Cell, toCell } from '../domain/cell';
import type { Block, ChartId } from '../domain/report';
import { ensureRows } from './sheet-rows';

const RESUMEN = 'Resumen';
/** Width of a chart image in the Doc (points); the height keeps Sheets' 600 × 371 proportion. */
const IMAGE_WIDTH = 460;

function writeResumen(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, values: Cell[][], charts: readonly ChartPlan[]): Record<ChartId, ReportBlob> {
  const sheet = ss.getSheetByName(RESUMEN) ?? ss.insertSheet(RESUMEN);
  for (const c of sheet.getCharts()) sheet.removeChart(c);
  sheet.clearContents();
  ensureRows(sheet, values.length, 0);
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values.map((r) => r.map(toCell)));
  const out = {} as Record<ChartId, ReportBlob>;
  for (const p of charts) {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType[p.tipo])
      .addRange(sheet.getRange(p.datos.row, p.datos.col, p.datos.rows, p.datos.cols))
      .setPosition(p.ancla.row, p.ancla.col, 0, 0)
      .setOption('title', p.titulo)
      .build();
    sheet.insertChart(chart);
    out[p.id] = chart.getAs('image/png').setName(`${p.id}.png`);
  }
  return out;
}

function folder(id: string | null, name: string): SavedFile {
  if (id) {
    try {
      const f = DriveApp.getFolderById(id);
      return { id: f.getId(), url: f.getUrl() };
    } catch {
      // Deleted or no longer reachable: a new folder is made.
    }
  }
  const f = DriveApp.createFolder(name);
  return { id: f.getId(), url: f.getUrl() };
}

function writeDoc(
  name: string,
  header: readonly string[],
  blocks: readonly Block[],
  images: Partial<Record<ChartId, ReportBlob>>,
  folderId: string,
): SavedFile {
  const doc = DocumentApp.create(name);
  const head = doc.addHeader();
  for (const h of header) head.appendParagraph(h);
  const body = doc.getBody();
  const H = DocumentApp.ParagraphHeading;
  for (const b of blocks) {
    if (b.t === 'grafica') {
      body.appendParagraph(b.titulo).setHeading(H.HEADING3);
      const img = images[b.chart];
      if (img) {
        const inline = body.appendImage(img);
        inline.setHeight(Math.round((inline.getHeight() * IMAGE_WIDTH) / Math.max(1, inline.getWidth()))).setWidth(IMAGE_WIDTH);
      }
      continue;
    }
    const p = body.appendParagraph(b.text);
    if (b.t !== 'parrafo') p.setHeading(b.t === 'titulo' ? H.TITLE : H.HEADING2);
  }
  doc.saveAndClose();
  const file = DriveApp.getFileById(doc.getId());
  file.moveTo(DriveApp.getFolderById(folderId));
  return { id: doc.getId(), url: doc.getUrl() };
}

function savePdf(docId: string, folderId: string): SavedFile & { sha256: string; blob: ReportBlob } {
  const doc = DriveApp.getFileById(docId);
  const blob = doc.getAs('application/pdf').setName(`${doc.getName()}.pdf`);
  const file = DriveApp.getFolderById(folderId).createFile(blob);
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, blob.getBytes());
  const sha256 = digest.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
  return { id: file.getId(), url: file.getUrl(), sha256, blob };
}

function protectRows(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetName: string,
  runs: ReadonlyArray<[number, number]>,
  description: string,
  editors: readonly string[],
): number {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) return 0;
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) if (p.getDescription() === description && p.canEdit()) p.remove();
  const width = sheet.getMaxColumns();
  for (const [a, b] of runs) {
    const p = sheet.getRange(a, 1, b - a + 1, width).protect().setDescription(description);
    if (editors.length) p.addEditors([...editors]);
    const extra = p.getEditors().map((u) => u.getEmail().toLowerCase()).filter((e) => !editors.includes(e));
    if (extra.length) p.removeEditors(extra);
    if (p.canDomainEdit()) p.setDomainEdit(false);
  }
  return runs.length;
}

export function gasReportPorts(): ReportPorts {
  return {
    writeResumen,
    folder,
    writeDoc,
    savePdf,
    protectRows,
    sendWithAttachments: (m, attachments) =>
      MailApp.sendEmail({
        to: m.to,
        subject: m.subject,
        body: m.body,
        name: m.name,
        ...(m.htmlBody ? { htmlBody: m.htmlBody } : {}),
        attachments: [...attachments],
      }),
  };
}
