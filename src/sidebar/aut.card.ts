// One card of the Titular's list: the full content, the image thumbnail, and the decisions — the result replaces the card in place, then it collapses.
import type { DecisionApi, ItemRefApi, PendienteApi } from '../app/panel/sidebar.api';
import { button, el, fechaCorta, fechasCortas } from './dom';
import { announce, busy, clearFieldErrors, fieldError, inlineMessage, messageOf } from './feedback';
import { networkCard } from './preview';
import { call } from './server';

/** How long a decided card shows its result before it collapses. */
export const COLAPSO_MS = 2500;

/** The reference sent back with a decision carries the fingerprint of the content this card shows. */
export function refOf(p: PendienteApi): ItemRefApi {
  return { hoja: p.hoja, id: p.id, huella: p.huella };
}

export function slugOf(p: { hoja: string; id: string }): string {
  return `${p.hoja}-${p.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** «la publicación del 7 de diciembre» — how the staff name an item. */
export function nombre(p: PendienteApi): string {
  if (p.hoja === 'propuestas') return `la propuesta «${p.titulo}»`;
  if (p.hoja === 'boletines') return `el boletín «${p.titulo}»`;
  return `la publicación del ${fechaCorta(p.fecha)}`;
}

export interface CardHooks {
  /** Called once the card has collapsed (focus moves to the next card). */
  decided(card: HTMLElement): void;
}

function header(p: PendienteApi, card: HTMLElement): void {
  const cuando = p.hoja === 'propuestas' ? fechasCortas(`Del ${p.fecha.replace(' a ', ' al ')}`) : [fechaCorta(p.fecha), p.hora].filter((x) => x).join(' · ');
  card.appendChild(el('h3', { id: `tit-${slugOf(p)}` }, `${p.clase}: ${p.titulo || 'sin título'}`));
  card.appendChild(el('div', { class: 'meta' }, [cuando, p.solicitadaPor ? `enviada por ${p.solicitadaPor}` : ''].filter((x) => x).join(' · ')));
  if (p.estado && p.estado !== 'Pendiente') card.appendChild(el('div', { class: 'meta' }, `Estado: ${p.estado}`));
}

async function thumbnail(p: PendienteApi, box: HTMLElement): Promise<void> {
  box.textContent = 'Cargando la imagen…';
  try {
    const r = await call('panelMiniatura', p.imagen);
    box.textContent = '';
    if (r.dataUrl) box.appendChild(el('img', { class: 'thumb', src: r.dataUrl, alt: `Imagen de ${nombre(p)}` }));
    else box.appendChild(el('div', { class: 'meta' }, r.mensaje));
  } catch (e) {
    box.textContent = messageOf(e);
  }
}

function content(p: PendienteApi, card: HTMLElement): void {
  if (p.detalle) card.appendChild(el('div', { class: 'text' }, p.detalle));
  for (const t of p.textos) card.appendChild(networkCard(t.red, t.texto, p.titulo, ''));
  if (p.imagen) {
    const box = el('div', { class: 'imagen', 'aria-live': 'off' });
    card.appendChild(box);
    void thumbnail(p, box);
  }
  if (p.comentario) card.appendChild(el('div', { class: 'text' }, `Comentario anterior: ${p.comentario}`));
}

/** The result replaces the card's content; after a moment the card collapses. */
export function showResult(card: HTMLElement, ok: boolean, msg: string, hooks: CardHooks): void {
  if (!ok) {
    const box = card.querySelector('.card-result') as HTMLElement | null;
    if (box) inlineMessage(box, msg, 'error');
    return;
  }
  while (card.firstChild) card.removeChild(card.firstChild);
  card.classList.add('decided');
  card.appendChild(el('p', { class: 'msg-inline ok' }, msg));
  announce(msg);
  hooks.decided(card);
  window.setTimeout(() => card.remove(), COLAPSO_MS);
}

async function decide(card: HTMLElement, buttons: HTMLElement[], f: () => Promise<DecisionApi>, hooks: CardHooks): Promise<void> {
  try {
    const r = await busy(buttons, f, card);
    showResult(card, true, r.mensaje, hooks);
  } catch (e) {
    showResult(card, false, messageOf(e), hooks);
  }
}

/** A decision that needs a comment: the error beside the field when it is empty; true when it is written. */
function hasComment(card: HTMLElement, comment: HTMLTextAreaElement, msg: string): boolean {
  clearFieldErrors(card);
  if (comment.value.trim()) return true;
  fieldError(comment, msg);
  comment.focus();
  announce(msg);
  return false;
}

function confirmRechazo(p: PendienteApi, card: HTMLElement, comment: HTMLTextAreaElement, all: HTMLElement[], hooks: CardHooks): void {
  if (!hasComment(card, comment, 'Escriba el motivo del rechazo.')) return;
  const box = card.querySelector('.confirmar') as HTMLElement;
  box.classList.remove('hidden');
  (box.querySelector('button') as HTMLButtonElement).focus();
  const [si, no] = Array.from(box.querySelectorAll('button')) as HTMLButtonElement[];
  si.onclick = () => {
    box.classList.add('hidden');
    void decide(card, all, () => call('panelRechazar', refOf(p), comment.value), hooks);
  };
  no.onclick = () => {
    box.classList.add('hidden');
    comment.focus();
  };
}

function actions(p: PendienteApi, card: HTMLElement, hooks: CardHooks): void {
  const slug = slugOf(p);
  const cid = `com-${slug}`;
  const comment = el('textarea', { id: cid, rows: '2' }) as HTMLTextAreaElement;
  card.appendChild(el('div', { class: 'form-group' }, undefined, [el('label', { for: cid }, 'Comentario (obligatorio para pedir cambios o rechazar)'), comment]));
  const kind = p.clase.toLowerCase();
  const bAut = button('Autorizar', 'create', { 'aria-label': `Autorizar ${kind} ${p.id}` });
  const bCamb = button('Solicitar cambios', '', { 'aria-label': `Solicitar cambios ${kind} ${p.id}` });
  const bRech = button('Rechazar…', 'secondary-link', { 'aria-label': `Rechazar ${kind} ${p.id}` });
  const all = [bAut, bCamb, bRech];
  bAut.addEventListener('click', () => void decide(card, all, () => call('panelAutorizar', refOf(p)), hooks));
  bCamb.addEventListener('click', () => {
    if (!hasComment(card, comment, 'Escriba un comentario que explique los cambios que solicita.')) return;
    void decide(card, all, () => call('panelSolicitarCambios', refOf(p), comment.value), hooks);
  });
  bRech.addEventListener('click', () => confirmRechazo(p, card, comment, all, hooks));
  card.appendChild(el('div', { class: 'acciones' }, undefined, all));
  card.appendChild(el('div', { class: 'confirmar hidden', role: 'group', 'aria-label': 'Confirmar el rechazo' }, undefined, [
    el('p', {}, `¿Rechazar ${nombre(p)}? Se avisará a quien la envió, con su motivo.`),
    button('Sí, rechazar', 'share'),
    button('Cancelar'),
  ]));
}

export function pendienteCard(p: PendienteApi, titular: boolean, hooks: CardHooks): HTMLElement {
  const slug = slugOf(p);
  const card = el('article', { class: 'card', 'aria-label': `${p.clase} ${p.id}`, tabindex: '-1', 'data-ref': slug });
  if (titular) {
    const box = el('input', { type: 'checkbox', id: `sel-${slug}`, class: 'aut-sel' }) as HTMLInputElement;
    (box as HTMLInputElement & { ref?: ItemRefApi }).ref = refOf(p);
    const oculto = el('span', { class: 'visually-hidden' }, ` ${nombre(p)} (${p.id})`);
    card.appendChild(el('label', { for: `sel-${slug}`, class: 'sel' }, undefined, [box, document.createTextNode(' Seleccionar'), oculto]));
  }
  header(p, card);
  content(p, card);
  card.appendChild(el('div', { class: 'card-result' }));
  if (titular) actions(p, card, hooks);
  return card;
}

