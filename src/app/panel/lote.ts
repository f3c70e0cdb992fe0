// «Autorizar seleccionados»: each item is checked on its own and the batch reports per item instead of failing as a whole.
import { messageOf } from '../../domain/errors';
import { autorizarVarios, fingerprintOfRow, type ItemRef, parseRefs, requireTitular, validateForDecision, Workset } from '../authorization/index';
import type { ItemRefApi, LoteApi, LoteItemApi } from './sidebar.api';
import { avisarDecision } from './decision-mail';

const CLASE = { propuestas: 'la propuesta', calendario: 'la publicación', boletines: 'el boletín' } as const;

/** Why one item cannot be authorized now (Spanish), or ''. Reads through the shared Workset (one read per sheet). */
function problemaDe(ws: Workset, ref: ItemRef): string {
  const i = ws.find(ref.hoja, ref.id);
  if (i < 0) return 'ya no está en la hoja.';
  try {
    validateForDecision(ws, ref.hoja, i, ref.id, 'Autorizado');
  } catch (e) {
    return messageOf(e);
  }
  const now = fingerprintOfRow(ref.hoja, ws.table(ref.hoja), i);
  return now === ref.huella ? '' : 'su contenido cambió después de que lo revisó; pulse «Actualizar».';
}

function autorizados(n: number): string {
  return n === 1 ? 'Se autorizó 1 elemento' : `Se autorizaron ${n} elementos`;
}

export function autorizarLote(refsRaw: unknown): LoteApi {
  requireTitular('Autorizar seleccionados', [refsRaw]);
  const refs = parseRefs(refsRaw);
  const ws = new Workset();
  const resultados: LoteItemApi[] = [];
  const listos: ItemRef[] = [];
  for (const ref of refs) {
    const p = problemaDe(ws, ref);
    if (p) resultados.push({ hoja: ref.hoja, id: ref.id, ok: false, mensaje: `No se autorizó ${CLASE[ref.hoja]}: ${p}` });
    else listos.push(ref);
  }
  if (listos.length > 0) {
    try {
      const r = autorizarVarios(listos as ItemRefApi[]);
      for (const e of r.elementos) resultados.push({ hoja: e.hoja, id: e.id, ok: true, mensaje: `Se autorizó ${CLASE[e.hoja]}.` });
      avisarDecision('Autorizado', r.elementos, '');
    } catch (e) {
      for (const ref of listos) resultados.push({ hoja: ref.hoja, id: ref.id, ok: false, mensaje: `No se autorizó ${CLASE[ref.hoja]}: ${messageOf(e)}` });
    }
  }
  const ok = resultados.filter((r) => r.ok).length;
  const fallos = resultados.length - ok;
  const mensaje = `${autorizados(ok)}.` + (fallos ? ` ${fallos === 1 ? 'Uno no se pudo autorizar' : `${fallos} no se pudieron autorizar`}; vea el motivo en cada tarjeta.` : '');
  const order = new Map(refs.map((r, k) => [r.hoja + '|' + r.id, k]));
  resultados.sort((a, b) => (order.get(a.hoja + '|' + a.id) ?? 0) - (order.get(b.hoja + '|' + b.id) ?? 0));
  return { mensaje, resultados };
}
