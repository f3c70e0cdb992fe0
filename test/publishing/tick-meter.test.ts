// Service calls per tick do not grow with the number of Calendario rows (batched Sheets I/O, nothing per row); the tick really read them all.
import { addIdleRows, setup } from './publish-helpers';

describe('tick-meter', () => {
  it('the same number of service calls for 10 and 1,000 rows that are not due, each tick having read every row', () => {
    const totals: Array<Record<string, number>> = [];
    for (const n of [10, 1000]) {
      const emu = setup();
      addIdleRows(emu, n);
      const r = emu.run('tick', [], { as: 'titular@icm.gob.mx', at: '2026-12-01T10:00' });
      expect(r.error).toBeUndefined();
      // The header and the n rows: what the execution actually read.
      expect(r.meter.rowsRead?.Calendario).toBe(n + 1);
      totals.push(r.meter.counts);
    }
    expect(totals[1]).toEqual(totals[0]);
    // Issue 11: +Configuración and Boletines for the SEGOB jobs; the day's first tick also checks Calendario's days.
    expect(totals[0]['Range.getValues']).toBeLessThanOrEqual(5);
  });
});
