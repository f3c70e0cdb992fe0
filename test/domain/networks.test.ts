// The network registry: the built-in Calendario columns keep their order, and texts of later networks enter a fingerprint only when written.
import { canonicalCalendario } from '../../src/domain/authorization';
import { networks, REDES } from '../../src/domain/networks';
import { HEADERS } from '../../src/domain/schema';
import { PERMISOS, may } from '../../src/domain/permissions';
import { validatePostTexts } from '../../src/domain/post-limits';

describe('network registry', () => {
  it('keeps the Calendario columns of the three built-in networks where they always were (request columns appended after)', () => {
    expect(REDES).toEqual(['X', 'Facebook', 'Web']);
    expect(HEADERS.calendario).toEqual([
      'ID', 'Fecha', 'Hora', 'Tema', 'Propuesta', 'Categoría', 'Texto X', 'Texto Facebook', 'Texto web',
      'Imagen', 'Redes', 'Fin de semana', 'Veda', 'Autorización', 'Autorizado por', 'Fecha de autorización',
      'Estado', 'Estado X', 'Estado Facebook', 'Estado web', 'Enlace X', 'Enlace Facebook', 'Enlace web',
      'Intentos', 'Próximo intento', 'Último error', 'Comentario de la Titular', 'Solicitada por', 'Fecha de solicitud',
    ]);
    expect(networks().map((d) => d.etiqueta)).toEqual(['X', 'Facebook', 'Sitio web']);
  });

  it('leaves a fingerprint unchanged by an empty text of a later network and changes it with a written one', () => {
    const row = {
      id: 'CAL-20261201-1', fecha: new Date(2026, 11, 1), hora: '10:00', redes: 'X, Web',
      textoX: 'Hola', textoFacebook: '', textoWeb: 'Hola web', imagen: '',
    };
    const before = canonicalCalendario(row);
    expect(before).toBe(
      JSON.stringify(['calendario/v1', 'CAL-20261201-1', '2026-12-01', '10:00', ['Web', 'X'], [['Facebook', ''], ['Web', 'Hola web'], ['X', 'Hola']], '']),
    );
    expect(canonicalCalendario({ ...row, otrosTextos: [['Mastodon', '']] })).toBe(before);
    expect(canonicalCalendario({ ...row, otrosTextos: [['Mastodon', 'Hola fediverso']] })).not.toBe(before);
  });

  it('checks each network by its own counting rule and names it as the registry says', () => {
    expect(validatePostTexts({ web: '' }, ['Web'])[0].mensaje).toBe('Falta el texto para el sitio web.');
    expect(validatePostTexts({ x: 'a'.repeat(281), facebook: 'a'.repeat(281) }, ['X', 'Facebook']).map((p) => p.code)).toEqual(['X_DEMASIADO_LARGO']);
  });
});

describe('permissions table', () => {
  it('lets only the Titular decide and the Titular and Asistentes publish, connect and edit publications', () => {
    expect((['Titular', 'Asistente', 'Dirección', 'Propietaria', 'Sin rol'] as const).filter((r) => may(r, 'decidir'))).toEqual(['Titular']);
    for (const p of ['editarPublicaciones', 'conectarRedes', 'publicarAhora', 'registrarManual'] as const) expect(PERMISOS[p].roles).toEqual(['Titular', 'Asistente']);
    expect(may('Dirección', 'proponer')).toBe(true);
    expect(may('Dirección', 'configurar')).toBe(false);
  });
});
