// Saving a publication's texts from the sidebar (new Calendario row or an existing one): validated first, voids a changed authorization.
import { type AuthKind, parseRedes } from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { slotId } from '../../domain/calendar.plan';
import type { Config } from '../../domain/config.types';
import { cellDate, cellYmd, hhmm, horaMinutos, parseYmd, ymd } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { networks, networksSentence } from '../../domain/networks';
import { assertMay } from '../../domain/permissions';
import { validatePostTexts } from '../../domain/post-limits';
import { fechaFueraDeRango } from '../../domain/propuestas';
import { REDES, SHEET } from '../../domain/schema';
import { TitularDigest, voidIfChanged, Workset } from '../authorization/index';
import { Bitacora, type HeaderOf, readConfig, rolOf, type SheetTable, underDocumentLock } from '../shared/index';

export interface PublicacionInput {
  id?: unknown;
  propuesta?: unknown;
  fecha?: unknown;
  hora?: unknown;
  redes?: unknown;
  textoX?: unknown;
  textoFacebook?: unknown;
  textoWeb?: unknown;
  /** Texts of any registered network by id ({ Mastodon: '…' }); textoX/textoFacebook/textoWeb win for the built-in three. */
  textos?: unknown;
  imagen?: unknown;
}

/** A Sheets cell holds at most 50,000 characters. */
export const CELDA_MAX = 50000;
const IMAGEN_RE = /^(https:\/\/[^\s<>"]{1,490}|[-\w]{20,100})$/;
type CalHeader = HeaderOf<'calendario'>;

function str(v: unknown, campo: string, max: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new AppError('CAMPO_INVALIDO', `El campo «${campo}» debe ser texto.`);
  if (v.length > max) {
    const celda = max === CELDA_MAX ? ' (lo que cabe en una celda de Hojas de cálculo)' : '';
    throw new AppError('CAMPO_LARGO', `El campo «${campo}» mide ${miles(v.length)} caracteres; el máximo es ${miles(max)}${celda}. No se guardó nada.`);
  }
  return v;
}

function miles(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A post text: empty (a draft) or with something besides spaces. */
function texto(v: unknown, campo: string): string {
  const s = str(v, campo, CELDA_MAX);
  if (s !== '' && s.trim() === '') throw new AppError('TEXTO_EN_BLANCO', `El campo «${campo}» tiene solo espacios; escriba el texto o déjelo vacío. No se guardó nada.`);
  return s;
}

/** What the sidebar sent, checked: nothing is read from the sheet yet. */
interface Parsed {
  id: string;
  propuestaId: string;
  fecha: Date;
  hora: { hora: number; minutos: number };
  redes: string[];
  /** Text column → text, for every registered network. */
  textos: Partial<Record<CalHeader, string>>;
  imagen: string;
}

/** Each registered network's text from the input (the built-in three also by their own field names). */
function textsOf(input: PublicacionInput): Partial<Record<CalHeader, string>> {
  const byId = (typeof input.textos === 'object' && input.textos !== null ? input.textos : {}) as Record<string, unknown>;
  const legacy: Record<string, unknown> = { X: input.textoX, Facebook: input.textoFacebook, Web: input.textoWeb };
  const out: Partial<Record<CalHeader, string>> = {};
  for (const d of networks()) out[d.columns.texto] = texto(legacy[d.id] ?? byId[d.id], d.columns.texto);
  return out;
}

function parseInput(raw: unknown, config: Config): Parsed {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as PublicacionInput;
  const fechaTxt = str(input.fecha, 'Fecha', 20).trim();
  const horaTxt = str(input.hora, 'Hora', 10).trim();
  const textos = textsOf(input);
  const imagen = str(input.imagen, 'Imagen', 500).trim();
  const redesRaw = Array.isArray(input.redes) ? input.redes.map((r) => (typeof r === 'string' ? r : '')).join(',') : str(input.redes, 'Redes', 100);
  const redes = parseRedes(redesRaw);
  const fecha = parseYmd(fechaTxt);
  if (!fecha) throw new AppError('FECHA_INVALIDA', 'Indique la fecha de la publicación (aaaa-mm-dd).');
  const fuera = fechaFueraDeRango(fecha, new Date(), 'La fecha de la publicación');
  if (fuera) throw new AppError('FECHA_INVALIDA', fuera);
  const hora = horaTxt ? horaMinutos(horaTxt) : { hora: config.horaPublicacion, minutos: 0 };
  if (!hora) throw new AppError('HORA_INVALIDA', `La hora «${horaTxt}» no es válida; use HH:mm, por ejemplo 10:00.`);
  if (redes.length === 0) throw new AppError('REDES_VACIAS', `Elija al menos una red: ${networksSentence('o')}.`);
  const desconocidas = redes.filter((r) => REDES.indexOf(r) < 0);
  if (desconocidas.length) throw new AppError('REDES_INVALIDAS', `Redes desconocidas: ${desconocidas.join(', ')}. Elija entre ${REDES.join(', ')}.`);
  if (imagen && !IMAGEN_RE.test(imagen)) {
    throw new AppError('IMAGEN_INVALIDA', 'La imagen debe ser un enlace https de Google Drive o el ID de un archivo de Drive.');
  }
  const byId = Object.fromEntries(networks().map((d) => [d.id.toLowerCase(), textos[d.columns.texto] ?? '']));
  const problemas = validatePostTexts(byId, redes).filter((p) => p.code !== 'TEXTO_VACIO');
  if (problemas.length) throw new AppError('TEXTO_INVALIDO', 'La publicación no se guardó: ' + problemas.map((p) => p.mensaje).join(' '));
  return { id: str(input.id, 'ID', 64).trim(), propuestaId: str(input.propuesta, 'Propuesta', 64).trim(), fecha, hora, redes, textos, imagen };
}

/** The authorized proposal a publication belongs to (its period must hold the date); returns its theme. */
function proposalTheme(ws: Workset, propId: string, fecha: Date): string {
  const props = ws.table('propuestas') as SheetTable<'propuestas'>;
  const p = props.find('ID', propId);
  if (p < 0) throw new AppError('ELEMENTO_DESCONOCIDO', `No existe la propuesta «${propId}».`);
  if (text(props.get(p, 'Estado')) !== 'Autorizada') {
    throw new AppError('PROPUESTA_NO_AUTORIZADA', `La propuesta ${propId} no está autorizada por la Titular; no se pueden programar publicaciones para ella.`);
  }
  const del = cellDate(props.get(p, 'Del'));
  const al = cellDate(props.get(p, 'Al'));
  if ((del && fecha.getTime() < del.getTime()) || (al && fecha.getTime() > al.getTime())) {
    const periodo = `del ${cellYmd(props.get(p, 'Del'))} al ${cellYmd(props.get(p, 'Al'))}`;
    throw new AppError('FECHA_FUERA_DE_PERIODO', `La fecha ${ymd(fecha)} está fuera del periodo de la propuesta ${propId} (${periodo}).`);
  }
  return text(props.get(p, 'Tema'));
}

/** Row index of the publication being edited (-1 for a new one); refuses one already published. */
function existingRow(cal: SheetTable<'calendario'>, id: string): number {
  if (!id) return -1;
  const i = cal.find('ID', id);
  if (i < 0) throw new AppError('ELEMENTO_DESCONOCIDO', `No existe la publicación «${id}» en la hoja «${SHEET.calendario}».`);
  const estado = text(cal.get(i, 'Estado'));
  if (/publicad|enviad|publicando/i.test(estado)) throw new AppError('YA_PUBLICADA', `La publicación ${id} ya está «${estado}»; no se puede modificar.`);
  return i;
}

/**
 * Creates or updates a Calendario row from the sidebar. Only the Titular and the Asistentes; nothing written on any
 * problem. Read → new ID → append run under the document lock, so two saves at once never take the same ID or row.
 */
export function guardarPublicacion(raw: unknown, user: string): { id: string; mensaje: string } {
  const config = readConfig();
  const quien = user.trim().toLowerCase();
  assertMay(rolOf(config, quien), 'editarPublicaciones');
  const input = parseInput(raw, config);
  return underDocumentLock(() => {
    const ws = new Workset();
    const cal = ws.table('calendario') as SheetTable<'calendario'>;
    const i = existingRow(cal, input.id);
    const propId = input.propuestaId || (i >= 0 ? text(cal.get(i, 'Propuesta')) : '');
    let tema = i >= 0 ? text(cal.get(i, 'Tema')) : '';
    if (propId) {
      const theme = proposalTheme(ws, propId, input.fecha);
      if (!tema || input.propuestaId) tema = theme;
    } else if (i < 0) {
      throw new AppError('PROPUESTA_REQUERIDA', 'Elija la propuesta autorizada a la que pertenece la nueva publicación.');
    }
    const values: Partial<Record<CalHeader, string | Date>> = {
      Fecha: input.fecha, Hora: hhmm(input.hora), Tema: tema, Propuesta: propId, Redes: input.redes.join(', '), ...input.textos, Imagen: input.imagen,
    };
    return i < 0 ? create(cal, input, values, propId, quien) : update(ws, cal, i, input, values, { config, quien });
  });
}

function create(cal: SheetTable<'calendario'>, input: Parsed, values: Partial<Record<CalHeader, Cell>>, propId: string, quien: string): { id: string; mensaje: string } {
  const fecha = input.fecha;
  const taken = new Set(cal.rows.map((_r, k) => text(cal.get(k, 'ID'))));
  const rowId = slotId(ymd(fecha), taken);
  const weekend = fecha.getDay() === 0 || fecha.getDay() === 6 ? 'No' : '';
  const record: Partial<Record<CalHeader, Cell>> = { ID: rowId, ...values, 'Fin de semana': weekend, Estado: 'Pendiente de autorización' };
  cal.appendSkippingLocked([record]);
  const bitacora = new Bitacora();
  const detalle = `Creada desde el panel para la propuesta ${propId}, ${ymd(fecha)} ${hhmm(input.hora)}.`;
  bitacora.add({ accion: 'Nueva publicación', elemento: `${SHEET.calendario} ${rowId}`, detalle, usuario: quien });
  bitacora.flush();
  return { id: rowId, mensaje: `Se creó la publicación ${rowId}; queda pendiente de autorización.` };
}

function update(
  ws: Workset,
  cal: SheetTable<'calendario'>,
  i: number,
  input: Parsed,
  values: Partial<Record<CalHeader, string | Date>>,
  who: { config: Config; quien: string },
): { id: string; mensaje: string } {
  const rowId = input.id;
  const changed: CalHeader[] = [];
  for (const [h, v] of Object.entries(values) as Array<[CalHeader, string | Date]>) {
    if (!cal.has(h)) continue;
    const before = cal.get(i, h);
    const hb = horaMinutos(before);
    const same = h === 'Fecha' ? cellYmd(before) === ymd(input.fecha) : h === 'Hora' ? (hb ? hhmm(hb) : text(before)) === v : String(before) === v;
    if (!same) {
      cal.set(i, h, v);
      changed.push(h);
    }
  }
  if (changed.length === 0) return { id: rowId, mensaje: `No hubo cambios en ${rowId}.` };
  // Content first (its block never reaches the Titular's locked columns), then Estado and the ledger in their own writes.
  cal.flush();
  const bitacora = new Bitacora();
  const digest = new TitularDigest(who.config.titular, who.config.modoEnsayo);
  const c = { editor: who.quien, now: new Date(), bitacora, digest };
  const anulada = voidIfChanged(ws, 'calendario', cal as unknown as SheetTable<AuthKind>, i, rowId, changed, c);
  bitacora.add({ accion: 'Editar publicación', elemento: `${SHEET.calendario} ${rowId}`, detalle: `Cambió ${changed.join(', ')} desde el panel.`, usuario: who.quien });
  ws.flush();
  digest.send(bitacora);
  bitacora.flush();
  const mensaje = anulada ? `Se guardó ${rowId}. Cambió contenido autorizado: requiere nueva autorización de la Titular.` : `Se guardó ${rowId}.`;
  return { id: rowId, mensaje };
}
