// Programar mes makes the same number of Apps Script service calls on a Calendario of 100 and of 10,000 rows.
import { measureProgramarMes } from '../../bench/programar-mes.bench';

test('service calls of Programar mes do not grow with the rows already in Calendario', () => {
  const small = measureProgramarMes(100);
  const large = measureProgramarMes(10000);
  expect(small.creadas).toBe(31);
  expect(large.creadas).toBe(31);
  expect(large.counts).toEqual(small.counts);
  expect(large.total).toBe(small.total);
  // Each execution read the whole Calendario it claims (header included): the flat counts measured something.
  expect(small.rowsRead).toBe(101);
  expect(large.rowsRead).toBe(10001);
  expect(small.counts['Range.getValues']).toBe(5);
}, 120000);
