// Pure rules of issue 11: boletín numbers never reused, the agenda week and its activities, watchdog deadlines, escaped e-mail HTML.
import { type Actividad, agendaDue, huellaActividad, seleccionar, siguienteIdActividad, validarActividad } from '../../src/domain/agenda';
import { boletinBodies, docIdOf, escapeRegex, formatNumero, siguienteNumero } from '../../src/domain/boletines';
import { diasSinAutorizar, enHorarioDeAvisos, puedeAvisar, soloHoy } from '../../src/domain/watchdog';

const d = (s: string) => new Date(`${s}T00:00:00`);
const at = (s: string) => new Date(s);

describe('boletín numbers', () => {
  test('one more than the highest ever given or seen; other years and foreign texts ignored', () => {
    expect(formatNumero(2026, 7)).toBe('ICM-B-2026-007');
    expect(formatNumero(2026, 1234)).toBe('ICM-B-2026-1234');
    expect(siguienteNumero(2026, 0, [])).toEqual({ numero: 'ICM-B-2026-001', n: 1 });
    // The stored last number wins over a sheet whose last rows were deleted.
    expect(siguienteNumero(2026, 5, ['ICM-B-2026-002']).numero).toBe('ICM-B-2026-006');
    // A number typed by hand above the stored one is never repeated.
    expect(siguienteNumero(2026, 2, ['ICM-B-2026-009', 'ICM-B-2025-050', 'CS01-2026-014', '']).numero).toBe('ICM-B-2026-010');
  });

  test('Docs links, regex escaping and the e-mail body escape user text', () => {
    expect(docIdOf('https://docs.google.com/document/d/1AbCdEfGhIjKlMn_-x/edit')).toBe('1AbCdEfGhIjKlMn_-x');
    expect(docIdOf('https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrSt/view')).toBe('');
    expect(escapeRegex('{{a}} (b) $ [c] ^d.')).toBe('\\{\\{a\\}\\} \\(b\\) \\$ \\[c\\] \\^d\\.');
    const b = boletinBodies({ numero: 'ICM-B-2026-001', titulo: '<script>x</script>', fecha: '3 de diciembre', lugar: 'Torreón', resumen: 'a & b', pdfUrl: '' });
    expect(b.htmlBody).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(b.htmlBody).not.toContain('<script>');
    expect(b.htmlBody).toContain('a &amp; b');
    expect(b.body).toContain('Título: <script>x</script>');
  });
});

describe('agenda week', () => {
  test('next week becomes due at the configured day and hour, stays due until sent (catch-up), then not', () => {
    expect(agendaDue(at('2026-12-04T11:59:00'), 5, 12, null)).toBeNull();
    const due = agendaDue(at('2026-12-04T12:00:00'), 5, 12, null);
    expect(due?.semana).toBe('2026-12-07');
    expect(due?.al.getDate()).toBe(13);
    expect(agendaDue(at('2026-12-05T09:00:00'), 5, 12, null)?.semana).toBe('2026-12-07');
    expect(agendaDue(at('2026-12-05T09:00:00'), 5, 12, '2026-12-07')).toBeNull();
    // Monday 9:00 agenda (day 1): on Monday 10:00 the week after is due.
    expect(agendaDue(at('2026-12-07T10:00:00'), 1, 9, '2026-12-07')?.semana).toBe('2026-12-14');
  });

  const act = (id: string, fecha: string, estado = 'Confirmada', actividad = 'Foro'): Actividad => ({
    i: 0, id, fecha: d(fecha), inicio: '10:00', fin: '', actividad, direccion: 'Despacho', lugar: '', municipio: '', descripcion: '', publico: '', contacto: '', estado,
  });

  test('the week’s activities; a cancelled one only when sent before; earlier ones only when changed after sending', () => {
    const week = { del: d('2026-12-07'), al: d('2026-12-13') };
    const hoy = d('2026-12-04');
    const sentMod = act('B', '2026-12-05', 'Confirmada', 'Cambiada');
    const enviadas = { C: huellaActividad(act('C', '2026-12-09')), D: 'otra', B: 'vieja', E: huellaActividad(act('E', '2026-12-05')) };
    const sel = seleccionar([
      act('A', '2026-12-08'), sentMod, act('C', '2026-12-09'), act('D', '2026-12-10', 'Cancelada'), act('X', '2026-12-11', 'Cancelada'),
      act('E', '2026-12-05'), act('F', '2026-12-14'), act('G', '2026-12-03'),
    ], week, hoy, enviadas);
    expect(sel.map((a) => [a.id, a.cambio])).toEqual([['B', true], ['A', false], ['C', false], ['D', true]]);
  });

  test('activity form: required fields, hours, closed list; ids per year', () => {
    const ok = { fecha: '2026-12-09', inicio: '9:00', actividad: 'Taller', direccion: 'Despacho' };
    expect(validarActividad(ok)).toMatchObject({ estado: 'Por confirmar', inicio: '9:00' });
    expect(() => validarActividad({ ...ok, fecha: '9/12/2026' })).toThrow('aaaa-mm-dd');
    expect(() => validarActividad({ ...ok, inicio: '25:00' })).toThrow('hora de inicio');
    expect(() => validarActividad({ ...ok, fin: '8:30' })).toThrow('posterior');
    expect(() => validarActividad({ ...ok, actividad: ' ' })).toThrow('nombre de la actividad');
    expect(() => validarActividad(null)).toThrow();
    expect(siguienteIdActividad(2026, ['AG-2026-0104', 'AG-2025-0900', 'x', 'AG-2026-0009'])).toBe('AG-2026-0105');
  });
});

describe('watchdog rules', () => {
  test('days with programmed rows and nothing authorized, Asistente first and the Titular the day before', () => {
    const m = new Map([
      ['2026-12-01', { programadas: 1, autorizadas: 0 }],
      ['2026-12-02', { programadas: 2, autorizadas: 0 }],
      ['2026-12-03', { programadas: 1, autorizadas: 1 }],
      ['2026-12-04', { programadas: 1, autorizadas: 0 }],
    ]);
    const r = diasSinAutorizar(m, at('2026-11-30T10:00:00'), 3);
    expect(r.map((x) => [x.clave, x.destino])).toEqual([['dia|2026-12-01', 'asistentes+titular'], ['dia|2026-12-02', 'asistentes']]);
    expect(diasSinAutorizar(m, at('2026-11-30T10:00:00'), 0)).toEqual([]);
  });

  test('one reminder per item per day; working hours only', () => {
    const hoy = at('2026-12-01T10:00:00');
    expect(puedeAvisar({ 'dia|x': '2026-12-01' }, 'dia|x', hoy)).toBe(false);
    expect(puedeAvisar({ 'dia|x': '2026-11-30' }, 'dia|x', hoy)).toBe(true);
    expect(soloHoy({ a: '2026-11-30', b: '2026-12-01' }, hoy)).toEqual({ b: '2026-12-01' });
    expect([7, 8, 20, 21].map((h) => enHorarioDeAvisos(new Date(2026, 11, 1, h)))).toEqual([false, true, true, false]);
  });
});
