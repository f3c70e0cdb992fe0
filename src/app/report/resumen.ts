// The «Resumen» sheet's values: the month's figures, then the three blocks of numbers its charts plot.
import type { Cell } from '../../domain/cell';
import { CAUSAS, CHART_TITLES, type MonthReport } from '../../domain/report';
import { REDES } from '../../domain/schema';
import type { ChartPlan } from './report.port';

export const RESUMEN_SHEET = 'Resumen';
/** Width of the values block (columns A–F); charts are anchored at column H. */
const WIDTH = 6;
const CHART_COL = 8;

function pad(row: Cell[]): Cell[] {
  return [...row, ...Array<Cell>(Math.max(0, WIDTH - row.length)).fill('')].slice(0, WIDTH);
}

/** Values (a WIDTH-wide block from A1) and the plans of the three charts over them. */
export function resumenLayout(r: MonthReport, generado: string): { values: Cell[][]; charts: ChartPlan[] } {
  const rows: Cell[][] = [];
  const add = (...cells: Cell[]): number => rows.push(pad(cells));
  add(`Resumen del mes ${r.mes}`, `Generado ${generado}`);
  add('Red', 'Planeadas', 'Autorizadas', 'Automáticas', 'A mano', 'No publicadas');
  for (const [nombre, f] of [...REDES.map((red) => [red, r.porRed[red]] as const), ['Total', r.total] as const]) {
    add(nombre, f.planeadas, f.autorizadas, f.automaticas, f.aMano, f.noPublicadas);
  }
  add('Días con publicación', r.dias.conPublicacion, 'Días sin publicación', r.dias.sinPublicacion.length);
  add('Propuestas', r.propuestas.total, 'Tareas manuales', r.tareasManuales);
  add('Recordatorios', r.vigilancia.recordatorios, 'Escalamientos', r.vigilancia.escalamientos);
  add('Costo estimado de X (USD)', r.costoX.usd, 'Publicaciones en X', r.costoX.posts, 'Con enlace', r.costoX.conEnlace);
  add('Cadenas', r.cadenas.map((c) => `${c.hoja}: ${c.ok ? 'verifica' : 'NO verifica'}`).join(' · ') || '—');
  add('');
  const porDia = rows.length + 1;
  add('Día', ...REDES);
  for (const d of r.porDia) add(d.fecha, d.X, d.Facebook, d.Web);
  add('');
  const segob = rows.length + 1;
  add('Envío a SEGOB', 'A tiempo', 'Tarde');
  for (const tipo of ['Boletín', 'Agenda'] as const) {
    const e = r.envios.filter((x) => x.tipo === tipo);
    add(tipo === 'Boletín' ? 'Boletines' : 'Agendas', e.filter((x) => x.aTiempo === true).length, e.filter((x) => x.aTiempo === false).length);
  }
  add('');
  const fallas = rows.length + 1;
  add('Causa', 'Fallas');
  for (const c of CAUSAS) add(c, r.fallasPorCausa[c]);
  const charts: ChartPlan[] = [
    { id: 'porDia', titulo: CHART_TITLES.porDia, tipo: 'COLUMN', datos: { row: porDia, col: 1, rows: r.porDia.length + 1, cols: 4 }, ancla: { row: 1, col: CHART_COL } },
    { id: 'segob', titulo: CHART_TITLES.segob, tipo: 'COLUMN', datos: { row: segob, col: 1, rows: 3, cols: 3 }, ancla: { row: 21, col: CHART_COL } },
    { id: 'fallas', titulo: CHART_TITLES.fallas, tipo: 'BAR', datos: { row: fallas, col: 1, rows: CAUSAS.length + 1, cols: 2 }, ancla: { row: 41, col: CHART_COL } },
  ];
  return { values: rows, charts };
}
