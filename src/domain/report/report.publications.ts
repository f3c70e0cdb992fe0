// Publication figures of a month (policy 3.3): per network planned/authorized/published automatically or by hand, days, weekends, lines, X cost.
import { AUTORIZADO, parseRedes } from '../authorization';
import { cellYmd, daysInMonth, isWeekend, pad2 } from '../dates';
import { parseState } from '../publication';
import { network } from '../networks';
import { REDES, type Red } from '../schema';
import { fechaHoraDe, inMes, mesKey, rowsOf, str, type Row } from './report.rows';
import type { Mes, MonthReport, NetFigures, PublicationLine, ReportSheets } from './report.types';

/** X pay-per-use: creating a post, and creating a post that contains a URL (USD). */
export const X_PRECIO_POST = 0.015;
export const X_PRECIO_POST_CON_ENLACE = 0.2;
/** Characters of the fingerprint shown per publication. */
export const HUELLA_CHARS = 12;

const ESTADO_COL = (red: Red): string => network(red).columns.estado;
const ENLACE_COL = (red: Red): string => network(red).columns.enlace;
const URL_RE = /https?:\/\/|www\./i;

function emptyNet(): NetFigures {
  return { planeadas: 0, autorizadas: 0, automaticas: 0, aMano: 0, noPublicadas: 0 };
}

/** The latest «Autorizado» fingerprint per Calendario ID in Autorizaciones (by signed time). */
function huellas(sheets: ReportSheets): Map<string, string> {
  const latest = new Map<string, { t: number; huella: string }>();
  for (const { get } of rowsOf(sheets.autorizaciones)) {
    if (str(get('Hoja')) !== 'Calendario' || str(get('Decisión')) !== AUTORIZADO) continue;
    const id = str(get('Elemento'));
    const f = get('Fecha y hora');
    const t = f instanceof Date ? f.getTime() : 0;
    const prev = latest.get(id);
    if (!prev || t >= prev.t) latest.set(id, { t, huella: str(get('Huella')) });
  }
  return new Map([...latest].map(([id, v]) => [id, v.huella]));
}

/** Policy 3.3: a weekday row is planned; a weekend row only when the Asistente chose «Sí» (or it was published anyway). */
function planned(get: Row, weekend: boolean): boolean {
  if (!weekend) return true;
  return str(get('Fin de semana')) === 'Sí' || REDES.some((red) => parseState(str(get(ESTADO_COL(red)))).kind === 'publicada');
}

type PubPart = Pick<MonthReport, 'porRed' | 'total' | 'dias' | 'finesDeSemana' | 'porDia' | 'publicaciones' | 'costoX'>;

export function publicationFigures(sheets: ReportSheets, mes: Mes): PubPart {
  const porRed = Object.fromEntries(REDES.map((r) => [r, emptyNet()])) as Record<Red, NetFigures>;
  const n = daysInMonth(mes.year, mes.month1);
  const dias = Array.from({ length: n }, (_, k) => `${mesKey(mes)}-${pad2(k + 1)}`);
  const porDia = dias.map((fecha) => Object.assign({ fecha }, Object.fromEntries(REDES.map((r) => [r, 0]))) as { fecha: string } & Record<Red, number>);
  const weekend = new Map<string, string>();
  const lines: PublicationLine[] = [];
  const costoX = { posts: 0, conEnlace: 0, usd: 0 };
  const huella = huellas(sheets);
  for (const { get } of rowsOf(sheets.calendario)) {
    const id = str(get('ID'));
    if (!id || !inMes(get('Fecha'), mes)) continue;
    const fecha = cellYmd(get('Fecha'));
    const day = new Date(+fecha.slice(0, 4), +fecha.slice(5, 7) - 1, +fecha.slice(8, 10));
    if (isWeekend(day)) weekend.set(fecha, str(get('Fin de semana')) || 'Por decidir');
    if (!planned(get, isWeekend(day))) continue;
    const redes = parseRedes(get('Redes')).filter((r): r is Red => (REDES as readonly string[]).includes(r));
    const autorizada = str(get('Autorización')) === AUTORIZADO;
    const line: PublicationLine = {
      id, fecha, hora: str(get('Hora')), tema: str(get('Tema')), redes,
      autorizacion: str(get('Autorización')), autorizadoPor: str(get('Autorizado por')), fechaAutorizacion: fechaHoraDe(get('Fecha de autorización')),
      huella: (huella.get(id) ?? '').slice(0, HUELLA_CHARS), estados: {}, enlaces: {},
    };
    for (const red of redes) {
      const f = porRed[red];
      f.planeadas++;
      if (autorizada) f.autorizadas++;
      const s = parseState(str(get(ESTADO_COL(red))));
      line.estados[red] = str(get(ESTADO_COL(red))) || 'Programada';
      if (str(get(ENLACE_COL(red)))) line.enlaces[red] = str(get(ENLACE_COL(red)));
      if (s.kind !== 'publicada') continue;
      if (s.manual) f.aMano++;
      else f.automaticas++;
      porDia[+fecha.slice(8, 10) - 1][red]++;
      if (red === 'X' && !s.manual) {
        const link = URL_RE.test(str(get('Texto X')));
        costoX.posts++;
        if (link) costoX.conEnlace++;
        costoX.usd += link ? X_PRECIO_POST_CON_ENLACE : X_PRECIO_POST;
      }
    }
    lines.push(line);
  }
  const total = emptyNet();
  for (const red of REDES) {
    const f = porRed[red];
    f.noPublicadas = f.planeadas - f.automaticas - f.aMano;
    for (const k of Object.keys(total) as Array<keyof NetFigures>) total[k] += f[k];
  }
  costoX.usd = Math.round(costoX.usd * 1000) / 1000;
  const sinPublicacion = porDia.filter((d) => REDES.every((r) => d[r] === 0)).map((d) => d.fecha);
  const finesDeSemana = dias
    .filter((d) => isWeekend(new Date(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))))
    .map((fecha) => ({ fecha, decision: weekend.get(fecha) ?? 'Sin fila en Calendario' }));
  lines.sort((a, b) => (a.fecha + a.hora).localeCompare(b.fecha + b.hora));
  return { porRed, total, dias: { total: n, conPublicacion: n - sinPublicacion.length, sinPublicacion }, finesDeSemana, porDia, publicaciones: lines, costoX };
}
