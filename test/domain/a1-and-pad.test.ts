// The one column-letter helper (past Z) and the one zero-padding helper that the workbook, the guard and the plans share.
import { columnLetter } from '../../src/domain/a1';
import { pad2 } from '../../src/domain/dates';

describe('shared helpers', () => {
  test('columnLetter: 1-based column number to letters, past Z', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  test('pad2', () => {
    expect([0, 5, 9, 10, 23].map(pad2)).toEqual(['00', '05', '09', '10', '23']);
  });
});
