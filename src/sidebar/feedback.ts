// Feedback where the person looks: the one live region, errors beside their fields, loading states and busy buttons.
import { $, clear, el } from './dom';

/** The one live region: every result is announced here (and shown where the action happened). */
export function announce(msg: string): void {
  const live = $('status');
  live.textContent = '';
  live.textContent = msg;
}

/** A page-level problem (loading the panel): shown at the top, announced once. */
export function showPageError(e: unknown): void {
  const msg = messageOf(e);
  $('error').textContent = msg;
  announce(msg);
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Marks a field invalid with its message beside it (aria-invalid + aria-describedby). */
export function fieldError(field: HTMLElement, msg: string): void {
  const id = `${field.id}-error`;
  let box = document.getElementById(id);
  if (!box) {
    box = el('div', { id, class: 'field-error' });
    const group = field.closest('.form-group, fieldset') ?? field.parentElement;
    if (group) group.appendChild(box);
  }
  box.textContent = msg;
  field.setAttribute('aria-invalid', 'true');
  const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
  field.setAttribute('aria-describedby', [...described, id].join(' '));
}

/** Removes every field error inside a container (an old error never stays during a new attempt). */
export function clearFieldErrors(root: HTMLElement): void {
  for (const f of Array.from(root.querySelectorAll('[aria-invalid="true"]'))) {
    const id = `${f.id}-error`;
    f.removeAttribute('aria-invalid');
    const rest = (f.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
    if (rest.length) f.setAttribute('aria-describedby', rest.join(' '));
    else f.removeAttribute('aria-describedby');
  }
  for (const b of Array.from(root.querySelectorAll('.field-error'))) b.remove();
}

/** Shows errors on fields and focuses the first; returns whether there were any. */
export function showFieldErrors(errors: Array<[HTMLElement, string]>): boolean {
  for (const [f, m] of errors) fieldError(f, m);
  if (errors.length) {
    const first = errors[0][0];
    const target = first.tagName === 'FIELDSET' ? (first.querySelector('input') as HTMLElement | null) ?? first : first;
    target.focus();
    announce(`Revise ${errors.length === 1 ? 'un campo' : `${errors.length} campos`}: ${errors[0][1]}`);
  }
  return errors.length > 0;
}

/** A message inside a form or card, next to its buttons (role-less: the live region announces it). */
export function inlineMessage(box: HTMLElement, msg: string, kind: 'ok' | 'error'): void {
  box.classList.add('msg-inline');
  box.classList.toggle('ok', kind === 'ok');
  box.classList.toggle('error', kind === 'error');
  box.textContent = msg;
  announce(msg);
}

/** Runs a server call with these buttons disabled (and aria-busy on the container) meanwhile. */
export async function busy<T>(buttons: HTMLElement[], f: () => Promise<T>, container?: HTMLElement): Promise<T> {
  for (const b of buttons) (b as HTMLButtonElement).disabled = true;
  if (container) container.setAttribute('aria-busy', 'true');
  try {
    return await f();
  } finally {
    for (const b of buttons) (b as HTMLButtonElement).disabled = false;
    if (container) container.removeAttribute('aria-busy');
  }
}

/** A list that is loading says so (never an empty list that reads as «nothing pending»). */
export function showLoading(list: HTMLElement, what: string): void {
  clear(list);
  list.setAttribute('aria-busy', 'true');
  list.appendChild(el('p', { class: 'loading' }, `Cargando ${what}…`));
}

export function doneLoading(list: HTMLElement): void {
  list.removeAttribute('aria-busy');
  clear(list);
}

/** Loads a list: loading state, refresh buttons disabled, the error shown in the list itself. */
export async function loadList<T>(list: HTMLElement, what: string, refresh: HTMLElement[], fetch: () => Promise<T>, render: (v: T) => void): Promise<void> {
  // A tab shown twice while its list loads (a click during the first load) does not start a second load.
  if (list.getAttribute('aria-busy') === 'true') return;
  showLoading(list, what);
  for (const b of refresh) (b as HTMLButtonElement).disabled = true;
  try {
    const v = await fetch();
    doneLoading(list);
    render(v);
  } catch (e) {
    doneLoading(list);
    list.appendChild(el('p', { class: 'msg-inline error' }, `No se pudo cargar: ${messageOf(e)}`));
    announce(`No se pudo cargar: ${messageOf(e)}`);
  } finally {
    for (const b of refresh) (b as HTMLButtonElement).disabled = false;
  }
}
