// Pins the fakes the report adds: embedded charts (newChart → build → insertChart, getAs('image/png')) and Docs headers and images in the PDF.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newExecution } from '../../local/execution';
import { createDocumentApp } from '../../local/fakes/document.fake';
import { CHARTS } from '../../local/fakes/spreadsheet/chart.fake';
import { createSpreadsheetApp } from '../../local/fakes/spreadsheet/app.fake';
import { fromByteArray } from '../../local/fakes/utilities.fake';
import { newWorld } from '../../local/world';

const OWNER = 'duena@example.org';

function setup() {
  const world = newWorld({ owner: OWNER });
  const exec = newExecution(world, { functionName: 't', user: OWNER });
  const ss = createSpreadsheetApp(exec).getActive();
  const sheet = ss.getSheets()[0];
  sheet.getRange(1, 1, 4, 3).setValues([['Día', 'X', 'Facebook'], ['1', 2, 1], ['2', 0, 3], ['3', 1, 1]]);
  return { world, exec, sheet, docs: createDocumentApp(exec) };
}

type ChartSheet = GoogleAppsScript.Spreadsheet.Sheet;

describe('embedded charts (reference/spreadsheet/embedded-chart-builder)', () => {
  test('a built chart has no id until inserted; insertChart keeps it, getCharts lists it, removeChart drops it', () => {
    const { sheet, world } = setup();
    const chart = (sheet as ChartSheet).newChart().setChartType(CHARTS.ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(sheet.getRange('A1:C4')).setPosition(2, 5, 0, 0).setOption('title', 'Por día').build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [saved] = sheet.getCharts();
    expect(saved.getChartId()).toEqual(expect.any(Number));
    expect(saved.getRanges().map((r) => String(r))).toEqual(['A1:C4']);
    expect(saved.getContainerInfo().getAnchorColumn()).toBe(5);
    expect(world.spreadsheet.sheets[0].charts).toHaveLength(1);
    sheet.removeChart(saved);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test("getAs('image/png') is a real PNG of Sheets' default size that changes with the data", () => {
    const { sheet } = setup();
    const chart = sheet.newChart().setChartType(Charts_COLUMN()).addRange(sheet.getRange('A1:C4')).setPosition(1, 5, 0, 0).build();
    sheet.insertChart(chart);
    const png = fromByteArray(sheet.getCharts()[0].getAs('image/png').getBytes());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 371]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-'));
    fs.writeFileSync(path.join(dir, 'c.png'), png);
    expect(execFileSync('file', [path.join(dir, 'c.png')], { encoding: 'utf8' })).toMatch(/PNG image data, 600 x 371/);
    sheet.getRange('B2').setValue(9);
    expect(fromByteArray(sheet.getCharts()[0].getBlob().getBytes()).equals(png)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('wrong arguments fail as in Apps Script: an unknown chart type, a non-Range, an anchor outside the grid', () => {
    const { sheet } = setup();
    const b = sheet.newChart();
    expect(() => b.setChartType('DONUT' as unknown as GoogleAppsScript.Charts.ChartType)).toThrow(/setChartType/);
    expect(() => b.addRange('A1:B2' as unknown as GoogleAppsScript.Spreadsheet.Range)).toThrow(/addRange/);
    expect(() => b.setPosition(0, 1, 0, 0)).toThrow(/out of bounds/);
  });
});

function Charts_COLUMN(): GoogleAppsScript.Charts.ChartType {
  return CHARTS.ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType;
}

describe('Docs header and images', () => {
  test('addHeader once; appendImage takes a PNG into its own paragraph; the PDF draws the header on every page and embeds the image', () => {
    const { sheet, docs } = setup();
    const chart = sheet.newChart().setChartType(Charts_COLUMN()).addRange(sheet.getRange('A1:C4')).setPosition(1, 5, 0, 0).build();
    const doc = docs.create('Informe');
    doc.addHeader().appendParagraph('Código PI-DT-002 · Versión 00');
    expect(() => doc.addHeader()).toThrow();
    const body = doc.getBody();
    body.appendParagraph('Cifras').setHeading(docs.ParagraphHeading.HEADING2 as unknown as GoogleAppsScript.Document.ParagraphHeading);
    const img = body.appendImage(chart.getAs('image/png'));
    expect([img.getWidth(), img.getHeight()]).toEqual([600, 371]);
    for (let i = 0; i < 80; i++) body.appendParagraph(`Línea ${i}`);
    expect(() => body.appendImage(docs.create('x').getAs('application/pdf'))).toThrow(/PNG/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-'));
    const file = path.join(dir, 'd.pdf');
    fs.writeFileSync(file, fromByteArray(doc.getAs('application/pdf').getBytes()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text.split('Código PI-DT-002 · Versión 00').length - 1).toBeGreaterThanOrEqual(2);
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/600\s+371\s+rgb/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
