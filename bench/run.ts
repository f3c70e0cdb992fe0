// `npm run bench`: measures every workload at 100, 1,000 and 10,000 Calendario rows, prints the table and writes bench/results.md.
import * as fs from 'fs';
import * as path from 'path';
import { bundleFigures } from './bundle';
import { naiveTick } from './naive';
import { measureProgramarMes } from './programar-mes.bench';
import { byService, detailTable, summaryTable, type Row } from './table';
import { ASISTENTE, configuredClone, measure, type Measure, TITULAR, unconfigured, workbook } from './workbooks';

const SIZES = [100, 1000, 10000];
const TICK_AT = '2026-12-01T10:00';

function tick(rows: number, due: number): Measure {
  const emu = workbook(rows, due);
  return measure(emu, rows, () => emu.run('tick', [], { as: TITULAR, at: TICK_AT }));
}

function naive(rows: number, due: number): Measure {
  const emu = workbook(rows, due);
  emu.world.now = Date.parse('2026-12-01T16:00:00Z');
  return naiveTick(emu, rows);
}

function editGuard(rows: number): Measure {
  const emu = workbook(rows);
  const col = String.fromCharCode(65 + 6); // «Texto X»
  return measure(emu, rows, () => {
    const runs = emu.edit(`'Calendario'!${col}51`, 'Texto nuevo', { as: ASISTENTE });
    const guard = runs.find((r) => r.functionName === 'alEditar');
    if (!guard) throw new Error('alEditar did not run');
    return guard;
  });
}

const WORKLOADS: Array<{ name: string; run: (rows: number) => Measure; naive?: (rows: number) => Measure }> = [
  { name: 'onOpen', run: (n) => { const emu = workbook(n); return measure(emu, n, () => emu.run('onOpen', [], { as: ASISTENTE, authMode: 'LIMITED', event: { authMode: 'LIMITED' } })); } },
  { name: 'Configurar (primera vez)', run: (n) => { const emu = unconfigured(n); return measure(emu, n, () => emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] })); } },
  { name: 'Configurar (tras crecer Calendario)', run: (n) => { const emu = workbook(n); return measure(emu, n, () => emu.run('configurar', [], { as: TITULAR })); } },
  { name: 'Configurar (sin cambios)', run: (n) => { const emu = workbook(n); emu.call('configurar', [], { as: TITULAR }); return measure(emu, n, () => emu.run('configurar', [], { as: TITULAR })); } },
  { name: 'Programar mes', run: (n) => measureProgramarMes(n) },
  { name: 'Tick, nada vencido', run: (n) => tick(n, 0), naive: (n) => naive(n, 0) },
  { name: 'Tick, 1 vencida', run: (n) => tick(n, 1), naive: (n) => naive(n, 1) },
  { name: 'Tick, 10 vencidas', run: (n) => tick(n, 10), naive: (n) => naive(n, 10) },
  { name: 'Tick, 100 vencidas', run: (n) => tick(n, 100), naive: (n) => naive(n, 100) },
  { name: 'Guardia de edición (alEditar)', run: editGuard },
];

function main(): void {
  const t0 = Date.now();
  configuredClone(); // builds the shared base workbook once
  const rows: Row[] = [];
  for (const w of WORKLOADS) {
    for (const n of SIZES) {
      const m = w.run(n);
      // A tick that did not read every row (header included) would measure nothing: refuse to print it.
      if (w.naive && m.rowsRead !== n + 1) throw new Error(`${w.name} at ${n} rows read ${m.rowsRead} rows of Calendario`);
      rows.push({ workload: w.name, m, naive: w.naive ? w.naive(n) : undefined });
    }
  }
  const ticks = rows.filter((r) => r.workload === 'Tick, nada vencido');
  const sheets = ticks.map((r) => byService(r.m.counts).Sheets ?? 0);
  const bundle = bundleFigures();
  const out = [
    '# Difusión ICM — cifras de `npm run bench`',
    '',
    `Emulador local (\`local/\`), zona America/Monterrey. Filas leídas = filas distintas de «Calendario» (con el encabezado) que la ejecución leyó, según el medidor.`,
    '',
    summaryTable(rows),
    '',
    `Llamadas a Hojas del tick sin nada vencido: ${ticks.map((r, i) => `${r.m.rows} filas → ${sheets[i]}`).join(', ')}${new Set(sheets).size === 1 ? ' (iguales).' : ' (DIFERENTES).'}`,
    '',
    bundle,
    '',
    '## Llamadas por método',
    '',
    detailTable(rows, SIZES),
    '',
    `Tiempo total del bench: ${((Date.now() - t0) / 1000).toFixed(0)} s.`,
  ].join('\n');
  console.log(out);
  fs.writeFileSync(path.join(__dirname, 'results.md'), out + '\n');
  if (new Set(sheets).size !== 1) process.exitCode = 1;
}

main();
