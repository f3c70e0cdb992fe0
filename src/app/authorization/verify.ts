// «Verificar autorizaciones»: runs the gate over upcoming publications and unsent boletines and reports each verdict in Spanish.
import { text } from '../../domain/cell';
import { cellYmd, ymd } from '../../domain/dates';
import { readConfig } from '../shared/index';
import { CADENA_QUE_HACER, chainBrokenText } from './chain-alert';
import { Gate, type GateVerdict } from './gate';
import { ports } from '../shared/index';

export interface Verificacion {
  hoja: 'calendario' | 'boletines' | 'autorizaciones';
  id: string;
  ok: boolean;
  code: string;
  motivo: string;
}

/** At most this many items are verified per run (each costs two Utilities computations). */
export const VERIFICAR_MAX = 100;

function entry(hoja: Verificacion['hoja'], id: string, v: GateVerdict): Verificacion {
  return v.ok ? { hoja, id, ok: true, code: 'OK', motivo: 'Autorización vigente de la Titular.' } : { hoja, id, ok: false, code: v.code, motivo: v.motivo };
}

export function verificarTodo(): Verificacion[] {
  const config = readConfig();
  const gate = Gate.load(config);
  const hoy = ymd(new Date());
  const out: Verificacion[] = [];
  // The chain first: «Verificar autorizaciones» names the first row altered, removed, inserted or moved by hand.
  const p = gate.chainProblem();
  if (p) out.push({ hoja: 'autorizaciones', id: `Fila ${p.fila}`, ok: false, code: 'CADENA_ROTA', motivo: `${chainBrokenText(p)} ${CADENA_QUE_HACER}` });
  const cal = ports().workbook.tryOpenTable('calendario');
  if (cal) {
    for (let i = 0; i < cal.rows.length && out.length < VERIFICAR_MAX; i++) {
      const id = text(cal.get(i, 'ID'));
      if (!id || cellYmd(cal.get(i, 'Fecha')) < hoy || /publicad/i.test(text(cal.get(i, 'Estado')))) continue;
      if (text(cal.get(i, 'Autorización')) === '' && text(cal.get(i, 'Texto X')) === '' && text(cal.get(i, 'Texto Facebook')) === '') continue;
      out.push(entry('calendario', id, gate.checkCalendario(cal, i)));
    }
  }
  const bol = ports().workbook.tryOpenTable('boletines');
  if (bol) {
    for (let i = 0; i < bol.rows.length && out.length < VERIFICAR_MAX; i++) {
      const id = text(bol.get(i, 'Número'));
      if (!id || /enviad/i.test(text(bol.get(i, 'Estado')))) continue;
      out.push(entry('boletines', id, gate.checkBoletin(bol, i)));
    }
  }
  return out;
}
