// The tick's hook: at the 08:00 tick of the first working day of a month the report of the month just closed is made once, never throwing.
import { ymd } from '../../domain/dates';
import { messageOf } from '../../domain/errors';
import { informeDebido, mesKey } from '../../domain/report';
import { logBitacora } from '../shared/index';
import { ports } from '../shared/index';
import { HECHO_PREFIX, type InformeResult, informeSiHuboActividad } from './informe';

/** Document Property: the last failed automatic attempt (the tick retries at most once a day). */
const FALLO_KEY = 'INFORME_ULTIMO_FALLO';

export function informeProgramado(now: Date = new Date()): InformeResult | null {
  try {
    const mes = informeDebido(now);
    if (!mes) return null;
    const props = ports().props.document();
    const all = props.getAll();
    const key = mesKey(mes);
    if (all[HECHO_PREFIX + key]) return null;
    const fallo = all[FALLO_KEY] ?? '';
    if (fallo.slice(0, 10) === ymd(now)) return null;
    try {
      return informeSiHuboActividad(mes);
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
