// The sheet grid: a plain table with column letters and row numbers, frozen rows, colours, notes and drop-downs;
// arrows move, Enter/F2 or typing edits, Enter saves (as the person chosen in «Actuar como»), Escape cancels.
import { $, busyWhile, el } from './api.js';

const HEAD_H = 24;
const ROW_H = 24;
let view = null;
let sel = { r: 0, c: 0 };
let onCommit = async () => {};

export function setCommit(fn) {
  onCommit = fn;
}

const ref = (r, c) => `${view.columns[c].letter}${r + 1}`;
const cellAt = (r, c) => $('rejilla').querySelector(`td[data-r="${r}"][data-c="${c}"]`);

export function renderSheet(v, keep) {
  view = v;
  if (!keep) sel = { r: Math.min(v.frozenRows, v.rows.length - 1), c: 0 };
  const t = el('table', { 'aria-label': `Hoja ${v.name}` });
  const cols = el('colgroup', {}, undefined, [el('col', { style: 'width:44px' })]);
  const widths = v.columns.map((c) => Math.max(40, Math.min(c.width, 420)));
  for (const w of widths) cols.appendChild(el('col', { style: `width:${w}px` }));
  t.style.width = `${widths.reduce((a, b) => a + b, 44)}px`;
  t.appendChild(cols);
  const hr = el('tr', {}, undefined, [el('th', { scope: 'col' }, undefined, [el('span', { class: 'oculto' }, 'Fila')])]);
  for (const c of v.columns) hr.appendChild(el('th', { scope: 'col' }, c.letter));
  t.appendChild(el('thead', {}, undefined, [hr]));
  const body = el('tbody');
  v.rows.forEach((row, r) => body.appendChild(rowEl(row, r)));
  t.appendChild(body);
  $('rejilla').replaceChildren(t);
  t.addEventListener('keydown', onKey);
  t.addEventListener('click', (e) => {
    const td = e.target.closest('td');
    if (td) select(+td.dataset.r, +td.dataset.c, true);
  });
  t.addEventListener('dblclick', (e) => {
    if (e.target.closest('td')) startEdit();
  });
  select(sel.r, sel.c, false);
}

function rowEl(row, r) {
  const frozen = r < view.frozenRows;
  const tr = el('tr', { class: frozen ? (r === view.frozenRows - 1 ? 'congelada ultima-congelada' : 'congelada') : undefined });
  if (frozen) tr.style.top = `${HEAD_H + r * ROW_H}px`;
  tr.appendChild(el('th', { scope: 'row' }, String(r + 1)));
  row.forEach((cell, c) => {
    const td = el('td', { 'data-r': r, 'data-c': c, tabindex: -1, class: [cell.note ? 'nota' : '', cell.list ? 'lista' : ''].join(' ').trim() || undefined }, cell.t);
    if (cell.bg) td.style.background = cell.bg;
    if (cell.color) td.style.color = cell.color;
    if (cell.bold) td.style.fontWeight = 'bold';
    if (cell.note) td.title = cell.note;
    tr.appendChild(td);
  });
  return tr;
}

function select(r, c, focus) {
  if (!view) return;
  r = Math.max(0, Math.min(view.rows.length - 1, r));
  c = Math.max(0, Math.min(view.columns.length - 1, c));
  const old = cellAt(sel.r, sel.c);
  if (old) {
    old.classList.remove('sel');
    old.tabIndex = -1;
  }
  sel = { r, c };
  const td = cellAt(r, c);
  if (!td) return;
  td.classList.add('sel');
  td.tabIndex = 0;
  if (focus) td.focus();
  const cell = view.rows[r][c];
  $('celda-ref').textContent = ref(r, c);
  const info = [cell.formula ? `Fórmula: ${cell.formula}` : '', cell.note ? `Nota: ${cell.note}` : '', cell.list ? `Lista: ${cell.list.join(', ')}` : ''].filter(Boolean);
  $('celda-info').textContent = info.length ? info.join(' · ') : cell.t;
}

function onKey(e) {
  if (e.target.tagName !== 'TD') return;
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (moves[e.key]) {
    e.preventDefault();
    select(sel.r + moves[e.key][0], sel.c + moves[e.key][1], true);
  } else if (e.key === 'Enter' || e.key === 'F2') {
    e.preventDefault();
    startEdit();
  } else if (e.key === 'Delete' || e.key === 'Backspace') {
    e.preventDefault();
    void commit('');
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    startEdit(e.key);
  }
}

/** Opens the editor in the selected cell: a drop-down for a list validation, else a text box. */
export function startEdit(initial) {
  const td = cellAt(sel.r, sel.c);
  const cell = view.rows[sel.r][sel.c];
  const label = `Valor de la celda ${ref(sel.r, sel.c)}`;
  let input;
  if (cell.list) {
    input = el('select', { 'aria-label': label });
    for (const o of ['', ...cell.list]) input.appendChild(el('option', { value: o, selected: o === cell.t }, o || '(vacío)'));
  } else {
    input = el('input', { type: 'text', 'aria-label': label, value: initial !== undefined ? initial : cell.formula || cell.t });
  }
  td.replaceChildren(input);
  input.focus();
  let done = false;
  const finish = (save) => {
    if (done) return;
    done = true;
    if (save && input.value !== (cell.formula || cell.t)) void commit(input.value);
    else {
      td.textContent = cell.t;
      td.focus();
    }
  };
  input.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  });
  input.addEventListener('blur', () => finish(true));
}

async function commit(value) {
  const at = { ...sel };
  const ok = await busyWhile(onCommit(view.name, at.r + 1, at.c + 1, value));
  select(ok ? at.r + 1 : at.r, at.c, true);
}

export function currentSheet() {
  return view ? view.name : null;
}
