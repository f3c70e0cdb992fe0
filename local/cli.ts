// The `difusion-local` command: drives the emulated Apps Script world kept in a data folder (init, run, edit, clock, dump…).
import * as fs from 'fs';
import * as path from 'path';
import { Emulator, parseTime, type RunResult } from './runtime';
import { DEFAULT_DIST } from './execution';
import type { CellValue, FaultState } from './world';
import { injectFault } from './fakes/urlfetch.fake';
import { allEndpoints } from './endpoints/registry';
import { seedDemo, seedDemoPublications } from './demo';
import { docCommand, saveAttachments } from './cli-docs';
import { seedDemoSegob } from './demo-segob';
import { driveReplace, parseTsv, userDeleteRows } from './host-edits';

export const DEFAULT_DATA = '.local-data';
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A mistake the user made on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string[]>;
}

const BOOLEAN_FLAGS = new Set(['json', 'demo', 'force', 'no-user', 'timeout', 'timeout-after-post', 'quota', 'help', 'clear']);
const VALUE_FLAGS = new Set([
  'data', 'owner', 'at', 'args', 'as', 'answer', 'to', 'status', 'body', 'headers', 'crash-after', 'times', 'tsv', 'save', 'append', 'replace', 'with',
]);

/** The options each command takes (besides --data and --help). */
const COMMAND_FLAGS: Record<string, string[]> = {
  init: ['owner', 'demo', 'at', 'force'],
  run: ['args', 'as', 'at', 'answer', 'json'],
  edit: ['as', 'no-user'],
  clock: ['to'],
  dump: ['json'],
  sheets: [],
  outbox: ['json', 'save'],
  doc: ['append', 'replace', 'with'],
  feed: ['json'],
  meter: ['json'],
  triggers: ['json'],
  fault: ['status', 'body', 'headers', 'timeout', 'timeout-after-post', 'quota', 'crash-after', 'times', 'clear'],
  paste: ['tsv', 'as'],
  'delete-rows': ['as'],
  'drive-replace': [],
  help: [],
};

export function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (!BOOLEAN_FLAGS.has(name) && !VALUE_FLAGS.has(name)) {
        throw new UsageError(`Opción desconocida --${name}. Use «difusion-local help».`);
      }
      let value: string;
      if (eq > 0) value = a.slice(eq + 1);
      else if (BOOLEAN_FLAGS.has(name)) value = 'true';
      else {
        if (i + 1 >= argv.length) throw new UsageError(`Falta el valor de --${name}.`);
        value = argv[++i];
      }
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else positional.push(a);
  }
  return { positional, flags };
}

function flag(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}

const HELP = `Uso: difusion-local <comando> [opciones]   (datos en ${DEFAULT_DATA}/, $DIFUSION_DATA o --data CARPETA)

  init [--owner CORREO] [--demo] [--at FECHA] [--force]   crea el libro local e instala el complemento
  run FUNCIÓN [--args JSON] [--as CORREO] [--at FECHA] [--answer TEXTO]... [--json]
                                                          ejecuta una función del complemento como esa persona
  edit 'Hoja!A1' VALOR [--as CORREO] [--no-user]          una persona escribe en una celda (se disparan onEdit)
  clock [--to FECHA]                                      muestra el reloj o lo adelanta disparando activadores
  dump HOJA [--json]                                      contenido, validaciones y protecciones de una hoja
  sheets                                                  lista las hojas del libro
  outbox [--json] [--save CARPETA]                        correos enviados; --save guarda sus adjuntos (PDF)
  doc NÚMERO|ENLACE [--append TEXTO] [--replace TEXTO --with TEXTO]
                                                          muestra un documento de Google Docs; lo edita como una persona
  feed x|facebook|web [--json]                            lo que recibió cada red emulada
  meter [--json]                                          llamadas a servicios de la última ejecución
  triggers [--json]                                       activadores instalados
  fault RED (--status N [--body TEXTO] [--headers JSON] | --timeout | --timeout-after-post | --quota | --crash-after N) [--times N] | --clear
                                                          inyecta fallas en una red emulada (un 429 lleva los encabezados de esa red)
  paste 'Hoja!B2' --tsv ARCHIVO|- [--as CORREO]           una persona pega un bloque (TSV; «-» lee la entrada estándar)
  delete-rows HOJA FILA CUÁNTAS [--as CORREO]             una persona borra filas
  drive-replace ID_ARCHIVO RUTA                           reemplaza el contenido de un archivo de Drive (mismo enlace)

FECHA: 2026-12-01T10:00 (hora de Monterrey) o ISO con zona.`;

function dataDir(p: Parsed): string {
  return path.resolve(flag(p, 'data') ?? process.env.DIFUSION_DATA ?? DEFAULT_DATA);
}

function open(p: Parsed): Emulator {
  const dir = dataDir(p);
  const emu = Emulator.load(dir);
  if (!emu) throw new UsageError(`No hay un libro local en ${dir}. Ejecute primero: difusion-local init`);
  return emu;
}

function ensureBuilt(): void {
  if (!fs.existsSync(path.join(DEFAULT_DIST, 'Code.js'))) {
    throw new UsageError('No existe dist/Code.js. Ejecute «npm run build» primero.');
  }
}

function fmtValue(v: CellValue): string {
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    const pad = (n: number): string => (n < 10 ? '0' : '') + n;
    if (d.getFullYear() === 1899) return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return d.getHours() || d.getMinutes() ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
  }
  return String(v);
}

function localTime(ms: number): string {
  return fmtValue(new Date(ms));
}

function printJson(v: unknown): void {
  process.stdout.write(JSON.stringify(v, null, 2) + '\n');
}

function uiJson(r: RunResult): Record<string, unknown> {
  return {
    menus: r.ui.menus,
    toasts: r.ui.toasts,
    alerts: r.ui.alerts,
    sidebars: r.ui.sidebars.map((s) => ({ title: s.title, bytes: s.html.length })),
    dialogs: r.ui.dialogs.map((d) => ({ title: d.title, modal: d.modal, bytes: d.html.length })),
  };
}

/** What the person would have seen, in Spanish, one line per thing. */
export function describeRun(r: RunResult): string[] {
  const out: string[] = [];
  for (const m of r.ui.menus) {
    out.push(`Menú «${m.title}»:`);
    for (const it of m.items) out.push(`  • ${it.label}  → ${it.functionName}`);
  }
  for (const t of r.ui.toasts) out.push(`Aviso: ${t.title ? t.title + ': ' : ''}${t.message}`);
  for (const a of r.ui.alerts) {
    out.push(`${a.kind === 'prompt' ? 'Pregunta' : 'Diálogo'}: ${a.title ? a.title + ' — ' : ''}${a.prompt}`);
    out.push(`  respuesta: ${a.answer.button}${a.answer.text ? ' «' + a.answer.text + '»' : ''}`);
  }
  for (const s of r.ui.sidebars) out.push(`Panel lateral abierto: ${s.title}`);
  for (const d of r.ui.dialogs) out.push(`Ventana ${d.modal ? 'modal' : 'no modal'} abierta: ${d.title}`);
  if (r.result !== null && r.result !== undefined) out.push(`Resultado: ${JSON.stringify(r.result)}`);
  return out;
}

function isRefusal(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
}

function printRuns(runs: RunResult[]): number {
  for (const r of runs) {
    const lines = describeRun(r);
    if (r.error) lines.push(`Error: ${r.error.message}`);
    if (lines.length) console.log(`[${r.functionName}] ${lines.join('\n  ')}`);
  }
  return runs.some((r) => r.error) ? 1 : 0;
}

function parseWhen(s: string): number {
  try {
    return parseTime(s);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function cmdInit(p: Parsed): Promise<number> {
  ensureBuilt();
  const dir = dataDir(p);
  if (Emulator.load(dir) && !flag(p, 'force')) {
    throw new UsageError(`Ya existe un libro local en ${dir}. Use --force para reemplazarlo.`);
  }
  const owner = (flag(p, 'owner') ?? 'titular@icm.gob.mx').trim().toLowerCase();
  if (!EMAIL.test(owner)) throw new UsageError(`«${owner}» no es un correo válido.`);
  const at = flag(p, 'at');
  const emu = Emulator.create({ owner, now: at ? parseWhen(at) : Date.now() });
  let demoNote = '';
  if (flag(p, 'demo')) {
    seedDemo(emu);
    seedDemoPublications(emu);
    seedDemoSegob(emu);
    demoNote = ' con datos de demostración';
  }
  emu.save(dir);
  console.log(`Libro local creado${demoNote} en ${dir} (propietaria: ${owner}, reloj: ${localTime(emu.world.now)}).`);
  const failed = emu.runs.filter((r) => r.error);
  for (const r of failed) console.log(`Advertencia: ${r.functionName}: ${r.error?.message}`);
  return 0;
}

function cmdRun(p: Parsed): number {
  ensureBuilt();
  const [, fn] = p.positional;
  if (!fn) throw new UsageError('Indique la función: difusion-local run NOMBRE');
  const emu = open(p);
  let args: unknown[] = [];
  const rawArgs = flag(p, 'args');
  if (rawArgs !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawArgs);
    } catch {
      throw new UsageError('--args debe ser JSON, por ejemplo: --args \'["2026-12"]\'');
    }
    args = Array.isArray(parsed) ? parsed : [parsed];
  }
  const at = flag(p, 'at');
  const r = emu.run(fn, args, { as: flag(p, 'as'), at: at ? parseWhen(at) : undefined, answers: p.flags.get('answer') ?? [] });
  emu.save(dataDir(p));
  if (flag(p, 'json')) printJson({ result: r.result, ui: uiJson(r), ...(r.error ? { error: r.error } : {}) });
  else for (const line of describeRun(r)) console.log(line);
  if (r.error) {
    if (!flag(p, 'json')) process.stderr.write(`Error: ${r.error.message}\n`);
    return 1;
  }
  // A menu function that reports a refusal in a dialog returns {ok: false}: the command failed too.
  return isRefusal(r.result) ? 1 : 0;
}

function cmdEdit(p: Parsed): number {
  ensureBuilt();
  const [, a1, value] = p.positional;
  if (!a1 || value === undefined) throw new UsageError("Uso: difusion-local edit 'Hoja!A1' VALOR [--as CORREO]");
  const emu = open(p);
  let runs: RunResult[];
  try {
    runs = emu.edit(a1, value, { as: flag(p, 'as'), hideUser: !!flag(p, 'no-user') });
  } catch (e) {
    const err = e as { message?: string; code?: string };
    throw new UsageError(err.message ?? String(e));
  }
  emu.save(dataDir(p));
  console.log(`Celda ${a1} editada por ${(flag(p, 'as') ?? emu.world.owner).toLowerCase()}.`);
  return printRuns(runs);
}

function cmdClock(p: Parsed): number {
  const emu = open(p);
  const to = flag(p, 'to');
  if (!to) {
    console.log(`Reloj: ${localTime(emu.world.now)} (America/Monterrey)`);
    return 0;
  }
  ensureBuilt();
  const target = parseWhen(to);
  let runs: RunResult[];
  try {
    runs = emu.clockTo(target);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  emu.save(dataDir(p));
  const failed = runs.filter((r) => r.error);
  console.log(`Reloj adelantado a ${localTime(target)}; activadores ejecutados: ${runs.length}${failed.length ? `, con error: ${failed.length}` : ''}.`);
  // Every run when there are few; otherwise the last ones and every failure, so a week's replay stays readable.
  const shown = runs.length <= 12 ? runs : runs.filter((r, i) => r.error || i >= runs.length - 3);
  if (shown.length < runs.length) console.log(`  … ${runs.length - shown.length} ejecuciones correctas más`);
  for (const r of shown) {
    const status = r.error ? `error: ${r.error.message}` : 'correcto';
    console.log(`  ${localTime(r.meter.at)}  ${r.functionName} (${r.user}) — ${status}`);
  }
  return 0;
}

function cmdDump(p: Parsed): number {
  const [, name] = p.positional;
  if (!name) throw new UsageError('Indique la hoja: difusion-local dump NOMBRE');
  const emu = open(p);
  const d = emu.dump(name);
  if (!d) throw new UsageError(`No existe la hoja «${name}». Hojas: ${emu.world.spreadsheet.sheets.map((s) => s.name).join(', ')}`);
  if (flag(p, 'json')) {
    printJson(d);
    return 0;
  }
  console.log(`Hoja «${d.name}»${d.hidden ? ' (oculta)' : ''} — filas inmovilizadas: ${d.frozenRows}`);
  d.values.forEach((row, i) => {
    console.log(`${String(i + 1).padStart(4)} | ${row.map(fmtValue).join(' | ')}`);
  });
  if (d.validations.length) {
    console.log('Validaciones:');
    for (const v of d.validations) console.log(`  ${v.a1}: ${v.kind}${v.values ? ' [' + v.values.join(', ') + ']' : ''}${v.allowInvalid ? '' : ' (rechaza otros valores)'}`);
  }
  if (d.protections.length) {
    console.log('Protecciones:');
    for (const pr of d.protections) console.log(`  ${pr.a1}: ${pr.description || '(sin descripción)'} — editores: ${pr.editors.join(', ')}${pr.warningOnly ? ' (solo advertencia)' : ''}`);
  }
  return 0;
}

function cmdSheets(p: Parsed): number {
  const emu = open(p);
  for (const s of emu.world.spreadsheet.sheets) console.log(`${s.name}${s.hidden ? ' (oculta)' : ''}`);
  return 0;
}

function cmdOutbox(p: Parsed): number {
  const emu = open(p);
  const mails = emu.world.outbox;
  const save = flag(p, 'save');
  if (save) for (const f of saveAttachments(emu, path.resolve(save))) console.log(`Guardado: ${f}`);
  if (flag(p, 'json')) {
    printJson(mails.map((m) => ({ ...m, attachments: m.attachments.map((a) => ({ name: a.name, mimeType: a.mimeType, bytes: Buffer.from(a.data, 'base64').length })) })));
    return 0;
  }
  if (!mails.length) console.log('No se ha enviado ningún correo.');
  for (const m of mails) {
    console.log(`${localTime(m.at)}  Para: ${m.to.join(', ')}${m.cc.length ? '  CC: ' + m.cc.join(', ') : ''}`);
    console.log(`  Asunto: ${m.subject}`);
    if (m.attachments.length) console.log(`  Adjuntos: ${m.attachments.map((a) => a.name).join(', ')}`);
  }
  return 0;
}

function cmdDoc(p: Parsed): number {
  const [, ref] = p.positional;
  if (!ref) throw new UsageError('Uso: difusion-local doc NÚMERO|ENLACE [--append TEXTO] [--replace TEXTO --with TEXTO]');
  const emu = open(p);
  let lines: string[];
  try {
    lines = docCommand(emu, ref, { append: flag(p, 'append'), replace: flag(p, 'replace'), with: flag(p, 'with') });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  emu.save(dataDir(p));
  for (const l of lines) console.log(l);
  return 0;
}

function cmdFeed(p: Parsed): number {
  const [, name] = p.positional;
  const emu = open(p);
  const names = allEndpoints().map((e) => e.name);
  if (!name || !names.includes(name)) throw new UsageError(`Indique la red: difusion-local feed ${names.join('|')}`);
  const feed = emu.world.endpoints.feeds[name] ?? [];
  if (flag(p, 'json')) {
    printJson(feed);
    return 0;
  }
  if (!feed.length) console.log(`La red emulada «${name}» no ha recibido nada.`);
  for (const f of feed) console.log(`${localTime(f.at)}  ${f.method} ${f.url} → ${f.status}  ${JSON.stringify(f.body)}`);
  return 0;
}

function cmdMeter(p: Parsed): number {
  const emu = open(p);
  const m = emu.world.lastMeter;
  if (!m) throw new UsageError('Todavía no hay ninguna ejecución medida.');
  if (flag(p, 'json')) {
    printJson(m);
    return 0;
  }
  console.log(`Última ejecución: ${m.functionName} como ${m.user} a las ${localTime(m.at)} — ${m.total} llamadas, ${m.wallMs} ms`);
  for (const [k, v] of Object.entries(m.counts).sort()) console.log(`  ${k}: ${v}`);
  return 0;
}

function cmdTriggers(p: Parsed): number {
  const emu = open(p);
  const ts = emu.world.triggers;
  if (flag(p, 'json')) {
    printJson(ts);
    return 0;
  }
  if (!ts.length) console.log('No hay activadores instalados.');
  for (const t of ts) {
    const when = t.eventType === 'CLOCK' ? ` cada ${Math.round((t.everyMs ?? 0) / 60000)} min, próximo ${localTime(t.nextRun ?? 0)}` : '';
    console.log(`${t.uid}  ${t.eventType}  ${t.handler}  (de ${t.owner})${when}`);
  }
  return 0;
}

function cmdFault(p: Parsed): number {
  const [, name] = p.positional;
  const emu = open(p);
  const names = allEndpoints().map((e) => e.name);
  if (flag(p, 'clear')) {
    emu.world.endpoints.faults = name ? emu.world.endpoints.faults.filter((f) => f.endpoint !== name) : [];
    emu.save(dataDir(p));
    console.log('Fallas eliminadas.');
    return 0;
  }
  if (!name || !names.includes(name)) throw new UsageError(`Indique la red: difusion-local fault ${names.join('|')} ...`);
  const times = Number(flag(p, 'times') ?? '1');
  if (!Number.isInteger(times) || times < 1) throw new UsageError('--times debe ser un entero positivo.');
  let fault: FaultState;
  const status = flag(p, 'status');
  const crash = flag(p, 'crash-after');
  if (status !== undefined) {
    const n = Number(status);
    if (!Number.isInteger(n) || n < 100 || n > 599) throw new UsageError('--status debe ser un código HTTP (100–599).');
    let headers: Record<string, string> | undefined;
    const h = flag(p, 'headers');
    if (h) {
      try {
        headers = JSON.parse(h) as Record<string, string>;
      } catch {
        throw new UsageError('--headers debe ser JSON.');
      }
    }
    fault = { endpoint: name, kind: 'status', status: n, body: flag(p, 'body') ?? '', headers, times };
  } else if (flag(p, 'timeout')) {
    fault = { endpoint: name, kind: 'timeout', times };
  } else if (flag(p, 'timeout-after-post')) {
    fault = { endpoint: name, kind: 'timeoutAfter', times };
  } else if (flag(p, 'quota')) {
    fault = { endpoint: name, kind: 'quota', times };
  } else if (crash !== undefined) {
    const n = Number(crash);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('--crash-after debe ser un entero positivo.');
    fault = { endpoint: name, kind: 'crashAfter', times: n };
  } else throw new UsageError('Indique --status N, --timeout, --timeout-after-post, --quota o --crash-after N.');
  injectFault(emu.world, fault);
  emu.save(dataDir(p));
  console.log(`Falla inyectada en «${name}»: ${JSON.stringify(fault)}`);
  return 0;
}

function readInput(file: string): Buffer {
  try {
    return file === '-' ? fs.readFileSync(0) : fs.readFileSync(path.resolve(file));
  } catch {
    throw new UsageError(`No se pudo leer «${file}».`);
  }
}

function hostEdit<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function cmdPaste(p: Parsed): number {
  ensureBuilt();
  const [, a1] = p.positional;
  const file = flag(p, 'tsv');
  if (!a1 || !file) throw new UsageError("Uso: difusion-local paste 'Hoja!B2' --tsv ARCHIVO|- [--as CORREO]");
  const rows = parseTsv(readInput(file).toString('utf8'));
  const emu = open(p);
  const runs = hostEdit(() => emu.paste(a1, rows, { as: flag(p, 'as') }));
  emu.save(dataDir(p));
  console.log(`Bloque de ${rows.length} × ${Math.max(...rows.map((r) => r.length))} pegado en ${a1} por ${(flag(p, 'as') ?? emu.world.owner).toLowerCase()}.`);
  return printRuns(runs);
}

function cmdDeleteRows(p: Parsed): number {
  const [, sheet, from, count] = p.positional;
  const row = Number(from);
  const n = Number(count ?? '1');
  if (!sheet || !Number.isInteger(row) || !Number.isInteger(n)) throw new UsageError('Uso: difusion-local delete-rows HOJA FILA CUÁNTAS [--as CORREO]');
  const emu = open(p);
  const as = (flag(p, 'as') ?? emu.world.owner).toLowerCase();
  hostEdit(() => userDeleteRows(emu.world, sheet, row, n, as));
  emu.save(dataDir(p));
  // Deleting rows fires no onEdit in Sheets (only installable onChange triggers, which the add-on does not install).
  console.log(`Filas ${row}–${row + n - 1} de «${sheet}» borradas por ${as}.`);
  return 0;
}

function cmdDriveReplace(p: Parsed): number {
  const [, id, file] = p.positional;
  if (!id || !file) throw new UsageError('Uso: difusion-local drive-replace ID_ARCHIVO RUTA');
  const emu = open(p);
  const bytes = readInput(file);
  const r = hostEdit(() => driveReplace(emu.world, id, bytes));
  emu.save(dataDir(p));
  console.log(`Contenido de «${r.name}» (${id}) reemplazado: ${r.bytes} bytes; el enlace no cambia.`);
  return 0;
}

const COMMANDS: Record<string, (p: Parsed) => number | Promise<number>> = {
  paste: cmdPaste,
  'delete-rows': cmdDeleteRows,
  'drive-replace': cmdDriveReplace,
  init: cmdInit,
  run: cmdRun,
  edit: cmdEdit,
  clock: cmdClock,
  dump: cmdDump,
  sheets: cmdSheets,
  outbox: cmdOutbox,
  doc: cmdDoc,
  feed: cmdFeed,
  meter: cmdMeter,
  triggers: cmdTriggers,
  fault: cmdFault,
};

export async function main(argv: string[]): Promise<number> {
  try {
    const p = parseArgs(argv);
    const cmd = p.positional[0];
    if (!cmd || flag(p, 'help') || cmd === 'help') {
      console.log(HELP);
      return cmd ? 0 : 2;
    }
    const fn = COMMANDS[cmd];
    if (!fn) throw new UsageError(`Comando desconocido «${cmd}». Use «difusion-local help».`);
    for (const name of p.flags.keys()) {
      if (name !== 'data' && !COMMAND_FLAGS[cmd].includes(name)) throw new UsageError(`La opción --${name} no se usa con «${cmd}».`);
    }
    const as = flag(p, 'as');
    if (as !== undefined && !EMAIL.test(as.trim())) throw new UsageError(`--as: «${as}» no es un correo válido.`);
    return await fn(p);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`Error: ${e.message}\n`);
      return 2;
    }
    const err = e as { message?: string };
    process.stderr.write(`Error interno del emulador: ${err.message ?? String(e)}\n`);
    return 3;
  }
}
