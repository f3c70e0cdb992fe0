// Saving a publication's texts from the sidebar (new Calendario row or an existing one): validated first, voids a changed authorization.
import { parseRedes } from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { slotId } from '../../domain/calendar.plan';
import { cellDate, cellYmd, hhmm, horaMinutos, parseYmd, ymd } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { validatePostTexts } from '../../domain/post-limits';
import { fechaFueraDeRango } from '../../domain/propuestas';
import { REDES, type Red, SHEET } from '../../domain/schema';
import { Workset } from '../authorization/authorize';
import { Bitacora } from '../shared/bitacora';
import { readConfig } from '../shared/config';
import { underDocumentLock } from '../shared/doc-lock';
import { voidIfChanged } from '../authorization/edit-guard';
import type { HeaderOf, SheetTable } from '../shared/ports';
import { TitularDigest } from '../authorization/titular-digest';

export interface PublicacionInput {
  id?: unknown;
  propuesta?: unknown;
  fecha?: unknown;
  hora?: unknown;
  redes?: unknown;
  textoX?: unknown;
  textoFacebook?: unknown;
  textoWeb?: unknown;
  imagen?: unknown;
}

/** A Sheets cell holds at most 50,000 characters. */
export const CELDA_MAX = 50000;
const IMAGEN_RE = /^(https:\/\/[^\s<>"]{1,490}|[-\w]{20,100})$/;

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

/**
 * Creates or updates a Calendario row from the sidebar. Only the Titular and the Asistentes; nothing written on any
 * problem. Read → new ID → append run under the document lock, so two saves at once never take the same ID or row.
 */
export function guardarPublicacion(raw: unknown, user: string): { id: string; mensaje: string } {
  const config = readConfig();
  const quien = user.trim().toLowerCase();
  const asistentes = config.asistentes.map((a) => a.trim().toLowerCase());
  if (!quien || (quien !== config.titular && asistentes.indexOf(quien) < 0)) {
    throw new AppError('NO_AUTORIZADO', 'Solo la Asistente o la Titular pueden editar las publicaciones del calendario.');
  }
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as PublicacionInput;
  const id = str(input.id, 'ID', 64).trim();
  const propuestaId = str(input.propuesta, 'Propuesta', 64).trim();
  const fechaTxt = str(input.fecha, 'Fecha', 20).trim();
  const horaTxt = str(input.hora, 'Hora', 10).trim();
  const textoX = texto(input.textoX, 'Texto X');
  const textoFacebook = texto(input.textoFacebook, 'Texto Facebook');
  const textoWeb = texto(input.textoWeb, 'Texto web');
  const imagen = str(input.imagen, 'Imagen', 500).trim();
  const redesRaw = Array.isArray(input.redes) ? input.redes.map((r) => (typeof r === 'string' ? r : '')).join(',') : str(input.redes, 'Redes', 100);
  const redes = parseRedes(redesRaw);

  const fecha = parseYmd(fechaTxt);
  if (!fecha) throw new AppError('FECHA_INVALIDA', 'Indique la fecha de la publicación (aaaa-mm-dd).');
  const fuera = fechaFueraDeRango(fecha, new Date(), 'La fecha de la publicación');
  if (fuera) throw new AppError('FECHA_INVALIDA', fuera);
  const hora = horaTxt ? horaMinutos(horaTxt) : { hora: config.horaPublicacion, minutos: 0 };
  if (!hora) throw new AppError('HORA_INVALIDA', `La hora «${horaTxt}» no es válida; use HH:mm, por ejemplo 10:00.`);
  if (redes.length === 0) throw new AppError('REDES_VACIAS', 'Elija al menos una red: X, Facebook o Web.');
  const desconocidas = redes.filter((r) => (REDES as readonly string[]).indexOf(r) < 0);
  if (desconocidas.length) throw new AppError('REDES_INVALIDAS', `Redes desconocidas: ${desconocidas.join(', ')}. Elija entre ${REDES.join(', ')}.`);
  if (imagen && !IMAGEN_RE.test(imagen)) {
    throw new AppError('IMAGEN_INVALIDA', 'La imagen debe ser un enlace https de Google Drive o el ID de un archivo de Drive.');
  }
  const problemas = validatePostTexts({ x: textoX, facebook: textoFacebook, web: textoWeb }, redes as Red[]).filter((p) => p.code !== 'TEXTO_VACIO');
  if (problemas.length) throw new AppError('TEXTO_INVALIDO', 'La publicación no se guardó: ' + problemas.map((p) => p.mensaje).join(' '));

  return underDocumentLock(() => {
    const ws = new Workset();
    const cal = ws.table('calendario') as SheetTable<'calendario'>;
    let i = -1;
    if (id) {
      i = cal.find('ID', id);
      if (i < 0) throw new AppError('ELEMENTO_DESCONOCIDO', `No existe la publicación «${id}» en la hoja «${SHEET.calendario}».`);
      const estado = text(cal.get(i, 'Estado'));
      if (/publicad|enviad|publicando/i.test(estado)) {
        throw new AppError('YA_PUBLICADA', `La publicación ${id} ya está «${estado}»; no se puede modificar.`);
      }
    }
    const propId = propuestaId || (i >= 0 ? text(cal.get(i, 'Propuesta')) : '');
    let tema = i >= 0 ? text(cal.get(i, 'Tema')) : '';
    if (propId) {
      const props = ws.table('propuestas') as SheetTable<'propuestas'>;
      const p = props.find('ID', propId);
      if (p < 0) throw new AppError('ELEMENTO_DESCONOCIDO', `No existe la propuesta «${propId}».`);
      if (text(props.get(p, 'Estado')) !== 'Autorizada') {
        throw new AppError('PROPUESTA_NO_AUTORIZADA', `La propuesta ${propId} no está autorizada por la Titular; no se pueden programar publicaciones para ella.`);
      }
      const del = cellDate(props.get(p, 'Del'));
      const al = cellDate(props.get(p, 'Al'));
      if ((del && fecha.getTime() < del.getTime()) || (al && fecha.getTime() > al.getTime())) {
        throw new AppError(
          'FECHA_FUERA_DE_PERIODO',
          `La fecha ${ymd(fecha)} está fuera del periodo de la propuesta ${propId} (del ${cellYmd(props.get(p, 'Del'))} al ${cellYmd(props.get(p, 'Al'))}).`,
        );
      }
      if (!tema || propuestaId) tema = text(props.get(p, 'Tema'));
    } else if (i < 0) {
      throw new AppError('PROPUESTA_REQUERIDA', 'Elija la propuesta autorizada a la que pertenece la nueva publicación.');
    }

    const bitacora = new Bitacora();
    const values = {
      Fecha: fecha,
      Hora: hhmm(hora),
      Tema: tema,
      Propuesta: propId,
      Redes: redes.join(', '),
      'Texto X': textoX,
      'Texto Facebook': textoFacebook,
      'Texto web': textoWeb,
      Imagen: imagen,
    } as const;
    let rowId = id;
    if (i < 0) {
      const taken = new Set(cal.rows.map((_r, k) => text(cal.get(k, 'ID'))));
      rowId = slotId(ymd(fecha), taken);
      const record: Partial<Record<CalHeader, Cell>> = {
        ID: rowId, ...values, 'Fin de semana': fecha.getDay() === 0 || fecha.getDay() === 6 ? 'No' : '', Estado: 'Pendiente de autorización',
      };
      cal.appendSkippingLocked([record]);
      bitacora.add({ accion: 'Nueva publicación', elemento: `${SHEET.calendario} ${rowId}`, detalle: `Creada desde el panel para la propuesta ${propId}, ${ymd(fecha)} ${hhmm(hora)}.`, usuario: quien });
      bitacora.flush();
      return { id: rowId, mensaje: `Se creó la publicación ${rowId}; queda pendiente de autorización.` };
    }
    const changed: string[] = [];
    for (const [h, v] of Object.entries(values) as Array<[keyof typeof values, string | Date]>) {
      const before = cal.get(i, h);
      const hb = horaMinutos(before);
      const same = h === 'Fecha' ? cellYmd(before) === ymd(fecha) : h === 'Hora' ? (hb ? hhmm(hb) : text(before)) === v : String(before) === v;
      if (!same) {
        cal.set(i, h, v);
        changed.push(h);
      }
    }
    if (changed.length === 0) return { id: rowId, mensaje: `No hubo cambios en ${rowId}.` };
    // Content first (its block never reaches the Titular's locked columns), then Estado and the ledger in their own writes.
    cal.flush();
    const digest = new TitularDigest(config.titular, config.modoEnsayo);
    const anulada = voidIfChanged(ws, cal, 'calendario', cal as unknown as SheetTable<'calendario' | 'boletines' | 'propuestas'>, i, rowId, changed, quien, new Date(), bitacora, digest);
    bitacora.add({ accion: 'Editar publicación', elemento: `${SHEET.calendario} ${rowId}`, detalle: `Cambió ${changed.join(', ')} desde el panel.`, usuario: quien });
    ws.flush();
    digest.send(bitacora);
    bitacora.flush();
    return { id: rowId, mensaje: anulada ? `Se guardó ${rowId}. Cambió contenido autorizado: requiere nueva autorización de la Titular.` : `Se guardó ${rowId}.` };
  });
}

type CalHeader = HeaderOf<'calendario'>;
