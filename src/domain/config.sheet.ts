// Layout of the Configuración sheet (Parámetro | Valor | Descripción rows plus a Vedas block) and its validating parser.
import { columnLetter } from './a1';
import { type Cell, isDate, text } from './cell';
import { type Config, DEFAULT_CONFIG, type Veda } from './config.types';
import { cellDate, DIAS_ISO, hhmm, horaMinutos, parseDiaSemana, ymd } from './dates';
import { AppError } from './errors';
import { networksSentence } from './networks';
import { type Red, REDES, SHEET } from './schema';

export const CONFIG_HEADER = ['Parámetro', 'Valor', 'Descripción'] as const;

/** The label row that opens the Vedas block, and the block's own header row right below it. */
export const VEDAS_TITLE = 'Vedas';
export const VEDAS_HEADER = ['Del', 'Al', 'Excepciones'] as const;

export const FINES_DE_SEMANA = ['Decide la Asistente', 'Nunca', 'Siempre'] as const;

export type ParamKey =
  | 'titular' | 'asistentes' | 'direcciones' | 'segob' | 'horaPublicacion' | 'agendaDia' | 'agendaHora'
  | 'finesDeSemana' | 'redesActivas' | 'modoEnsayo' | 'plazoManualHoras' | 'graphVersion';

export interface ConfigParam {
  key: ParamKey;
  /** Text of column A (Parámetro): how the parser finds the row. */
  label: string;
  /** Value written by Configurar when the row is missing. */
  initial: Cell;
  descripcion: string;
  /** Closed list for a dropdown on the Valor cell, when there is one. */
  options?: readonly string[];
}

export const CONFIG_PARAMS: readonly ConfigParam[] = [
  { key: 'titular', label: 'Titular', initial: '', descripcion: 'Correo de la Titular del Instituto: la única persona que autoriza publicaciones y boletines.' },
  { key: 'asistentes', label: 'Asistentes', initial: '', descripcion: 'Correos de la(s) Asistente(s) Ejecutiva(s) de Despacho, separados por comas.' },
  { key: 'direcciones', label: 'Direcciones', initial: '', descripcion: 'Correos de las Direcciones que proponen temas y llenan la agenda, separados por comas.' },
  { key: 'segob', label: 'Destinatarios SEGOB', initial: '', descripcion: 'Correos de Comunicación Social de la Secretaría de Gobierno (boletines CS01 y agenda CS02), separados por comas.' },
  { key: 'horaPublicacion', label: 'Hora de publicación', initial: '10:00', descripcion: 'Hora diaria de publicación en redes (hora en punto, p. ej. 10:00).' },
  { key: 'agendaDia', label: 'Día de la agenda semanal', initial: 'Viernes', descripcion: 'Día en que se envía la agenda semanal CS02 a SEGOB.', options: DIAS_ISO.slice(1).map(cap) },
  { key: 'agendaHora', label: 'Hora de la agenda', initial: '12:00', descripcion: 'Hora de envío de la agenda semanal (hora en punto).' },
  { key: 'finesDeSemana', label: 'Fines de semana', initial: 'Decide la Asistente', descripcion: 'Política 3.3: los fines de semana se publica solo lo que la Asistente marque «Sí».', options: FINES_DE_SEMANA },
  { key: 'redesActivas', label: 'Redes activas', initial: 'X, Facebook, Web', descripcion: 'Redes en las que se publica, separadas por comas: X, Facebook, Web.' },
  { key: 'modoEnsayo', label: 'Modo ensayo', initial: 'No', descripcion: 'Sí = ensayo: nada sale del libro (no se publica ni se envían correos).', options: ['Sí', 'No'] },
  { key: 'plazoManualHoras', label: 'Plazo para publicación manual (horas)', initial: 3, descripcion: 'Horas después de la hora programada tras las cuales una publicación fallida pasa a publicación manual.' },
  { key: 'graphVersion', label: 'Versión de Graph API', initial: 'v26.0', descripcion: 'Versión de la API de Facebook (Graph API), p. ej. v26.0.' },
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const EMAIL = /^[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export function isEmail(s: string): boolean {
  return EMAIL.test(s.trim());
}

function cellRef(row0: number, col0: number): string {
  return `${SHEET.config}!${columnLetter(col0 + 1)}${row0 + 1}`;
}

function invalid(row0: number, col0: number, message: string): AppError {
  return new AppError('CONFIG_INVALID', `${cellRef(row0, col0)}: ${message}`);
}

/** A cell as the person sees it: a time-only cell (30 Dec 1899) as HH:mm, a date as yyyy-MM-dd. */
function show(v: Cell): string {
  if (!isDate(v)) return text(v);
  if (v.getFullYear() < 1900) return hhmm({ hora: v.getHours(), minutos: v.getMinutes() });
  return ymd(v);
}

function emails(v: Cell, row0: number): string[] {
  const out: string[] = [];
  for (const part of text(v).split(/[,;\n]/)) {
    const e = part.trim().toLowerCase();
    if (!e) continue;
    if (!isEmail(e)) throw invalid(row0, 1, `"${part.trim()}" no es un correo válido.`);
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

function wholeHour(v: Cell, row0: number, label: string): number {
  const h = horaMinutos(v);
  if (!h) throw invalid(row0, 1, `"${show(v)}" no es una hora válida para «${label}»; escriba una hora como 10:00.`);
  if (h.minutos !== 0) {
    throw invalid(row0, 1, `"${show(v)}" no es una hora en punto; el complemento revisa cada hora, escriba p. ej. ${h.hora}:00.`);
  }
  return h.hora;
}

export interface ParseOptions {
  /** When false, an empty Titular is accepted (Configurar on a new workbook); default true. */
  requireTitular?: boolean;
}

/** Locates the parameter rows and the Vedas block in the sheet's values (header row included). */
export function locateConfig(values: Cell[][]): { params: Map<ParamKey, number>; vedasTitle: number; vedasHeader: number } {
  const params = new Map<ParamKey, number>();
  let vedasTitle = -1;
  let vedasHeader = -1;
  for (let r = 0; r < values.length; r++) {
    const a = text(values[r][0]).toLowerCase();
    if (!a) continue;
    if (vedasHeader < 0 && a === 'del' && text(values[r][1]).toLowerCase() === 'al') {
      vedasHeader = r;
      continue;
    }
    if (vedasTitle < 0 && a === VEDAS_TITLE.toLowerCase()) {
      vedasTitle = r;
      continue;
    }
    if (vedasHeader >= 0) continue;
    const p = CONFIG_PARAMS.find((x) => x.label.toLowerCase() === a);
    if (p && !params.has(p.key)) params.set(p.key, r);
  }
  return { params, vedasTitle, vedasHeader };
}

/** Parses and validates the Configuración values; throws CONFIG_INVALID naming the cell on the first problem. */
export function parseConfig(values: Cell[][], opts: ParseOptions = {}): Config {
  const { params, vedasHeader } = locateConfig(values);
  const cfg: Config = { ...DEFAULT_CONFIG, vedas: [] };
  const valueOf = (k: ParamKey): { v: Cell; row: number } | null => {
    const r = params.get(k);
    if (r === undefined) return null;
    const v = values[r][1];
    return v === '' || v === null || v === undefined ? null : { v, row: r };
  };

  const titular = valueOf('titular');
  if (titular) {
    const list = emails(titular.v, titular.row);
    if (list.length !== 1) throw invalid(titular.row, 1, 'escriba el correo de una sola Titular.');
    cfg.titular = list[0];
  } else if (opts.requireTitular !== false) {
    const r = params.get('titular');
    throw new AppError(
      'CONFIG_INVALID',
      r === undefined
        ? `${SHEET.config}: falta la fila «Titular». Ejecute «Configurar» en el menú Difusión ICM.`
        : `${cellRef(r, 1)}: falta el correo de la Titular del Instituto.`,
    );
  }
  for (const k of ['asistentes', 'direcciones', 'segob'] as const) {
    const x = valueOf(k);
    if (x) cfg[k] = emails(x.v, x.row);
  }
  const hp = valueOf('horaPublicacion');
  if (hp) cfg.horaPublicacion = wholeHour(hp.v, hp.row, 'Hora de publicación');
  const ah = valueOf('agendaHora');
  if (ah) cfg.agendaHora = wholeHour(ah.v, ah.row, 'Hora de la agenda');
  parseSchedule(cfg, valueOf);
  parsePublishing(cfg, valueOf);
  if (vedasHeader >= 0) cfg.vedas = parseVedas(values, vedasHeader);
  return cfg;
}

type ValueOf = (k: ParamKey) => { v: Cell; row: number } | null;

/** The agenda day, the weekend policy and the active networks. */
function parseSchedule(cfg: Config, valueOf: ValueOf): void {
  const ad = valueOf('agendaDia');
  if (ad) {
    const n = parseDiaSemana(ad.v) ?? 0;
    if (n < 1) throw invalid(ad.row, 1, `"${show(ad.v)}" no es un día de la semana; escriba p. ej. Viernes.`);
    cfg.agendaDia = n;
  }
  const fs = valueOf('finesDeSemana');
  if (fs) {
    const t = text(fs.v).toLowerCase();
    const f = FINES_DE_SEMANA.find((x) => x.toLowerCase() === t);
    if (!f) throw invalid(fs.row, 1, `"${show(fs.v)}" no es una opción válida; elija ${FINES_DE_SEMANA.map((x) => `«${x}»`).join(', ')}.`);
    cfg.finesDeSemana = f;
  }
  const ra = valueOf('redesActivas');
  if (ra) {
    const redes: Red[] = [];
    for (const part of text(ra.v).split(/[,;]/)) {
      const t = part.trim();
      if (!t) continue;
      const red = REDES.find((x) => x.toLowerCase() === t.toLowerCase() || (x === 'X' && t.toLowerCase() === 'twitter'));
      if (!red) throw invalid(ra.row, 1, `"${t}" no es una red válida; use ${networksSentence('o')}.`);
      if (!redes.includes(red)) redes.push(red);
    }
    cfg.redesActivas = redes;
  }
}

/** Rehearsal mode, the manual-posting deadline and the Graph API version. */
function parsePublishing(cfg: Config, valueOf: ValueOf): void {
  const me = valueOf('modoEnsayo');
  if (me) {
    const t = typeof me.v === 'boolean' ? (me.v ? 'sí' : 'no') : text(me.v).toLowerCase();
    if (t === 'sí' || t === 'si') cfg.modoEnsayo = true;
    else if (t === 'no') cfg.modoEnsayo = false;
    else throw invalid(me.row, 1, `"${show(me.v)}" no es válido; escriba Sí o No.`);
  }
  const pl = valueOf('plazoManualHoras');
  if (pl) {
    const n = typeof pl.v === 'number' ? pl.v : Number(text(pl.v).replace(',', '.'));
    if (!isFinite(n) || n < 1 || n > 72 || !Number.isInteger(n)) {
      throw invalid(pl.row, 1, `"${show(pl.v)}" no es un plazo válido; escriba un número entero de horas entre 1 y 72.`);
    }
    cfg.plazoManualHoras = n;
  }
  const gv = valueOf('graphVersion');
  if (gv) {
    const t = text(gv.v);
    if (!/^v\d{1,3}\.\d{1,2}$/.test(t)) throw invalid(gv.row, 1, `"${t}" no es una versión válida de Graph API; escriba p. ej. v26.0.`);
    cfg.graphVersion = t;
  }
}

function parseVedas(values: Cell[][], header: number): Veda[] {
  const out: Veda[] = [];
  for (let r = header + 1; r < values.length; r++) {
    const [a, b, c] = [values[r][0] ?? '', values[r][1] ?? '', values[r][2] ?? ''];
    if (a === '' && b === '' && text(c) === '') continue;
    const del = cellDate(a);
    if (!del) throw invalid(r, 0, `"${show(a)}" no es una fecha válida para el inicio de la veda; escriba p. ej. 2027-04-01.`);
    const al = cellDate(b);
    if (!al) throw invalid(r, 1, `"${show(b)}" no es una fecha válida para el fin de la veda; escriba p. ej. 2027-06-07.`);
    if (al.getTime() < del.getTime()) throw invalid(r, 1, `la veda termina (${ymd(al)}) antes de empezar (${ymd(del)}).`);
    const excepciones = text(c).split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');
    out.push({ del: ymd(del), al: ymd(al), excepciones });
  }
  return out;
}

/** The veda covering a day ('yyyy-MM-dd'), if any. */
export function vedaOf(cfg: Pick<Config, 'vedas'>, day: string): Veda | null {
  for (const v of cfg.vedas) if (v.del <= day && day <= v.al) return v;
  return null;
}

/**
 * What can still be read from a Configuración that does not validate: the valid addresses in the Titular and
 * Asistentes cells (invalid parts skipped) and whether «Modo ensayo» says Sí. Never throws.
 */
export function lenientAlertTargets(values: Cell[][]): { correos: string[]; modoEnsayo: boolean } {
  const { params } = locateConfig(values);
  const correos: string[] = [];
  for (const key of ['titular', 'asistentes'] as const) {
    const r = params.get(key);
    if (r === undefined) continue;
    for (const part of text(values[r][1]).split(/[,;\n]/)) {
      const e = part.trim().toLowerCase();
      if (e && isEmail(e) && !correos.includes(e)) correos.push(e);
    }
  }
  const m = params.get('modoEnsayo');
  const modoEnsayo = m !== undefined && /^s[ií]$/i.test(text(values[m][1]).trim());
  return { correos, modoEnsayo };
}
