// Proposal rules (procedure 6.1, policy 3.2): validation of a new proposal with Spanish messages, and proposal IDs.
import { type Cell, isDate } from './cell';
import { cellDate, ymd } from './dates';
import { AppError } from './errors';
import { MARCOS_LEGALES, type Red, REDES, TIPOS_PROPUESTA } from './schema';

/** What the sidebar form sends (all fields as typed). */
export interface PropuestaInput {
  tipo?: unknown;
  tema?: unknown;
  direccion?: unknown;
  marcoLegal?: unknown;
  descripcion?: unknown;
  /** yyyy-MM-dd (a date input) or a Date. */
  del?: unknown;
  al?: unknown;
  /** ['X','Facebook'] or 'X, Facebook'. */
  redes?: unknown;
}

export interface Propuesta {
  tipo: (typeof TIPOS_PROPUESTA)[number];
  tema: string;
  direccion: string;
  marcoLegal: (typeof MARCOS_LEGALES)[number];
  descripcion: string;
  /** yyyy-MM-dd */
  del: string;
  al: string;
  redes: Red[];
}

export interface Problema {
  campo: keyof PropuestaInput;
  mensaje: string;
}

export const LIMITES = { tema: 200, direccion: 200, descripcion: 5000 } as const;

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function dateOf(v: unknown): Date | null {
  if (isDate(v)) return cellDate(v);
  if (typeof v === 'string') return cellDate(v as Cell);
  return null;
}

/** Dates the workbook accepts: from 1 January of last year to 31 December three years ahead (a typo like 1900 or 9999 is refused). */
export const AÑOS_ATRAS = 1;
export const AÑOS_ADELANTE = 3;

/** A Spanish problem when `d` is outside the sane window around `hoy`, else ''. */
export function fechaFueraDeRango(d: Date, hoy: Date, que: string): string {
  const min = new Date(hoy.getFullYear() - AÑOS_ATRAS, 0, 1);
  const max = new Date(hoy.getFullYear() + AÑOS_ADELANTE, 11, 31);
  if (d.getTime() >= min.getTime() && d.getTime() <= max.getTime()) return '';
  return `${que} ${ymd(d)} está fuera del rango permitido (del ${ymd(min)} al ${ymd(max)}); revise el año.`;
}

/** Validates a proposal; returns the clean value or every problem found (Spanish, one per field). */
export function checkPropuesta(
  raw: PropuestaInput | null | undefined,
  hoy: Date = new Date(),
): { ok: true; value: Propuesta } | { ok: false; problemas: Problema[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problemas: [{ campo: 'tema', mensaje: 'El formulario llegó vacío o dañado; cierre y vuelva a abrir el panel e intente de nuevo.' }] };
  }
  const input = raw;
  const problemas: Problema[] = [];
  const tipo = TIPOS_PROPUESTA.find((t) => t.toLowerCase() === str(input.tipo).toLowerCase());
  if (!tipo) problemas.push({ campo: 'tipo', mensaje: `Elija el tipo de propuesta: ${TIPOS_PROPUESTA.join(', ')}.` });
  const tema = str(input.tema);
  if (!tema) problemas.push({ campo: 'tema', mensaje: 'Escriba el tema de la propuesta.' });
  else if (tema.length > LIMITES.tema) problemas.push({ campo: 'tema', mensaje: `El tema es demasiado largo (${tema.length} caracteres; máximo ${LIMITES.tema}).` });
  const direccion = str(input.direccion);
  if (!direccion) problemas.push({ campo: 'direccion', mensaje: 'Indique la dirección que propone.' });
  else if (direccion.length > LIMITES.direccion) problemas.push({ campo: 'direccion', mensaje: `El nombre de la dirección es demasiado largo (máximo ${LIMITES.direccion} caracteres).` });
  const marcoLegal = MARCOS_LEGALES.find((m) => m.toLowerCase() === str(input.marcoLegal).toLowerCase());
  if (!marcoLegal) {
    problemas.push({
      campo: 'marcoLegal',
      mensaje: 'Indique el marco legal (política 3.2): Ley de Acceso de las Mujeres a una Vida Libre de Violencia, Ley de Igualdad entre Mujeres y Hombres, o ambas.',
    });
  }
  const descripcion = str(input.descripcion);
  if (!descripcion) problemas.push({ campo: 'descripcion', mensaje: 'Describa brevemente la propuesta.' });
  else if (descripcion.length > LIMITES.descripcion) problemas.push({ campo: 'descripcion', mensaje: `La descripción es demasiado larga (${descripcion.length} caracteres; máximo ${LIMITES.descripcion}).` });
  const del = dateOf(input.del);
  const al = dateOf(input.al);
  if (!del) problemas.push({ campo: 'del', mensaje: 'Indique la fecha de inicio del periodo («Del»).' });
  if (!al) problemas.push({ campo: 'al', mensaje: 'Indique la fecha de fin del periodo («Al»).' });
  if (del && al && al.getTime() < del.getTime()) {
    problemas.push({ campo: 'al', mensaje: `El periodo termina (${ymd(al)}) antes de empezar (${ymd(del)}).` });
  }
  for (const [campo, d, que] of [['del', del, 'El inicio del periodo'], ['al', al, 'El fin del periodo']] as const) {
    const fuera = d ? fechaFueraDeRango(d, hoy, que) : '';
    if (fuera) problemas.push({ campo, mensaje: fuera });
  }
  const rawRedes = Array.isArray(input.redes) ? input.redes.map(str) : str(input.redes).split(/[,;]/);
  const redes: Red[] = [];
  for (const r of rawRedes.map((x) => x.trim()).filter((x) => x !== '')) {
    const red = REDES.find((x) => x.toLowerCase() === r.toLowerCase());
    if (!red) {
      problemas.push({ campo: 'redes', mensaje: `«${r}» no es una red válida; elija entre ${REDES.join(', ')}.` });
      break;
    }
    if (!redes.includes(red)) redes.push(red);
  }
  if (redes.length === 0 && !problemas.some((p) => p.campo === 'redes')) {
    problemas.push({ campo: 'redes', mensaje: 'Elija al menos una red: X, Facebook o Web.' });
  }
  if (problemas.length > 0 || !tipo || !marcoLegal || !del || !al) return { ok: false, problemas };
  redes.sort((a, b) => REDES.indexOf(a) - REDES.indexOf(b));
  return { ok: true, value: { tipo, tema, direccion, marcoLegal, descripcion, del: ymd(del), al: ymd(al), redes } };
}

/** Like checkPropuesta, but throws AppError PROPUESTA_INVALIDA listing every problem. */
export function validatePropuesta(input: PropuestaInput | null | undefined, hoy: Date = new Date()): Propuesta {
  const r = checkPropuesta(input, hoy);
  if (r.ok) return r.value;
  throw new AppError('PROPUESTA_INVALIDA', 'La propuesta no se guardó: ' + r.problemas.map((p) => p.mensaje).join(' '));
}

/** Next proposal ID for a year: PRO-2026-0001, PRO-2026-0002… after the highest one already used. */
export function nextPropuestaId(existing: readonly string[], year: number): string {
  const prefix = `PRO-${year}-`;
  let max = 0;
  for (const id of existing) {
    if (!id.startsWith(prefix)) continue;
    const n = parseInt(id.slice(prefix.length), 10);
    if (isFinite(n) && n > max) max = n;
  }
  const n = String(max + 1);
  return prefix + (n.length < 4 ? '0000'.slice(n.length) + n : n);
}

/** The redes of a proposal as written to a cell: 'X, Facebook'. */
export function redesText(redes: readonly Red[]): string {
  return redes.join(', ');
}
