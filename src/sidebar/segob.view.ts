// Browser UI for issue 11: two collapsible sections, «Boletines CS01» (new, request authorization, send) and «Agenda CS02» (add an activity).
import { el } from './dom';
import { callSegob } from './segob.server';

type Field = [id: string, label: string, type: 'text' | 'date' | 'time' | 'textarea' | 'checkbox' | 'select', options?: string[]];

const ESTADOS = ['Por confirmar', 'Confirmada', 'Cancelada', 'Realizada'];

function fieldset(prefix: string, fields: Field[]): HTMLElement {
  const box = el('div');
  for (const [id, label, type, options] of fields) {
    const fid = `${prefix}-${id}`;
    const row = el('p');
    const lab = el('label', { for: fid }, label);
    let ctl: HTMLElement;
    if (type === 'textarea') ctl = el('textarea', { id: fid, rows: '3' });
    else if (type === 'select') {
      ctl = el('select', { id: fid });
      for (const o of options ?? []) ctl.appendChild(el('option', { value: o }, o));
    } else ctl = el('input', { id: fid, type });
    if (type === 'checkbox') row.append(ctl, lab);
    else row.append(lab, el('br'), ctl);
    box.appendChild(row);
  }
  return box;
}

function value(id: string): string {
  const e = document.getElementById(id) as HTMLInputElement | null;
  return e ? e.value : '';
}

function say(out: HTMLElement, ok: boolean, text: string): void {
  out.className = ok ? 'msg ok' : 'msg error';
  out.textContent = text;
}

async function act(out: HTMLElement, button: HTMLElement, f: () => Promise<string>): Promise<void> {
  (button as HTMLButtonElement).disabled = true;
  try {
    say(out, true, await f());
  } catch (e) {
    say(out, false, e instanceof Error ? e.message : String(e));
  } finally {
    (button as HTMLButtonElement).disabled = false;
  }
}

function boletines(): HTMLElement {
  const box = el('details', { id: 'segob-boletines', class: 'sidebar' });
  box.appendChild(el('summary', {}, 'Boletines CS01'));
  const out = el('div', { id: 'b-msg', role: 'status', 'aria-live': 'polite' });
  const form = el('form', { id: 'form-boletin' });
  form.append(fieldset('b', [['titulo', 'Título', 'text'], ['subtitulo', 'Subtítulo', 'text'], ['lugar', 'Lugar', 'text'], ['fecha', 'Fecha', 'date'], ['resumen', 'Resumen', 'textarea'], ['contacto', 'Contacto', 'text'], ['web', 'Publicar también en el sitio web', 'checkbox']]));
  const crear = el('button', { type: 'submit' }, 'Nuevo boletín');
  form.appendChild(crear);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void act(out, crear, async () => {
      const r = await callSegob('panelNuevoBoletin', { titulo: value('b-titulo'), subtitulo: value('b-subtitulo'), lugar: value('b-lugar'), fecha: value('b-fecha'), resumen: value('b-resumen'), contacto: value('b-contacto'), web: (document.getElementById('b-web') as HTMLInputElement).checked });
      (document.getElementById('b-numero') as HTMLInputElement).value = r.numero;
      return `${r.mensaje} ${r.documento}`;
    });
  });
  const num = fieldset('b', [['numero', 'Número del boletín', 'text']]);
  const pedir = el('button', { type: 'button', id: 'b-solicitar' }, 'Solicitar autorización');
  const enviar = el('button', { type: 'button', id: 'b-enviar' }, 'Enviar a SEGOB');
  pedir.addEventListener('click', () => void act(out, pedir, async () => (await callSegob('panelSolicitarAutorizacionBoletin', value('b-numero'))).mensaje));
  enviar.addEventListener('click', () => void act(out, enviar, async () => (await callSegob('panelEnviarBoletin', value('b-numero'))).mensaje));
  box.append(form, num, pedir, enviar, out);
  return box;
}

function agenda(): HTMLElement {
  const box = el('details', { id: 'segob-agenda', class: 'sidebar' });
  box.appendChild(el('summary', {}, 'Agenda CS02'));
  const out = el('div', { id: 'a-msg', role: 'status', 'aria-live': 'polite' });
  const form = el('form', { id: 'form-actividad' });
  form.append(fieldset('a', [['fecha', 'Fecha', 'date'], ['inicio', 'Hora de inicio', 'time'], ['fin', 'Hora de fin', 'time'], ['actividad', 'Actividad', 'text'], ['direccion', 'Dirección responsable', 'text'], ['lugar', 'Lugar', 'text'], ['municipio', 'Municipio', 'text'], ['descripcion', 'Descripción', 'textarea'], ['publico', 'Público', 'text'], ['contacto', 'Contacto', 'text'], ['estado', 'Estado', 'select', ESTADOS]]));
  const add = el('button', { type: 'submit' }, 'Agregar a la agenda');
  form.appendChild(add);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = (k: string): string => value(`a-${k}`);
    void act(out, add, async () => (await callSegob('panelAgregarActividad', { fecha: f('fecha'), inicio: f('inicio'), fin: f('fin'), actividad: f('actividad'), direccion: f('direccion'), lugar: f('lugar'), municipio: f('municipio'), descripcion: f('descripcion'), publico: f('publico'), contacto: f('contacto'), estado: f('estado') })).mensaje);
  });
  box.append(form, out);
  return box;
}

/** Adds the two sections at the end of the sidebar. */
export function mountSegob(root: HTMLElement): void {
  root.append(boletines(), agenda());
}
