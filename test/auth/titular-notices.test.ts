// Notices to the Titular are coalesced: the first goes at once, a burst right after waits for one digest at the next hourly tick; nothing is lost.
import { formatHuella, publicationFingerprint } from '../../src/domain/fingerprint';
import { AVISO_KEY_PREFIX } from '../../src/domain/notice-queue';
import type { Emulator } from '../../local/runtime';
import { a1, ASISTENTE, bitacora, cell, TITULAR, withPublication, visto } from './auth-fixture';

function huella(emu: Emulator, id: string): string {
  const g = (h: string) => cell(emu, 'Calendario', id, h) as string | Date;
  const hex = publicationFingerprint({
    id, fecha: g('Fecha'), hora: g('Hora'), redes: g('Redes'), textoX: g('Texto X'), textoFacebook: g('Texto Facebook'), textoWeb: g('Texto web'), imagen: g('Imagen'),
    tema: g('Tema'), categoria: g('Categoría'), veda: g('Veda'), imagenContenido: '',
  });
  return formatHuella({ version: 2, hex });
}

/** An authorized publication; the Asistente then types a forged ledger row (7 cells: A–F and H) by hand. */
function forgedRow(mailDailyLimit?: number) {
  const f = withPublication();
  // The limit counts from here: e-mails the fixture already sent today (decisions to whoever asked) are added to it.
  if (mailDailyLimit !== undefined) f.emu.world.mailDailyLimit = mailDailyLimit + (f.emu.world.mailQuota[`${TITULAR}|2026-11-30`] ?? 0);
  expect(f.emu.run('panelAutorizar', [visto(f.emu, 'calendario', f.id)], { as: TITULAR }).error).toBeUndefined();
  const firma = String(f.emu.values('Autorizaciones').find((r) => r[2] === f.id && r[3] === 'Autorizado')![7]);
  const row = f.emu.values('Autorizaciones').length + 1;
  const cells: Array<[string, string]> = [
    ['A', '2026-11-30 09:30:00'], ['B', 'Calendario'], ['C', f.id], ['D', 'Autorizado'], ['E', TITULAR], ['F', huella(f.emu, f.id)], ['H', firma],
  ];
  const mails = f.emu.world.outbox.length;
  for (const [c, v] of cells) f.emu.edit(`'Autorizaciones'!${c}${row}`, v, { as: ASISTENTE });
  return { ...f, mails, refs: cells.map(([c]) => `${c}${row}`) };
}

function queuedKeys(emu: Emulator): string[] {
  return Object.keys(emu.world.properties.document).filter((k) => k.startsWith(AVISO_KEY_PREFIX));
}

describe('Titular notices: one immediate e-mail, then one digest', () => {
  test('typing 7 cells of a forged ledger row: exactly one e-mail now, one digest at the next tick with the rest; every event in the Bitácora', () => {
    const { emu, mails, refs } = forgedRow();
    const now = emu.world.outbox.slice(mails);
    expect(now).toHaveLength(1);
    expect(now[0].to).toEqual([TITULAR]);
    expect(now[0].body).toContain(`(${refs[0]})`);
    expect(queuedKeys(emu).length).toBeGreaterThan(0);
    // Every edit is in the Bitácora, whether its notice went out or waits.
    const log = bitacora(emu);
    expect(log.filter((b) => b[2] === 'Edición manual de Autorizaciones').map((b) => b[3])).toEqual(refs.map((r) => `Autorizaciones ${r}`));
    expect(log.filter((b) => b[2] === 'Aviso a la Titular en espera')).toHaveLength(6);

    const ticks = emu.clockTo('2026-11-30T10:00');
    expect(ticks.map((t) => t.functionName)).toContain('tick');
    expect(ticks.map((t) => t.error)).toEqual(ticks.map(() => undefined));
    const digest = emu.world.outbox.slice(mails + 1);
    expect(digest).toHaveLength(1);
    expect(digest[0].to).toEqual([TITULAR]);
    expect(digest[0].subject).toBe('Difusión ICM: resumen de 6 avisos sobre autorizaciones');
    for (const r of refs.slice(1)) expect(digest[0].body).toContain(`(${r})`);
    expect(digest[0].body).toContain('2026-11-30 09:00 · ');
    expect(queuedKeys(emu)).toEqual([]);
    expect(bitacora(emu).filter((b) => b[2] === 'Aviso a la Titular').slice(-1)[0][4]).toBe(`6 aviso(s) enviados a ${TITULAR} en un resumen.`);

    // The next ticks have nothing to send.
    emu.clockTo('2026-11-30T12:00');
    expect(emu.world.outbox.slice(mails)).toHaveLength(2);
  });

  test('an empty queue costs the tick one property read; the digest job runs even when publishing has nothing to do', () => {
    const { emu } = withPublication();
    // Issue 11: the watchdog's reminder about the unauthorized 1 December publication is turned off (0) for an idle tick.
    emu.edit("'Configuración'!B14", '0', { as: TITULAR });
    const ticks = emu.clockTo('2026-11-30T10:00').filter((t) => t.functionName === 'tick');
    expect(ticks).toHaveLength(1);
    const idle = ticks[0].meter.counts;
    // Publishing read the workbook's secrets (Document Properties) and took the script lock; the notice job read the
    // document properties once more; the SEGOB jobs read them once (one getProperties), and this first tick of the day
    // also records that the publication days were checked (one more getDocumentProperties; later ticks skip it).
    expect(idle['PropertiesService.getDocumentProperties']).toBe(4);
    expect(idle['LockService.getDocumentLock'] ?? 0).toBe(0);
    expect(idle['Properties.getProperties']).toBe(3);
    const { emu: busy, mails } = forgedRow();
    const runs = busy.clockTo('2026-11-30T10:00').filter((t) => t.functionName === 'tick');
    expect(busy.world.outbox.length).toBe(mails + 2);
    // Sending the digest: read, then read again under the document lock; publishing read the workbook's secrets; the
    // SEGOB jobs' one read and the record of the day's check of publication days.
    expect(runs[0].meter.counts['PropertiesService.getDocumentProperties']).toBe(5);
    // One for the digest, two for the chained Bitácora append (the chain head and the last row are read inside one
    // short document lock, which the append re-enters).
    expect(runs[0].meter.counts['LockService.getDocumentLock']).toBe(3);
  });

  test('the digest goes out even when the publishing job is busy (script lock held elsewhere)', () => {
    const { emu, mails } = forgedRow();
    emu.world.lock.holder = 'otra-ejecucion';
    emu.world.lock.until = emu.world.now + 3 * 3600 * 1000;
    emu.clockTo('2026-11-30T10:00');
    expect(emu.world.outbox.slice(mails).map((m) => m.subject)).toEqual([
      'Difusión ICM: 1 aviso sobre autorizaciones',
      'Difusión ICM: resumen de 6 avisos sobre autorizaciones',
    ]);
  });

  test('a notice raised after the interval goes at once and carries the queued ones with it', () => {
    const { emu, mails, id } = forgedRow();
    emu.clockTo('2026-11-30T09:40'); // no tick in between
    expect(emu.world.outbox.length).toBe(mails + 1);
    emu.edit(a1(emu, 'Calendario', id, 'Texto X'), 'Texto cambiado', { as: ASISTENTE });
    const sent = emu.world.outbox.slice(mails + 1);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe('Difusión ICM: resumen de 7 avisos sobre autorizaciones');
    expect(sent[0].body).toContain('requiere nueva autorización');
    expect(queuedKeys(emu)).toEqual([]);
    emu.clockTo('2026-11-30T10:00');
    expect(emu.world.outbox.length).toBe(mails + 2);
  });

  test('a digest that cannot be sent (no mail quota) stays queued until a later tick sends it', () => {
    const { emu, mails, refs } = forgedRow(1); // the immediate e-mail uses the whole daily quota
    expect(emu.world.outbox.length).toBe(mails + 1);
    emu.clockTo('2026-11-30T10:00');
    expect(emu.world.outbox.length).toBe(mails + 1);
    expect(queuedKeys(emu).length).toBeGreaterThan(0);
    expect(bitacora(emu).some((b) => b[2] === 'Aviso a la Titular no enviado' && /cuota/.test(b[4]))).toBe(true);
    emu.clockTo('2026-12-01T00:30'); // a new day: quota again
    const digest = emu.world.outbox.slice(mails + 1);
    expect(digest).toHaveLength(1);
    for (const r of refs.slice(1)) expect(digest[0].body).toContain(`(${r})`);
    expect(queuedKeys(emu)).toEqual([]);
  });

  test('rehearsal mode still e-mails nothing: notices go to the Bitácora, none are queued', () => {
    const f = withPublication();
    const { emu } = f;
    const v = emu.values('Configuración');
    const r = v.findIndex((row) => /ensayo/i.test(String(row[0])));
    expect(r).toBeGreaterThan(0);
    emu.edit(`'Configuración'!B${r + 1}`, 'Sí', { as: TITULAR });
    const mails = emu.world.outbox.length;
    const row = emu.values('Autorizaciones').length + 1;
    for (const c of ['A', 'B', 'C']) emu.edit(`'Autorizaciones'!${c}${row}`, 'x', { as: ASISTENTE });
    emu.clockTo('2026-11-30T10:00');
    expect(emu.world.outbox.length).toBe(mails);
    expect(queuedKeys(emu)).toEqual([]);
    expect(bitacora(emu).filter((b) => b[2] === 'Aviso a la Titular (modo ensayo, no enviado)')).toHaveLength(3);
  });
});
