// Boletines CS01 and weekly CS02 agendas sent to SEGOB in a month: one line each, with whether it went on time.
import { addDays, cellDate, isoWeekday, ymd } from '../dates';
import { fechaHora } from '../publication';
import { fechaDe, fechaHoraDe, inMes, rowsOf, str } from './report.rows';
import type { Mes, ReportSheets, SendLine } from './report.types';

const HASH_RE = /\b[0-9a-f]{64}\b/i;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** End of the month (exclusive), local time. */
function endOf(mes: Mes): Date {
  return new Date(mes.year, mes.month1, 1);
}

/**
 * A boletín is on time when sent no later than the end of its «Fecha» day; one not sent whose day has passed by the end
 * of the month is late; one not sent and not yet due is neither (null).
 */
function boletinLines(sheets: ReportSheets, mes: Mes): SendLine[] {
  const bit = rowsOf(sheets.bitacora);
  const out: SendLine[] = [];
  for (const { get } of rowsOf(sheets.boletines)) {
    const numero = str(get('Número'));
    const enviado = fechaDe(get('Enviado a SEGOB'));
    if (!numero || !(inMes(get('Fecha'), mes) || (enviado !== null && inMes(enviado, mes)))) continue;
    const dia = cellDate(get('Fecha'));
    const limite = dia ? addDays(dia, 1) : null;
    const aTiempo = enviado ? (limite ? enviado.getTime() < limite.getTime() : true) : limite && limite.getTime() <= endOf(mes).getTime() ? false : null;
    const pdfCell = str(get('PDF'));
    const hashBit = bit.find((b) => str(b.get('Elemento')).includes(numero) && HASH_RE.test(str(b.get('Detalle'))));
    const pdfHash = (HASH_RE.exec(pdfCell) ?? (hashBit ? HASH_RE.exec(str(hashBit.get('Detalle'))) : null) ?? [''])[0].toLowerCase();
    const aut = str(get('Autorización'));
    out.push({
      tipo: 'Boletín', numero, titulo: str(get('Título')),
      autorizacion: aut ? `${aut} por ${str(get('Autorizado por')) || '—'} el ${fechaHoraDe(get('Fecha de autorización')) || '—'}` : 'Sin autorización',
      enviado: enviado ? fechaHora(enviado) : '', destinatarios: str(get('Destinatarios')),
      pdf: pdfCell.replace(HASH_RE, '').replace(/[\s·|,;]+$/, '').trim(), pdfHash, aTiempo,
    });
  }
  return out;
}

/** Monday (local midnight) of the ISO week of a day. */
function mondayOf(d: Date): Date {
  return addDays(d, 1 - isoWeekday(d));
}

/**
 * Weekly agendas: the Agenda CS02 rows marked with the same «Enviada a SEGOB» minute are one send. It covers the week of
 * its earliest activity and is on time when sent before that week's Monday.
 */
function agendaLines(sheets: ReportSheets, mes: Mes): SendLine[] {
  const groups = new Map<string, { enviado: Date; primera: Date | null; n: number }>();
  for (const { get } of rowsOf(sheets.agenda)) {
    const enviado = fechaDe(get('Enviada a SEGOB'));
    if (!enviado || !inMes(enviado, mes)) continue;
    const key = fechaHora(enviado);
    const g = groups.get(key) ?? { enviado, primera: null, n: 0 };
    const dia = cellDate(get('Fecha'));
    if (dia && (!g.primera || dia.getTime() < g.primera.getTime())) g.primera = dia;
    g.n++;
    groups.set(key, g);
  }
  const bit = rowsOf(sheets.bitacora);
  const out: SendLine[] = [];
  for (const [key, g] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const lunes = g.primera ? mondayOf(g.primera) : null;
    const log = bit.find((b) => /agenda/i.test(str(b.get('Acción'))) && fechaHoraDe(b.get('Fecha y hora')) === key);
    out.push({
      tipo: 'Agenda', numero: lunes ? `Semana del ${ymd(lunes)}` : 'Semana sin fecha', titulo: `${g.n} actividad(es)`,
      autorizacion: 'No requiere (agenda de actividades)', enviado: key,
      destinatarios: log ? (str(log.get('Detalle')).match(EMAIL_RE) ?? []).join(', ') : '',
      pdf: log ? str(log.get('Evidencia')) : '', pdfHash: log ? (HASH_RE.exec(str(log.get('Detalle'))) ?? [''])[0].toLowerCase() : '',
      aTiempo: lunes ? g.enviado.getTime() < lunes.getTime() : null,
    });
  }
  return out;
}

export function segobLines(sheets: ReportSheets, mes: Mes): SendLine[] {
  return [...boletinLines(sheets, mes), ...agendaLines(sheets, mes)];
}
