// The request step through the emulator: what may be sent, the Titular's list, e-mails to whoever asked, the daily digest, the month grid after publishing.
import { DEMO, seedDemo, seedDemoPublications } from '../../local/demo';
import { Emulator } from '../../local/runtime';
import { ASISTENTE, cell, DIRECCION, ok, PROPUESTA, TITULAR, visto, withPublication } from '../auth/auth-fixture';

type Item = { hoja: string; id: string; limite: string; solicitada: boolean };

const solicitudes = (emu: Emulator): Item[] => emu.call('panelSolicitudes', [], { as: TITULAR }) as Item[];

describe('«Solicitar autorización»', () => {
  test('an empty draft of Programar mes cannot be sent and never reaches the Titular; nothing is written', () => {
    const { emu } = withPublication();
    ok(emu.run('programarMes', ['2026-12'], { as: ASISTENTE }));
    const draft = emu.values('Calendario').find((r, i) => i > 0 && r[6] === '' && r[7] === '' && r[1] instanceof Date);
    const before = JSON.stringify(emu.values('Calendario'));
    const r = emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id: String(draft![0]) }], { as: ASISTENTE });
    expect(r.error?.message).toMatch(/^No se envió la publicación del \d+ de diciembre .*: Falta el texto para/);
    expect(JSON.stringify(emu.values('Calendario'))).toBe(before);
    expect(solicitudes(emu)).toEqual([]);
  });

  test('only requested items are listed, nearest deadline first; a decision answers the request', () => {
    const { emu, id, propuesta } = withPublication();
    const { id: id2 } = emu.call('panelGuardarPublicacion', [{ id: '', propuesta, fecha: '2026-12-09', hora: '10:00', redes: ['Facebook'], textoX: '', textoFacebook: 'Otro día', textoWeb: '', imagen: '' }], { as: ASISTENTE }) as { id: string };
    expect(solicitudes(emu)).toEqual([]);
    ok(emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id: id2 }], { as: ASISTENTE }));
    ok(emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id }], { as: ASISTENTE }));
    expect(solicitudes(emu).map((p) => [p.id, p.limite])).toEqual([[id, '2026-12-01'], [id2, '2026-12-09']]);
    expect(cell(emu, 'Calendario', id, 'Solicitada por')).toBe(ASISTENTE);
    ok(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }));
    expect(solicitudes(emu).map((p) => p.id)).toEqual([id2]);
    expect((emu.call('panelInicio', [], { as: TITULAR }) as { solicitudes: number }).solicitudes).toBe(1);
  });

  test('a Dirección may not send publications; a publication already authorized is not sent again', () => {
    const { emu, id } = withPublication();
    expect(emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id }], { as: DIRECCION }).error?.message).toBe('Solo la Asistente o la Titular envían publicaciones a autorizar.');
    ok(emu.run('panelAutorizar', [visto(emu, 'calendario', id)], { as: TITULAR }));
    expect(emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id }], { as: ASISTENTE }).error?.message).toMatch(/ya está autorizada$/);
  });
});

describe('e-mails that lead somewhere', () => {
  test('each decision goes to whoever asked, with the comment and a link to the item\'s row', () => {
    const { emu, id } = withPublication();
    ok(emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id }], { as: ASISTENTE }));
    const n = emu.world.outbox.length;
    ok(emu.run('panelSolicitarCambios', [visto(emu, 'calendario', id), 'Cambie la hora.'], { as: TITULAR }));
    const mails = emu.world.outbox.slice(n);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual([ASISTENTE]);
    expect(mails[0].subject).toBe('Difusión ICM: la Titular pidió cambios a la publicación del 1 de diciembre («Vivir sin violencia»)');
    expect(mails[0].body).toContain('Comentario de la Titular: Cambie la hora.');
    const sheetId = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario')!.id;
    expect(mails[0].body).toContain(`/edit#gid=${sheetId}&range=A2`);
    const mine = emu.call('panelMisSolicitudes', [], { as: ASISTENTE }) as Array<{ id: string; estado: string; devuelta: boolean; comentario: string }>;
    expect(mine.find((s) => s.id === id)).toMatchObject({ estado: 'Cambios solicitados', devuelta: true, comentario: 'Cambie la hora.' });
  });

  test('a rejection needs a reason; the proposer of a proposal is told', () => {
    const { emu } = withPublication();
    const { id } = emu.call('panelCrearPropuesta', [PROPUESTA], { as: DIRECCION }) as { id: string };
    expect(emu.run('panelRechazar', [visto(emu, 'propuestas', id), ' '], { as: TITULAR }).error?.message).toBe('Escriba el motivo del rechazo.');
    expect(emu.run('panelRechazar', [visto(emu, 'propuestas', id), ''], { as: ASISTENTE }).error?.message).toBe('Solo la Titular del Instituto puede autorizar, rechazar o solicitar cambios.');
    ok(emu.run('panelRechazar', [visto(emu, 'propuestas', id), 'Fuera de periodo.'], { as: TITULAR }));
    const last = emu.world.outbox[emu.world.outbox.length - 1];
    expect(last.to).toEqual([DIRECCION]);
    expect(last.subject).toBe('Difusión ICM: la Titular rechazó la propuesta «Vivir sin violencia»');
  });

  test('requests are gathered for the Titular in one digest a day, sent by the hourly tick at 8', () => {
    const { emu, id } = withPublication();
    ok(emu.run('panelSolicitarAutorizacion', [{ hoja: 'calendario', id }], { as: ASISTENTE }));
    const n = emu.world.outbox.length;
    emu.clockTo('2026-11-30T23:30');
    expect(emu.world.outbox.slice(n).filter((m) => /esperan? su autorización/.test(m.subject))).toHaveLength(0);
    emu.clockTo('2026-12-01T12:30');
    const digests = emu.world.outbox.slice(n).filter((m) => m.to.includes(TITULAR) && /esperan? su autorización/.test(m.subject));
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('Difusión ICM: un elemento espera su autorización');
    expect(digests[0].body).toContain('Publicación del 1 de diciembre («Vivir sin violencia»), enviada por asistente@icm.gob.mx');
    expect(digests[0].body).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\/d\/\S+/);
    // The next morning the publication's day has passed; a proposal sent meanwhile is what waits.
    emu.call('panelCrearPropuesta', [{ ...PROPUESTA, tema: 'Foro de igualdad', del: '2026-12-20', al: '2026-12-20' }], { as: ASISTENTE });
    emu.clockTo('2026-12-02T09:30');
    const all = emu.world.outbox.slice(n).filter((m) => /esperan? su autorización/.test(m.subject));
    expect(all).toHaveLength(2);
    expect(all[1].body).toContain('Propuesta «Foro de igualdad» (desde el 20 de diciembre), enviada por asistente@icm.gob.mx');
    expect(all[1].body).not.toContain('Publicación del 1 de diciembre');
  });
});

describe('demo and month grid', () => {
  test('after publishing, the month grid shows the day as published; the demo texts differ from day to day', () => {
    const emu = Emulator.create({ owner: DEMO.titular, now: '2026-11-30T09:00' });
    seedDemo(emu);
    const ids = seedDemoPublications(emu);
    const fb = ids.map((id) => String(cell(emu, 'Calendario', id, 'Texto Facebook')));
    expect(new Set(fb).size).toBe(fb.length);
    emu.clockTo('2026-12-01T10:30');
    const grid = emu.values('Mes 2026-12').flat().map(String);
    const day1 = grid.find((c) => /^1\n/.test(c));
    expect(day1).toMatch(/Publicad/);
    expect(grid[0]).toMatch(/X \(pago por uso\): US\$\d+\.\d+ estimados este mes/);
  });
});
