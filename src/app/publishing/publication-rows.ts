// Reads what the tick needs from a Calendario row (due time, networks, texts, image) and writes its per-network states back.
import { parseRedes } from '../../domain/authorization';
import { text } from '../../domain/cell';
import type { Config } from '../../domain/config.types';
import { cellDate, horaMinutos, isWeekend, ymd } from '../../domain/dates';
import { vedaOf } from '../../domain/config.sheet';
import { dueAt, formatState, type NetState, parseState } from '../../domain/publication';
import { network, type Red, REDES } from '../../domain/networks';
import type { SheetTable } from '../shared/index';

/** The raw cell text (not trimmed): the authorized text is published exactly as written. */
export { exactText } from '../../domain/cell';

export interface RowInfo {
  id: string;
  due: Date;
  limite: Date;
  redes: Red[];
}

/** Due time, deadline and networks of a row; null when it has no valid date. */
export function rowInfo(t: SheetTable<'calendario'>, i: number, config: Config): RowInfo | null {
  const fecha = cellDate(t.get(i, 'Fecha'));
  if (!fecha) return null;
  const hm = horaMinutos(t.get(i, 'Hora')) ?? { hora: config.horaPublicacion, minutos: 0 };
  const due = dueAt(fecha, hm.hora, hm.minutos);
  const limite = new Date(due.getTime() + Math.max(0, config.plazoManualHoras) * 3600 * 1000);
  const listed = parseRedes(t.get(i, 'Redes'));
  const redes = REDES.filter((r) => listed.indexOf(r) >= 0 && config.redesActivas.indexOf(r) >= 0);
  return { id: text(t.get(i, 'ID')), due, limite, redes };
}

/** Why a due row must not go out today by policy (weekend, veda), or '' when it may. */
export function policyHold(t: SheetTable<'calendario'>, i: number, config: Config, due: Date): string {
  if (isWeekend(due)) {
    const choice = text(t.get(i, 'Fin de semana'));
    if (config.finesDeSemana === 'Nunca') return 'No se publica: la configuración no permite publicar en fin de semana.';
    if (config.finesDeSemana !== 'Siempre' && choice !== 'Sí') return 'No se publica: es fin de semana y «Fin de semana» no dice «Sí».';
  }
  const veda = vedaOf(config, ymd(due));
  if (veda) {
    const cat = text(t.get(i, 'Categoría')).toLowerCase();
    const allowed = veda.excepciones.some((e) => e.trim().toLowerCase() === cat && cat !== '');
    if (!allowed) return `Retenida por veda (${veda.del} a ${veda.al}); la categoría «${text(t.get(i, 'Categoría')) || 'sin categoría'}» no es una excepción.`;
  }
  return '';
}

export function stateOf(t: SheetTable<'calendario'>, i: number, red: Red): NetState {
  return t.has(network(red).columns.estado) ? parseState(text(t.get(i, network(red).columns.estado))) : { kind: 'programada' };
}

export function setState(t: SheetTable<'calendario'>, i: number, red: Red, s: NetState): void {
  t.set(i, network(red).columns.estado, formatState(s));
}

/** «Último error» keeps one line per network («X: …», «Facebook: …»): sets (or, with '', removes) that network's line. */
export function setNetError(t: SheetTable<'calendario'>, i: number, nombre: string, motivo: string): void {
  const prefix = nombre + ': ';
  const lines = text(t.get(i, 'Último error'))
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith(prefix));
  if (motivo) lines.push(prefix + motivo);
  t.set(i, 'Último error', lines.join('\n'));
}

/** That network's own line of «Último error» (without its name), or ''. */
export function netError(t: SheetTable<'calendario'>, i: number, nombre: string): string {
  const prefix = nombre + ': ';
  const line = text(t.get(i, 'Último error')).split('\n').find((l) => l.startsWith(prefix));
  return line ? line.slice(prefix.length) : '';
}
