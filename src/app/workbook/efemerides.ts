// Keeps the Efemérides sheet stocked: appends the computed efemérides of a year once; the institute's edits stay.
import { cellYmd } from '../../domain/dates';
import { efemeridesDelAnio, ORIGEN_CALCULADA } from '../../domain/efemerides';
import type { PlanEfemeride } from '../../domain/calendar.plan';
import { text } from '../../domain/cell';
import type { SheetTable } from '../shared/index';

/** Appends the computed rows of each year that has none yet (by «Origen»); returns how many rows were added. */
export function ensureEfemerides(t: SheetTable<'efemerides'>, years: readonly number[]): number {
  const seeded = new Set<number>();
  for (let i = 0; i < t.rows.length; i++) {
    if (text(t.get(i, 'Origen')) !== ORIGEN_CALCULADA) continue;
    const f = cellYmd(t.get(i, 'Fecha'));
    if (f) seeded.add(+f.slice(0, 4));
  }
  let added = 0;
  for (const y of years) {
    if (seeded.has(y)) continue;
    for (const e of efemeridesDelAnio(y)) {
      const [yy, mm, dd] = e.fecha.split('-').map(Number);
      t.append({
        Fecha: new Date(yy, mm - 1, dd),
        Efeméride: e.nombre,
        Tipo: e.tipo,
        'Tema sugerido': e.temaSugerido,
        'Texto sugerido': e.textoSugerido,
        Origen: ORIGEN_CALCULADA,
      });
      added++;
    }
  }
  return added;
}

/** The efemérides in the sheet (computed and the institute's own) between two days, for planning. */
export function efemeridesFromSheet(t: SheetTable<'efemerides'>, from: string, to: string): PlanEfemeride[] {
  const out: PlanEfemeride[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const fecha = cellYmd(t.get(i, 'Fecha'));
    if (!fecha || fecha < from || fecha > to) continue;
    out.push({
      fecha,
      nombre: text(t.get(i, 'Efeméride')),
      tipo: text(t.get(i, 'Tipo')),
      tema: text(t.get(i, 'Tema sugerido')),
      texto: text(t.get(i, 'Texto sugerido')),
    });
  }
  return out;
}
