// «Lo que salió del libro»: the outbox with its attachments, each network's posts with their permalinks, the Bitácora,
// and the meter of the last execution against Apps Script's quotas.
import { $, el, table } from './api.js';

let data = null;
let current = 'correos';
const TABS = ['correos', 'x', 'facebook', 'web', 'bitacora', 'medidor'];

const link = (href, text) => el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
const empty = (text) => el('p', { class: 'vacio' }, text);

function correos() {
  if (!data.correos.length) return empty('No se ha enviado ningún correo.');
  const rows = data.correos.slice().reverse().map((m) => [
    m.at,
    [...m.to, ...m.cc].join(', '),
    el('details', {}, undefined, [el('summary', {}, m.subject), el('pre', {}, m.body)]),
    m.attachments.length ? el('span', {}, undefined, m.attachments.map((a) => link(a.href, `${a.name} (${Math.ceil(a.bytes / 1024)} KB) `))) : '—',
  ]);
  return table('Correos enviados', ['Fecha', 'Para', 'Asunto', 'Adjuntos'], rows);
}

function red(name, label) {
  const posts = data.redes[name] || [];
  if (!posts.length) return empty(`${label} no ha recibido ninguna publicación.`);
  const rows = posts.slice().reverse().map((p) => [p.at, String(p.status), el('div', { class: 'texto' }, p.text), p.permalink ? link(p.permalink, p.permalink) : '—']);
  return table(`Publicaciones recibidas por ${label}`, ['Fecha', 'Respuesta', 'Texto', 'Enlace permanente'], rows);
}

function bitacora() {
  const b = data.bitacora;
  if (!b.rows.length) return empty('La Bitácora está vacía.');
  return table('Bitácora (lo más reciente primero)', b.head, b.rows);
}

function medidor() {
  const m = data.medidor;
  if (!m) return empty('Todavía no hay ninguna ejecución medida.');
  const box = el('div');
  box.appendChild(el('p', {}, `Última ejecución: ${m.functionName} como ${m.user} a las ${m.at} — ${m.total} llamadas a servicios, ${m.wallMs} ms.`));
  box.appendChild(table('Cuotas de Apps Script', ['Límite', 'Usado', 'Máximo', ''], m.limits.map((l) => [l.label, String(l.used), String(l.limit), el('meter', { min: 0, max: l.limit, value: l.used, 'aria-label': l.label })])));
  box.appendChild(table('Llamadas por método', ['Método', 'Llamadas'], m.counts.map(([k, v]) => [k, String(v)])));
  return box;
}

function render() {
  if (!data) return;
  const views = { correos, x: () => red('x', 'X'), facebook: () => red('facebook', 'Facebook'), web: () => red('web', 'El sitio web'), bitacora, medidor };
  $('s-panel').replaceChildren(views[current]());
  $('s-panel').setAttribute('aria-labelledby', `s-${current}`);
}

export function choose(name, focus) {
  current = name;
  for (const t of TABS) {
    const b = $(`s-${t}`);
    b.setAttribute('aria-selected', String(t === name));
    b.tabIndex = t === name ? 0 : -1;
    if (t === name && focus) b.focus();
  }
  render();
}

export function showOutputs(d) {
  data = d;
  render();
}

TABS.forEach((t, i) => {
  const b = $(`s-${t}`);
  b.addEventListener('click', () => choose(t, false));
  b.addEventListener('keydown', (e) => {
    const to = { ArrowRight: (i + 1) % TABS.length, ArrowLeft: (i + TABS.length - 1) % TABS.length, Home: 0, End: TABS.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      choose(TABS[to], true);
    }
  });
});
