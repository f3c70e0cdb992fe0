// Month closing digests: a closed row altered, deleted or added afterwards is named; nothing else is.
import { closedChanges, closedRows, CLOSED_SHEETS, snapshotOf } from '../../src/domain/report';
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
