// Small DOM helpers of the sidebar: find elements, build them with user text only ever set as text.
import { networks } from '../domain/networks';

export type Attrs = Record<string, string>;

export function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error('Falta el elemento ' + id);
  return e;
}

export function input(id: string): HTMLInputElement {
  return $(id) as HTMLInputElement;
}

/** Creates an element; user text only ever goes in through textContent. */
export function el(tag: string, attrs: Attrs = {}, text?: string, children: Node[] = []): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  for (const c of children) e.appendChild(c);
  return e;
}

export function clear(e: HTMLElement): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

export function button(label: string, cls = '', attrs: Attrs = {}): HTMLButtonElement {
  return el('button', { type: 'button', ...(cls ? { class: cls } : {}), ...attrs }, label) as HTMLButtonElement;
}

export function fillSelect(sel: HTMLElement, options: Array<[string, string]>, placeholder?: string): void {
  clear(sel);
  if (placeholder !== undefined) sel.appendChild(el('option', { value: '' }, placeholder));
  for (const [value, label] of options) sel.appendChild(el('option', { value }, label));
}

export function redLabel(r: string): string {
  const d = networks().find((n) => n.id === r);
  return d ? d.etiqueta : r;
}

export function fillRedes(fieldset: HTMLElement, prefix: string, redes: string[]): void {
  const legend = fieldset.querySelector('legend');
  clear(fieldset);
  if (legend) fieldset.appendChild(legend);
  for (const r of redes) {
    const id = `${prefix}-red-${r.toLowerCase()}`;
    const box = el('input', { type: 'checkbox', id, value: r });
    fieldset.appendChild(el('label', { for: id }, undefined, [box, document.createTextNode(' ' + redLabel(r))]));
  }
}

export function checkedRedes(fieldset: HTMLElement): string[] {
  return Array.from(fieldset.querySelectorAll('input[type="checkbox"]'))
    .filter((b) => (b as HTMLInputElement).checked)
    .map((b) => (b as HTMLInputElement).value);
}

export function setRedes(fieldset: HTMLElement, redes: string[]): void {
  for (const b of Array.from(fieldset.querySelectorAll('input[type="checkbox"]'))) {
    const box = b as HTMLInputElement;
    box.checked = redes.indexOf(box.value) >= 0;
  }
}

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** «7 de diciembre» from yyyy-MM-dd ('' stays ''). */
export function fechaCorta(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return m ? `${Number(m[3])} de ${MESES[Number(m[2]) - 1]}` : ymd;
}

/** Every yyyy-MM-dd in a text written as «7 de diciembre». */
export function fechasCortas(t: string): string {
  return t.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => fechaCorta(d));
}
