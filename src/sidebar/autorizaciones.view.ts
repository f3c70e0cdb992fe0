// «Autorizaciones»: only what was sent to the Titular, nearest deadline first, with its count, filters, «seleccionar todo» and a batch that reports per item.
import type { ItemRefApi, PendienteApi } from '../app/panel/sidebar.api';
import { $, el, input } from './dom';
import { announce, busy, inlineMessage, loadList, messageOf } from './feedback';
import { type CardHooks, pendienteCard, showResult, slugOf } from './aut.card';
import { call } from './server';
import { esTitular } from './state';
import { setCount } from './tabs';

let items: PendienteApi[] = [];

function cards(): HTMLElement[] {
  return Array.from(document.querySelectorAll('#aut-lista article.card:not(.decided)')) as HTMLElement[];
}

function visibles(): HTMLElement[] {
  return cards().filter((c) => !c.classList.contains('hidden'));
}

/** After a decision the count follows, and focus moves to the next card (or the list's heading when none is left). */
const hooks: CardHooks = {
  decided(card: HTMLElement): void {
    const rest = visibles();
    setCount(cards().length);
    const all = Array.from(document.querySelectorAll('#aut-lista article.card')) as HTMLElement[];
    const next = rest.find((c) => all.indexOf(c) > all.indexOf(card)) ?? rest[rest.length - 1];
    if (next) next.focus();
    else card.focus();
    updateSelection();
  },
};

function filtrar(): void {
  const clase = input('aut-filtro-clase').value;
  const hasta = input('aut-filtro-hasta').value;
  let n = 0;
  for (const card of cards()) {
    const p = items.find((x) => slugOf(x) === card.getAttribute('data-ref'));
    const show = !!p && (!clase || p.hoja === clase) && (!hasta || !p.limite || p.limite <= hasta);
    card.classList.toggle('hidden', !show);
    if (show) n++;
  }
  $('aut-filtro-cuenta').textContent = n === cards().length ? '' : `Se muestran ${n} de ${cards().length}.`;
  updateSelection();
}

function selected(): HTMLInputElement[] {
  return visibles().map((c) => c.querySelector('input.aut-sel') as HTMLInputElement | null).filter((b): b is HTMLInputElement => !!b && b.checked);
}

function updateSelection(): void {
  const boxes = visibles().map((c) => c.querySelector('input.aut-sel') as HTMLInputElement | null).filter((b): b is HTMLInputElement => !!b);
  const n = boxes.filter((b) => b.checked).length;
  const todo = input('aut-todo');
  todo.checked = boxes.length > 0 && n === boxes.length;
  todo.indeterminate = n > 0 && n < boxes.length;
  ($('aut-varios') as HTMLButtonElement).disabled = n === 0;
  $('aut-varios').textContent = n > 0 ? `Autorizar seleccionados (${n})` : 'Autorizar seleccionados';
}

function render(list: HTMLElement, data: PendienteApi[]): void {
  items = data;
  const titular = esTitular();
  setCount(data.length);
  if (data.length === 0) list.appendChild(el('p', { class: 'empty' }, 'No hay solicitudes de autorización en espera.'));
  for (const p of data) list.appendChild(pendienteCard(p, titular, hooks));
  ($('aut-lote') as HTMLElement).classList.toggle('hidden', !titular || data.length === 0);
  filtrar();
}

export async function loadPendientes(): Promise<void> {
  const list = $('aut-lista');
  $('aut-nota').textContent = esTitular()
    ? 'Aquí aparece solo lo que le enviaron para decidir, la fecha más próxima primero. Su autorización queda firmada y ligada a este contenido exacto.'
    : 'Solo la Titular del Instituto puede autorizar, rechazar o solicitar cambios. Aquí puede ver lo que espera su decisión.';
  ($('aut-varios') as HTMLButtonElement).disabled = true;
  await loadList(list, 'las solicitudes', [$('aut-actualizar')], () => call('panelSolicitudes'), (d) => render(list, d));
  updateSelection();
}

async function autorizarSeleccion(): Promise<void> {
  const boxes = selected();
  const box = $('aut-lote-resultado');
  if (boxes.length === 0) {
    inlineMessage(box, 'Seleccione al menos un elemento.', 'error');
    return;
  }
  const refs = boxes.map((b) => (b as HTMLInputElement & { ref: ItemRefApi }).ref);
  try {
    const r = await busy([$('aut-varios'), $('aut-actualizar'), input('aut-todo')], () => call('panelAutorizarLote', refs), $('aut-lista'));
    for (const item of r.resultados) {
      const card = document.querySelector(`#aut-lista article[data-ref="${slugOf(item)}"]`) as HTMLElement | null;
      if (card) showResult(card, item.ok, item.mensaje, hooks);
    }
    inlineMessage(box, r.mensaje, r.resultados.every((x) => x.ok) ? 'ok' : 'error');
  } catch (e) {
    inlineMessage(box, messageOf(e), 'error');
  }
  updateSelection();
}

export function setupAutorizaciones(): void {
  $('aut-actualizar').addEventListener('click', () => void loadPendientes());
  $('aut-varios').addEventListener('click', () => void autorizarSeleccion());
  $('aut-filtro-clase').addEventListener('change', filtrar);
  $('aut-filtro-hasta').addEventListener('change', filtrar);
  $('aut-lista').addEventListener('change', (ev) => {
    if ((ev.target as HTMLElement).classList.contains('aut-sel')) updateSelection();
  });
  $('aut-todo').addEventListener('change', () => {
    const on = input('aut-todo').checked;
    for (const c of visibles()) {
      const b = c.querySelector('input.aut-sel') as HTMLInputElement | null;
      if (b) b.checked = on;
    }
    updateSelection();
    announce(on ? 'Se seleccionaron todas las solicitudes visibles.' : 'Se quitó la selección.');
  });
}
