// The manual-posting task: one e-mail per late post with the exact authorized texts, the image link and direct links to each network.
import { escapeHtml } from '../domain/html';
import type { Red } from '../domain/schema';

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
