// Benchmark: wall time of the emulator's SpreadsheetApp fake for 10,000 × 26 setValues and getValues.
import { newExecution } from '../local/execution';
import { createSpreadsheetApp } from '../local/fakes/spreadsheet/app.fake';
import { newWorld } from '../local/world';

const world = newWorld({ owner: 'duena@example.org' });
const exec = newExecution(world, { functionName: 'bench', user: 'duena@example.org' });
const sh = createSpreadsheetApp(exec).getActive().getSheets()[0];
sh.insertRowsAfter(1000, 9000);
const data: Array<Array<string | number | Date>> = [];
for (let r = 0; r < 10000; r++) {
  const row: Array<string | number | Date> = [];
  for (let c = 0; c < 26; c++) row.push(c % 3 === 0 ? r * c : c % 3 === 1 ? 'texto ' + r : new Date(2026, 0, 1 + (r % 28)));
  data.push(row);
}
for (let round = 1; round <= 3; round++) {
  const t0 = process.hrtime.bigint();
  sh.getRange(1, 1, 10000, 26).setValues(data);
  const t1 = process.hrtime.bigint();
  sh.getRange(1, 1, 10000, 26).getValues();
  const t2 = process.hrtime.bigint();
  console.log(`ronda ${round}: setValues ${(Number(t1 - t0) / 1e6).toFixed(0)} ms, getValues ${(Number(t2 - t1) / 1e6).toFixed(0)} ms (10,000 × 26 celdas)`);
}
