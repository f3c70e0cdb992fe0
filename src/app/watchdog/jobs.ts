// The tick's SEGOB jobs in one call: boletines waiting for quota, the weekly agenda when due, then the watchdog's reminders.
import type { Config } from '../../domain/config.types';
import { messageOf } from '../../domain/errors';
import { enviarAgenda, type EnvioAgenda } from '../agenda/index';
import { enEspera, reintentarEnEspera } from '../boletines/index';
import type { Provider } from '../publishing/index';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { ports } from '../shared/index';
import { AvisosDelDia } from './mail-guard';
import { runWatchdog } from './watchdog';

export interface SegobReport {
  ocupado: boolean;
  boletines: number;
  agenda: EnvioAgenda | null;
  recordatorios: number;
  errores: string[];
}

/** Under the script lock (a second tick never sends twice); each job isolated so one failure never stops the others. */
export function runSegobJobs(now: Date, web: () => Provider | null): SegobReport {
  const rep: SegobReport = { ocupado: false, boletines: 0, agenda: null, recordatorios: 0, errores: [] };
  const lock = ports().locks.script();
  if (!lock.tryLock(0)) {
    rep.ocupado = true;
    return rep;
  }
  try {
    let config: Config;
    try {
      config = readConfig();
    } catch (e) {
      // Publishing already alerts about an invalid Configuración once a day; nothing is sent meanwhile.
      rep.errores.push(messageOf(e));
      return rep;
    }
    const step = (f: () => void): void => {
      try {
        f();
      } catch (e) {
        rep.errores.push(messageOf(e));
      }
    };
    // One read of the document properties for every job (an idle tick adds two service calls here).
    const snap = ports().props.document().getAll();
    step(() => (rep.boletines = reintentarEnEspera(web, snap)));
    step(() => (rep.agenda = enviarAgenda(now, false, config, snap)));
    step(() => {
      // The jobs above may have changed the properties (agenda sent, waits recorded): read them again then.
      const fresh = rep.agenda !== null || enEspera(snap).length > 0 ? ports().props.document().getAll() : snap;
      const log = new Bitacora();
      const avisos = new AvisosDelDia(now, fresh);
      rep.recordatorios = runWatchdog(config, now, log, avisos, fresh);
      avisos.guardar();
      log.flush();
    });
    if (rep.errores.length > 0) {
      const log = new Bitacora();
      for (const e of rep.errores) log.add({ accion: 'Falla en envíos a SEGOB', elemento: 'Revisión horaria', detalle: e });
      log.flush();
    }
    return rep;
  } finally {
    ports().workbook.flush();
    lock.release();
  }
}
