// «Mis solicitudes»: what the person sent to the Titular, its state and her comment; a returned item can be corrected and sent again.
import type { HoyApi, SolicitudApi } from '../app/panel/sidebar.api';
import { $, button, el, fechaCorta, fechasCortas, redLabel } from './dom';
import { loadList } from './feedback';
import { openPublicacion } from './editor';
import { editarDevuelta } from './propuesta.form';
import { call } from './server';
import { selectTab } from './tabs';

function solicitudCard(s: SolicitudApi): HTMLElement {
  const cuando = s.hoja === 'calendario' ? fechaCorta(s.fecha) : fechasCortas(s.fecha);
  const card = el('article', { class: `card${s.devuelta ? ' devuelta' : ''}`, 'aria-label': `${s.clase} ${s.id}` }, undefined, [
    el('h3', {}, `${s.clase}: ${s.titulo || 'sin tema'}`),
    el('div', { class: 'meta' }, cuando),
    el('div', {}, `Estado: ${s.estado}`),
  ]);
  if (s.comentario) card.appendChild(el('div', { class: 'text' }, `Comentario de la Titular: ${s.comentario}`));
  if (!s.devuelta) return card;
  const b = button(s.hoja === 'propuestas' ? 'Corregir y enviar de nuevo' : 'Corregir la publicación', 'action', { 'aria-label': `Corregir ${s.clase.toLowerCase()} ${s.id}` });
  b.addEventListener('click', () => {
    if (s.hoja === 'propuestas' && s.propuesta) editarDevuelta(s.id, s.propuesta, s.comentario);
    else {
      selectTab('textos', false);
      openPublicacion(s.id);
    }
  });
  card.appendChild(b);
  return card;
}

export async function loadMias(): Promise<void> {
  const list = $('mias-lista');
  await loadList(list, 'sus solicitudes', [$('mias-actualizar')], () => call('panelMisSolicitudes'), (items) => {
    if (items.length === 0) list.appendChild(el('p', { class: 'empty' }, 'Aún no ha enviado nada a la Titular.'));
    const devueltas = items.filter((s) => s.devuelta);
    for (const s of [...devueltas, ...items.filter((x) => !x.devuelta)]) list.appendChild(solicitudCard(s));
  });
}

function hoyCard(h: HoyApi): HTMLElement {
  const card = el('article', { class: 'card', 'aria-label': `Publicación ${h.id}` }, undefined, [
    el('h3', {}, `${h.hora} · ${h.tema || 'sin tema'}`),
    el('div', { class: 'meta' }, `Estado: ${h.estado || 'sin estado'} · Autorización: ${h.autorizacion || 'pendiente'}`),
  ]);
  const ul = el('ul');
  for (const r of h.redes) {
    const li = el('li', {}, `${redLabel(r.red)}: ${r.estado || 'pendiente'} `);
    if (r.enlace) li.appendChild(el('a', { href: r.enlace, target: '_blank', rel: 'noopener noreferrer' }, 'ver publicación'));
    ul.appendChild(li);
  }
  card.appendChild(ul);
  return card;
}

export async function loadHoy(): Promise<void> {
  const list = $('hoy-lista');
  await loadList(list, 'las publicaciones de hoy', [$('hoy-actualizar')], () => call('panelHoy'), (items) => {
    if (items.length === 0) list.appendChild(el('p', { class: 'empty' }, 'No hay publicaciones programadas para hoy.'));
    for (const h of items) list.appendChild(hoyCard(h));
  });
}

export function setupMias(): void {
  $('mias-actualizar').addEventListener('click', () => void loadMias());
  $('hoy-actualizar').addEventListener('click', () => void loadHoy());
}
