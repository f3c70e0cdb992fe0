// The Titular is told once when the Autorizaciones chain breaks (which row, and what to do); nothing is sent meanwhile.
import type { Config } from '../../domain/config.types';
import type { ChainProblem } from '../../domain/ledger-chain';
import { SHEET } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { ports } from '../shared/index';
import { TitularDigest } from './titular-digest';

/** Document property holding the problem the Titular was last told about (so she is told once per break). */
export const CADENA_AVISO_KEY = 'DIFUSION_CADENA_ROTA_AVISADA';

/** Checked at most once per execution. */
let known: string | null | undefined;

export function chainBrokenText(p: ChainProblem): string {
  return `El registro «${SHEET.autorizaciones}» fue alterado a mano: la fila ${p.fila} ${p.motivo}.`;
}

/** What the Titular can do: the sheet's version history puts the rows back; then the chain verifies again. */
export const CADENA_QUE_HACER =
  `Restaure la hoja «${SHEET.autorizaciones}» desde Archivo → Historial de versiones a la versión anterior a la edición manual ` +
  '(o deshaga la edición: vuelva a poner las filas eliminadas o movidas en su lugar y borre las escritas a mano). ' +
  'Después use «Verificar autorizaciones»: cuando la cadena esté completa se vuelve a publicar. Las autorizaciones no se recuperan escribiéndolas.';

function stored(): string | null {
  if (known === undefined) {
    try {
      known = ports().props.document().get(CADENA_AVISO_KEY);
    } catch {
      known = null;
    }
  }
  return known;
}

/** Sends the notice (and a Bitácora line) unless the Titular was already told about this very problem. */
export function alertBrokenChainOnce(config: Config, p: ChainProblem): void {
  const tag = `${p.fila}|${p.motivo}`;
  if (stored() === tag) return;
  known = tag;
  try {
    ports().props.document().set(CADENA_AVISO_KEY, tag);
    const bitacora = new Bitacora();
    const digest = new TitularDigest(config.titular.trim().toLowerCase(), config.modoEnsayo);
    bitacora.add({ accion: 'Cadena de autorizaciones rota', elemento: SHEET.autorizaciones, detalle: `${chainBrokenText(p)} No se publica ni se envía nada hasta repararla.`, usuario: 'Difusión ICM' });
    digest.add(`${chainBrokenText(p)} Mientras tanto no se publica ni se envía nada. ${CADENA_QUE_HACER}`);
    digest.send(bitacora);
    bitacora.flush();
  } catch (e) {
    console.warn('Aviso de cadena rota no enviado: ' + String(e));
  }
}

/** The chain verifies again: a later break will be told again. */
export function forgetBrokenChain(): void {
  if (!stored()) return;
  known = null;
  try {
    ports().props.document().delete(CADENA_AVISO_KEY);
  } catch {
    // told again at worst
  }
}
