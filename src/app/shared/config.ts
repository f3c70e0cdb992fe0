// Reads the institute's settings from the Configuración sheet with one getValues call, validated (Spanish errors).
import type { Cell } from '../../domain/cell';
import { parseConfig, type ParseOptions } from '../../domain/config.sheet';
import type { Config } from '../../domain/config.types';
import { AppError, messageOf } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { ports, type Spreadsheet } from './ports';
import { effectiveTitular } from './titular-change';

/** The raw values of the Configuración sheet (header row included), or null when the sheet is missing. */
export function readConfigValues(ss?: Spreadsheet): Cell[][] | null {
  return ports().workbook.readValues(SHEET.config, ss);
}

/**
 * The validated Config. Throws AppError CONFIG_MISSING when the sheet does not exist and CONFIG_INVALID naming the
 * cell (e.g. «Configuración!B3: "ana@" no es un correo válido.») when a value is wrong or the Titular is missing.
 */
/** The configuration, or null with the Spanish reason it cannot be read (for callers that go on without it). */
export function tryReadConfig(ss?: Spreadsheet): { config: Config | null; error: string } {
  try {
    return { config: readConfig(ss), error: '' };
  } catch (e) {
    return { config: null, error: messageOf(e) };
  }
}

export function readConfig(ss?: Spreadsheet, opts?: ParseOptions): Config {
  const values = readConfigValues(ss);
  if (!values) {
    throw new AppError('CONFIG_MISSING', `Falta la hoja «${SHEET.config}». Ejecute «Configurar» en el menú Difusión ICM.`);
  }
  const cfg = parseConfig(values, opts);
  // The cell only proposes a Titular: the approver changes by hand-over or after a notice and a wait (titular-change.ts).
  cfg.titular = effectiveTitular(cfg.titular);
  return cfg;
}
