// The soak catches a broken promise: with the script lock expiring under a running tick (a test-only switch of the
// emulated world, no src/ change), an overlapping tick posts again, and the soak fails with a replayable seed; rows that
// share a text, each posted while authorized, raise no false alarm.
import { soak } from './soak-report';
import { monthArb } from './soak-scenario';

jest.setTimeout(10 * 60 * 1000);

it('stealing the lock under a running tick doubles posts: the soak fails and prints the seed and the CLI commands', () => {
  const withOverlap = monthArb.map((m) => ({ ...m, ensayo: false, veda: false, overlaps: [1, 2, 3, 4, 5, 6, 7, 8, 9] }));
  const r = soak(20, 777, { stealLock: true }, withOverlap);
  expect(r.failed).toBe(true);
  expect(r.report).toMatch(/publicada dos veces/);
  expect(r.report).toMatch(/semilla 777, ruta \d+/);
  expect(r.report).toContain('npm run soak -- --seed 777 --path');
  expect(r.report).toMatch(/npx difusion-local clock --to 2026-12-01T\d\d:30 --data \$D/);
  console.log(r.report.split('\n').slice(0, 12).join('\n'));
});

it('three rows with one Facebook text, each posted while authorized (one voided by a later edit), are not «publicada dos veces»', () => {
  // Seed 309448, path 77: rows 25 (10:00), 26 (11:00, then edited) and 23 (15:00) share a text; Facebook takes all three.
  const r = soak(1, 309448, {}, monthArb, '77');
  expect(r.report).toBe('');
  expect(r.failed).toBe(false);
});
