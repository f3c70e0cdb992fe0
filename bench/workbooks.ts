// Bench workbooks: one configured, connected workbook cloned per workload, grown to N Calendario rows (k of them due and authorized).
import { writeContent } from '../local/fakes/spreadsheet/model';
import { Emulator, type RunResult } from '../local/runtime';
import { deserializeWorld, newSheetState, serializeWorld } from '../local/world';
import { HEADERS } from '../src/domain/schema';
import { ASISTENTE, addIdleRows, addPub, authorizeAll, setup, TITULAR } from '../test/publishing/publish-helpers';

export { ASISTENTE, TITULAR };

/** What one run cost: the rows it actually read, its service calls, requests, e-mails and emulator time. */
export interface Measure {
  rows: number;
  /** Calendario rows (header included) that the execution read, per the meter; 0 when it read none. */
  rowsRead: number;
  counts: Record<string, number>;
  total: number;
  requests: number;
  emails: number;
  ms: number;
}

let base: string | null = null;

/** A fresh clone of one configured, connected workbook (Configurar twice, accounts connected). */
export function configuredClone(): Emulator {
  if (base === null) base = serializeWorld(setup().world);
  return new Emulator(deserializeWorld(base));
}

/** A configured workbook whose Calendario holds `rows` data rows, the first `due` dated 1 Dec 2026 and authorized. */
export function workbook(rows: number, due = 0): Emulator {
  const emu = configuredClone();
  const ids: string[] = [];
  for (let k = 0; k < due; k++) {
    ids.push(addPub(emu, { fecha: '2026-12-01', textoX: `Publicación de prueba número ${k} #ICM`, textoFacebook: `Aviso ${k} del Instituto`, textoWeb: `Nota ${k}` }));
  }
  if (ids.length > 0) authorizeAll(emu, ids);
  addIdleRows(emu, rows - due);
  return emu;
}

/** A new spreadsheet (add-on installed, never configured) that already has a Calendario sheet of `rows` rows. */
export function unconfigured(rows: number): Emulator {
  const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
  const w = emu.world.spreadsheet;
  const cal = { ...newSheetState(w.nextId++, 'Calendario'), maxRows: Math.max(1000, rows + 1), maxCols: HEADERS.calendario.length };
  w.sheets.push(cal);
  HEADERS.calendario.forEach((h, c) => writeContent(cal, 0, c, { v: h }));
  const col = (h: (typeof HEADERS.calendario)[number]): number => HEADERS.calendario.indexOf(h);
  for (let i = 1; i <= rows; i++) {
    writeContent(cal, i, col('ID'), { v: `CAL-2027${String(i).padStart(5, '0')}` });
    writeContent(cal, i, col('Fecha'), { v: new Date(2027, i % 12, 1 + (i % 28)), fmt: 'yyyy-mm-dd' });
    writeContent(cal, i, col('Tema'), { v: 'Tema ' + i });
  }
  return emu;
}

/** Runs `f` (one or more runs of the bundle) and measures the run it returns (the last one), with its requests and e-mails. */
export function measure(emu: Emulator, rows: number, f: () => RunResult): Measure {
  const mails = emu.world.outbox.length;
  const r = f();
  if (r.error) throw new Error(`${r.functionName}: ${r.error.message}`);
  return {
    rows,
    rowsRead: r.meter.rowsRead?.Calendario ?? 0,
    counts: r.meter.counts,
    total: r.meter.total,
    requests: emu.world.endpoints.callsThisExecution,
    emails: emu.world.outbox.length - mails,
    ms: r.meter.wallMs,
  };
}
