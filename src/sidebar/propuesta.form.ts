// «Proponer»: the proposal form, with errors beside their fields; also edits a proposal returned with changes and sends it again.
import { checkPropuesta, type PropuestaInput } from '../domain/propuestas';
import type { PropuestaFormApi } from '../app/panel/sidebar.api';
import { $, checkedRedes, input, setRedes } from './dom';
import { announce, busy, clearFieldErrors, inlineMessage, messageOf, showFieldErrors } from './feedback';
import { call } from './server';
import { selectTab } from './tabs';

const CAMPOS: Record<keyof PropuestaInput, string> = {
  tipo: 'p-tipo', tema: 'p-tema', direccion: 'p-direccion', marcoLegal: 'p-marco', descripcion: 'p-descripcion', del: 'p-del', al: 'p-al', redes: 'p-redes',
};

function leer(): PropuestaFormApi {
  return {
    tipo: input('p-tipo').value, tema: input('p-tema').value, direccion: input('p-direccion').value, marcoLegal: input('p-marco').value,
    descripcion: input('p-descripcion').value, del: input('p-del').value, al: input('p-al').value, redes: checkedRedes($('p-redes')),
  };
}

/** Same rules as the server (domain/propuestas), each problem beside its field; true when the form may be sent. */
function validar(p: PropuestaFormApi): boolean {
  const r = checkPropuesta(p);
  if (r.ok) return true;
  const seen = new Set<string>();
  const errors: Array<[HTMLElement, string]> = [];
  for (const prob of r.problemas) {
    if (seen.has(prob.campo)) continue;
    seen.add(prob.campo);
    errors.push([$(CAMPOS[prob.campo]), prob.mensaje]);
  }
  return !showFieldErrors(errors);
}

/** Back to a new, empty proposal. */
function modoNueva(): void {
  input('p-id').value = '';
  $('p-titulo').textContent = 'Nueva propuesta';
  $('p-enviar').textContent = 'Enviar propuesta';
  $('p-devuelta').classList.add('hidden');
  $('p-cancelar').classList.add('hidden');
}

/** A returned proposal in the form: its fields, the Titular's comment, «Enviar de nuevo». */
export function editarDevuelta(id: string, p: PropuestaFormApi, comentario: string): void {
  const form = $('form-propuesta');
  clearFieldErrors(form);
  input('p-id').value = id;
  input('p-tipo').value = p.tipo;
  input('p-tema').value = p.tema;
  input('p-direccion').value = p.direccion;
  input('p-marco').value = p.marcoLegal;
  input('p-descripcion').value = p.descripcion;
  input('p-del').value = p.del;
  input('p-al').value = p.al;
  setRedes($('p-redes'), p.redes);
  $('p-titulo').textContent = 'Corregir propuesta';
  $('p-enviar').textContent = 'Enviar de nuevo a la Titular';
  $('p-devuelta').textContent = `La Titular pidió cambios: ${comentario}`;
  $('p-devuelta').classList.remove('hidden');
  $('p-cancelar').classList.remove('hidden');
  selectTab('nueva', false);
  input('p-tema').focus();
}

async function submit(ev: Event): Promise<void> {
  ev.preventDefault();
  const form = $('form-propuesta') as HTMLFormElement;
  const box = $('p-resultado');
  clearFieldErrors(form);
  box.textContent = '';
  const p = leer();
  if (!validar(p)) return;
  const id = input('p-id').value;
  try {
    const r = await busy([$('p-enviar')], () => (id ? call('panelReenviarPropuesta', id, p) : call('panelCrearPropuesta', p)), form);
    form.reset();
    modoNueva();
    inlineMessage(box, r.mensaje, 'ok');
  } catch (e) {
    inlineMessage(box, messageOf(e), 'error');
    ($('p-enviar') as HTMLButtonElement).focus();
  }
}

export function setupPropuesta(): void {
  $('form-propuesta').addEventListener('submit', (ev) => void submit(ev));
  $('p-cancelar').addEventListener('click', () => {
    ($('form-propuesta') as HTMLFormElement).reset();
    clearFieldErrors($('form-propuesta'));
    modoNueva();
    announce('Se canceló la corrección.');
  });
}
