// E-mails that lead somewhere: each decision to whoever asked, one daily digest of what waits for the Titular; each links to the workbook row.
import { type Cell, text } from '../../domain/cell';
import { messageOf } from '../../domain/errors';
import { escapeHtml } from '../../domain/html';
import { fechaCorta, parseYmd, ymd } from '../../domain/dates';
import { SHEET } from '../../domain/schema';
import type { HojaRef, PendienteApi } from './sidebar.api';
import { Bitacora, ports, readConfig } from '../shared/index';
import { nombreDe } from './solicitudes';
import { solicitudesData } from './pendientes';

/** Document Property with the day (yyyy-MM-dd) of the last digest of requests sent to the Titular. */
export const RESUMEN_SOLICITUDES_KEY = 'DIFUSION_SOLICITUDES_RESUMEN';
/** The hour of the Titular's morning digest. */
export const RESUMEN_HORA = 8;

interface Linea {
  texto: string;
  enlace: string;
}

const VERBO: Record<string, string> = {
  Autorizado: 'autorizó',
  Rechazado: 'rechazó',
  'Cambios solicitados': 'pidió cambios a',
};

function html(intro: string, lineas: Linea[], cierre: string): string {
  const items = lineas.map((l) => `<li>${escapeHtml(l.texto)}${l.enlace ? ` — <a href="${escapeHtml(l.enlace)}">abrir en el libro</a>` : ''}</li>`).join('');
  return `<p>${escapeHtml(intro)}</p><ul>${items}</ul><p>${escapeHtml(cierre)}</p>`;
}

function texto(intro: string, lineas: Linea[], cierre: string): string {
  return [intro, '', ...lineas.map((l) => `• ${l.texto}${l.enlace ? `\n  ${l.enlace}` : ''}`), '', cierre].join('\n');
}

/** Sends one e-mail, or writes why not in the Bitácora (rehearsal mode, no quota, a failure); never throws. */
function enviar(to: string, subject: string, intro: string, lineas: Linea[], cierre: string, bitacora: Bitacora, modoEnsayo: boolean): boolean {
  const body = texto(intro, lineas, cierre);
  if (modoEnsayo) {
    bitacora.add({ accion: 'Aviso no enviado (modo ensayo)', elemento: 'Autorizaciones', detalle: `Para ${to}: ${subject}` });
    return false;
  }
  try {
    const mailer = ports().mailer;
    if (mailer.remainingDailyQuota() < 1) throw new Error('se agotó la cuota diaria de correo');
    mailer.send({ to, subject, body, htmlBody: html(intro, lineas, cierre), name: 'Difusión ICM' });
    bitacora.add({ accion: 'Aviso enviado', elemento: 'Autorizaciones', detalle: `Para ${to}: ${subject}` });
    return true;
  } catch (e) {
    bitacora.add({ accion: 'Aviso no enviado', elemento: 'Autorizaciones', detalle: `Para ${to}: ${subject}. Motivo: ${messageOf(e)}` });
    return false;
  }
}

/** Who asked for an item and how to name it, read from its table (one read per table). */
function solicitantes(elementos: ReadonlyArray<{ hoja: HojaRef; id: string }>): Array<{ to: string; linea: Linea }> {
  const out: Array<{ to: string; linea: Linea }> = [];
  for (const hoja of ['propuestas', 'calendario'] as const) {
    const mine = elementos.filter((e) => e.hoja === hoja);
    if (mine.length === 0) continue;
    const t = ports().workbook.tryOpenTable(hoja);
    if (!t) continue;
    const g = (i: number, h: Parameters<typeof t.get>[1]): Cell => (t.has(h) ? t.get(i, h) : '');
    for (const e of mine) {
      const i = t.find('ID', e.id);
      if (i < 0) continue;
      const to = (text(g(i, 'Solicitada por')) || (hoja === 'propuestas' ? text(g(i, 'Propuesta por')) : '')).toLowerCase();
      if (!to) continue;
      const fecha = hoja === 'calendario' ? g(i, 'Fecha') : '';
      out.push({ to, linea: { texto: nombreDe(hoja, fecha, text(g(i, 'Tema'))), enlace: ports().workbook.linkTo(SHEET[hoja], t.sheetRow(i)) } });
    }
  }
  return out;
}

/** After a decision from the panel: one e-mail per person who asked, with the decision, the comment and the link. Never throws. */
export function avisarDecision(decision: string, elementos: ReadonlyArray<{ hoja: HojaRef; id: string }>, comentario: string): void {
  try {
    const cfg = readConfig();
    const bitacora = new Bitacora();
    const porPersona = new Map<string, Linea[]>();
    for (const s of solicitantes(elementos)) {
      if (s.to === cfg.titular) continue;
      porPersona.set(s.to, [...(porPersona.get(s.to) ?? []), s.linea]);
    }
    const verbo = VERBO[decision] ?? decision.toLowerCase();
    for (const [to, lineas] of porPersona) {
      const subject = `Difusión ICM: la Titular ${verbo} ${lineas.length === 1 ? lineas[0].texto : `${lineas.length} elementos que usted envió`}`;
      const intro = `La Titular del Instituto ${verbo} lo siguiente:`;
      const nota = comentario ? `Comentario de la Titular: ${comentario}` : '';
      const cierre = decision === 'Cambios solicitados'
        ? `${nota}\nHaga los cambios en el panel Difusión ICM («Mis solicitudes») y envíelo de nuevo.`
        : nota || 'Puede ver el estado en el panel Difusión ICM («Mis solicitudes»).';
      enviar(to, subject, intro, lineas, cierre, bitacora, cfg.modoEnsayo);
    }
    bitacora.flush();
  } catch (e) {
    console.warn('Aviso de decisión no enviado: ' + messageOf(e));
  }
}

function lineaDe(p: PendienteApi): Linea {
  const d = parseYmd(p.limite);
  const dia = d ? fechaCorta(d) : p.limite;
  const que = p.hoja === 'propuestas' ? `Propuesta «${p.titulo}» (desde el ${dia})` : p.hoja === 'calendario' ? `Publicación del ${dia}${p.titulo ? ` («${p.titulo}»)` : ''}` : `Boletín «${p.titulo}» (${dia})`;
  return { texto: `${que}${p.solicitadaPor ? `, enviada por ${p.solicitadaPor}` : ''}`, enlace: ports().workbook.linkTo(SHEET[p.hoja]) };
}

/**
 * Hourly tick: once a day, the requests that wait for the Titular gathered in one e-mail. One property read when it
 * already went out today. Never throws.
 */
export function resumenDiarioDeSolicitudes(): boolean {
  try {
    // The tick of the 8 o'clock hour (one a day): the other ticks pay nothing; requests sent later wait for the next morning.
    if (new Date().getHours() !== RESUMEN_HORA) return false;
    const store = ports().props.document();
    const hoy = ymd(new Date());
    if (store.get(RESUMEN_SOLICITUDES_KEY) === hoy) return false;
    const cfg = readConfig();
    const items = solicitudesData();
    if (items.length === 0 || !cfg.titular) return false;
    const bitacora = new Bitacora();
    const n = items.length;
    const subject = `Difusión ICM: ${n === 1 ? 'un elemento espera' : `${n} elementos esperan`} su autorización`;
    const intro = `Buenos días. ${n === 1 ? 'Este elemento espera' : 'Estos elementos esperan'} su decisión (la fecha más próxima primero):`;
    const cierre = `Abra el libro (${ports().workbook.linkTo()}) y el panel Difusión ICM, pestaña «Autorizaciones». Nada se publica sin su autorización.`;
    const sent = enviar(cfg.titular, subject, intro, items.slice(0, 100).map(lineaDe), cierre, bitacora, cfg.modoEnsayo);
    if (sent || cfg.modoEnsayo) store.set(RESUMEN_SOLICITUDES_KEY, hoy);
    bitacora.flush();
    return sent;
  } catch (e) {
    console.warn('Resumen de solicitudes no enviado: ' + messageOf(e));
    return false;
  }
}
