// The publication editor's checks before calling the server, each one beside its field.
import type { PublicacionFormApi } from '../app/panel/sidebar.api';
import { validatePostTexts } from '../domain/post-limits';
import type { Red } from '../domain/schema';
import { $ } from './dom';

const TEXTO: Record<string, string> = { X: 'c-texto-x', Facebook: 'c-texto-facebook', Web: 'c-texto-web' };

/** Problems of the form (empty texts count only when it goes to the Titular). */
export function editorChecks(p: PublicacionFormApi, solicitar: boolean): Array<[HTMLElement, string]> {
  const out: Array<[HTMLElement, string]> = [];
  if (!p.id && !p.propuesta) out.push([$('c-propuesta'), 'Elija la propuesta autorizada a la que pertenece la publicación.']);
  if (!p.fecha) out.push([$('c-fecha'), 'Indique la fecha de la publicación.']);
  if (p.redes.length === 0) out.push([$('c-redes'), 'Elija al menos una red.']);
  const problems = validatePostTexts({ x: p.textoX, facebook: p.textoFacebook, web: p.textoWeb }, p.redes as Red[]);
  for (const prob of problems) {
    if (prob.code === 'TEXTO_VACIO' && !solicitar) continue;
    out.push([$(TEXTO[prob.red]), prob.mensaje]);
  }
  return out;
}
