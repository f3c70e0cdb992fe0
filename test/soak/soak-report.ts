// Runs the soak property with fast-check and, on a failure, says how to replay it: the seed, the path and the CLI commands.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { shareLoadedBundle } from '../../local/loader';
import { faultTotals, monthArb, type SoakMonth } from './soak-scenario';
import { runMonth, type SoakOptions } from './soak-run';

export interface SoakSummary {
  failed: boolean;
  runs: number;
  seed: number;
  /** Totals of what the months injected, by kind. */
  totals: Record<string, number>;
  /** Spanish report of the failure (seed, path, broken promises, CLI commands), or ''. */
  report: string;
  ms: number;
}

/** Runs `runs` generated months (fast-check, `seed`); shrinking is off: a failing month is reported as generated. */
export function soak(runs: number, seed: number, opts: SoakOptions = {}, arb: fc.Arbitrary<SoakMonth> = monthArb, replayPath?: string): SoakSummary {
  shareLoadedBundle(true);
  const start = Date.now();
  const totals: Record<string, number> = {};
  let last: string[] = [];
  const prop = fc.property(arb, (m) => {
    for (const [k, v] of Object.entries(faultTotals(m))) totals[k] = (totals[k] ?? 0) + v;
    last = runMonth(m, opts).violations;
    return last.length === 0;
  });
  try {
    const r = fc.check(prop, { numRuns: runs, seed, endOnFailure: true, ...(replayPath ? { path: replayPath } : {}) });
    if (!r.failed) return { failed: false, runs: r.numRuns, seed, totals, report: '', ms: Date.now() - start };
    const month = (r.counterexample as [SoakMonth])[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `soak-${seed}-`));
    const again = runMonth(month, { ...opts, saveTo: dir });
    const report = [
      `El soak falló en el mes generado n.º ${r.numRuns} (semilla ${seed}, ruta ${r.counterexamplePath}).`,
      ...last.map((v) => `  • ${v}`),
      `Repetir: npm run soak -- --seed ${seed} --path ${r.counterexamplePath}${opts.stealLock ? ' --romper-candado' : ''}`,
      `Con la CLI, desde el mundo inicial de ese mes (guardado en ${dir}):`,
      ...again.commands.map((c) => '  ' + c),
    ].join('\n');
    return { failed: true, runs: r.numRuns, seed, totals, report, ms: Date.now() - start };
  } finally {
    shareLoadedBundle(false);
  }
}

/** One jest test that soaks `runs` months (SOAK_RUNS overrides) from the seed in `seedEnv` or `seed`. */
export function soakTest(name: string, seedEnv: string, seed: number): void {
  it(`${name}: never lost, never doubled, never unauthorized`, () => {
    const r = soak(Number(process.env.SOAK_RUNS ?? 100), Number(process.env[seedEnv] ?? seed));
    console.log(`${name}: ${r.runs} meses en ${(r.ms / 1000).toFixed(1)} s; ${JSON.stringify(r.totals)}`);
    if (r.failed) throw new Error(r.report);
  });
}
