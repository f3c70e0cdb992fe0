// The manual-posting task: one e-mail per late post with the exact authorized texts, the image link and direct links to each network.
import { text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { escapeHtml } from '../../domain/html';
import { fechaHora } from '../../domain/publication';
import type { Red } from '../../domain/schema';
import { mailProblem, publishingRecipients } from './alerts';
import type { Bitacora } from '../shared/index';
import { ports, type SheetTable } from '../shared/index';
import type { PostImage, ProviderSet } from './provider.port';
import { exactText, netError, rowInfo, setState, stateOf } from './publication-rows';
import { network } from '../../domain/networks';

export interface ManualItem {
  red: Red;
  nombre: string;
  texto: string;
  enlace: string;
  /** Set when an attempt may already have reached the network. */
  incierta: boolean;
  motivo: string;
}

export interface ManualMail {
  subject: string;
  body: string;
  htmlBody: string;
}

export function manualMail(id: string, tema: string, hora: string, imagen: string, items: ManualItem[]): ManualMail {
  const subject = `Publicación manual pendiente: ${tema || id} (${id})`;
  const lines: string[] = [
    `La publicación ${id} («${tema}») programada para ${hora} no se pudo publicar automáticamente a tiempo.`,
    'Publíquela a mano con el texto autorizado exacto y después registre el enlace con «Difusión ICM › Registrar publicación manual».',
    '',
  ];
  if (imagen) lines.push(`Imagen: ${imagen}`, '');
  for (const it of items) {
    lines.push(`— ${it.nombre}: ${it.enlace}`);
    if (it.motivo) lines.push(`Motivo: ${it.motivo}`);
    if (it.incierta) lines.push('Atención: un intento pudo haber llegado a la red. Revise la cuenta antes de publicar para no duplicar.');
    lines.push('Texto autorizado:', it.texto, '');
  }
  const html: string[] = [
    `<p>La publicación <b>${escapeHtml(id)}</b> («${escapeHtml(tema)}») programada para ${escapeHtml(hora)} no se pudo publicar automáticamente a tiempo.</p>`,
    '<p>Publíquela a mano con el texto autorizado exacto y después registre el enlace con «Difusión ICM › Registrar publicación manual».</p>',
  ];
  if (imagen) html.push(`<p>Imagen: <a href="${escapeHtml(imagen)}">${escapeHtml(imagen)}</a></p>`);
  for (const it of items) {
    html.push(`<h3>${escapeHtml(it.nombre)}: <a href="${escapeHtml(it.enlace)}">publicar</a></h3>`);
    if (it.motivo) html.push(`<p>Motivo: ${escapeHtml(it.motivo)}</p>`);
    if (it.incierta) html.push('<p><b>Atención:</b> un intento pudo haber llegado a la red. Revise la cuenta antes de publicar para no duplicar.</p>');
    html.push(`<pre style="white-space:pre-wrap">${escapeHtml(it.texto)}</pre>`);
  }
  return { subject, body: lines.join('\n'), htmlBody: html.join('\n') };
}

/** What each late network of row i needs in the e-mail: its exact text, where to post it, and why it is late. */
export function manualItemsOf(t: SheetTable<'calendario'>, i: number, reds: Red[], providers: ProviderSet): ManualItem[] {
  return reds.map((red) => {
    const s = stateOf(t, i, red);
    const nombre = providers[red].nombre;
    return {
      red,
      nombre,
      texto: exactText(t.get(i, network(red).columns.texto)),
      enlace: providers[red].manualUrl || network(red).manualUrl || 'https://www.google.com/search?q=' + encodeURIComponent(nombre),
      incierta: s.kind === 'enviando' || s.kind === 'incierta',
      motivo: s.kind === 'error' ? s.motivo : s.kind === 'reintentar' || s.kind === 'incierta' ? netError(t, i, nombre) : '',
    };
  });
}

/**
 * Sends row i's manual-posting e-mail and, once sent, marks its late networks «Tarea manual» (in memory: the caller
 * flushes). Returns false when the e-mail could not go (Bitácora says why; the row stays as it was for the next tick).
 */
export function sendManualTask(
  t: SheetTable<'calendario'>,
  i: number,
  reds: Red[],
  ctx: { config: Config; providers: ProviderSet; bitacora: Bitacora; image: PostImage | null | string },
): boolean {
  const id = text(t.get(i, 'ID'));
  const info = rowInfo(t, i, ctx.config);
  const items = manualItemsOf(t, i, reds, ctx.providers);
  const imagen = typeof ctx.image === 'object' && ctx.image ? ctx.image.url : text(t.get(i, 'Imagen'));
  const mail = manualMail(id, text(t.get(i, 'Tema')), info ? fechaHora(info.due) : '', imagen, items);
  const to = publishingRecipients(ctx.config);
  try {
    ports().mailer.send({ to: to.join(','), subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, name: 'Difusión ICM' });
  } catch (e) {
    ctx.bitacora.add({ accion: 'Falla al avisar', elemento: `Calendario ${id}`, detalle: `No se pudo enviar la tarea de publicación manual: ${mailProblem(e)}.` });
    return false;
  }
  const aviso = fechaHora(new Date());
  for (const red of reds) setState(t, i, red, { kind: 'manual', aviso });
  ctx.bitacora.add({ accion: 'Tarea de publicación manual', elemento: `Calendario ${id}`, detalle: `Plazo vencido en ${items.map((x) => x.nombre).join(', ')}; aviso enviado a ${to.join(', ')}.` });
  return true;
}
