// Reads the authorized content of a Calendario, Boletines or Propuestas row from its Table into canonical text.
import {
  type AuthKind,
  canonicalBoletin,
  canonicalCalendario,
  canonicalPropuesta,
} from '../../domain/authorization';
import { docIdOf } from '../../domain/boletines';
import { type Cell, text } from '../../domain/cell';
import { AppError, messageOf } from '../../domain/errors';
import { networks } from '../../domain/networks';
import { BUILTIN_REDES } from '../../domain/networks.builtin';
import { ports, type SheetTable } from '../shared/index';

export function canonicalOfCalendarioRow(t: SheetTable<'calendario'>, i: number): string {
  return canonicalCalendario({
    id: t.get(i, 'ID'),
    fecha: t.get(i, 'Fecha'),
    hora: t.get(i, 'Hora'),
    redes: t.get(i, 'Redes'),
    textoX: t.get(i, 'Texto X'),
    textoFacebook: t.get(i, 'Texto Facebook'),
    textoWeb: t.get(i, 'Texto web'),
    imagen: t.get(i, 'Imagen'),
    otrosTextos: networks()
      .filter((d) => BUILTIN_REDES.indexOf(d.id) < 0 && t.has(d.columns.texto))
      .map((d): [string, Cell] => [d.id, t.get(i, d.columns.texto)]),
  });
}

export function canonicalOfBoletinRow(t: SheetTable<'boletines'>, i: number): string {
  return canonicalBoletin({
    numero: t.get(i, 'Número'),
    fecha: t.get(i, 'Fecha'),
    titulo: t.get(i, 'Título'),
    lugar: t.get(i, 'Lugar'),
    resumen: t.get(i, 'Resumen'),
    documento: t.get(i, 'Documento'),
    textoDoc: textoDocDeBoletin(t, i),
  });
}

/**
 * Issue 11: the full text of the Google Doc a boletín row links to (undefined when the link is not a Doc), so the
 * fingerprint covers what is sent. A Doc that cannot be read throws DOC_ILEGIBLE: the gate then refuses (fail closed).
 */
export function textoDocDeBoletin(t: SheetTable<'boletines'>, i: number): string | undefined {
  const id = docIdOf(text(t.get(i, 'Documento')));
  if (!id) return undefined;
  try {
    return ports().docs.text(id);
  } catch (e) {
    throw new AppError('DOC_ILEGIBLE', `No se pudo leer el documento del boletín ${text(t.get(i, 'Número'))}: ${messageOf(e)}`);
  }
}

export function canonicalOfPropuestaRow(t: SheetTable<'propuestas'>, i: number): string {
  return canonicalPropuesta({
    id: t.get(i, 'ID'),
    tipo: t.get(i, 'Tipo'),
    tema: t.get(i, 'Tema'),
    direccion: t.get(i, 'Dirección'),
    marcoLegal: t.get(i, 'Marco legal'),
    descripcion: t.get(i, 'Descripción'),
    del: t.get(i, 'Del'),
    al: t.get(i, 'Al'),
    redes: t.get(i, 'Redes'),
  });
}

/** The item id of a row: ID, or Número for a boletín. */
export function idOfRow(kind: AuthKind, t: SheetTable<AuthKind>, i: number): string {
  if (kind === 'boletines') return text((t as SheetTable<'boletines'>).get(i, 'Número'));
  return text((t as SheetTable<'calendario' | 'propuestas'>).get(i, 'ID'));
}

export function canonicalOfRow(kind: AuthKind, t: SheetTable<AuthKind>, i: number): string {
  if (kind === 'calendario') return canonicalOfCalendarioRow(t as SheetTable<'calendario'>, i);
  if (kind === 'boletines') return canonicalOfBoletinRow(t as SheetTable<'boletines'>, i);
  return canonicalOfPropuestaRow(t as SheetTable<'propuestas'>, i);
}

/** The texts of a Calendario row keyed by lower-case network id ({ x, facebook, web, … }), trimmed, for the post checks. */
export function textsOfRow(t: SheetTable<'calendario'>, i: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of networks()) if (t.has(d.columns.texto)) out[d.id.toLowerCase()] = text(t.get(i, d.columns.texto));
  return out;
}
