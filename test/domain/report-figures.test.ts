// The monthly report's figures from hand-built rows: publications per network, days, weekends, proposals, SEGOB sends, failures, X cost, risks.
import { computeMonthReport, netLine, reportBlocks } from '../../src/domain/report';
import { d, fixture, sheet } from './report-fixture';

const DIC = { year: 2026, month1: 12 };

describe('computeMonthReport', () => {
  const r = computeMonthReport(fixture(), DIC);

  test('per network and total: planned, authorized, automatic, by hand, not published (weekend «No» and other months left out)', () => {
    expect(r.porRed.X).toEqual({ planeadas: 2, autorizadas: 2, automaticas: 2, aMano: 0, noPublicadas: 0 });
    expect(r.porRed.Facebook).toEqual({ planeadas: 2, autorizadas: 2, automaticas: 0, aMano: 1, noPublicadas: 1 });
    expect(r.porRed.Web).toEqual({ planeadas: 1, autorizadas: 0, automaticas: 0, aMano: 0, noPublicadas: 1 });
    expect(r.total).toEqual({ planeadas: 5, autorizadas: 4, automaticas: 2, aMano: 1, noPublicadas: 2 });
  });

  test('days with and without publication (policy 3.3) and each weekend decision', () => {
    expect(r.dias.total).toBe(31);
    expect(r.dias.conPublicacion).toBe(2);
    expect(r.dias.sinPublicacion).toContain('2026-12-03');
    expect(r.dias.sinPublicacion).not.toContain('2026-12-01');
    expect(r.finesDeSemana.slice(0, 2)).toEqual([{ fecha: '2026-12-05', decision: 'No' }, { fecha: '2026-12-06', decision: 'Sí' }]);
    expect(r.finesDeSemana).toHaveLength(8);
    expect(r.finesDeSemana[2]).toEqual({ fecha: '2026-12-12', decision: 'Sin fila en Calendario' });
    expect(r.porDia[0]).toEqual({ fecha: '2026-12-01', X: 1, Facebook: 1, Web: 0 });
  });

  test('proposals of the month by tipo, Dirección and marco legal (policy 3.2)', () => {
    expect(r.propuestas.total).toBe(3);
    expect(r.propuestas.porTipo).toEqual({ Campaña: 2, Taller: 1 });
    expect(r.propuestas.porDireccion).toEqual({ Despacho: 2, 'Dirección de Capacitación': 1 });
    expect(r.propuestas.porMarco).toEqual({ Ambas: 2, 'Ley de Igualdad entre Mujeres y Hombres': 1 });
  });

  test('boletines: on time, late, and not sent once due; PDF link and hash split; authorization named', () => {
    const b = r.envios.filter((e) => e.tipo === 'Boletín');
    expect(b.map((e) => [e.numero, e.aTiempo])).toEqual([['ICM-B-2026-001', true], ['ICM-B-2026-002', false], ['ICM-B-2026-003', false]]);
    expect(b[0]).toMatchObject({ enviado: '2026-12-03 09:00', destinatarios: 'cs@segob.gob.mx', pdf: 'https://drive.google.com/file/d/abc/view', pdfHash: 'a'.repeat(64) });
    expect(b[0].autorizacion).toBe('Autorizado por titular@icm.gob.mx el 2026-12-02 18:00');
    expect(b[2]).toMatchObject({ enviado: '', autorizacion: 'Sin autorización' });
  });

  test('weekly agendas: one send per «Enviada a SEGOB» minute, on time before the week’s Monday, recipients from the Bitácora', () => {
    const a = r.envios.filter((e) => e.tipo === 'Agenda');
    expect(a.map((e) => [e.numero, e.titulo, e.enviado, e.aTiempo])).toEqual([
      ['Semana del 2026-12-07', '2 actividad(es)', '2026-12-04 12:00', true],
      ['Semana del 2026-12-14', '1 actividad(es)', '2026-12-14 13:00', false],
    ]);
    expect(a[0].destinatarios).toBe('cs@segob.gob.mx, prensa@segob.gob.mx');
    expect(r.segob).toEqual({ aTiempo: 2, tarde: 3, boletines: 2, agendas: 2 });
  });

  test('watchdog reminders and escalations of the month only; manual tasks', () => {
    expect(r.vigilancia.recordatorios).toBe(1);
    expect(r.vigilancia.escalamientos).toBe(1);
    expect(r.tareasManuales).toBe(1);
  });

  test('failures grouped per row and network, by cause, with how each ended', () => {
    expect(r.fallas).toEqual([
      { id: 'CAL-2', red: 'X', causa: 'Red caída o falla temporal', intentos: 2, primera: '2026-12-02 10:00', desenlace: 'Publicada automáticamente tras reintento 2026-12-02 11:00' },
      { id: 'CAL-4', red: 'Web', causa: 'Credenciales', intentos: 1, primera: '2026-12-03 10:00', desenlace: 'Tarea de publicación manual, sin registro de publicación' },
      { id: 'CAL-6', red: 'Facebook', causa: 'Contenido rechazado', intentos: 1, primera: '2026-12-06 10:00', desenlace: 'Error: no se publicó' },
    ]);
    expect(r.fallasPorCausa).toEqual({ Credenciales: 1, 'Límite de peticiones': 0, 'Contenido rechazado': 1, 'Red caída o falla temporal': 1 });
  });

  test('X cost under pay-per-use: $0.20 for the post with a link, $0.015 for the other; posts by hand cost nothing', () => {
    expect(r.costoX).toEqual({ posts: 2, conEnlace: 1, usd: 0.215 });
  });

  test('one line per publication with approver, time, the latest fingerprint’s first characters and permalinks', () => {
    const cal1 = r.publicaciones.find((p) => p.id === 'CAL-1');
    expect(cal1).toMatchObject({ fecha: '2026-12-01', autorizadoPor: 'titular@icm.gob.mx', fechaAutorizacion: '2026-11-30 09:15', huella: 'abcdef012345' });
    expect(cal1?.enlaces).toEqual({ X: 'https://x.com/icm/status/111', Facebook: 'https://facebook.com/icm/posts/9' });
    expect(r.publicaciones.map((p) => p.id)).toEqual(['CAL-1', 'CAL-2', 'CAL-4', 'CAL-6']);
  });

  test('risk matrix rows name what happened and the control that acted', () => {
    expect(r.riesgos).toHaveLength(3);
    expect(r.riesgos[0].ocurrido).toContain('1 recordatorio(s) y 1 escalamiento(s)');
    expect(r.riesgos[0].control).toMatch(/^Vigilancia de plazos/);
    expect(r.riesgos[1].ocurrido).toBe('1 falla(s) de red o de límite de peticiones; 1 publicada(s) automáticamente tras reintento.');
    expect(r.riesgos[2].control).toMatch(/^Tarea de publicación manual/);
  });

  test('empty sheets (before the boletines and agenda are used): zeros, no lines, no failure', () => {
    const e = computeMonthReport({ calendario: [], propuestas: [], boletines: [], agenda: [], bitacora: [], autorizaciones: [] }, DIC);
    expect(e.total).toEqual({ planeadas: 0, autorizadas: 0, automaticas: 0, aMano: 0, noPublicadas: 0 });
    expect(e.envios).toEqual([]);
    expect(e.dias.sinPublicacion).toHaveLength(31);
    expect(e.riesgos[2].control).toMatch(/no se necesitaron/);
  });

  test('columns are found by header text, whatever their order', () => {
    const f = fixture();
    f.calendario = f.calendario.map((row) => [...row].reverse());
    expect(computeMonthReport(f, DIC).total).toEqual(r.total);
  });

  test('the Spanish blocks carry each figure line, each permalink and the chain status', () => {
    const blocks = reportBlocks({ ...r, cadenas: [{ hoja: 'Bitácora', filas: 9, ok: false, primeraRota: 4, detalle: 'primera fila rota: 4' }] }, { codigo: 'PI-DT-002', version: '00', generado: '2027-01-01 08:00', libro: 'ICM' });
    const text = blocks.map((b) => ('text' in b ? b.text : b.titulo)).join('\n');
    expect(text).toContain(netLine('Total', r.total));
    expect(text).toContain('https://x.com/icm/status/222');
    expect(text).toContain('Bitácora: NO verifica (9 filas) · primera fila rota: 4');
    expect(blocks.filter((b) => b.t === 'grafica')).toHaveLength(3);
  });

  test('a row typed in a month outside the one asked is not counted', () => {
    const f = fixture();
    f.calendario = sheet('calendario', [{ ID: 'X-1', Fecha: d('2027-01-02'), Redes: 'X', 'Estado X': 'Publicada 2027-01-02 10:00 · id 1' }]);
    expect(computeMonthReport(f, DIC).total.planeadas).toBe(0);
  });
});
