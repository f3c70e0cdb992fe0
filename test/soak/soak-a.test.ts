// The fault soak, first half: generated months through the real bundle; every promise checked after every tick.
import { soak } from './soak-report';

jest.setTimeout(15 * 60 * 1000);

const SEED = Number(process.env.SOAK_SEED_A ?? 20261201);

it('100 generated months: never lost, never doubled, never unauthorized', () => {
  const r = soak(Number(process.env.SOAK_RUNS ?? 100), SEED);
  console.log(`soak A: ${r.runs} meses en ${(r.ms / 1000).toFixed(1)} s; ${JSON.stringify(r.totals)}`);
  if (r.failed) throw new Error(r.report);
});
