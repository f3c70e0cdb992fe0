// Programar mes (procedure 6.2): fills Calendario for a month from proposals, efemérides and agenda, never duplicating.
import { type Cell, text } from '../../domain/cell';
import { type NewCalendarRow, type PlanEvento, type PlanExisting, type PlanPropuesta, planMonth } from '../../domain/calendar.plan';
import { cellYmd, daysInMonth, hhmm, horaMinutos, MESES, parseYmd, ymd } from '../../domain/dates';
import { parseRedes } from '../../domain/authorization';
import { type Red, REDES } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { underDocumentLock } from '../shared/index';
import { readConfig } from '../shared/index';
import { efemeridesFromSheet, ensureEfemerides } from '../workbook/index';
import { type MonthViewResult, writeMonthView } from './month-view';
import { type HeaderOf, ports, type SheetTable, type Spreadsheet } from '../shared/index';
import { requirePermiso } from '../shared/index';
import { ownerOf } from '../workbook/index';

export interface ProgramarResult {
  mes: string;
  creadas: number;
  conservadas: number;
  /** Days inside a veda. */
  enVeda: number;
  /** Existing rows newly marked «Veda: Sí». */
  marcadasVeda: number;
  vista: MonthViewResult;
}

export function nombreMes(year: number, month1: number): string {
  return `${MESES[month1 - 1]} de ${year}`;
}

export function programarMes(
  ss: Spreadsheet,
  year: number,
  month1: number,
  runner: string,
  progress: (message: string) => void = () => undefined,
): ProgramarResult {
  const cfg = readConfig(ss);
  requirePermiso(cfg, runner, 'programarMes', ownerOf(ss));
  return underDocumentLock(() => {
    const wb = ports().workbook;
    const cal = wb.openTable('calendario', ss);
    const props = wb.openTable('propuestas', ss);
    const agenda = wb.openTable('agenda', ss);
    const efem = wb.openTable('efemerides', ss);
    const efemAdded = ensureEfemerides(efem, [year]);

    const from = ymd(new Date(year, month1 - 1, 1));
    const to = ymd(new Date(year, month1 - 1, daysInMonth(year, month1)));
    const propuestas = proposalsIn(props, from, to);
    const eventos = eventsOf(agenda);
    const existing: PlanExisting[] = cal.rows.map((_, i) => ({
      index: i,
      id: text(cal.get(i, 'ID')),
      fecha: cellYmd(cal.get(i, 'Fecha')),
      veda: text(cal.get(i, 'Veda')),
    }));
    const plan = planMonth({ year, month1, config: cfg, propuestas, efemerides: efemeridesFromSheet(efem, from, to), agenda: eventos, existing });
    progress(`${plan.create.length} publicaciones nuevas, ${plan.kept.length} días ya programados.`);

    if (efemAdded > 0) {
      efem.ensureRows(efem.rows.length + 1);
      efem.flush();
    }
    for (const i of plan.markVeda) cal.set(i, 'Veda', 'Sí');
    cal.flush();
    if (plan.create.length > 0) {
      cal.appendSkippingLocked(plan.create.map(toRecord));
    }
    const vista = writeMonthView(ss, cal, year, month1);

    logPlan(ss, plan, { year, month1, from, efemAdded, runner });
    return {
      mes: from.slice(0, 7), creadas: plan.create.length, conservadas: plan.kept.length, enVeda: plan.flagged.length, marcadasVeda: plan.markVeda.length, vista,
    };
  });
}

/** The authorized proposals whose period overlaps the month [from, to] (yyyy-MM-dd). */
function proposalsIn(props: SheetTable<'propuestas'>, from: string, to: string): PlanPropuesta[] {
  const out: PlanPropuesta[] = [];
  for (let i = 0; i < props.rows.length; i++) {
    if (text(props.get(i, 'Decisión')) !== 'Autorizado') continue;
    const del = cellYmd(props.get(i, 'Del'));
    const al = cellYmd(props.get(i, 'Al'));
    if (!del || !al || al < from || del > to) continue;
    const redes = parseRedes(props.get(i, 'Redes')).filter((r): r is Red => REDES.includes(r));
    out.push({ id: text(props.get(i, 'ID')), tipo: text(props.get(i, 'Tipo')), tema: text(props.get(i, 'Tema')), del, al, redes });
  }
  return out;
}

/** The agenda's events that are not cancelled. */
function eventsOf(agenda: SheetTable<'agenda'>): PlanEvento[] {
  const out: PlanEvento[] = [];
  for (let i = 0; i < agenda.rows.length; i++) {
    if (/cancel/i.test(text(agenda.get(i, 'Estado')))) continue;
    const fecha = cellYmd(agenda.get(i, 'Fecha'));
    const actividad = text(agenda.get(i, 'Actividad'));
    if (!fecha || !actividad) continue;
    const h = horaMinutos(agenda.get(i, 'Hora inicio'));
    out.push({ fecha, hora: h ? hhmm(h) : '', actividad, lugar: text(agenda.get(i, 'Lugar')), municipio: text(agenda.get(i, 'Municipio')) });
  }
  return out;
}

function logPlan(
  ss: Spreadsheet,
  plan: ReturnType<typeof planMonth>,
  m: { year: number; month1: number; from: string; efemAdded: number; runner: string },
): void {
  const log = new Bitacora();
  log.add({
    accion: 'Programar mes',
    elemento: `Calendario ${m.from.slice(0, 7)}`,
    detalle:
      `Mes: ${nombreMes(m.year, m.month1)}. Filas creadas: ${plan.create.length}` +
      (plan.create.length > 0 ? ` (${plan.create[0].id} … ${plan.create[plan.create.length - 1].id})` : '') +
      `. Días ya programados (sin cambios): ${plan.kept.length}. Días en veda: ${plan.flagged.length}.` +
      (plan.markVeda.length > 0 ? ` Filas existentes marcadas en veda: ${plan.markVeda.length}.` : '') +
      (m.efemAdded > 0 ? ` Efemérides añadidas: ${m.efemAdded}.` : ''),
    usuario: m.runner || undefined,
  });
  log.flush(ss);
}

function toRecord(c: NewCalendarRow): Partial<Record<HeaderOf<'calendario'>, Cell>> {
  return {
    ID: c.id,
    Fecha: parseYmd(c.fecha) as Date,
    Hora: c.hora,
    Tema: c.tema,
    Propuesta: c.propuesta,
    ...c.textos,
    Redes: c.redes,
    'Fin de semana': c.finDeSemana,
    Veda: c.veda,
    Estado: c.estado,
  };
}
