// One fingerprint per kind of item: its versioned canonical form → SHA-256 hex; the version is stored with each authorization record.
import {
  type AuthKind,
  type BoletinContent,
  type CalendarioContent,
  canonicalBoletin,
  canonicalCalendario,
  canonicalPropuesta,
  type PropuestaContent,
} from './authorization';
import { sha256HexOf } from './sha256';

/**
 * The canonical form each kind is fingerprinted with today. Publications: version 2 (Tema, Categoría, Veda and the
 * image's bytes added to version 1's Fecha, Hora, Redes, texts and image link). Records keep the version they signed,
 * so a record made with version 1 still verifies with version 1.
 */
export const FINGERPRINT_VERSION: Readonly<Record<AuthKind, number>> = { calendario: 2, boletines: 2, propuestas: 1 };

/** Versions this code can recompute, per kind (a record naming another version never verifies). */
const KNOWN: Readonly<Record<AuthKind, readonly number[]>> = { calendario: [1, 2], boletines: [1, 2], propuestas: [1] };

/** A fingerprint with the version of the canonical form it was computed with. */
export interface Huella {
  version: number;
  hex: string;
}

/** The text kept in the ledger's «Huella» cell: bare hex for version 1 (as before), 'v2:hex' from version 2 on. */
export function formatHuella(h: Huella): string {
  return h.version === 1 ? h.hex : `v${h.version}:${h.hex}`;
}

/** Reads a «Huella» cell; null when it is not a fingerprint this code knows for the kind. */
export function parseHuella(kind: AuthKind, s: string): Huella | null {
  const m = /^(?:v(\d+):)?([0-9a-f]{64})$/.exec(s.trim().toLowerCase());
  if (!m) return null;
  const version = m[1] === undefined ? 1 : Number(m[1]);
  if (KNOWN[kind].indexOf(version) < 0 || m[1] === '1') return null;
  return { version, hex: m[2] };
}

export function isKnownVersion(kind: AuthKind, version: number): boolean {
  return KNOWN[kind].indexOf(version) >= 0;
}

/** The publication's fingerprint (version 2 needs `imagenContenido`, the image bytes' hash). */
export function publicationFingerprint(c: CalendarioContent, version = FINGERPRINT_VERSION.calendario): string {
  return sha256HexOf(canonicalCalendario(c, version));
}

export function proposalFingerprint(c: PropuestaContent, version = FINGERPRINT_VERSION.propuestas): string {
  return sha256HexOf(canonicalPropuesta(c, version));
}

/** The boletín's fingerprint: version 2 covers the linked Doc's full text (`textoDoc`); version 1 records still verify. */
export function boletinFingerprint(c: BoletinContent, version = FINGERPRINT_VERSION.boletines): string {
  return sha256HexOf(canonicalBoletin(c, version));
}

/** Hex SHA-256 of a file's bytes (Apps Script gives signed bytes, -128..127). */
export function bytesFingerprint(bytes: readonly number[]): string {
  const u = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) u[i] = bytes[i] & 255;
  return sha256HexOf(u);
}
