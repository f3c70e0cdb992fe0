// What waits for the Titular: pending proposals, publications and boletines with their full content, and which were requested.
import { ANULADA, AUTORIZADO, hojaOf, NO_VERIFICADA, parseRedes, REQUIERE_NUEVA } from '../../domain/authorization';
import { type Cell, isDate, text } from '../../domain/cell';
import { cellYmd, hhmm, horaMinutos, ymd } from '../../domain/dates';
import { REDES } from '../../domain/schema';
import type { PendienteApi } from './sidebar.api';
import { messageOf } from '../../domain/errors';
import { fingerprintOfRow, Ledger, textoDocDeBoletin } from '../authorization/index';
import { network } from '../../domain/networks';
import { ports, type SheetTable } from '../shared/index';

export function horaOf(v: Cell): string {
  const h = horaMinutos(v);
  return h ? hhmm(h) : text(v);
}

/** Whether an item still needs the Titular's decision: undecided, changes requested, unverified or voided. */
function needsDecision(cellDecision: string, estado: string, ledgerDecision: string): boolean {
  if (estado === REQUIERE_NUEVA || ledgerDecision === ANULADA || ledgerDecision === NO_VERIFICADA) return true;
  if (cellDecision === '' || cellDecision === 'Cambios solicitados' || cellDecision === NO_VERIFICADA) return true;
  return cellDecision === AUTORIZADO && ledgerDecision !== AUTORIZADO;
}

/** A request counts while it is newer than the last decision on the item (a decision answers it). */
export function requestOpen(solicitud: Cell, decididaEl: Cell): boolean {
  if (!isDate(solicitud)) return false;
  return !isDate(decididaEl) || solicitud.getTime() > decididaEl.getTime();
}

function propuestasPendientes(out: PendienteApi[]): void {
  const props = ports().workbook.tryOpenTable('propuestas');
  if (!props) return;
  const g = (i: number, h: Parameters<typeof props.get>[1]): Cell => (props.has(h) ? props.get(i, h) : '');
  for (let i = 0; i < props.rows.length; i++) {
    const id = text(props.get(i, 'ID'));
    if (!id) continue;
    const estado = text(props.get(i, 'Estado'));
    if (estado !== 'Pendiente' && estado !== '') continue;
    out.push({
      hoja: 'propuestas', id, clase: 'Propuesta', titulo: text(props.get(i, 'Tema')),
      fecha: `${cellYmd(props.get(i, 'Del'))} a ${cellYmd(props.get(i, 'Al'))}`, hora: '',
      redes: parseRedes(props.get(i, 'Redes')), textos: [], imagen: '',
      detalle: `${text(props.get(i, 'Tipo'))} · ${text(props.get(i, 'Dirección'))} · ${text(props.get(i, 'Marco legal'))}\n${String(props.get(i, 'Descripción'))}`,
      estado, autorizacion: text(props.get(i, 'Decisión')), comentario: text(props.get(i, 'Comentario')),
      huella: fingerprintOfRow('propuestas', props, i),
      // A proposal sent from the form (or sent again after changes) is a request; one typed by hand is not.
      solicitada: estado === 'Pendiente',
      solicitadaPor: text(g(i, 'Solicitada por')) || text(props.get(i, 'Propuesta por')),
      limite: cellYmd(props.get(i, 'Del')),
    });
  }
}

function calendarioPendientes(out: PendienteApi[], latest: (hoja: string, id: string) => string): void {
  const cal = ports().workbook.tryOpenTable('calendario');
  if (!cal) return;
  const hoy = ymd(new Date());
  const g = (i: number, h: Parameters<typeof cal.get>[1]): Cell => (cal.has(h) ? cal.get(i, h) : '');
  for (let i = 0; i < cal.rows.length; i++) {
    const id = text(cal.get(i, 'ID'));
    const fecha = cellYmd(cal.get(i, 'Fecha'));
    if (!id || !fecha || fecha < hoy) continue;
    const estado = text(cal.get(i, 'Estado'));
    if (/publicad|enviad|no se publica/i.test(estado)) continue;
    const decision = text(cal.get(i, 'Autorización'));
    if (!needsDecision(decision, estado, latest(hojaOf('calendario'), id))) continue;
    const redes = parseRedes(cal.get(i, 'Redes'));
    const textos = REDES.filter((r) => redes.indexOf(r) >= 0).map((red) => ({ red, texto: String(cal.get(i, network(red).columns.texto)) }));
    const conTexto = textos.some((t) => t.texto.trim() !== '');
    out.push({
      hoja: 'calendario', id, clase: 'Publicación', titulo: text(cal.get(i, 'Tema')), fecha, hora: horaOf(cal.get(i, 'Hora')),
      redes, textos, imagen: text(cal.get(i, 'Imagen')), detalle: '', estado, autorizacion: decision,
      comentario: text(cal.get(i, 'Comentario de la Titular')), huella: fingerprintOfRow('calendario', cal, i),
      // Drafts without text never reach the Titular's list, even when someone asked.
      solicitada: conTexto && requestOpen(g(i, 'Fecha de solicitud'), cal.get(i, 'Fecha de autorización')),
      solicitadaPor: text(g(i, 'Solicitada por')),
      limite: fecha,
    });
  }
}

/** '' when the boletín's Doc cannot be read (it cannot be authorized until it can). */
function huellaBoletin(bol: SheetTable<'boletines'>, i: number): string {
  try {
    return fingerprintOfRow('boletines', bol, i);
  } catch {
    return '';
  }
}

/** The boletín's Doc text in full, below its row's fields ('' when it links no Doc; the reason when it cannot be read). */
function docTexto(bol: SheetTable<'boletines'>, i: number): string {
  try {
    const t = textoDocDeBoletin(bol, i);
    return t === '' ? '' : `\n\n${t}`;
  } catch (e) {
    return `\n\n(${messageOf(e)})`;
  }
}

function boletinesPendientes(out: PendienteApi[], latest: (hoja: string, id: string) => string): void {
  const bol = ports().workbook.tryOpenTable('boletines');
  if (!bol) return;
  for (let i = 0; i < bol.rows.length; i++) {
    const id = text(bol.get(i, 'Número'));
    if (!id) continue;
    const estado = text(bol.get(i, 'Estado'));
    if (/enviad/i.test(estado)) continue;
    const decision = text(bol.get(i, 'Autorización'));
    if (!needsDecision(decision, estado, latest(hojaOf('boletines'), id))) continue;
    const fecha = cellYmd(bol.get(i, 'Fecha'));
    out.push({
      hoja: 'boletines', id, clase: 'Boletín', titulo: text(bol.get(i, 'Título')), fecha, hora: '',
      redes: [], textos: [], imagen: '',
      detalle: `${text(bol.get(i, 'Lugar'))}\n${String(bol.get(i, 'Resumen'))}\n${text(bol.get(i, 'Documento'))}${docTexto(bol, i)}`,
      estado, autorizacion: decision, comentario: text(bol.get(i, 'Comentario de la Titular')),
      huella: huellaBoletin(bol, i),
      // A boletín is written to be sent: it waits for the Titular as soon as it has a title.
      solicitada: text(bol.get(i, 'Título')) !== '', solicitadaPor: '', limite: fecha,
    });
  }
}

/**
 * Pending proposals, calendar texts (today onwards) and boletines, with their full content and the fingerprint of
 * that content (pure SHA-256: no service call per row). Read-only for everyone.
 */
export function pendientesData(): PendienteApi[] {
  const out: PendienteApi[] = [];
  const ledger = Ledger.load();
  const latest = (hoja: string, id: string): string => {
    const e = ledger.latestOf(hoja, id);
    return e && e.record ? e.record.decision : '';
  };
  propuestasPendientes(out);
  calendarioPendientes(out, latest);
  boletinesPendientes(out, latest);
  return out;
}

/** The Titular's list: only what someone asked her to decide, the nearest deadline first. */
export function solicitudesData(): PendienteApi[] {
  return pendientesData()
    .filter((p) => p.solicitada)
    .sort((a, b) => (a.limite < b.limite ? -1 : a.limite > b.limite ? 1 : a.id < b.id ? -1 : 1));
}
