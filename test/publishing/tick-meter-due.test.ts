// Service calls of a tick that publishes 10 or 100 due, authorized rows: Sheets reads and writes, fetchAll batches and the lock stay constant.
import { addPub, authorizeAll, posts, setup } from './publish-helpers';

export function dueTick(n: number): { counts: Record<string, number>; published: number; rowsRead: number } {
  const emu = setup();
  const ids: string[] = [];
  for (let k = 0; k < n; k++) {
    ids.push(addPub(emu, { fecha: '2026-12-01', textoX: `Publicación de prueba número ${k} #ICM`, textoFacebook: `Aviso ${k} del Instituto`, textoWeb: `Nota ${k}` }));
  }
  authorizeAll(emu, ids);
  const r = emu.run('tick', [], { as: 'titular@icm.gob.mx', at: '2026-12-01T10:00' });
  if (r.error) throw new Error(r.error.message);
  return { counts: r.meter.counts, rowsRead: r.meter.rowsRead?.Calendario ?? 0, published: posts(emu, 'x').length + posts(emu, 'facebook').length + posts(emu, 'web').length };
}

describe('tick-meter-due', () => {
  it('10 and 100 due authorized posts: the same Sheets reads and writes and the same number of fetchAll batches', () => {
    const a = dueTick(10);
    const b = dueTick(100);
    expect(a.published).toBe(30);
    expect(b.published).toBe(300);
    expect([a.rowsRead, b.rowsRead]).toEqual([11, 101]);
    for (const k of ['Range.getValues', 'Range.setValues', 'UrlFetchApp.fetchAll', 'UrlFetchApp.fetch', 'LockService.getScriptLock', 'MailApp.sendEmail']) {
      expect([k, b.counts[k] ?? 0]).toEqual([k, a.counts[k] ?? 0]);
    }
    expect(a.counts['UrlFetchApp.fetchAll']).toBe(1);
  });
});
