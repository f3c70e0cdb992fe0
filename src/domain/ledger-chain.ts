// Chained ledgers (Bitácora, Autorizaciones): each row signed over its content and the previous row's signature; pure checks over rows read once.
import { sha256HexOf } from './sha256';

/**
 * The head of a chain, kept in Document Properties where no sheet edit reaches it. `legado` rows at the top were written
 * before the chain existed (each signed alone); `ancla` covers their signatures in order and is what the first chained
 * row signs as its predecessor, so removing, inserting or moving any of them is detected too.
 */
export interface ChainHead {
  /** Rows in the ledger (legacy included). */
  filas: number;
  /** Signature of the last row ('' when empty). */
  firma: string;
  legado: number;
  ancla: string;
}

export interface ChainRow {
  /** Sheet row number, for messages. */
  fila: number;
  /** The row's canonical content (what its own signature covers), null when malformed (e.g. no date). */
  contenido: string | null;
  firma: string;
}

export interface ChainProblem {
  fila: number;
  motivo: string;
}

export interface ChainReport {
  ok: boolean;
  /** Indices (into the rows given) of rows that fail. */
  malas: number[];
  /** The first problem, by sheet row. */
  primera: ChainProblem | null;
}

export type VerifyMany = (items: ReadonlyArray<{ text: string; signature: string }>) => boolean[];

/** The text a chained row's signature covers: its content and its predecessor's signature (or the anchor). */
export function chainText(contenido: string, prev: string): string {
  return JSON.stringify(['cadena/v1', prev, contenido]);
}

/** The anchor over the legacy rows' signatures, in order. */
export function anchorOf(firmas: readonly string[]): string {
  return 'ancla:' + sha256HexOf(JSON.stringify(firmas));
}

/** The head a chain starts from when rows written before it exist (all of them legacy). */
export function startHead(legacyFirmas: readonly string[]): ChainHead {
  const n = legacyFirmas.length;
  return { filas: n, firma: n ? legacyFirmas[n - 1] : '', legado: n, ancla: anchorOf(legacyFirmas) };
}

/** The predecessor the next chained row signs over. */
export function prevOf(head: ChainHead): string {
  return head.filas === head.legado ? head.ancla : head.firma;
}

export function parseHead(raw: string | null): ChainHead | null {
  if (!raw) return null;
  try {
    const h = JSON.parse(raw) as Partial<ChainHead>;
    if (typeof h.filas !== 'number' || typeof h.firma !== 'string' || typeof h.legado !== 'number' || typeof h.ancla !== 'string') return null;
    return { filas: h.filas, firma: h.firma, legado: h.legado, ancla: h.ancla };
  } catch {
    return null;
  }
}

const ALTERADA = 'no verifica: fue escrita o modificada a mano, o se eliminó una fila justo antes de ella';
const FUERA = 'está fuera de lugar: fue movida o copiada de otra posición';
/** How many failing rows right before a row may be rows inserted by hand (the row then chains over the one before them). */
const SALTO_MAX = 5;

/**
 * Verifies every row with batches of pure HMAC checks. Without a head (no chained row written yet) each row is checked
 * alone. With a head: legacy rows alone plus the anchor over them, each chained row over its predecessor's signature
 * (rows inserted by hand fail themselves and are stepped over), and the last genuine row against the head (rows
 * removed at the end).
 */
export function verifyChain(rows: readonly ChainRow[], head: ChainHead | null, verifyMany: VerifyMany): ChainReport {
  const legado = head ? Math.min(head.legado, rows.length) : rows.length;
  const prevAt = (j: number): string => (head && j === head.legado - 1 ? head.ancla : rows[j].firma);
  const first = verifyMany(rows.map((r, k) => {
    if (r.contenido === null) return { text: '', signature: '' };
    if (k < legado || !head) return { text: r.contenido, signature: r.firma };
    return { text: chainText(r.contenido, k === head.legado ? head.ancla : rows[k - 1].firma), signature: r.firma };
  }));
  const ok = first.slice();
  // A row that fails over its neighbour may chain over a row a few places up when everything between failed (inserted).
  for (let k = legado; head && k < rows.length; k++) {
    const c = rows[k].contenido;
    if (ok[k] || c === null) continue;
    for (let j = k - 2; j >= Math.max(head.legado - 1, k - 1 - SALTO_MAX); j--) {
      if (!first[j + 1]) {
        if (verifyMany([{ text: chainText(c, prevAt(j)), signature: rows[k].firma }])[0]) {
          ok[k] = true;
          break;
        }
      } else break;
    }
  }
  const problems: ChainProblem[] = [];
  const malas = new Set<number>();
  const bad = (k: number, motivo: string): void => {
    malas.add(k);
    problems.push({ fila: rows[k].fila, motivo });
  };
  // Telling a moved row from an altered one costs a pass over the rows: done for the first few failures only.
  let classify = 3;
  rows.forEach((_, k) => {
    if (ok[k]) return;
    const out = k >= legado && head !== null && rows[k].contenido !== null && classify-- > 0 && misplaced(rows, k, head, verifyMany);
    bad(k, out ? FUERA : ALTERADA);
  });
  if (head) {
    if (legado > 0 && anchorOf(rows.slice(0, legado).map((r) => r.firma)) !== head.ancla) {
      const k = Math.min(legado, rows.length - 1);
      if (!malas.has(k)) bad(k, 'sigue a filas anteriores a la cadena que cambiaron (se eliminó, insertó o movió alguna)');
    }
    let last = rows.length - 1;
    while (last >= legado && malas.has(last)) last--;
    if (head.filas > head.legado && (last < legado || rows[last].firma !== head.firma)) {
      problems.push({ fila: (last >= 0 ? rows[last].fila : 1) + 1, motivo: 'falta: se eliminaron las últimas filas registradas' });
    }
  }
  problems.sort((a, b) => a.fila - b.fila);
  return { ok: problems.length === 0, malas: [...malas].sort((a, b) => a - b), primera: problems[0] ?? null };
}

/** Whether a failing chained row is genuine but out of place (it verifies over some other row's signature or the anchor). */
function misplaced(rows: readonly ChainRow[], k: number, head: ChainHead, verifyMany: VerifyMany): boolean {
  const contenido = rows[k].contenido as string;
  const prevs = [head.ancla, ...rows.map((r) => r.firma)];
  return verifyMany(prevs.map((p) => ({ text: chainText(contenido, p), signature: rows[k].firma }))).some((x) => x);
}
