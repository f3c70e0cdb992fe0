// The naive per-row script the tick is compared with: one getValue per cell, one UrlFetchApp.fetch per post, one setValue per status.
import { newExecution } from '../local/execution';
import { createGlobals } from '../local/globals';
import { X_HOST } from '../local/endpoints/x.endpoint';
import { GRAPH_HOST } from '../local/endpoints/facebook.endpoint';
import { DEMO_CREDENTIALS } from '../local/endpoints/accounts';
import type { Emulator } from '../local/runtime';
import { TITULAR, type Measure } from './workbooks';

const ENDPOINT: Record<string, string> = {
  X: `https://${X_HOST}/2/tweets`,
  Facebook: `https://${GRAPH_HOST}/v21.0/me/feed`,
  Web: `${DEMO_CREDENTIALS.WP_URL}/wp-json/wp/v2/posts`,
};

/**
 * Written the way a first Apps Script usually is, driving the same fakes as the add-on (metered the same way): read the
 * Calendario cell by cell, post every due row to each of its networks one request at a time, write each status on its own.
 * The requests carry no credentials (the endpoints refuse them): what is measured is how many calls it makes.
 */
export function naiveTick(emu: Emulator, rows: number): Measure {
  const exec = newExecution(emu.world, { functionName: 'naiveTick', user: TITULAR });
  const g = createGlobals(exec) as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp };
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Calendario');
  if (!sheet) throw new Error('no Calendario');
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const header: string[] = [];
  for (let c = 1; c <= lastCol; c++) header.push(String(sheet.getRange(1, c).getValue()));
  const col = (h: string): number => header.indexOf(h) + 1;
  const now = new Date(emu.world.now);
  for (let r = 2; r <= lastRow; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= lastCol; c++) row.push(sheet.getRange(r, c).getValue());
    const fecha = row[col('Fecha') - 1];
    if (!(fecha instanceof Date) || fecha.getTime() > now.getTime() || row[col('Estado') - 1] === 'Publicado') continue;
    if (row[col('Autorización') - 1] !== 'Autorizado') continue;
    for (const red of String(row[col('Redes') - 1]).split(',').map((s) => s.trim())) {
      if (!ENDPOINT[red]) continue;
      const text = String(row[col(red === 'Web' ? 'Texto web' : `Texto ${red}`) - 1]);
      g.UrlFetchApp.fetch(ENDPOINT[red], { method: 'post', contentType: 'application/json', payload: JSON.stringify({ text }), muteHttpExceptions: true });
      sheet.getRange(r, col(red === 'Web' ? 'Estado web' : `Estado ${red}`)).setValue('Publicado');
    }
  }
  exec.meter.endedAt = Date.now();
  return {
    rows,
    rowsRead: exec.meter.rowsRead().Calendario ?? 0,
    counts: { ...exec.meter.counts },
    total: exec.meter.total(),
    requests: emu.world.endpoints.callsThisExecution,
    emails: 0,
    ms: exec.meter.wallMs(),
  };
}
