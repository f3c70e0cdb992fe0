// The add-on's sidebar (300 px, as in Sheets) and dialogs in sandboxed frames, the relay of their google.script.run
// calls to the server, and the alerts and prompts of menu functions.
import { $, el, post, toast } from './api.js';

let afterChange = () => {};
const frames = new Map(); // window of a frame -> panel id

export function setAfterChange(fn) {
  afterChange = fn;
}

window.addEventListener('message', async (ev) => {
  const id = frames.get(ev.source);
  const d = ev.data;
  if (!id || !d || typeof d !== 'object') return;
  if (d.gas === 'close') return closePanel(id);
  if (d.gas !== 'run') return;
  let reply;
  try {
    const r = await post('/api/run', { panel: id, funcion: d.fn, args: d.args });
    reply = { gas: 'result', id: d.id, ok: r.ok, value: r.value, message: r.message, name: r.name };
    if (r.ui) showRun(r.ui);
  } catch (e) {
    reply = { gas: 'result', id: d.id, ok: false, message: e.message };
  }
  ev.source.postMessage(reply, '*');
  refreshSoon();
});

let soon = null;

/** One refresh after a burst of panel calls (a sidebar loading makes several in a row). */
function refreshSoon() {
  if (soon) clearTimeout(soon);
  soon = setTimeout(() => {
    soon = null;
    afterChange();
  }, 150);
}

function frameFor(panel) {
  return panel.kind === 'sidebar' ? $('lateral-marco') : $('ventana-marco');
}

function openPanel(panel) {
  const frame = frameFor(panel);
  for (const [w, id] of frames) if (w === frame.contentWindow || id === panel.id) frames.delete(w);
  frame.src = `/panel/${panel.id}`;
  frames.set(frame.contentWindow, panel.id);
  frame.dataset.panel = panel.id;
  if (panel.kind === 'sidebar') {
    $('lateral-titulo').textContent = panel.title || 'Panel';
    $('lateral').hidden = false;
  } else {
    $('ventana-titulo').textContent = panel.title || 'Ventana';
    if (!$('ventana').open) $('ventana').showModal();
  }
}

export function closePanel(id) {
  for (const f of [$('lateral-marco'), $('ventana-marco')]) {
    if (id !== undefined && f.dataset.panel !== id) continue;
    frames.delete(f.contentWindow);
    f.removeAttribute('src');
    f.dataset.panel = '';
    if (f.id === 'lateral-marco') $('lateral').hidden = true;
    else if ($('ventana').open) $('ventana').close();
  }
}

$('lateral-cerrar').addEventListener('click', () => closePanel($('lateral-marco').dataset.panel));
$('ventana-cerrar').addEventListener('click', () => closePanel($('ventana-marco').dataset.panel));
$('dialogo-entrada').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    $('dialogo').close('OK');
  }
});
$('ventana').addEventListener('cancel', () => closePanel($('ventana-marco').dataset.panel));

/** What a run showed: toasts, alerts nobody had to answer, panels it opened, its error. */
export function showRun(r) {
  for (const t of r.toasts || []) toast(t.title ? `${t.title}: ${t.message}` : t.message);
  for (const p of r.paneles || []) openPanel(p);
  if (r.error) toast(`Error en ${r.funcion}: ${r.error}`, true);
}

const LABELS = { OK: 'Aceptar', CANCEL: 'Cancelar', YES: 'Sí', NO: 'No' };
const SETS = { OK: ['OK'], OK_CANCEL: ['CANCEL', 'OK'], YES_NO: ['NO', 'YES'], YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'] };

/**
 * Shows an alert or prompt as Sheets does and resolves with the reply the emulator understands: the text typed
 * (OK), 'ok'/'yes'/'no'/'cancel' for alerts, '!cancel'/'!no' for prompts, '!close' when closed with Escape.
 */
let asked = 0;

export function ask(q) {
  const d = $('dialogo');
  d.dataset.n = String(++asked);
  $('dialogo-titulo').textContent = q.title || 'Difusión ICM';
  $('dialogo-texto').textContent = q.prompt;
  $('dialogo-campo').hidden = q.kind !== 'prompt';
  $('dialogo-entrada').value = '';
  const buttons = SETS[q.buttons] || ['OK'];
  $('dialogo-botones').replaceChildren(...buttons.map((b) => el('button', { type: 'submit', value: b, class: b === 'OK' || b === 'YES' ? 'principal-btn' : undefined }, LABELS[b])));
  return new Promise((resolve) => {
    d.addEventListener('close', () => {
      const b = d.returnValue;
      if (!b) resolve('!close');
      else if (q.kind === 'prompt') resolve(b === 'OK' || b === 'YES' ? $('dialogo-entrada').value : `!${b.toLowerCase()}`);
      else resolve(b.toLowerCase());
    }, { once: true });
    d.returnValue = '';
    d.showModal();
    (q.kind === 'prompt' ? $('dialogo-entrada') : d.querySelector('.principal-btn') || d.querySelector('button')).focus();
  });
}

/** A message with one «Aceptar» (refusals of an edit, as Sheets shows them). */
export async function inform(title, text) {
  await ask({ kind: 'alert', title, prompt: text, buttons: 'OK' });
}
