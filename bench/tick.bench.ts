// Benchmark: the hourly tick's service calls, emulated time and wall time with 10 / 1,000 idle Calendario rows plus N due authorized posts.
import { addIdleRows, addPub, authorize, posts, setup } from '../test/publishing/publish-helpers';

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
  for (let k = 0; k < due; k++) {
    const id = addPub(emu, { fecha: '2026-12-01', textoX: `Publicación de prueba número ${k} #ICM`, textoFacebook: `Aviso ${k} del Instituto`, textoWeb: `Nota ${k}` });
    authorize(emu, id);
  }
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
}

if (require.main === module) main();
