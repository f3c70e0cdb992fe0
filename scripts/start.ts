// `npm start`: build, create the demo workbook the first time, run the clock to now, summarize in Spanish, serve the local page.
import * as fs from 'fs';
import * as path from 'path';
import { build } from './build';
import { Emulator, type RunResult } from '../local/runtime';
import { DEFAULT_DATA } from '../local/cli';
import { seedDemo, seedDemoPublications } from '../local/demo';
import { seedDemoSegob, sendDemoAgenda, sendDemoBoletin } from '../local/demo-segob';
import { serve, type WebServer } from '../local/web/server';
import { worldFile } from '../local/world';

const DAY = 24 * 3600 * 1000;
/** The longest stretch the emulator replays at once; older gaps are skipped so a start never takes minutes. */
const MAX_REPLAY = 7 * DAY;

export interface StartSummary {
  created: boolean;
  from: number;
  to: number;
  runs: RunResult[];
  posts: Record<string, number>;
  mails: number;
  bitacora: number;
}

function counts(emu: Emulator): { posts: Record<string, number>; mails: number; bitacora: number } {
  const posts: Record<string, number> = {};
  for (const [name, feed] of Object.entries(emu.world.endpoints.feeds)) posts[name] = feed.length;
  return { posts, mails: emu.world.outbox.length, bitacora: Math.max(0, emu.values('Bitácora').length - 1) };
}

export async function start(dataDir: string, now: number, log: (s: string) => void): Promise<StartSummary> {
  let emu = Emulator.load(dataDir);
  let created = false;
  let boletin = '';
  if (!emu) {
    created = true;
    emu = Emulator.create({ owner: 'titular@icm.gob.mx', now: now - 3 * DAY });
    seedDemo(emu);
    seedDemoPublications(emu);
    boletin = seedDemoSegob(emu);
    log(`Libro de demostración creado en ${dataDir}.`);
  }
  const before = counts(emu);
  const from = Math.max(emu.world.now, now - MAX_REPLAY);
  if (from > emu.world.now) emu.world.now = from;
  if (boletin) for (const l of sendDemoBoletin(emu, boletin)) log(`SEGOB: ${l}`);
  const runs = now > emu.world.now ? emu.clockTo(now) : [];
  if (boletin) for (const l of sendDemoAgenda(emu)) log(`SEGOB: ${l}`);
  emu.save(dataDir);
  const after = counts(emu);
  const posts: Record<string, number> = {};
  for (const k of Object.keys(after.posts)) posts[k] = after.posts[k] - (before.posts[k] ?? 0);
  return { created, from, to: now, runs, posts, mails: after.mails - before.mails, bitacora: after.bitacora - before.bitacora };
}

function fmt(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => (n < 10 ? '0' : '') + n;
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The default port of the page; when it is taken, any free port is used (the address is printed either way). */
export const DEFAULT_PORT = 5817;

export interface StartOptions {
  once: boolean;
  reset: boolean;
  port: number | null;
}

const USAGE = 'Uso: npm start [-- --port N] [-- --reset] [-- --once]';

/** `--once` (or CI=true) runs the job and exits without serving; `--reset` starts a fresh demo; `--port N` or $DIFUSION_PORT. */
export function parseStartArgs(argv: string[], env: NodeJS.ProcessEnv): StartOptions {
  const o: StartOptions = { once: env.CI === 'true' || env.CI === '1', reset: false, port: null };
  const portText = (v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Puerto no válido: «${v ?? ''}». ${USAGE}`);
    return n;
  };
  if (env.DIFUSION_PORT) o.port = portText(env.DIFUSION_PORT);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--once') o.once = true;
    else if (a === '--reset') o.reset = true;
    else if (a === '--port') o.port = portText(argv[++i]);
    else if (a.startsWith('--port=')) o.port = portText(a.slice('--port='.length));
    else throw new Error(`Opción desconocida «${a}». ${USAGE}`);
  }
  return o;
}

function summarize(s: StartSummary, dir: string): void {
  const failed = s.runs.filter((r) => r.error);
  console.log(`Reloj del emulador: de ${fmt(s.from)} a ${fmt(s.to)} (America/Monterrey).`);
  console.log(`Ejecuciones del activador horario: ${s.runs.length}${failed.length ? `, con error: ${failed.length}` : ''}.`);
  const names: Record<string, string> = { x: 'X', facebook: 'Facebook', web: 'Sitio web' };
  const posted = Object.entries(s.posts).map(([k, v]) => `${names[k] ?? k}: ${v}`);
  console.log(`Publicaciones recibidas por las redes emuladas: ${posted.length ? posted.join(', ') : 'ninguna'}.`);
  console.log(`Correos enviados: ${s.mails}. Nuevos registros en la Bitácora: ${s.bitacora}.`);
  for (const r of failed.slice(0, 5)) console.log(`  Error en ${r.functionName} (${fmt(r.meter.at)}): ${r.error?.message}`);
  console.log(`Datos del emulador en ${dir}.`);
}

async function listen(dir: string, port: number | null): Promise<WebServer> {
  try {
    return await serve({ dataDir: dir, port: port ?? DEFAULT_PORT });
  } catch (e) {
    if (port !== null || (e as { code?: string }).code !== 'EADDRINUSE') throw e;
    return serve({ dataDir: dir, port: 0 });
  }
}

async function mainStart(): Promise<void> {
  process.env.TZ = 'America/Monterrey';
  const opts = parseStartArgs(process.argv.slice(2), process.env);
  const b = await build();
  console.log(`Complemento compilado: dist/Code.js (${(b.bytes / 1024).toFixed(1)} KB, ${b.names.length} funciones).`);
  const dir = path.resolve(process.env.DIFUSION_DATA ?? DEFAULT_DATA);
  if (opts.reset && fs.existsSync(worldFile(dir))) {
    fs.rmSync(worldFile(dir));
    console.log('Demostración reiniciada: se crea un libro nuevo.');
  }
  summarize(await start(dir, Date.now(), (l) => console.log(l)), dir);
  if (opts.once) {
    console.log('Vea el libro con: npx difusion-local dump Calendario');
    return;
  }
  const server = await listen(dir, opts.port);
  // Ctrl+C writes the world before leaving, so the next start carries on from where the clock stopped.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void server.close().then(() => process.exit(0)));
  console.log(`Página local del libro: ${server.url}   (Ctrl+C para detener; al volver a iniciar, el reloj sigue donde se quedó)`);
}

if (require.main === module) {
  mainStart().catch((e: unknown) => {
    console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
