// «Informe mensual»: figures from the sheets, the Resumen sheet with charts, a Doc and its PDF in the folder, e-mailed to the Titular; then the month closes.
import type { Cell } from '../../domain/cell';
import { AppError, messageOf } from '../../domain/errors';
import { fechaHora } from '../../domain/publication';
import { computeMonthReport, huboActividad, type Mes, mesKey, type MonthReport, netLine, PROCEDIMIENTO, reportBlocks, type ReportSheets } from '../../domain/report';
import { SHEET } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { ports, type Spreadsheet } from '../shared/index';
import { type ChainVerifier, chainHeads, verifySignatures } from './chains';
import { cambiosEnMesesCerrados, cerrarMes, type CierreResult } from './closing';
import { reportPorts } from './report.port';
import { RESUMEN_SHEET, resumenLayout } from './resumen';

/** Document Properties: the folder of the add-on's documents, and each month whose report was made. */
export const CARPETA_KEY = 'INFORME_CARPETA_ID';
export const HECHO_PREFIX = 'INFORME_HECHO_';

export interface InformeResult {
  mes: string;
  figuras: MonthReport;
  doc: string;
  pdf: string;
  sha256: string;
  /** To whom it was e-mailed ('' when it was not: modo ensayo, no Titular, no quota). */
  enviadoA: string;
  aviso: string;
  cierre: CierreResult;
}

/** The month before the one of `now` (the month just closed). */
export function mesAnterior(now: Date): Mes {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return { year: d.getFullYear(), month1: d.getMonth() + 1 };
}

function readSheets(ss: Spreadsheet): ReportSheets {
  const read = (name: string): Cell[][] => ports().workbook.readValues(name, ss) ?? [];
  return {
    calendario: read(SHEET.calendario), propuestas: read(SHEET.propuestas), boletines: read(SHEET.boletines),
    agenda: read(SHEET.agenda), bitacora: read(SHEET.bitacora), autorizaciones: read(SHEET.autorizaciones),
  };
}

function folderId(ss: Spreadsheet): string {
  const props = ports().props.document();
  const f = reportPorts().folder(props.get(CARPETA_KEY), `Difusión ICM · ${ss.getName()}`);
  if (f.id !== props.get(CARPETA_KEY)) props.set(CARPETA_KEY, f.id);
  return f.id;
}

/** E-mails the PDF to the Titular when the quota allows; returns to whom, or why not (Spanish). */
function enviar(r: MonthReport, pdf: { url: string; blob: GoogleAppsScript.Base.Blob }, docUrl: string): { to: string; aviso: string } {
  const config = readConfig();
  if (config.modoEnsayo) return { to: '', aviso: 'Modo ensayo: el informe no se envió por correo.' };
  if (!config.titular) return { to: '', aviso: 'No hay Titular configurada: el informe no se envió por correo.' };
  if (ports().mailer.remainingDailyQuota() < 1) return { to: '', aviso: 'Se agotó la cuota diaria de correo: el informe no se envió; vuelva a generarlo mañana.' };
  const body = [
    `Informe mensual de difusión ${r.mes} (procedimiento ${PROCEDIMIENTO.codigo}, versión ${PROCEDIMIENTO.version}).`,
    '',
    netLine('Total', r.total),
    `Envíos a SEGOB: ${r.segob.aTiempo} a tiempo, ${r.segob.tarde} tarde o sin enviar.`,
    `Fallas: ${r.fallas.length}. Cadenas: ${r.cadenas.map((c) => `${c.hoja} ${c.ok ? 'verifica' : 'NO verifica'}`).join(', ')}.`,
    r.cambiosCerrados.length ? `Cambios en meses cerrados: ${r.cambiosCerrados.length} (ver el informe).` : '',
    '',
    `Documento: ${docUrl}`,
    `PDF: ${pdf.url}`,
  ].filter((l, i, a) => l !== '' || a[i - 1] !== '');
  try {
    reportPorts().sendWithAttachments({ to: config.titular, subject: `Informe mensual de difusión ${r.mes} · ${PROCEDIMIENTO.codigo}`, body: body.join('\n'), name: 'Difusión ICM' }, [pdf.blob]);
    return { to: config.titular, aviso: '' };
  } catch (e) {
    return { to: '', aviso: `No se pudo enviar el correo: ${messageOf(e)}` };
  }
}

export interface InformeOptions {
  /** The tick's run: a month in which the add-on logged nothing (it was not running yet) gets no report, only a mark. */
  soloConActividad?: boolean;
  verify?: ChainVerifier;
}

/** The menu's report: always made (whatever the month held). */
export function generarInforme(mes: Mes, verify?: ChainVerifier): InformeResult {
  return crearInforme(mes, { verify }) as InformeResult;
}

/** The tick's report: null (and the month marked done) when the add-on logged nothing in it. */
export function informeSiHuboActividad(mes: Mes): InformeResult | null {
  return crearInforme(mes, { soloConActividad: true });
}

function crearInforme(mes: Mes, opts: InformeOptions): InformeResult | null {
  const lock = ports().locks.script();
  if (!lock.tryLock(30 * 1000)) throw new AppError('OCUPADO', 'Difusión ICM está ocupado (publicando o generando otro informe); intente de nuevo en unos minutos. No se cambió nada.');
  try {
    const ss = ports().workbook.active();
    const ahora = fechaHora(new Date());
    const sheets = readSheets(ss);
    const key = mesKey(mes);
    if (opts.soloConActividad && !huboActividad(sheets.bitacora, mes)) {
      ports().props.document().set(HECHO_PREFIX + key, `${ahora} sin actividad del complemento en el mes`);
      return null;
    }
    const cadenas = (opts.verify ?? verifySignatures)(sheets);
    const figuras = computeMonthReport(sheets, mes, { cadenas, cambiosCerrados: cambiosEnMesesCerrados(sheets, key) });
    const layout = resumenLayout(figuras, ahora);
    const images = reportPorts().writeResumen(ss, layout.values, layout.charts);
    const carpeta = folderId(ss);
    const header = [`Código ${PROCEDIMIENTO.codigo} · Versión ${PROCEDIMIENTO.version} · ${PROCEDIMIENTO.nombre} · Informe mensual ${key}`];
    const blocks = reportBlocks(figuras, { codigo: PROCEDIMIENTO.codigo, version: PROCEDIMIENTO.version, generado: ahora, libro: ss.getName() });
    const doc = reportPorts().writeDoc(`Informe mensual ${key} · ${PROCEDIMIENTO.codigo}`, header, blocks, images, carpeta);
    const pdf = reportPorts().savePdf(doc.id, carpeta);
    const envio = enviar(figuras, pdf, doc.url);
    const cierre = cerrarMes(ss, sheets, mes, ahora, chainHeads(sheets));
    const log = new Bitacora();
    log.add({ accion: 'Informe mensual', elemento: `${RESUMEN_SHEET} ${key}`, detalle: `${netLine('Total', figuras.total)}. PDF SHA-256 ${pdf.sha256}. ${envio.to ? 'Enviado a ' + envio.to + '.' : envio.aviso}`, evidencia: pdf.url });
    log.add({ accion: 'Cierre de mes', elemento: key, detalle: `${cierre.filas} fila(s) de ${SHEET.calendario}, ${SHEET.boletines} y ${SHEET.agenda} protegidas (${cierre.protecciones} protección(es)); huella del cierre ${cierre.cabeza.slice(0, 16)}.` });
    for (const c of figuras.cambiosCerrados) log.add({ accion: 'Cambio en mes cerrado', elemento: `${c.hoja} ${c.id}`, detalle: `Fila ${c.cambio} después del cierre de ${c.mes}.` });
    log.flush(ss);
    ports().props.document().set(HECHO_PREFIX + key, ahora);
    ports().workbook.flush();
    return { mes: key, figuras, doc: doc.url, pdf: pdf.url, sha256: pdf.sha256, enviadoA: envio.to, aviso: envio.aviso, cierre };
  } finally {
    lock.release();
  }
}

