// Wires the page: who is acting, the add-on menu, the sheet tabs, the clock, and refreshing after every change.
import { $, busyWhile, el, get, post, postStream, toast } from './api.js';
import { currentSheet, renderSheet, setCommit } from './grid.js';
import { ask, closePanel, inform, setAfterChange, showRun } from './panels.js';
import { showOutputs } from './outputs.js';

const state = { as: '', sheets: [] };

async function refresh(keep = true) {
  const e = await get('/api/estado');
  $('reloj-ahora').textContent = e.ahora;
  document.body.dataset.ahora = e.ahora;
  state.sheets = e.hojas.filter((h) => !h.oculta).map((h) => h.nombre);
  drawTabs();
  const name = currentSheet() && state.sheets.includes(currentSheet()) ? currentSheet() : state.sheets[0];
  if (name) renderSheet(await get(`/api/hoja?nombre=${encodeURIComponent(name)}`), keep && name === currentSheet());
  showOutputs(await get('/api/salidas'));
}

function drawTabs() {
  const cur = currentSheet();
  const tabs = state.sheets.map((n) => el('button', { type: 'button', role: 'tab', 'aria-selected': String(n === cur), tabindex: n === cur ? 0 : -1 }, n));
  tabs.forEach((b, i) => {
    b.addEventListener('click', () => void openSheet(state.sheets[i], false));
    b.addEventListener('keydown', (e) => {
      const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (to !== undefined && tabs[(to + tabs.length) % tabs.length]) {
        e.preventDefault();
        void openSheet(state.sheets[(to + tabs.length) % tabs.length], true);
      }
    });
  });
  $('pestanas').replaceChildren(...tabs);
}

async function openSheet(name, focusTab) {
  renderSheet(await get(`/api/hoja?nombre=${encodeURIComponent(name)}`), false);
  drawTabs();
  if (focusTab) $('pestanas').querySelector('[aria-selected=true]').focus();
}

setCommit(async (hoja, fila, columna, valor) => {
  try {
    const r = await post('/api/editar', { as: state.as, hoja, fila, columna, valor });
    for (const x of r.ejecuciones) showRun(x);
    await refresh(true);
    return true;
  } catch (e) {
    await refresh(true);
    await inform('No se puede editar', e.message);
    return false;
  }
});

setAfterChange(() => void busyWhile(refresh(true)));

/** The file opening for the chosen person: panels close and onOpen builds the menu as them. */
async function actAs(email) {
  state.as = email;
  closePanel();
  const r = await post('/api/abrir', { as: email });
  const items = r.menu.flatMap((m) => m.items);
  $('menu-lista').replaceChildren(...items.map((it) => el('li', { role: 'none' }, undefined, [el('button', { type: 'button', role: 'menuitem', tabindex: -1, 'data-funcion': it.functionName }, it.label)])));
  await refresh(true);
}

function menuOpen(open) {
  $('menu-lista').hidden = !open;
  $('menu-boton').setAttribute('aria-expanded', String(open));
  if (open) $('menu-lista').querySelector('[role=menuitem]')?.focus();
}

async function runMenu(fn) {
  menuOpen(false);
  $('menu-boton').focus();
  const answers = [];
  for (;;) {
    const r = await post('/api/menu', { as: state.as, funcion: fn, respuestas: answers });
    if (!r.preguntar) {
      showRun(r);
      break;
    }
    answers.push(await ask(r.preguntar));
  }
  await refresh(true);
}

$('menu-boton').addEventListener('click', () => menuOpen($('menu-lista').hidden));
$('menu-lista').addEventListener('click', (e) => {
  const b = e.target.closest('[role=menuitem]');
  if (b) void busyWhile(runMenu(b.dataset.funcion)).catch((err) => toast(err.message, true));
});
$('menu-lista').addEventListener('keydown', (e) => {
  const items = [...$('menu-lista').querySelectorAll('[role=menuitem]')];
  const i = items.indexOf(document.activeElement);
  const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[e.key];
  if (to !== undefined) {
    e.preventDefault();
    items[(to + items.length) % items.length].focus();
  } else if (e.key === 'Escape') {
    menuOpen(false);
    $('menu-boton').focus();
  }
});

async function advance(body) {
  const buttons = ['reloj-hora', 'reloj-dia', 'reloj-ir'].map($);
  buttons.forEach((b) => (b.disabled = true));
  $('reloj-progreso').hidden = false;
  try {
    const last = await postStream('/api/reloj', body, (p) => {
      $('reloj-progreso').max = p.total;
      $('reloj-progreso').value = p.done;
      $('reloj-ahora').textContent = p.now;
      $('reloj-estado').textContent = p.fin ? `Listo: ${p.runs} ejecuciones de activadores${p.errors.length ? `, ${p.errors.length} con error` : ''}.` : `Avanzando: hora ${p.done} de ${p.total} · ${p.runs} ejecuciones`;
    });
    for (const err of last?.errors ?? []) toast(err, true);
  } catch (e) {
    $('reloj-estado').textContent = e.message;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    $('reloj-progreso').hidden = true;
    await refresh(true);
  }
}

$('reloj-hora').addEventListener('click', () => void advance({ horas: 1 }));
$('reloj-dia').addEventListener('click', () => void advance({ horas: 24 }));
$('reloj-ir').addEventListener('click', () => {
  const v = $('reloj-hasta').value;
  if (!v) $('reloj-estado').textContent = 'Elija la fecha y hora hasta la que avanzar.';
  else void advance({ hasta: v });
});

async function boot() {
  const e = await get('/api/estado');
  $('persona').replaceChildren(...e.personas.map((p) => el('option', { value: p.email }, p.label)));
  $('persona').addEventListener('change', () => void busyWhile(actAs($('persona').value)));
  await actAs(e.personas[0].email);
  document.body.dataset.listo = 'true';
}

boot().catch((e) => toast(e.message, true));
