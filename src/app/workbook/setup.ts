// Configurar: creates or repairs every sheet of the workbook, its protections and triggers, idempotently, with Bitácora.
import type { Config } from '../../domain/config.types';
import { type HeaderKey, SCHEMA_VERSION, SHEET } from '../../domain/schema';
import { DEFAULT_SHEET_NAMES } from '../../domain/workbook.layout';
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
}

export function configurarLibro(ss: Spreadsheet, cfg: Config, runner: string, now: Date): SetupReport {
  const wb = ports().workbook;
  const owner = ownerOf(ss);
  const props = ports().props.document();
  const before = props.get(SCHEMA_VERSION_PROPERTY);
  const report: SetupReport = {
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
  };
  // Dates typed into cells are read in the spreadsheet's zone and by the script in its own: they must be the same.
  report.zonaHoraria = wb.alignTimeZone(ss);

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
  report.protecciones = wb.applyProtections(wantedProtections(cfg, sheets, roleRows, (s) => wb.maxRows(s)), runner, owner);
  report.activadores = ports().triggers.ensure([cfg.titular, ...cfg.asistentes]);
  if (before !== String(SCHEMA_VERSION)) props.set(SCHEMA_VERSION_PROPERTY, String(SCHEMA_VERSION));

  logSetup(ss, report, runner);
  return report;
}

/** The Bitácora lines of one Configurar: sheets and columns, deleted sheets, protections, triggers. */
function logSetup(ss: Spreadsheet, report: SetupReport, runner: string): void {
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

