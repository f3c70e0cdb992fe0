// «Textos»: the publication editor — pick a day, write each network's text with previews, save (warning when it voids an authorization), request.
import type { PublicacionApi, PublicacionFormApi } from '../app/panel/sidebar.api';
import { $, checkedRedes, fechaCorta, fillSelect, input, setRedes } from './dom';
import { busy, clearFieldErrors, inlineMessage, messageOf, showFieldErrors } from './feedback';
import { renderPreview } from './preview';
import { call } from './server';
import { editorChecks } from './editor.checks';

let publicaciones: PublicacionApi[] = [];
let imagen = { enlace: '', dataUrl: '' };

function actual(): PublicacionApi | undefined {
  const id = input('c-id').value;
  return publicaciones.find((x) => x.id === id);
}

function leer(): PublicacionFormApi {
  return {
    id: input('c-id').value, propuesta: input('c-propuesta').value, fecha: input('c-fecha').value, hora: input('c-hora').value,
    redes: checkedRedes($('c-redes')), textoX: input('c-texto-x').value, textoFacebook: input('c-texto-facebook').value,
    textoWeb: input('c-texto-web').value, imagen: input('c-imagen').value.trim(),
  };
}

export function updatePreview(): void {
  const p = leer();
  const pub = actual();
  renderPreview({ redes: p.redes, x: p.textoX, facebook: p.textoFacebook, web: p.textoWeb, tema: pub ? pub.tema : '', imagen: imagen.enlace === p.imagen ? imagen.dataUrl : '' });
}

/** Asks the server for the image's thumbnail (a small data URL from Drive) and shows it under the field. */
async function loadThumbnail(): Promise<void> {
  const enlace = input('c-imagen').value.trim();
  const box = $('c-imagen-estado');
  imagen = { enlace, dataUrl: '' };
  if (!enlace) {
    box.textContent = '';
    updatePreview();
    return;
  }
  box.textContent = 'Cargando la imagen…';
  try {
    const r = await call('panelMiniatura', enlace);
    if (input('c-imagen').value.trim() !== enlace) return;
    imagen = { enlace, dataUrl: r.dataUrl };
    box.textContent = r.dataUrl ? 'Imagen encontrada en Drive.' : r.mensaje;
  } catch (e) {
    box.textContent = messageOf(e);
  }
  updatePreview();
}

function etiqueta(p: PublicacionApi): string {
  const estado = p.autorizacion === 'Autorizado' ? ' · autorizada' : p.autorizacion ? ` · ${p.autorizacion.toLowerCase()}` : '';
  return `${fechaCorta(p.fecha)} ${p.hora} · ${p.tema || 'sin tema'}${estado}`;
}

export function fillPublicacion(): void {
  const p = actual();
  clearFieldErrors($('form-publicacion'));
  $('c-resultado').textContent = '';
  $('c-aviso').classList.add('hidden');
  input('c-propuesta').value = p ? p.propuesta : '';
  input('c-fecha').value = p ? p.fecha : '';
  input('c-hora').value = p ? p.hora : '';
  setRedes($('c-redes'), p ? p.redes : []);
  input('c-texto-x').value = p ? p.textoX : '';
  input('c-texto-facebook').value = p ? p.textoFacebook : '';
  input('c-texto-web').value = p ? p.textoWeb : '';
  input('c-imagen').value = p ? p.imagen : '';
  $('c-autorizada').classList.toggle('hidden', !p || p.autorizacion !== 'Autorizado');
  ($('c-solicitar') as HTMLButtonElement).disabled = !p;
  void loadThumbnail();
}

export async function loadPublicaciones(select?: string): Promise<void> {
  const form = $('form-publicacion');
  form.setAttribute('aria-busy', 'true');
  $('c-cargando').classList.remove('hidden');
  try {
    const [pubs, aut] = await Promise.all([call('panelPublicaciones'), call('panelPropuestasAutorizadas')]);
    publicaciones = pubs;
    fillSelect($('c-id'), pubs.map((p) => [p.id, etiqueta(p)]), 'Nueva publicación');
    fillSelect($('c-propuesta'), aut.map((p) => [p.id, `${p.tema} (${fechaCorta(p.del)} a ${fechaCorta(p.al)})`]), 'Elija una propuesta');
    if (select !== undefined) input('c-id').value = select;
    fillPublicacion();
  } finally {
    form.removeAttribute('aria-busy');
    $('c-cargando').classList.add('hidden');
  }
}

/** Saves; when the publication is authorized and its content changes, asks first (it will need a new authorization). */
async function guardar(confirmado: boolean, solicitar: boolean): Promise<void> {
  const form = $('form-publicacion');
  const box = $('c-resultado');
  clearFieldErrors(form);
  box.textContent = '';
  const p = leer();
  if (showFieldErrors(editorChecks(p, solicitar))) return;
  const pub = actual();
  if (!confirmado && pub && pub.autorizacion === 'Autorizado') {
    $('c-aviso').classList.remove('hidden');
    ($('c-aviso-si') as HTMLButtonElement).focus();
    return;
  }
  $('c-aviso').classList.add('hidden');
  const botones = [$('c-guardar'), $('c-solicitar')];
  try {
    const r = await busy(botones, async () => {
      const g = await call('panelGuardarPublicacion', p);
      return solicitar ? { id: g.id, mensaje: (await call('panelSolicitarAutorizacion', { hoja: 'calendario', id: g.id })).mensaje } : g;
    }, form);
    await loadPublicaciones(r.id);
    inlineMessage($('c-resultado'), r.mensaje, 'ok');
  } catch (e) {
    inlineMessage(box, messageOf(e), 'error');
  }
}

export function openPublicacion(id: string): void {
  void loadPublicaciones(id).then(() => input('c-texto-x').focus());
}

export function setupEditor(): void {
  for (const id of ['c-texto-x', 'c-texto-facebook', 'c-texto-web']) $(id).addEventListener('input', updatePreview);
  $('c-redes').addEventListener('change', updatePreview);
  $('c-id').addEventListener('change', fillPublicacion);
  $('c-imagen').addEventListener('change', () => void loadThumbnail());
  $('form-publicacion').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void guardar(false, false);
  });
  $('c-solicitar').addEventListener('click', () => void guardar(false, true));
  $('c-aviso-si').addEventListener('click', () => void guardar(true, false));
  $('c-aviso-no').addEventListener('click', () => {
    $('c-aviso').classList.add('hidden');
    ($('c-guardar') as HTMLButtonElement).focus();
  });
}
