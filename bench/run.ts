// Runs every benchmark under bench/ (files *.bench.ts) one after another; each prints its own figures.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const dir = __dirname;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
for (const f of files) {
  console.log(`\n=== ${f}`);
  execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(dir, f)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'America/Monterrey' },
  });
}
