// `npm run soak -- --runs N [--seed S] [--workers W] [--path P] [--romper-candado]`: a longer fault soak on demand, in W processes, with totals by fault kind.
import { fork } from 'child_process';

// The soak reuses the tests' helpers, whose secret scan registers a jest hook: outside jest there is none to register.
(globalThis as unknown as { afterAll: (fn: () => void) => void }).afterAll ??= () => undefined;

interface Args {
  runs: number;
  seed: number;
  workers: number;
  path?: string;
  steal: boolean;
  worker: boolean;
}

function args(argv: string[]): Args {
  const a: Args = { runs: 200, seed: Date.now() % 1_000_000, workers: 2, steal: false, worker: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = (): string => argv[++i] ?? '';
    if (k === '--runs') a.runs = Number(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--workers') a.workers = Number(v());
    else if (k === '--path') a.path = v();
    else if (k === '--romper-candado') a.steal = true;
    else if (k === '--worker') a.worker = true;
    else throw new Error(`Opción desconocida ${k}. Uso: npm run soak -- --runs N [--seed S] [--workers W] [--path P]`);
  }
  if (!(a.runs >= 1) || !(a.workers >= 1) || !Number.isInteger(a.seed)) throw new Error('--runs, --workers y --seed deben ser enteros positivos.');
  return a;
}

async function worker(a: Args): Promise<void> {
  // Loaded only in the worker processes (after the jest-hook stub above).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { soak } = require('../test/soak/soak-report') as typeof import('../test/soak/soak-report');
  const r = soak(a.runs, a.seed, { stealLock: a.steal }, undefined, a.path);
  process.send?.(r);
}

/** What each worker process reports back. */
interface WorkerResult {
  failed: boolean;
  runs: number;
  seed: number;
  totals: Record<string, number>;
  report: string;
}

async function main(): Promise<number> {
  const a = args(process.argv.slice(2));
  if (a.worker) {
    await worker(a);
    return 0;
  }
  // A replay (--path) runs in one process with the exact seed.
  const n = a.path ? 1 : Math.min(a.workers, a.runs);
  const start = Date.now();
  console.log(`Soak: ${a.runs} meses generados en ${n} proceso(s), semillas ${a.seed}…${a.seed + n - 1}`);
  const parts = await Promise.all(
    Array.from({ length: n }, (_, i) => new Promise<WorkerResult>((resolve, reject) => {
      const runs = Math.floor(a.runs / n) + (i < a.runs % n ? 1 : 0);
      const extra = [...(a.path ? ['--path', a.path] : []), ...(a.steal ? ['--romper-candado'] : [])];
      const child = fork(__filename, ['--worker', '--runs', String(runs), '--seed', String(a.seed + i), ...extra], { execArgv: ['-r', 'tsx/cjs'] });
      child.on('message', (m) => resolve(m as never));
      child.on('exit', (code) => (code ? reject(new Error(`el proceso ${i} terminó con código ${code}`)) : undefined));
    })),
  );
  const totals: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.totals)) totals[k] = (totals[k] ?? 0) + v;
  const runs = parts.reduce((s, p) => s + p.runs, 0);
  console.log(`Meses ejecutados: ${runs} en ${((Date.now() - start) / 1000).toFixed(1)} s`);
  console.log('Totales por tipo de falla:');
  for (const [k, v] of Object.entries(totals).sort()) console.log(`  ${k}: ${v}`);
  const failed = parts.filter((p) => p.failed);
  for (const p of failed) console.log('\n' + p.report);
  console.log(failed.length ? `\nFALLÓ (${failed.length} proceso(s) con un mes que rompe una promesa).` : '\nTodas las promesas se cumplieron.');
  return failed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e: Error) => {
  console.error(`Error: ${e.message}`);
  process.exit(2);
});
