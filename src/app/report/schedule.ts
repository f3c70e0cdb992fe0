// The tick's hook: on the first working day of a month (from 08:00) the report of the month just closed is made once, never throwing.
import { ymd } from '../../domain/dates';
import { messageOf } from '../../domain/errors';
import { informeDebido, mesKey } from '../../domain/report';
import { logBitacora } from '../shared/bitacora';
import { ports } from '../shared/ports';
import { generarInforme, HECHO_PREFIX, type InformeResult } from './informe';

/** Document Property: the last failed automatic attempt (the tick retries at most once a day). */
const FALLO_KEY = 'INFORME_ULTIMO_FALLO';
/** Document Property: the first month the hook ran in; months before the add-on ran are not reported automatically. */
export const INICIO_KEY = 'INFORME_DESDE';

export function informeProgramado(now: Date = new Date()): InformeResult | null {
  try {
    const mes = informeDebido(now);
    if (!mes) return null;
    const props = ports().props.document();
    const all = props.getAll();
    const key = mesKey(mes);
    if (!all[INICIO_KEY]) props.set(INICIO_KEY, ymd(now).slice(0, 7));
    if (all[HECHO_PREFIX + key] || key < (all[INICIO_KEY] ?? ymd(now).slice(0, 7))) return null;
    const fallo = all[FALLO_KEY] ?? '';
    if (fallo.slice(0, 10) === ymd(now)) return null;
    try {
      return generarInforme(mes);
    } catch (e) {
      props.set(FALLO_KEY, `${ymd(now)} ${messageOf(e)}`.slice(0, 500));
      logBitacora({ accion: 'Informe mensual no generado', elemento: key, detalle: `El informe automático falló: ${messageOf(e)}. Se reintentará mañana o puede generarse con «Informe mensual».` });
      return null;
    }
  } catch (e) {
    console.warn('Informe mensual: ' + messageOf(e));
    return null;
  }
}
