// The chain check in isolation: legacy rows alone, chained rows over their predecessor, inserted rows stepped over, the head's last signature.
import { createHmac } from 'crypto';
import { anchorOf, type ChainHead, type ChainRow, chainText, prevOf, startHead, verifyChain, type VerifyMany } from '../../src/domain/ledger-chain';

const mac = (t: string): string => createHmac('sha256', 'clave').update(t, 'utf8').digest('base64');
const verifyMany: VerifyMany = (xs) => xs.map((x) => x.signature !== '' && mac(x.text) === x.signature);

/** n legacy rows then m chained rows, as the add-on writes them; returns the rows and the head. */
function ledger(legacy: number, chained: number): { rows: ChainRow[]; head: ChainHead } {
  const rows: ChainRow[] = [];
  for (let k = 0; k < legacy; k++) rows.push({ fila: k + 2, contenido: `viejo ${k}`, firma: mac(`viejo ${k}`) });
  let head = startHead(rows.map((r) => r.firma));
  for (let k = 0; k < chained; k++) {
    const contenido = `nuevo ${k}`;
    const firma = mac(chainText(contenido, prevOf(head)));
    rows.push({ fila: rows.length + 2, contenido, firma });
    head = { ...head, filas: head.filas + 1, firma };
  }
  return { rows, head };
}

const renumber = (rows: ChainRow[]): ChainRow[] => rows.map((r, k) => ({ ...r, fila: k + 2 }));

describe('verifyChain', () => {
  test('a whole ledger verifies; without a head every row is checked alone', () => {
    const { rows, head } = ledger(3, 4);
    expect(verifyChain(rows, head, verifyMany)).toEqual({ ok: true, malas: [], primera: null });
    expect(head.ancla).toBe(anchorOf(rows.slice(0, 3).map((r) => r.firma)));
    const old = ledger(3, 0).rows;
    expect(verifyChain(old, null, verifyMany).ok).toBe(true);
  });

  test('an altered chained row is named alone', () => {
    const { rows, head } = ledger(2, 4);
    rows[3] = { ...rows[3], contenido: 'cambiado' };
    const r = verifyChain(rows, head, verifyMany);
    expect(r.malas).toEqual([3]);
    expect(r.primera?.fila).toBe(5);
  });

  test('a removed row names the row after the hole; removed last rows are named by the head', () => {
    const { rows, head } = ledger(2, 4);
    expect(verifyChain(renumber(rows.filter((_, k) => k !== 3)), head, verifyMany).primera?.fila).toBe(5);
    const r = verifyChain(rows.slice(0, 5), head, verifyMany);
    expect(r.malas).toEqual([]);
    expect(r.primera).toMatchObject({ fila: 7, motivo: expect.stringMatching(/últimas filas/) });
  });

  test('a row inserted by hand is named, and the rows after it still verify', () => {
    const { rows, head } = ledger(1, 3);
    const withInsert = renumber([...rows.slice(0, 2), { fila: 0, contenido: 'a mano', firma: rows[1].firma }, ...rows.slice(2)]);
    const r = verifyChain(withInsert, head, verifyMany);
    expect(r.malas).toEqual([2]);
    expect(r.primera?.fila).toBe(4);
  });

  test('a moved or copied genuine row is told apart from an altered one', () => {
    const { rows, head } = ledger(0, 4);
    const swapped = renumber([rows[0], rows[2], rows[1], rows[3]]);
    const r = verifyChain(swapped, head, verifyMany);
    expect(r.primera?.motivo).toMatch(/fuera de lugar/);
    const copied = renumber([...rows, rows[1]]);
    expect(verifyChain(copied, head, verifyMany).malas).toEqual([4]);
  });

  test('legacy rows: deleting or moving one breaks the anchor', () => {
    const { rows, head } = ledger(3, 2);
    expect(verifyChain(renumber([rows[1], rows[0], ...rows.slice(2)]), head, verifyMany).ok).toBe(false);
    expect(verifyChain(renumber(rows.slice(1)), head, verifyMany).ok).toBe(false);
  });
});
