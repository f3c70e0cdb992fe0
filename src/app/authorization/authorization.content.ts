// The fingerprint of a Calendario, Boletines or Propuestas row: its content from the Table and the image's bytes from Drive, then domain/fingerprint.ts.
import { type AuthKind } from '../../domain/authorization';
import { type Cell, text } from '../../domain/cell';
import { docIdOf } from '../../domain/boletines';
import { driveId } from '../../domain/drive-link';
import { AppError, messageOf } from '../../domain/errors';
import {
  boletinFingerprint,
  FINGERPRINT_VERSION,
  formatHuella,
  parseHuella,
  proposalFingerprint,
  publicationFingerprint,
} from '../../domain/fingerprint';
import { networks } from '../../domain/networks';
import { BUILTIN_REDES } from '../../domain/networks.builtin';
import { ports, type SheetTable } from '../shared/index';

/** Image content hashes by Drive file id, each file read at most once per execution. */
const imageHashes = new Map<string, string>();

/** Hex SHA-256 of the bytes of the image a cell links to; '' without image; a marker (never a hash) when Drive cannot open it. */
export function imageContentHash(ref: string): string {
  const link = ref.trim();
  if (!link) return '';
  const id = driveId(link);
  if (!id) return 'sin-archivo';
  let h = imageHashes.get(id);
  if (h === undefined) {
    try {
      h = ports().drive.contentHash(id);
    } catch {
      // The same marker whoever reads: a file nobody can open stays what was authorized, and the tick explains why it
      // cannot be published; a file only some can open differs from its hash and is refused (fail closed).
      h = 'sin-acceso';
    }
    imageHashes.set(id, h);
  }
  return h;
}

export function calendarioFingerprint(t: SheetTable<'calendario'>, i: number, version = FINGERPRINT_VERSION.calendario): string {
  const imagen = t.get(i, 'Imagen');
  return publicationFingerprint(
    {
      id: t.get(i, 'ID'),
      fecha: t.get(i, 'Fecha'),
      hora: t.get(i, 'Hora'),
      redes: t.get(i, 'Redes'),
      textoX: t.get(i, 'Texto X'),
      textoFacebook: t.get(i, 'Texto Facebook'),
      textoWeb: t.get(i, 'Texto web'),
      imagen,
      otrosTextos: networks()
        .filter((d) => BUILTIN_REDES.indexOf(d.id) < 0 && t.has(d.columns.texto))
        .map((d): [string, Cell] => [d.id, t.get(i, d.columns.texto)]),
      tema: t.has('Tema') ? t.get(i, 'Tema') : '',
      categoria: t.has('Categoría') ? t.get(i, 'Categoría') : '',
      veda: t.has('Veda') ? t.get(i, 'Veda') : '',
      imagenContenido: version >= 2 ? imageContentHash(text(imagen)) : '',
    },
    version,
  );
}

export function boletinRowFingerprint(t: SheetTable<'boletines'>, i: number, version = FINGERPRINT_VERSION.boletines): string {
  return boletinFingerprint(
    {
      numero: t.get(i, 'Número'),
      fecha: t.get(i, 'Fecha'),
      titulo: t.get(i, 'Título'),
      lugar: t.get(i, 'Lugar'),
      resumen: t.get(i, 'Resumen'),
      documento: t.get(i, 'Documento'),
      textoDoc: version >= 2 ? textoDocDeBoletin(t, i) : undefined,
    },
    version,
  );
}

/**
 * The full text of the Google Doc a boletín row links to ('' when the link is not a Doc), so the fingerprint covers what
 * is sent. A Doc that cannot be read throws DOC_ILEGIBLE: the gate then refuses (fail closed).
 */
export function textoDocDeBoletin(t: SheetTable<'boletines'>, i: number): string {
  const id = docIdOf(text(t.get(i, 'Documento')));
  if (!id) return '';
  try {
    return ports().docs.text(id);
  } catch (e) {
    throw new AppError('DOC_ILEGIBLE', `No se pudo leer el documento del boletín ${text(t.get(i, 'Número'))}: ${messageOf(e)}`);
  }
}

export function propuestaFingerprint(t: SheetTable<'propuestas'>, i: number, version = FINGERPRINT_VERSION.propuestas): string {
  return proposalFingerprint(
    {
      id: t.get(i, 'ID'),
      tipo: t.get(i, 'Tipo'),
      tema: t.get(i, 'Tema'),
      direccion: t.get(i, 'Dirección'),
      marcoLegal: t.get(i, 'Marco legal'),
      descripcion: t.get(i, 'Descripción'),
      del: t.get(i, 'Del'),
      al: t.get(i, 'Al'),
      redes: t.get(i, 'Redes'),
    },
    version,
  );
}

/** The item id of a row: ID, or Número for a boletín. */
export function idOfRow(kind: AuthKind, t: SheetTable<AuthKind>, i: number): string {
  if (kind === 'boletines') return text((t as SheetTable<'boletines'>).get(i, 'Número'));
  return text((t as SheetTable<'calendario' | 'propuestas'>).get(i, 'ID'));
}

/** The row's fingerprint (hex) with the given canonical-form version (today's by default). */
export function fingerprintOfRow(kind: AuthKind, t: SheetTable<AuthKind>, i: number, version = FINGERPRINT_VERSION[kind]): string {
  if (kind === 'calendario') return calendarioFingerprint(t as SheetTable<'calendario'>, i, version);
  if (kind === 'boletines') return boletinRowFingerprint(t as SheetTable<'boletines'>, i, version);
  return propuestaFingerprint(t as SheetTable<'propuestas'>, i, version);
}

/** What a new record stores in «Huella»: today's version and the row's fingerprint with it. */
export function huellaToRecord(kind: AuthKind, t: SheetTable<AuthKind>, i: number): { stored: string; hex: string } {
  const version = FINGERPRINT_VERSION[kind];
  const hex = fingerprintOfRow(kind, t, i, version);
  return { stored: formatHuella({ version, hex }), hex };
}

/** True when the row still holds what a record's «Huella» covers, recomputed with the record's own version. */
export function rowMatchesHuella(kind: AuthKind, t: SheetTable<AuthKind>, i: number, stored: string): boolean {
  const h = parseHuella(kind, stored);
  return h !== null && fingerprintOfRow(kind, t, i, h.version) === h.hex;
}

/** The texts of a Calendario row keyed by lower-case network id ({ x, facebook, web, … }), trimmed, for the post checks. */
export function textsOfRow(t: SheetTable<'calendario'>, i: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of networks()) if (t.has(d.columns.texto)) out[d.id.toLowerCase()] = text(t.get(i, d.columns.texto));
  return out;
}
