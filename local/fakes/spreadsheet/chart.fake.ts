// Embedded charts (Sheet.newChart → EmbeddedChartBuilder → EmbeddedChart, insertChart, getCharts, removeChart, getAs('image/png')) and the Charts enums.
import { FAKE_TYPE } from '../../meter';
import type { ChartState } from '../../world';
import { boundsToA1 } from './a1';
import { type SheetsContext, SELF, stateOf, unwrap } from './common';
import { gasError, readValue, sheetById } from './model';
import { Canvas } from '../png';
import { FakeBlob } from '../utilities.fake';

/** Charts.ChartType (https://developers.google.com/apps-script/reference/charts/chart-type): members print as their names. */
const CHART_TYPES = ['AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL'] as const;
export const CHARTS = Object.freeze({ ChartType: Object.freeze(Object.fromEntries(CHART_TYPES.map((t) => [t, t]))) });

/** Sheets' default size of an embedded chart, in pixels. */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;
const COLORS: Array<[number, number, number]> = [[66, 133, 244], [219, 68, 55], [244, 180, 0], [15, 157, 88], [171, 71, 188]];

type Spec = Omit<ChartState, 'id'>;

function newSpec(): Spec {
  return { type: 'COLUMN', ranges: [], row: 1, col: 1, offsetX: 0, offsetY: 0, options: {} };
}

/** The numbers a chart plots: the first range, first row as headers when it holds text, first column as categories. */
function seriesOf(ctx: SheetsContext, spec: Spec): number[][] {
  const first = spec.ranges[0];
  if (!first) return [];
  const ss = stateOf(ctx);
  const sheet = sheetById(ss, first.sheetId);
  const rows: number[][] = [];
  for (let r = first.r0; r <= first.r1; r++) {
    const row: number[] = [];
    for (let c = first.c0 + 1; c <= first.c1; c++) {
      const v = readValue(ss, sheet, r, c);
      row.push(typeof v === 'number' ? v : Number(v) || 0);
    }
    const head = readValue(ss, sheet, r, first.c0 + 1);
    if (r === first.r0 && typeof head === 'string' && head !== '' && isNaN(Number(head))) continue;
    rows.push(row);
  }
  return rows;
}

/** A plain rendering: one group of bars per category (a pie is drawn as one stacked bar); no text. */
export function renderChartPng(ctx: SheetsContext, spec: Spec): Buffer {
  const canvas = new Canvas(CHART_WIDTH, CHART_HEIGHT);
  const data = seriesOf(ctx, spec);
  const max = Math.max(1, ...data.flat());
  const m = 30;
  const w = CHART_WIDTH - 2 * m;
  const h = CHART_HEIGHT - 2 * m;
  canvas.rect(m, CHART_HEIGHT - m, w, 1, [80, 80, 80]);
  if (spec.type === 'PIE') {
    const total = data.reduce((a, r) => a + (r[0] ?? 0), 0) || 1;
    let x = m;
    data.forEach((r, i) => { const bw = (w * (r[0] ?? 0)) / total; canvas.rect(x, m, bw, h, COLORS[i % COLORS.length]); x += bw; });
    return canvas.png();
  }
  const group = w / Math.max(1, data.length);
  data.forEach((r, i) => {
    const bw = (group * 0.8) / Math.max(1, r.length);
    r.forEach((v, s) => {
      const bh = (h * v) / max;
      canvas.rect(m + i * group + group * 0.1 + s * bw, CHART_HEIGHT - m - bh, bw, bh, COLORS[s % COLORS.length]);
    });
  });
  return canvas.png();
}

export class EmbeddedChartFake {
  readonly [FAKE_TYPE] = 'EmbeddedChart';
  readonly [SELF] = this;
  constructor(private readonly ctx: SheetsContext, readonly spec: Spec, readonly id: number | null) {}

  /** null until the chart is inserted in a sheet, as in Apps Script. */
  getChartId(): number | null {
    return this.id;
  }
  getRanges(): string[] {
    return this.spec.ranges.map((r) => boundsToA1(r));
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (o: string) => this.spec.options[o] ?? null };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const s = this.spec;
    return { getAnchorRow: () => s.row, getAnchorColumn: () => s.col, getOffsetX: () => s.offsetX, getOffsetY: () => s.offsetY };
  }
  getAs(contentType: string): FakeBlob {
    return this.getBlob().getAs(contentType);
  }
  getBlob(): FakeBlob {
    return new FakeBlob(renderChartPng(this.ctx, this.spec), 'image/png', `${String(this.spec.options.title ?? 'Gráfica')}.png`);
  }
  modify(): EmbeddedChartBuilderFake {
    return new EmbeddedChartBuilderFake(this.ctx, JSON.parse(JSON.stringify(this.spec)) as Spec, this.id);
  }
}

export class EmbeddedChartBuilderFake {
  readonly [FAKE_TYPE] = 'EmbeddedChartBuilder';
  readonly [SELF] = this;
  constructor(private readonly ctx: SheetsContext, private readonly spec: Spec = newSpec(), private readonly id: number | null = null) {}

  setChartType(type: unknown): EmbeddedChartBuilderFake {
    const t = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(t)) throw gasError("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.");
    this.spec.type = t;
    return this;
  }
  getChartType(): string {
    return this.spec.type;
  }
  addRange(range: unknown): EmbeddedChartBuilderFake {
    const r = unwrap<{ sheetId: number; box: { r0: number; c0: number; r1: number; c1: number } }>(range, 'Range');
    if (!r) throw gasError("The parameters don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    this.spec.ranges.push({ sheetId: r.sheetId, ...r.box });
    return this;
  }
  clearRanges(): EmbeddedChartBuilderFake {
    this.spec.ranges = [];
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderFake {
    if (!(anchorRowPos >= 1) || !(anchorColPos >= 1)) throw gasError('Those rows are out of bounds.');
    Object.assign(this.spec, { row: anchorRowPos, col: anchorColPos, offsetX, offsetY });
    return this;
  }
  setOption(option: string, value: string | number | boolean): EmbeddedChartBuilderFake {
    this.spec.options[String(option)] = value;
    return this;
  }
  build(): EmbeddedChartFake {
    return new EmbeddedChartFake(this.ctx, JSON.parse(JSON.stringify(this.spec)) as Spec, this.id);
  }
}

/** The Sheet methods, over the sheet's state. */
export function chartsOf(ctx: SheetsContext, sheetId: number): EmbeddedChartFake[] {
  return (sheetById(stateOf(ctx), sheetId).charts ?? []).map((c) => new EmbeddedChartFake(ctx, c, c.id));
}

export function insertChart(ctx: SheetsContext, sheetId: number, chart: unknown): void {
  const c = unwrap<EmbeddedChartFake>(chart, 'EmbeddedChart');
  if (!c) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
  const ss = stateOf(ctx);
  const sheet = sheetById(ss, sheetId);
  const charts = (sheet.charts ??= []);
  const at = c.id === null ? -1 : charts.findIndex((x) => x.id === c.id);
  const state: ChartState = { ...JSON.parse(JSON.stringify(c.spec)), id: c.id ?? ss.nextId++ };
  if (at >= 0) charts[at] = state;
  else charts.push(state);
}

export function removeChart(ctx: SheetsContext, sheetId: number, chart: unknown): void {
  const c = unwrap<EmbeddedChartFake>(chart, 'EmbeddedChart');
  if (!c) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Sheet.removeChart.");
  const sheet = sheetById(stateOf(ctx), sheetId);
  sheet.charts = (sheet.charts ?? []).filter((x) => x.id !== c.id);
}
