// Browser code of the sidebar: tabs, the proposal and publication forms with live counters, the Titular's decisions, today's posts.
import { FACEBOOK_MAX, X_MAX_WEIGHTED, facebookLength, xWeightedLength } from '../domain/post-limits';
import type {
  HoyApi,
  ItemRefApi,
  PanelInicio,
  PendienteApi,
  PropuestaAutorizadaApi,
  PropuestaResumenApi,
  PublicacionApi,
} from '../app/panel/sidebar.api';
import { call } from './server';
import { mountSegob } from './segob.view';

type Attrs = Record<string, string>;

function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error('Falta el elemento ' + id);
  return e;
}

function input(id: string): HTMLInputElement {
  return $(id) as HTMLInputElement;
}

/** Creates an element; user text only ever goes in through textContent. */
function el(tag: string, attrs: Attrs = {}, text?: string, children: Node[] = []): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  for (const c of children) e.appendChild(c);
  return e;
}

function clear(e: HTMLElement): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

let state: { inicio: PanelInicio | null; publicaciones: PublicacionApi[]; autorizadas: PropuestaAutorizadaApi[] } = {
  inicio: null,
  publicaciones: [],
  autorizadas: [],
};

function showOk(msg: string): void {
  $('error').textContent = '';
  $('status').textContent = msg;
}

function showError(e: unknown): void {
  $('status').textContent = '';
  $('error').textContent = e instanceof Error ? e.message : String(e);
}

/** Runs a server call with the buttons of a form disabled meanwhile. */
async function busy<T>(buttons: HTMLElement[], f: () => Promise<T>): Promise<T | undefined> {
  for (const b of buttons) (b as HTMLButtonElement).disabled = true;
  try {
    return await f();
  } catch (e) {
    showError(e);
    return undefined;
  } finally {
    for (const b of buttons) (b as HTMLButtonElement).disabled = false;
  }
}

// ---- tabs ----

const TABS = ['nueva', 'mias', 'autorizaciones', 'hoy'] as const;
type Tab = (typeof TABS)[number];

function selectTab(tab: Tab, focus: boolean): void {
  for (const t of TABS) {
    const b = $('tab-' + t);
    const on = t === tab;
    b.setAttribute('aria-selected', on ? 'true' : 'false');
    b.setAttribute('tabindex', on ? '0' : '-1');
    $('panel-' + t).classList.toggle('hidden', !on);
    if (on && focus) b.focus();
  }
  if (tab === 'mias') void loadMias();
  if (tab === 'autorizaciones') void loadPendientes();
  if (tab === 'hoy') void loadHoy();
}

function setupTabs(): void {
  TABS.forEach((t, i) => {
    const b = $('tab-' + t);
    b.addEventListener('click', () => selectTab(t, false));
    b.addEventListener('keydown', (ev: KeyboardEvent) => {
      let next = -1;
      if (ev.key === 'ArrowRight') next = (i + 1) % TABS.length;
      else if (ev.key === 'ArrowLeft') next = (i + TABS.length - 1) % TABS.length;
      else if (ev.key === 'Home') next = 0;
      else if (ev.key === 'End') next = TABS.length - 1;
      if (next >= 0) {
        ev.preventDefault();
        selectTab(TABS[next], true);
      }
    });
  });
}

// ---- forms helpers ----

function fillSelect(sel: HTMLElement, options: Array<[string, string]>, placeholder?: string): void {
  clear(sel);
  if (placeholder !== undefined) sel.appendChild(el('option', { value: '' }, placeholder));
  for (const [value, label] of options) sel.appendChild(el('option', { value }, label));
}

function fillRedes(fieldset: HTMLElement, prefix: string, redes: string[]): void {
  const legend = fieldset.querySelector('legend');
  clear(fieldset);
  if (legend) fieldset.appendChild(legend);
  for (const r of redes) {
    const id = `${prefix}-red-${r.toLowerCase()}`;
    const box = el('input', { type: 'checkbox', id, value: r });
    fieldset.appendChild(el('label', { for: id }, undefined, [box, document.createTextNode(' ' + (r === 'Web' ? 'Sitio web' : r))]));
  }
}

function checkedRedes(fieldset: HTMLElement): string[] {
  return Array.from(fieldset.querySelectorAll('input[type="checkbox"]'))
    .filter((b) => (b as HTMLInputElement).checked)
    .map((b) => (b as HTMLInputElement).value);
}

function setRedes(fieldset: HTMLElement, redes: string[]): void {
  for (const b of Array.from(fieldset.querySelectorAll('input[type="checkbox"]'))) {
    const box = b as HTMLInputElement;
    box.checked = redes.indexOf(box.value) >= 0;
  }
}

// ---- Nueva propuesta ----

async function submitPropuesta(ev: Event): Promise<void> {
  ev.preventDefault();
  const p = {
    tipo: input('p-tipo').value,
    tema: input('p-tema').value,
    direccion: input('p-direccion').value,
    marcoLegal: input('p-marco').value,
    descripcion: input('p-descripcion').value,
    del: input('p-del').value,
    al: input('p-al').value,
    redes: checkedRedes($('p-redes')),
  };
  const faltan: string[] = [];
  if (!p.tipo) faltan.push('tipo');
  if (!p.tema.trim()) faltan.push('tema');
  if (!p.direccion.trim()) faltan.push('dirección');
  if (!p.marcoLegal) faltan.push('marco legal');
  if (!p.descripcion.trim()) faltan.push('descripción');
  if (!p.del) faltan.push('fecha «del»');
  if (!p.al) faltan.push('fecha «al»');
  if (p.redes.length === 0) faltan.push('al menos una red');
  if (faltan.length) {
    showError(new Error('Complete: ' + faltan.join(', ') + '.'));
    return;
  }
  const r = await busy([$('p-enviar')], () => call('panelCrearPropuesta', p));
  if (r) {
    showOk(r.mensaje);
    ($('form-propuesta') as HTMLFormElement).reset();
  }
}

// ---- Textos de una publicación ----

function updateCounters(): void {
  const x = input('c-texto-x').value;
  const fb = input('c-texto-facebook').value;
  const web = input('c-texto-web').value;
  const nx = xWeightedLength(x);
  const nfb = facebookLength(fb);
  const cx = $('c-cuenta-x');
  cx.textContent = `${nx} / ${X_MAX_WEIGHTED}` + (nx > X_MAX_WEIGHTED ? ` — sobran ${nx - X_MAX_WEIGHTED}` : '');
  cx.classList.toggle('over', nx > X_MAX_WEIGHTED);
  const cf = $('c-cuenta-facebook');
  cf.textContent = `${nfb} / ${FACEBOOK_MAX}` + (nfb > FACEBOOK_MAX ? ` — sobran ${nfb - FACEBOOK_MAX}` : '');
  cf.classList.toggle('over', nfb > FACEBOOK_MAX);
  $('c-cuenta-web').textContent = `${facebookLength(web)} caracteres`;
  const prev = $('c-preview');
  clear(prev);
  const redes = checkedRedes($('c-redes'));
  const textos: Array<[string, string]> = [['X', x], ['Facebook', fb], ['Web', web]];
  for (const [red, t] of textos) {
    if (redes.indexOf(red) < 0) continue;
    prev.appendChild(el('div', { class: 'card' }, undefined, [
      el('h3', {}, red === 'Web' ? 'Sitio web' : red),
      el('div', { class: 'preview' }, t || '(sin texto)'),
    ]));
  }
  if (!prev.firstChild) prev.appendChild(el('p', { class: 'empty' }, 'Elija al menos una red para ver la vista previa.'));
}

function fillPublicacion(): void {
  const id = input('c-id').value;
  const p = state.publicaciones.find((x) => x.id === id);
  input('c-propuesta').value = p ? p.propuesta : '';
  input('c-fecha').value = p ? p.fecha : '';
  input('c-hora').value = p ? p.hora : '';
  setRedes($('c-redes'), p ? p.redes : []);
  input('c-texto-x').value = p ? p.textoX : '';
  input('c-texto-facebook').value = p ? p.textoFacebook : '';
  input('c-texto-web').value = p ? p.textoWeb : '';
  input('c-imagen').value = p ? p.imagen : '';
  updateCounters();
}

async function loadPublicaciones(): Promise<void> {
  const [pubs, aut] = await Promise.all([call('panelPublicaciones'), call('panelPropuestasAutorizadas')]);
  state = { ...state, publicaciones: pubs, autorizadas: aut };
  fillSelect($('c-id'), pubs.map((p) => [p.id, `${p.id} · ${p.fecha} ${p.hora} · ${p.tema || 'sin tema'}${p.autorizacion ? ' · ' + p.autorizacion : ''}`]), 'Nueva publicación');
  fillSelect($('c-propuesta'), aut.map((p) => [p.id, `${p.id} · ${p.tema} (${p.del} a ${p.al})`]), 'Elija una propuesta');
  fillPublicacion();
}

async function submitPublicacion(ev: Event): Promise<void> {
  ev.preventDefault();
  const p = {
    id: input('c-id').value,
    propuesta: input('c-propuesta').value,
    fecha: input('c-fecha').value,
    hora: input('c-hora').value,
    redes: checkedRedes($('c-redes')),
    textoX: input('c-texto-x').value,
    textoFacebook: input('c-texto-facebook').value,
    textoWeb: input('c-texto-web').value,
    imagen: input('c-imagen').value,
  };
  const r = await busy([$('c-guardar')], () => call('panelGuardarPublicacion', p));
  if (r) {
    showOk(r.mensaje);
    await loadPublicaciones().catch(showError);
    input('c-id').value = r.id;
    fillPublicacion();
  }
}

// ---- Mis propuestas ----

async function loadMias(): Promise<void> {
  const list = $('mias-lista');
  try {
    const items: PropuestaResumenApi[] = await call('panelMisPropuestas');
    clear(list);
    if (items.length === 0) list.appendChild(el('p', { class: 'empty' }, 'Aún no tiene propuestas.'));
    for (const p of items) {
      const card = el('article', { class: 'card', 'aria-label': `Propuesta ${p.id}` }, undefined, [
        el('h3', {}, `${p.id} · ${p.tema}`),
        el('div', { class: 'meta' }, `${p.tipo} · del ${p.del} al ${p.al} · enviada ${p.fecha}`),
        el('div', {}, `Estado: ${p.estado || 'Pendiente'}`),
      ]);
      if (p.comentario) card.appendChild(el('div', { class: 'text' }, `Comentario de la Titular: ${p.comentario}`));
      list.appendChild(card);
    }
  } catch (e) {
    showError(e);
  }
}

// ---- Autorizaciones ----

/** The reference sent back with a decision carries the fingerprint of the content this card shows. */
function refOf(p: PendienteApi): ItemRefApi {
  return { hoja: p.hoja, id: p.id, huella: p.huella };
}

function pendienteCard(p: PendienteApi, titular: boolean): HTMLElement {
  const slug = `${p.hoja}-${p.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const card = el('article', { class: 'card', 'aria-label': `${p.clase} ${p.id}` });
  if (titular) {
    const box = el('input', { type: 'checkbox', id: `sel-${slug}`, 'data-hoja': p.hoja, 'data-id': p.id, 'data-huella': p.huella, class: 'aut-sel' });
    card.appendChild(el('label', { for: `sel-${slug}` }, undefined, [box, document.createTextNode(` Seleccionar ${p.clase.toLowerCase()} ${p.id}`)]));
  }
  card.appendChild(el('h3', {}, `${p.clase} ${p.id}${p.titulo ? ' · ' + p.titulo : ''}`));
  card.appendChild(el('div', { class: 'meta' }, [p.fecha, p.hora, p.estado ? `Estado: ${p.estado}` : ''].filter((x) => x).join(' · ')));
  if (p.detalle) card.appendChild(el('div', { class: 'text' }, p.detalle));
  for (const t of p.textos) {
    card.appendChild(el('h3', {}, t.red === 'Web' ? 'Sitio web' : t.red));
    card.appendChild(el('div', { class: 'preview' }, t.texto || '(sin texto)'));
  }
  if (p.imagen) {
    if (/^https:\/\//.test(p.imagen)) {
      card.appendChild(el('img', { class: 'thumb', src: p.imagen, alt: `Imagen de ${p.clase.toLowerCase()} ${p.id}` }));
      card.appendChild(el('a', { href: p.imagen, target: '_blank', rel: 'noopener noreferrer' }, 'Abrir imagen'));
    } else card.appendChild(el('div', { class: 'meta' }, `Imagen: ${p.imagen}`));
  }
  if (p.comentario) card.appendChild(el('div', { class: 'text' }, `Comentario anterior: ${p.comentario}`));
  if (!titular) return card;
  const cid = `com-${slug}`;
  const comment = el('textarea', { id: cid, rows: '2' }) as HTMLTextAreaElement;
  card.appendChild(el('div', { class: 'form-group' }, undefined, [el('label', { for: cid }, `Comentario para ${p.id}`), comment]));
  const bAut = el('button', { type: 'button', class: 'create' }, 'Autorizar');
  const bRech = el('button', { type: 'button', class: 'share' }, 'Rechazar');
  const bCamb = el('button', { type: 'button' }, 'Solicitar cambios');
  for (const [b, label] of [[bAut, 'Autorizar'], [bRech, 'Rechazar'], [bCamb, 'Solicitar cambios']] as const) {
    b.setAttribute('aria-label', `${label} ${p.clase.toLowerCase()} ${p.id}`);
  }
  const buttons = [bAut, bRech, bCamb];
  bAut.addEventListener('click', () => void decide(buttons, () => call('panelAutorizar', refOf(p))));
  bRech.addEventListener('click', () => void decide(buttons, () => call('panelRechazar', refOf(p), comment.value)));
  bCamb.addEventListener('click', () => {
    if (!comment.value.trim()) {
      showError(new Error('Escriba un comentario que explique los cambios que solicita.'));
      comment.focus();
      return;
    }
    void decide(buttons, () => call('panelSolicitarCambios', refOf(p), comment.value));
  });
  card.appendChild(el('div', {}, undefined, buttons));
  return card;
}

async function decide(buttons: HTMLElement[], f: () => Promise<{ mensaje: string }>): Promise<void> {
  const r = await busy(buttons, f);
  if (r) {
    showOk(r.mensaje);
    await loadPendientes();
  }
}

async function loadPendientes(): Promise<void> {
  const list = $('aut-lista');
  const titular = !!state.inicio && state.inicio.esTitular;
  $('aut-nota').textContent = titular
    ? 'Revise el texto completo y la imagen antes de decidir. Su autorización queda firmada y ligada a este contenido exacto.'
    : 'Solo la Titular del Instituto puede autorizar, rechazar o solicitar cambios. Aquí puede ver lo que espera su decisión.';
  $('aut-lote').classList.toggle('hidden', !titular);
  try {
    const items = await call('panelPendientes');
    clear(list);
    if (items.length === 0) list.appendChild(el('p', { class: 'empty' }, 'No hay elementos pendientes de decisión.'));
    for (const p of items) list.appendChild(pendienteCard(p, titular));
  } catch (e) {
    showError(e);
  }
}

async function autorizarSeleccion(): Promise<void> {
  const refs: ItemRefApi[] = Array.from(document.querySelectorAll('input.aut-sel'))
    .filter((b) => (b as HTMLInputElement).checked)
    .map((b) => ({
      hoja: (b.getAttribute('data-hoja') || '') as ItemRefApi['hoja'],
      id: b.getAttribute('data-id') || '',
      huella: b.getAttribute('data-huella') || '',
    }));
  if (refs.length === 0) {
    showError(new Error('Seleccione al menos un elemento.'));
    return;
  }
  await decide([$('aut-varios')], () => call('panelAutorizarVarios', refs));
}

// ---- Hoy ----

async function loadHoy(): Promise<void> {
  const list = $('hoy-lista');
  try {
    const items: HoyApi[] = await call('panelHoy');
    clear(list);
    if (items.length === 0) list.appendChild(el('p', { class: 'empty' }, 'No hay publicaciones programadas para hoy.'));
    for (const h of items) {
      const card = el('article', { class: 'card', 'aria-label': `Publicación ${h.id}` }, undefined, [
        el('h3', {}, `${h.hora} · ${h.tema || h.id}`),
        el('div', { class: 'meta' }, `${h.id} · Estado: ${h.estado || 'sin estado'} · Autorización: ${h.autorizacion || 'pendiente'}`),
      ]);
      const ul = el('ul');
      for (const r of h.redes) {
        const li = el('li', {}, `${r.red === 'Web' ? 'Sitio web' : r.red}: ${r.estado || 'pendiente'} `);
        if (r.enlace) li.appendChild(el('a', { href: r.enlace, target: '_blank', rel: 'noopener noreferrer' }, 'ver evidencia'));
        ul.appendChild(li);
      }
      card.appendChild(ul);
      list.appendChild(card);
    }
  } catch (e) {
    showError(e);
  }
}

// ---- start ----

async function start(): Promise<void> {
  setupTabs();
  mountSegob(document.body); // issue 11: Boletines CS01 and Agenda CS02
  $('form-propuesta').addEventListener('submit', (ev) => void submitPropuesta(ev));
  $('form-publicacion').addEventListener('submit', (ev) => void submitPublicacion(ev));
  for (const id of ['c-texto-x', 'c-texto-facebook', 'c-texto-web']) $(id).addEventListener('input', updateCounters);
  $('c-redes').addEventListener('change', updateCounters);
  $('c-id').addEventListener('change', fillPublicacion);
  $('mias-actualizar').addEventListener('click', () => void loadMias());
  $('aut-actualizar').addEventListener('click', () => void loadPendientes());
  $('aut-varios').addEventListener('click', () => void autorizarSeleccion());
  $('hoy-actualizar').addEventListener('click', () => void loadHoy());
  try {
    const inicio = await call('panelInicio');
    state.inicio = inicio;
    $('quien').textContent = `${inicio.usuario || 'Usuario sin correo visible'} · ${inicio.rol}`;
    if (inicio.modoEnsayo) $('quien').appendChild(el('span', { class: 'badge warn' }, 'Modo ensayo'));
    if (inicio.aviso) showError(new Error(inicio.aviso));
    fillSelect($('p-tipo'), inicio.tipos.map((t) => [t, t]), 'Elija un tipo');
    fillSelect($('p-marco'), inicio.marcos.map((m) => [m, m === 'Ambas' ? 'Ambas leyes' : m]), 'Elija el marco legal');
    fillRedes($('p-redes'), 'p', inicio.redes);
    fillRedes($('c-redes'), 'c', inicio.redes);
    if (inicio.puedeEditarPublicaciones) {
      $('form-publicacion').classList.remove('hidden');
      await loadPublicaciones();
    }
    updateCounters();
    document.body.setAttribute('data-listo', 'true');
  } catch (e) {
    showError(e);
    document.body.setAttribute('data-listo', 'error');
  }
}

void start();
