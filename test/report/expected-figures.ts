// Test helper: recomputes the report's main figures straight from `dump --json` sheet values, independently of src/domain/report.

/** A sheet as `difusion-local dump NAME --json` prints it: values with dates as ISO strings. */
export interface Dump {
  values: unknown[][];
}

export interface Expected {
  /** [planned, authorized, automatic, by hand, not published] per network and in total. */
  redes: Record<'X' | 'Facebook' | 'Web' | 'Total', [number, number, number, number, number]>;
  diasConPublicacion: number;
  costoX: string;
  fallas: number;
  autorizaciones: Array<{ id: string; por: string; cuando: string }>;
  enlaces: string[];
}

const two = (n: number): string => String(n).padStart(2, '0');

function local(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(v)) return null;
  return new Date(v);
}

function dayOf(v: unknown): string {
  const d = local(v);
  return d ? `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}` : '';
}

function table(d: Dump): Array<(h: string) => string> {
  const head = d.values[0].map(String);
  return d.values.slice(1).map((row) => (h: string) => {
    const v = row[head.indexOf(h)];
    return v === undefined || v === null ? '' : String(v);
  });
}

export function expectedFigures(calendario: Dump, bitacora: Dump, mes: string): Expected {
  const redes: Expected['redes'] = { X: [0, 0, 0, 0, 0], Facebook: [0, 0, 0, 0, 0], Web: [0, 0, 0, 0, 0], Total: [0, 0, 0, 0, 0] };
  const columns: Record<string, [string, string]> = { X: ['Estado X', 'Enlace X'], Facebook: ['Estado Facebook', 'Enlace Facebook'], Web: ['Estado web', 'Enlace web'] };
  const dias = new Set<string>();
  const autorizaciones: Expected['autorizaciones'] = [];
  const enlaces: string[] = [];
  let cents = 0;
  for (const get of table(calendario)) {
    const dia = dayOf(get('Fecha'));
    if (!get('ID') || !dia.startsWith(mes)) continue;
    const wd = local(get('Fecha'))!.getDay();
    const anyPublished = Object.values(columns).some(([e]) => get(e).startsWith('Publicada'));
    if ((wd === 0 || wd === 6) && get('Fin de semana') !== 'Sí' && !anyPublished) continue;
    const authorized = get('Autorización') === 'Autorizado';
    if (authorized) {
      const t = local(get('Fecha de autorización'))!;
      autorizaciones.push({ id: get('ID'), por: get('Autorizado por'), cuando: `${dayOf(get('Fecha de autorización'))} ${two(t.getHours())}:${two(t.getMinutes())}` });
    }
    for (const red of get('Redes').split(',').map((s) => s.trim()).filter((s) => s in columns)) {
      const estado = get(columns[red][0]);
      const hand = estado.startsWith('Publicada a mano');
      const auto = estado.startsWith('Publicada') && !hand;
      const r = redes[red as 'X'];
      r[0]++;
      if (authorized) r[1]++;
      if (auto) r[2]++;
      if (hand) r[3]++;
      if (!auto && !hand) r[4]++;
      if (auto || hand) dias.add(dia);
      if (red === 'X' && auto) cents += /https?:\/\//.test(get('Texto X')) ? 200 : 15;
      if (get(columns[red][1])) enlaces.push(get(columns[red][1]));
    }
  }
  for (const k of [0, 1, 2, 3, 4]) redes.Total[k] = redes.X[k] + redes.Facebook[k] + redes.Web[k];
  const fallas = new Set<string>();
  for (const get of table(bitacora)) {
    if (get('Acción') === 'Falla al publicar' && dayOf(get('Fecha y hora')).startsWith(mes)) fallas.add(`${get('Elemento')}|${get('Detalle').split(' (')[0]}`);
  }
  return { redes, diasConPublicacion: dias.size, costoX: (cents / 1000).toFixed(3), fallas: fallas.size, autorizaciones, enlaces };
}
