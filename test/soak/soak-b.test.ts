// The fault soak, second half: generated months through the real bundle; every promise checked after every tick.
import { soak } from './soak-report';

jest.setTimeout(15 * 60 * 1000);

const SEED = Number(process.env.SOAK_SEED_B ?? 20261202);

it('100 generated months: never lost, never doubled, never unauthorized', () => {
  const r = soak(Number(process.env.SOAK_RUNS ?? 100), SEED);
  console.log(`soak B: ${r.runs} meses en ${(r.ms / 1000).toFixed(1)} s; ${JSON.stringify(r.totals)}`);
  if (r.failed) throw new Error(r.report);
});
