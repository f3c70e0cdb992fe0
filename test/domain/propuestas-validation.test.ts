// Tests for proposal validation (policy 3.2 legal frame required, periods, networks) and proposal IDs.
import { checkPropuesta, nextPropuestaId, validatePropuesta } from '../../src/domain/propuestas';

const good = {
  tipo: 'Campaña',
  tema: 'Únete: 16 días de activismo',
  direccion: 'Dirección de Prevención y Atención a la Violencia',
  marcoLegal: 'Ley de Acceso de las Mujeres a una Vida Libre de Violencia',
  descripcion: 'Campaña en redes durante los 16 días de activismo.',
  del: '2026-11-25',
  al: '2026-12-10',
  redes: ['Facebook', 'x'],
};

describe('proposal validation', () => {
  test('accepts a complete proposal and normalizes it', () => {
    const r = checkPropuesta(good);
    expect(r).toEqual({ ok: true, value: { ...good, redes: ['X', 'Facebook'] } });
    expect(checkPropuesta({ ...good, redes: 'Web, X' })).toMatchObject({ ok: true, value: { redes: ['X', 'Web'] } });
  });

  test('the legal frame is required (policy 3.2)', () => {
    const r = checkPropuesta({ ...good, marcoLegal: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemas).toEqual([{ campo: 'marcoLegal', mensaje: expect.stringMatching(/política 3\.2/) }]);
    expect(checkPropuesta({ ...good, marcoLegal: 'Ambas' }).ok).toBe(true);
  });

  test('reports every missing field in Spanish', () => {
    const r = checkPropuesta({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemas.map((p) => p.campo)).toEqual(['tipo', 'tema', 'direccion', 'marcoLegal', 'descripcion', 'del', 'al', 'redes']);
  });

  test('del must not be after al; networks must be known', () => {
    const r = checkPropuesta({ ...good, del: '2026-12-10', al: '2026-11-25' });
    expect(!r.ok && r.problemas[0].mensaje).toBe('El periodo termina (2026-11-25) antes de empezar (2026-12-10).');
    const s = checkPropuesta({ ...good, redes: ['Instagram'] });
    expect(!s.ok && s.problemas[0].mensaje).toMatch(/«Instagram» no es una red válida/);
    expect(checkPropuesta({ ...good, del: '2026-02-30' }).ok).toBe(false);
  });

  test('validatePropuesta throws PROPUESTA_INVALIDA', () => {
    expect(() => validatePropuesta({ ...good, tema: '  ' })).toThrow(expect.objectContaining({ code: 'PROPUESTA_INVALIDA', message: expect.stringMatching(/^La propuesta no se guardó: Escriba el tema/) }));
  });

  test('IDs are consecutive per year', () => {
    expect(nextPropuestaId([], 2026)).toBe('PRO-2026-0001');
    expect(nextPropuestaId(['PRO-2026-0001', 'PRO-2025-0044', 'PRO-2026-0009', 'x'], 2026)).toBe('PRO-2026-0010');
  });
});
