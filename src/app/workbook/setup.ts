// Configurar: creates or repairs every sheet of the workbook, its protections and triggers, idempotently, with Bitácora.
import type { Config } from '../../domain/config.types';
import { type HeaderKey, SCHEMA_VERSION, SHEET } from '../../domain/schema';
import { COLUMN_SPECS, type ColumnSpec, DEFAULT_SHEET_NAMES, TITULAR_ONLY } from '../../domain/workbook.layout';
import { Bitacora } from '../shared/index';
import { ensureEfemerides } from './efemerides';
import { ports, type ProtectionsReport, type Spreadsheet, type TriggersReport } from '../shared/index';
import { wantedProtections } from './setup.protections';

export const SCHEMA_VERSION_PROPERTY = 'DIFUSION_SCHEMA_VERSION';

/** The data sheets in workbook order (Configuración comes first and is handled on its own). */
const DATA_SHEETS: readonly HeaderKey[] = ['propuestas', 'calendario', 'agenda', 'boletines', 'efemerides', 'bitacora', 'autorizaciones'];

export interface SetupReport {
  creadas: string[];
  /** "Hoja: columna" for every column added to an existing sheet. */
  columnasAñadidas: string[];
  efemeridesAñadidas: number;
  /** Formatting the runner may not change (protected for the Titular); left as it was. */
  omitidos: string[];
  protecciones: ProtectionsReport;
  activadores: TriggersReport;
  versionAnterior: number | null;
  version: number;
  /** Empty default sheets («Hoja 1»…) deleted. */
  hojasEliminadas: string[];
  /** The spreadsheet's time zone when it differed from the script's and Configurar aligned it. */
  zonaHoraria: { antes: string; ahora: string } | null;
  /** True when the re-run found nothing to repair (only the triggers were checked). */
  sinCambios: boolean;
}

/** Document property holding what the last full Configurar left (setupStamp plus version, year and roles). */
export const SETUP_STAMP_PROPERTY = 'DIFUSION_SETUP_STAMP';

/**
 * The data sheets whose header rows the stamp holds (Configuración is read for the roles anyway, and its deletion
 * changes the protection count), and those whose grid size the Titular-only protections follow.
 */
const MANAGED_SHEETS: readonly string[] = DATA_SHEETS.map((k) => SHEET[k]);
const SIZED_SHEETS: readonly string[] = (Object.keys(TITULAR_ONLY) as HeaderKey[]).map((k) => SHEET[k]);
/** Data sheets with dropdown columns (a dropdown removed by hand must send the re-run to the full repair). */
const LISTED_SHEETS: readonly string[] = DATA_SHEETS.filter((k) => Object.values(COLUMN_SPECS[k] as Record<string, ColumnSpec>).some((c) => c.list)).map(
  (k) => SHEET[k],
);

/** What must be unchanged for a re-run to have nothing to repair; null when a sheet is missing. */
function stampOf(ss: Spreadsheet, cfg: Config, now: Date): string | null {
  const s = ports().workbook.setupStamp(ss, MANAGED_SHEETS, SIZED_SHEETS, LISTED_SHEETS);
  if (s === null) return null;
  return [`v${SCHEMA_VERSION}`, now.getFullYear(), cfg.titular, cfg.asistentes.join(','), cfg.direcciones.join(','), s].join('\n');
}

function emptyReport(before: string | null): SetupReport {
  return {
    creadas: [],
    columnasAñadidas: [],
    efemeridesAñadidas: 0,
    omitidos: [],
    protecciones: { aplicadas: [], sinPermiso: [], conEjecutor: [] },
    activadores: { propietario: '', instalados: [], existentes: [] },
    versionAnterior: before === null ? null : Number(before),
    version: SCHEMA_VERSION,
    hojasEliminadas: [],
    zonaHoraria: null,
    sinCambios: false,
  };
}

/**
 * Creates or repairs the workbook. A re-run that finds every sheet, header, grid size, protection count, role and the
 * schema version as the last full run left them (a few reads) only checks the triggers and logs; otherwise the full
 * repair runs and records the new stamp.
 */
export function configurarLibro(ss: Spreadsheet, cfg: Config, runner: string, now: Date): SetupReport {
  const props = ports().props.document();
  const stored = props.getAll();
  const report = emptyReport(stored[SCHEMA_VERSION_PROPERTY] ?? null);
  // Dates typed into cells are read in the spreadsheet's zone and by the script in its own: they must be the same.
  report.zonaHoraria = ports().workbook.alignTimeZone(ss);
  const stamp = stampOf(ss, cfg, now);
  if (stamp !== null && stored[SETUP_STAMP_PROPERTY] === stamp) return quickRun(ss, cfg, runner, report);
  fullRun(ss, cfg, runner, now, report);
  if (stored[SCHEMA_VERSION_PROPERTY] !== String(SCHEMA_VERSION)) props.set(SCHEMA_VERSION_PROPERTY, String(SCHEMA_VERSION));
  const after = stampOf(ss, cfg, now);
  if (after !== null) props.set(SETUP_STAMP_PROPERTY, after);
  logFullRun(ss, runner, report);
  return report;
}

/** Nothing to repair: the triggers are still checked (one may have been deleted); only a change is logged. */
function quickRun(ss: Spreadsheet, cfg: Config, runner: string, report: SetupReport): SetupReport {
  report.sinCambios = true;
  report.activadores = ports().triggers.ensure([cfg.titular, ...cfg.asistentes]);
  const a = report.activadores;
  if (a.instalados.length === 0 && !report.zonaHoraria) return report;
  const log = new Bitacora();
  const detalle = [
    'Nada que reparar: las hojas, sus encabezados, sus tamaños, las protecciones y los roles están como los dejó la última configuración completa.',
    report.zonaHoraria ? zonaTexto(report.zonaHoraria) : '',
    `Activadores instalados: ${a.instalados.join(', ') || 'ninguno'}; ya existían: ${a.existentes.join(', ') || 'ninguno'}.`,
  ].filter((x) => x !== '').join(' ');
  log.add({ accion: 'Configurar', elemento: 'Libro', detalle, usuario: runner || undefined });
  log.flush(ss);
  return report;
}

function fullRun(ss: Spreadsheet, cfg: Config, runner: string, now: Date, report: SetupReport): void {
  const wb = ports().workbook;
  const conf = wb.repairConfigSheet(ss, cfg.titular);
  if (conf.creada) report.creadas.push(SHEET.config);
  for (const p of conf.columnasAñadidas) report.columnasAñadidas.push(`${SHEET.config}: ${p}`);
  report.omitidos.push(...conf.omitidos);

  const sheets: Parameters<typeof wantedProtections>[1] = { config: { sheet: conf.sheet } };
  for (const key of DATA_SHEETS) {
    const r = wb.repairDataSheet(ss, key);
    sheets[key] = { sheet: r.sheet, header: r.header };
    if (r.creada) report.creadas.push(SHEET[key]);
    for (const c of r.columnasAñadidas) report.columnasAñadidas.push(`${SHEET[key]}: ${c}`);
    report.omitidos.push(...r.omitidos);
  }

  // The empty sheet every new spreadsheet starts with; only after ours exist (a workbook is never left sheetless).
  report.hojasEliminadas = wb.removeEmptySheets(ss, DEFAULT_SHEET_NAMES);

  const efem = wb.openTable('efemerides', ss);
  const year = now.getFullYear();
  report.efemeridesAñadidas = ensureEfemerides(efem, [year, year + 1]);
  if (report.efemeridesAñadidas > 0) {
    efem.ensureRows(efem.rows.length + 1);
    efem.flush();
  }

  const roleRows = ['titular', 'asistentes'].map((k) => conf.rows.get(k)).filter((r): r is number => r !== undefined);
  report.protecciones = wb.applyProtections(wantedProtections(cfg, sheets, roleRows, (s) => wb.maxRows(s)), runner, ownerOf(ss));
  report.activadores = ports().triggers.ensure([cfg.titular, ...cfg.asistentes]);
}

function logFullRun(ss: Spreadsheet, runner: string, report: SetupReport): void {
  const log = new Bitacora();
  const detalle = [
    report.creadas.length > 0 ? `Hojas creadas: ${report.creadas.join(', ')}.` : 'Todas las hojas ya existían.',
    report.columnasAñadidas.length > 0 ? `Columnas añadidas: ${report.columnasAñadidas.join('; ')}.` : 'No faltaban columnas.',
    `Efemérides añadidas: ${report.efemeridesAñadidas}.`,
    `Versión del esquema: ${report.versionAnterior ?? 'ninguna'} → ${SCHEMA_VERSION}.`,
    report.zonaHoraria ? zonaTexto(report.zonaHoraria) : '',
    report.omitidos.length > 0 ? `Sin permiso para cambiar (protegido para la Titular): ${report.omitidos.join('; ')}.` : '',
  ].filter((x) => x !== '').join(' ');
  log.add({ accion: 'Configurar', elemento: 'Libro', detalle, usuario: runner || undefined });
  for (const name of report.hojasEliminadas) {
    log.add({ accion: 'Eliminar hoja vacía', elemento: name, detalle: `Se eliminó la hoja vacía «${name}» que trae todo libro nuevo; no tenía contenido.`, usuario: runner || undefined });
  }
  log.add({
    accion: 'Configurar protecciones',
    elemento: 'Protecciones',
    detalle: report.protecciones.aplicadas.join(' | ') + (report.protecciones.sinPermiso.length > 0 ? ` | Sin permiso para cambiar: ${report.protecciones.sinPermiso.join('; ')}` : ''),
    usuario: runner || undefined,
  });
  const a = report.activadores;
  log.add({
    accion: 'Configurar activadores',
    elemento: 'Activadores',
    detalle: a.deOtraPersona
      ? `Los activadores ya estaban instalados por ${a.deOtraPersona}; no se instaló otro.`
      : `Instalados: ${a.instalados.join(', ') || 'ninguno'}; ya existían: ${a.existentes.join(', ') || 'ninguno'}; se ejecutan como ${a.propietario}.`,
    usuario: runner || undefined,
  });
  log.flush(ss);
}

/** What Configurar says when it aligned the spreadsheet's time zone with the script's. */
export function zonaTexto(z: { antes: string; ahora: string }): string {
  return `La zona horaria de la hoja era ${z.antes}; se cambió a ${z.ahora}, la del complemento, para que las fechas y horas escritas en las celdas se lean igual al programar y publicar.`;
}

export function ownerOf(ss: Spreadsheet): string {
  return ports().workbook.ownerEmail(ss);
}

