// Proposals (procedure 6.1): create one (validated, ID, status Pendiente, Bitácora) and list them for the sidebar.
import { type Cell, isDate, text } from '../../domain/cell';
import { cellYmd, pad2, ymd } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { nextPropuestaId, type PropuestaInput, redesText, validatePropuesta } from '../../domain/propuestas';
import { SHEET } from '../../domain/schema';
import { logBitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { type HeaderOf, ports } from '../shared/index';
import { requirePermiso, rolOf } from '../shared/index';
import { ownerOf } from '../workbook/index';

export interface PropuestaResumen {
  id: string;
  fecha: string;
  propuestaPor: string;
  tipo: string;
  tema: string;
  direccion: string;
  marcoLegal: string;
  descripcion: string;
  del: string;
  al: string;
  redes: string;
  estado: string;
  decision: string;
  comentario: string;
  decididoPor: string;
  fechaDecision: string;
}

type PropHeader = HeaderOf<'propuestas'>;

/** Validates and appends a proposal as `user`; returns its ID. Throws PROPUESTA_INVALIDA / SIN_PERMISO in Spanish. */
export function crearPropuesta(input: PropuestaInput, user: string): { id: string; estado: string } {
  const wb = ports().workbook;
  const ss = wb.active();
  const cfg = readConfig(ss);
  requirePermiso(cfg, user, 'proponer', ownerOf(ss));
  const p = validatePropuesta(input);
  const lock = ports().locks.document();
  if (!lock || !lock.tryLock(20000)) {
    throw new AppError('OCUPADO', 'Otra persona está guardando una propuesta en este momento. Intente de nuevo en unos segundos.');
  }
  try {
    const t = wb.openTable('propuestas', ss);
    const now = new Date();
    const ids = t.rows.map((_, i) => text(t.get(i, 'ID')));
    const id = nextPropuestaId(ids, now.getFullYear());
    const [dy, dm, dd] = p.del.split('-').map(Number);
    const [ay, am, ad] = p.al.split('-').map(Number);
    t.appendSkippingLocked([{
      ID: id,
      Fecha: now,
      'Propuesta por': user,
      Tipo: p.tipo,
      Tema: p.tema,
      'Dirección': p.direccion,
      'Marco legal': p.marcoLegal,
      'Descripción': p.descripcion,
      Del: new Date(dy, dm - 1, dd),
      Al: new Date(ay, am - 1, ad),
      Redes: redesText(p.redes),
      Estado: 'Pendiente',
    }]);
    logBitacora({
      accion: 'Nueva propuesta',
      elemento: `${SHEET.propuestas} ${id}`,
      detalle: `${p.tipo}: «${p.tema}» (${p.direccion}); ${p.marcoLegal}; del ${p.del} al ${p.al}; redes: ${redesText(p.redes)}. Estado: Pendiente.`,
      usuario: user,
    });
    return { id, estado: 'Pendiente' };
  } finally {
    lock.release();
  }
}

function fechaHora(v: Cell): string {
  if (!isDate(v)) return text(v);
  return `${ymd(v)} ${pad2(v.getHours())}:${pad2(v.getMinutes())}`;
}

/** Proposals visible to `user`, newest first: all for the Titular and Asistentes, their own for a Dirección. */
export function listarPropuestas(user: string): PropuestaResumen[] {
  const wb = ports().workbook;
  const ss = wb.active();
  const cfg = readConfig(ss);
  const owner = ownerOf(ss);
  requirePermiso(cfg, user, 'consultarPropuestas', owner);
  const soloPropias = rolOf(cfg, user, owner) === 'Dirección';
  const t = wb.openTable('propuestas', ss);
  const g = (i: number, h: PropHeader): Cell => (t.has(h) ? t.get(i, h) : '');
  const out: PropuestaResumen[] = [];
  for (let i = t.rows.length - 1; i >= 0; i--) {
    const por = text(g(i, 'Propuesta por')).toLowerCase();
    if (soloPropias && por !== user.toLowerCase()) continue;
    if (!text(g(i, 'ID'))) continue;
    out.push({
      id: text(g(i, 'ID')),
      fecha: fechaHora(g(i, 'Fecha')),
      propuestaPor: por,
      tipo: text(g(i, 'Tipo')),
      tema: text(g(i, 'Tema')),
      direccion: text(g(i, 'Dirección')),
      marcoLegal: text(g(i, 'Marco legal')),
      descripcion: text(g(i, 'Descripción')),
      del: cellYmd(g(i, 'Del')),
      al: cellYmd(g(i, 'Al')),
      redes: text(g(i, 'Redes')),
      estado: text(g(i, 'Estado')),
      decision: text(g(i, 'Decisión')),
      comentario: text(g(i, 'Comentario')),
      decididoPor: text(g(i, 'Decidido por')),
      fechaDecision: fechaHora(g(i, 'Fecha de decisión')),
    });
  }
  return out;
}
