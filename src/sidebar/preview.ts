// How each network will show the post: X and Facebook cards (breaks, link card, image, «Ver más» cut), live counters near the limit, X's cost.
import { facebookLength } from '../domain/post-limits';
import { network } from '../domain/networks';
import { costoX, tieneEnlace, usd, X_COSTO_POST, X_COSTO_POST_CON_ENLACE } from '../domain/x-cost';
import { $, clear, el, redLabel } from './dom';

/** Facebook shows this many characters of a long post (or 5 lines) before «Ver más». */
export const FACEBOOK_CORTE = 477;
const FACEBOOK_LINEAS = 5;
/** Counters turn amber from this share of the limit. */
const CERCA = 0.9;

/** A network's live counter, by the registry's counting rule and limit. */
function counter(id: string, red: string, texto: string): void {
  const rule = network(red).text;
  if (!rule) return;
  const n = rule.count(texto);
  const max = rule.max;
  const c = $(id);
  c.textContent = `${n} / ${max}` + (n > max ? ` — sobran ${n - max}` : n >= max * CERCA ? ` — quedan ${max - n}` : '');
  c.className = n > max ? 'counter over' : n >= max * CERCA ? 'counter near' : 'counter';
}

/** The host of the first link in a text, for the link card ('' when none). */
export function primerEnlace(t: string): string {
  const m = /(https?:\/\/)?((www\.)?[a-z0-9][-a-z0-9.]*\.[a-z]{2,})(\/\S*)?/i.exec(t);
  return m && tieneEnlace(m[0]) ? m[2].replace(/^www\./i, '') : '';
}

/** What Facebook shows before «Ver más». */
export function corteFacebook(t: string): { visible: string; cortado: boolean } {
  const lines = t.split('\n');
  let visible = lines.length > FACEBOOK_LINEAS ? lines.slice(0, FACEBOOK_LINEAS).join('\n') : t;
  if ([...visible].length > FACEBOOK_CORTE) visible = [...visible].slice(0, FACEBOOK_CORTE).join('');
  return { visible, cortado: visible.length < t.length };
}

function costNote(x: string): void {
  const c = $('c-costo-x');
  if (!x.trim()) {
    c.textContent = `Costo en X por publicación: ${usd(X_COSTO_POST)}; con un enlace, ${usd(X_COSTO_POST_CON_ENLACE)}.`;
    return;
  }
  c.textContent = tieneEnlace(x)
    ? `Costo en X: ${usd(costoX(x))}, porque el texto lleva un enlace (sin enlace serían ${usd(X_COSTO_POST)}).`
    : `Costo en X: ${usd(costoX(x))} (con un enlace serían ${usd(X_COSTO_POST_CON_ENLACE)}).`;
}

export interface PreviewInput {
  redes: string[];
  x: string;
  facebook: string;
  web: string;
  tema: string;
  /** data URL of the image thumbnail, '' when none. */
  imagen: string;
}

/** One network's post as it will look. */
export function networkCard(red: string, texto: string, tema: string, imagen: string): HTMLElement {
  const card = el('div', { class: `post post-${red.toLowerCase()}` }, undefined, [el('div', { class: 'post-red' }, redLabel(red))]);
  if (red === 'Web' && tema) card.appendChild(el('div', { class: 'post-titulo' }, tema));
  if (red === 'Facebook') {
    const { visible, cortado } = corteFacebook(texto);
    const body = el('div', { class: 'preview' }, visible || '(sin texto)');
    if (cortado) body.appendChild(el('span', { class: 'ver-mas' }, '… Ver más'));
    card.appendChild(body);
  } else card.appendChild(el('div', { class: 'preview' }, texto || '(sin texto)'));
  if (imagen) card.appendChild(el('img', { class: 'thumb', src: imagen, alt: `Imagen de la publicación en ${redLabel(red)}` }));
  const host = primerEnlace(texto);
  if (host && !imagen) card.appendChild(el('div', { class: 'link-card' }, undefined, [el('span', { class: 'secondary' }, host), el('div', {}, 'Vista previa del enlace')]));
  return card;
}

export function renderPreview(p: PreviewInput): void {
  counter('c-cuenta-x', 'X', p.x);
  counter('c-cuenta-facebook', 'Facebook', p.facebook);
  $('c-cuenta-web').textContent = `${facebookLength(p.web)} caracteres`;
  costNote(p.x);
  const prev = $('c-preview');
  clear(prev);
  const textos: Array<[string, string]> = [['X', p.x], ['Facebook', p.facebook], ['Web', p.web]];
  for (const [red, t] of textos) if (p.redes.indexOf(red) >= 0) prev.appendChild(networkCard(red, t, p.tema, p.imagen));
  if (!prev.firstChild) prev.appendChild(el('p', { class: 'empty' }, 'Elija al menos una red para ver la vista previa.'));
}
