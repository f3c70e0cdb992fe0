// Tests for the date helpers: yyyy-MM-dd, parsing, hours from text or time cells, weekdays and Spanish names.
import { addDays, daysInMonth, fechaLarga, horaMinutos, isWeekend, isoWeekday, nthWeekday, parseDiaSemana, parseYm, parseYmd, ymd } from '../../src/domain/dates';

describe('dates', () => {
  test('ymd and parseYmd round-trip and reject impossible dates', () => {
    expect(ymd(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    expect(ymd(parseYmd('2026-02-28') as Date)).toBe('2026-02-28');
    expect(ymd(parseYmd('25/12/2026') as Date)).toBe('2026-12-25');
    expect(parseYmd('2026-02-29')).toBeNull();
    expect(parseYmd('2026-13-01')).toBeNull();
    expect(parseYmd('mañana')).toBeNull();
  });

  test('horaMinutos accepts text, whole hours and time Dates', () => {
    expect(horaMinutos('10:00')).toEqual({ hora: 10, minutos: 0 });
    expect(horaMinutos('9:30')).toEqual({ hora: 9, minutos: 30 });
    expect(horaMinutos(17)).toEqual({ hora: 17, minutos: 0 });
    expect(horaMinutos(new Date(1899, 11, 30, 8, 15))).toEqual({ hora: 8, minutos: 15 });
    expect(horaMinutos(0.5)).toEqual({ hora: 12, minutos: 0 });
    expect(horaMinutos('24:00')).toBeNull();
    expect(horaMinutos('10:75')).toBeNull();
    expect(horaMinutos('')).toBeNull();
    expect(horaMinutos('diez')).toBeNull();
  });

  test('weekdays, month lengths and names', () => {
    const d = new Date(2026, 11, 1);
    expect(isoWeekday(d)).toBe(2);
    expect(fechaLarga(d)).toBe('martes 1 de diciembre de 2026');
    expect(isWeekend(new Date(2026, 11, 5))).toBe(true);
    expect(isWeekend(new Date(2026, 11, 7))).toBe(false);
    expect(ymd(addDays(d, 31))).toBe('2027-01-01');
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(ymd(nthWeekday(2026, 2, 1, 1))).toBe('2026-02-02');
    expect(parseDiaSemana('Miércoles')).toBe(3);
    expect(parseDiaSemana('miercoles')).toBe(3);
    expect(parseDiaSemana('domingo')).toBe(7);
    expect(parseYm('2026-12')).toEqual({ year: 2026, month1: 12 });
    expect(parseYm('diciembre 2026')).toEqual({ year: 2026, month1: 12 });
    expect(parseYm('2026-13')).toBeNull();
  });
});
