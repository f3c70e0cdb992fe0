// Browser code of the sidebar: starts the panel for the person using it and wires each tab to its view.
import type { PanelInicio } from '../app/panel/sidebar.api';
import { $, el, fillRedes, fillSelect } from './dom';
import { loadPendientes, setupAutorizaciones } from './autorizaciones.view';
import { loadPublicaciones, setupEditor, updatePreview } from './editor';
import { showPageError } from './feedback';
import { loadHoy, loadMias, setupMias } from './mias.view';
import { setupPropuesta } from './propuesta.form';
import { call } from './server';
import { mountSegob } from './segob.view';
import { state } from './state';
import { onShow, selectTab, setCount, setupTabs } from './tabs';

function setupForms(inicio: PanelInicio): void {
  $('quien').textContent = `${inicio.usuario || 'Usuario sin correo visible'} · ${inicio.rol}`;
  if (inicio.modoEnsayo) $('quien').appendChild(el('span', { class: 'badge warn' }, 'Modo ensayo'));
  if (inicio.aviso) showPageError(new Error(inicio.aviso));
  fillSelect($('p-tipo'), inicio.tipos.map((t) => [t, t]), 'Elija un tipo');
  fillSelect($('p-marco'), inicio.marcos.map((m) => [m, m === 'Ambas' ? 'Ambas leyes' : m]), 'Elija el marco legal');
  fillRedes($('p-redes'), 'p', inicio.redes);
  fillRedes($('c-redes'), 'c', inicio.redes);
  $('tab-textos').classList.toggle('hidden', !inicio.puedeEditarPublicaciones);
  setCount(inicio.solicitudes);
}

async function start(): Promise<void> {
  setupTabs();
  setupPropuesta();
  setupEditor();
  setupAutorizaciones();
  setupMias();
  mountSegob(document.body); // Boletines CS01 and Agenda CS02
  onShow('mias', () => void loadMias());
  onShow('autorizaciones', () => void loadPendientes());
  onShow('hoy', () => void loadHoy());
  try {
    const inicio = await call('panelInicio');
    state.inicio = inicio;
    setupForms(inicio);
    updatePreview();
    // The Titular opens on her list when something waits for her.
    if (inicio.esTitular && inicio.solicitudes > 0) selectTab('autorizaciones', false);
    if (inicio.puedeEditarPublicaciones) await loadPublicaciones();
    document.body.setAttribute('data-listo', 'true');
  } catch (e) {
    showPageError(e);
    document.body.setAttribute('data-listo', 'error');
  }
}

void start();
