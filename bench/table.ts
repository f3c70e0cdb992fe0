// Formats bench measures as Markdown tables: a summary by service per workload and size, and every method's calls.
import type { Measure } from './workbooks';

export interface Row {
  workload: string;
  m: Measure;
  /** The naive per-row script on the same workbook, for the tick. */
  naive?: Measure;
}

/** Apps Script service of a metered "Class.method" name. */
const SERVICE: Array<[RegExp, string]> = [
  [/^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection|DataValidation\w*|ConditionalFormatRule\w*|BooleanCondition)\./, 'Sheets'],
  [/^(Ui|PromptResponse|Menu)\./, 'Ui'],
  [/^(PropertiesService|Properties)\./, 'Properties'],
  [/^(LockService|Lock)\./, 'Lock'],
  [/^(ScriptApp|Trigger|\w*TriggerBuilder)\./, 'Script'],
  [/^(UrlFetchApp|HTTPResponse)\./, 'UrlFetch'],
  [/^MailApp\./, 'Mail'],
  [/^(Session|User)\./, 'Session'],
  [/^(CacheService|Cache)\./, 'Cache'],
];
const COLUMNS = ['Sheets', 'Ui', 'Properties', 'Lock', 'Script', 'UrlFetch', 'Mail', 'Session', 'Cache', 'otros'];

export function byService(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts)) {
    const s = SERVICE.find(([re]) => re.test(k))?.[1] ?? 'otros';
    out[s] = (out[s] ?? 0) + v;
  }
  return out;
}

const n = (x: number): string => x.toLocaleString('en-US');

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** One line per workload and size: rows read, calls by service, total, requests, e-mails, ms; the naive script beside the tick. */
export function summaryTable(rows: Row[]): string {
  const head = ['Ejecución', 'Filas', 'Filas leídas', ...COLUMNS, 'Total', 'UrlFetch (solicitudes)', 'Correos', 'ms', 'Ingenuo: total', 'Ingenuo: solicitudes', 'Ingenuo: ms', 'Ingenuo / complemento'];
  const out = [line(head), line(head.map(() => '---'))];
  for (const r of rows) {
    const s = byService(r.m.counts);
    const nv = r.naive;
    out.push(
      line([
        r.workload,
        n(r.m.rows),
        n(r.m.rowsRead),
        ...COLUMNS.map((c) => n(s[c] ?? 0)),
        n(r.m.total),
        n(r.m.requests),
        n(r.m.emails),
        n(r.m.ms),
        nv ? `${n(nv.total)} (${n(nv.rowsRead)} filas leídas)` : '',
        nv ? n(nv.requests) : '',
        nv ? n(nv.ms) : '',
        nv ? `${(nv.total / Math.max(1, r.m.total)).toFixed(0)}×` : '',
      ]),
    );
  }
  return out.join('\n');
}

/** Every method's calls: one block per workload, one column per size. */
export function detailTable(rows: Row[], sizes: number[]): string {
  const out: string[] = [];
  const names = [...new Set(rows.map((r) => r.workload))];
  for (const w of names) {
    const ms = sizes.map((s) => rows.find((r) => r.workload === w && r.m.rows === s)?.m);
    const methods = [...new Set(ms.flatMap((m) => Object.keys(m?.counts ?? {})))].sort();
    out.push(`### ${w}`, '', line(['Método', ...sizes.map((s) => `${n(s)} filas`)]), line(['---', ...sizes.map(() => '---:')]));
    for (const k of methods) out.push(line([k, ...ms.map((m) => n(m?.counts[k] ?? 0))]));
    out.push(line(['**Filas leídas**', ...ms.map((m) => n(m?.rowsRead ?? 0))]), '');
  }
  return out.join('\n');
}
