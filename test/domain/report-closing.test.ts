// Month closing digests: a closed row altered, deleted or added afterwards is named; nothing else is.
import { closedChanges, closedRows, CLOSED_SHEETS, informeDebido, primerDiaHabil, snapshotJson, snapshotOf } from '../../src/domain/report';
import { d, fixture } from './report-fixture';

const DIC = { year: 2026, month1: 12 };

describe('month closing', () => {
  test('the closed rows of each sheet are those dated in the month, with their sheet rows', () => {
    const f = fixture();
    const cal = closedRows(f.calendario, CLOSED_SHEETS[0], DIC);
    expect(Object.keys(cal.digests)).toEqual(['CAL-1', 'CAL-2', 'CAL-3', 'CAL-4', 'CAL-6']);
    expect(cal.filas).toEqual([2, 3, 4, 5, 7]);
  });

  test('an unchanged workbook has no change; the snapshot fits a property value', () => {
    const f = fixture();
    const snap = snapshotOf(f, DIC, '2027-01-04 08:00', { Bitácora: 'sig' });
    expect(closedChanges(snap, fixture())).toEqual([]);
    expect(JSON.stringify(snap).length).toBeLessThan(9000);
  });

  test('altered, deleted and added rows are named with their month and sheet', () => {
    const snap = snapshotOf(fixture(), DIC, '2027-01-04 08:00', {});
    const f = fixture();
    f.calendario[2][3] = 'Tema cambiado';
    f.boletines.splice(2, 1);
    f.agenda.push(['AG-9', d('2026-12-20'), '', '', 'Nueva', '', '', '', '', '', '', '', '']);
    f.calendario[5][1] = d('2026-12-04'); // CAL-5 moved into the closed month
    expect(closedChanges(snap, f)).toEqual([
      { mes: '2026-12', hoja: 'Calendario', id: 'CAL-2', cambio: 'modificada' },
      { mes: '2026-12', hoja: 'Calendario', id: 'CAL-5', cambio: 'añadida' },
      { mes: '2026-12', hoja: 'Boletines CS01', id: 'ICM-B-2026-002', cambio: 'eliminada' },
      { mes: '2026-12', hoja: 'Agenda CS02', id: 'AG-9', cambio: 'añadida' },
    ]);
  });

  test('a date changed to the same instant is no change; a different time is', () => {
    const snap = snapshotOf(fixture(), DIC, '', {});
    const f = fixture();
    f.calendario[1][1] = d('2026-12-01');
    expect(closedChanges(snap, f)).toEqual([]);
    f.calendario[1][15] = d('2026-11-30 09:16');
    expect(closedChanges(snap, f)).toEqual([{ mes: '2026-12', hoja: 'Calendario', id: 'CAL-1', cambio: 'modificada' }]);
  });
});

describe('when the report is due', () => {
  test('first working day: Monday–Friday and not an LFT rest day (1 January 2027 is a Friday holiday → Monday 4)', () => {
    expect(primerDiaHabil(2027, 1)).toBe('2027-01-04');
    expect(primerDiaHabil(2026, 12)).toBe('2026-12-01');
    expect(primerDiaHabil(2027, 2)).toBe('2027-02-02'); // Monday 1 is Constitution day (first Monday of February)
  });
  test('due in the 08:00 hour of that day for the month before, and of the days of grace', () => {
    expect(informeDebido(new Date(2027, 0, 4, 7, 59))).toBeNull();
    expect(informeDebido(new Date(2027, 0, 4, 8, 0))).toEqual({ year: 2026, month1: 12 });
    expect(informeDebido(new Date(2027, 0, 4, 8, 59))).toEqual({ year: 2026, month1: 12 });
    expect(informeDebido(new Date(2027, 0, 4, 9, 0))).toBeNull();
    expect(informeDebido(new Date(2027, 0, 2, 8, 30))).toBeNull();
    // A missed report is retried in the DIAS_DE_GRACIA days after; later ticks leave it to the menu.
    expect(informeDebido(new Date(2027, 0, 11, 8, 30))).toEqual({ year: 2026, month1: 12 });
    expect(informeDebido(new Date(2027, 0, 12, 8, 30))).toBeNull();
  });
});

describe('a closed month larger than one property value', () => {
  test('digests are shortened, then dropped; a change is still detected, named when the rows are kept', () => {
    const f = fixture();
    for (let i = 0; i < 400; i++) f.calendario.push(['CAL-EXTRA-' + i, d('2026-12-15'), ...Array<string>(f.calendario[0].length - 2).fill('')]);
    const snap = snapshotOf(f, DIC, '', {});
    const mid = JSON.parse(snapshotJson(snap, JSON.stringify(snap).length - 1));
    expect(Object.values(mid.filas.Calendario as Record<string, string>).every((x) => x.length === 8)).toBe(true);
    const g = fixture();
    for (let i = 0; i < 400; i++) g.calendario.push(['CAL-EXTRA-' + i, d('2026-12-15'), ...Array<string>(g.calendario[0].length - 2).fill('')]);
    expect(closedChanges(mid, g)).toEqual([]);
    g.calendario[2][3] = 'Otro tema';
    expect(closedChanges(mid, g)).toEqual([{ mes: '2026-12', hoja: 'Calendario', id: 'CAL-2', cambio: 'modificada' }]);
    const tiny = JSON.parse(snapshotJson(snap, 1000));
    expect(JSON.stringify(tiny).length).toBeLessThan(1000);
    expect(closedChanges(tiny, g)).toEqual([{ mes: '2026-12', hoja: 'Calendario, Boletines CS01 o Agenda CS02', id: '(mes completo)', cambio: 'modificada' }]);
  });
});
