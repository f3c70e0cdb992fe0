// Benchmark: the hourly tick's service calls, emulated and wall time with 10 / 1,000 idle Calendario rows plus N due posts, and 10 against 100 due.
import { addIdleRows, addPub, authorizeAll, posts, setup } from '../test/publishing/publish-helpers';

interface TickMeasure {
  idle: number;
  due: number;
  total: number;
  counts: Record<string, number>;
  wallMs: number;
  emulatedMs: number;
  published: number;
}

function measure(idle: number, due: number): TickMeasure {
  const emu = setup();
  const ids: string[] = [];
  for (let k = 0; k < due; k++) {
    ids.push(addPub(emu, { fecha: '2026-12-01', textoX: `Publicación de prueba número ${k} #ICM`, textoFacebook: `Aviso ${k} del Instituto`, textoWeb: `Nota ${k}` }));
  }
  if (ids.length) authorizeAll(emu, ids);
  addIdleRows(emu, idle);
  const at = Date.parse('2026-12-01T16:00:00Z');
  const r = emu.run('tick', [], { as: 'titular@icm.gob.mx', at });
  if (r.error) throw new Error(r.error.message);
  const published = posts(emu, 'x').length + posts(emu, 'facebook').length + posts(emu, 'web').length;
  return { idle, due, total: r.meter.total, counts: r.meter.counts, wallMs: r.meter.wallMs, emulatedMs: emu.world.now - at, published };
}

function main(): void {
  const results = [measure(10, 0), measure(1000, 0), measure(10, 5), measure(1000, 5), measure(1000, 20)];
  const methods = [...new Set(results.flatMap((m) => Object.keys(m.counts)))].sort();
  const label = (m: TickMeasure) => `${m.idle}+${m.due}`.padStart(11);
  console.log('Tick de publicación — llamadas a servicios por método (filas inactivas + publicaciones vencidas autorizadas)');
  console.log(`${'método'.padEnd(36)}${results.map(label).join('')}`);
  for (const k of methods) console.log(`${k.padEnd(36)}${results.map((m) => String(m.counts[k] ?? 0).padStart(11)).join('')}`);
  console.log(`${'TOTAL'.padEnd(36)}${results.map((m) => String(m.total).padStart(11)).join('')}`);
  console.log(`${'publicaciones hechas (3 redes)'.padEnd(36)}${results.map((m) => String(m.published).padStart(11)).join('')}`);
  console.log(`${'tiempo emulado del tick (ms)'.padEnd(36)}${results.map((m) => String(m.emulatedMs).padStart(11)).join('')}`);
  console.log(`${'tiempo real en el emulador (ms)'.padEnd(36)}${results.map((m) => String(m.wallMs).padStart(11)).join('')}`);

  // Due and authorized: 10 against 100 rows (3 networks each). What grows is the cost of each post, not of the sheet.
  const [ten, hundred] = [measure(10, 10), measure(10, 100)];
  const keys = [...new Set([...Object.keys(ten.counts), ...Object.keys(hundred.counts)])].sort();
  console.log('\nTick con 10 y 100 publicaciones vencidas y autorizadas (3 redes cada una) — costo por fila vencida adicional');
  console.log(`${'método'.padEnd(36)}${'10'.padStart(9)}${'100'.padStart(9)}${'por fila (3 redes)'.padStart(19)}`);
  for (const k of keys) {
    const a = ten.counts[k] ?? 0;
    const b = hundred.counts[k] ?? 0;
    console.log(`${k.padEnd(36)}${String(a).padStart(9)}${String(b).padStart(9)}${((b - a) / 90).toFixed(2).padStart(19)}`);
  }
  console.log(`${'TOTAL'.padEnd(36)}${String(ten.total).padStart(9)}${String(hundred.total).padStart(9)}${((hundred.total - ten.total) / 90).toFixed(2).padStart(19)}`);
  console.log(`${'publicaciones hechas'.padEnd(36)}${String(ten.published).padStart(9)}${String(hundred.published).padStart(9)}`);
  console.log(`${'tiempo emulado del tick (ms)'.padEnd(36)}${String(ten.emulatedMs).padStart(9)}${String(hundred.emulatedMs).padStart(9)}`);
  console.log(`${'tiempo real en el emulador (ms)'.padEnd(36)}${String(ten.wallMs).padStart(9)}${String(hundred.wallMs).padStart(9)}`);
}

if (require.main === module) main();
