// The tick publishes only authorized rows: not unauthorized, voided, weekend «No», veda-held ones; modo ensayo calls nothing.
import { addPub, ASISTENTE, authorize, bitacora, posts, row, setup, TITULAR } from './publish-helpers';

function colLetter(emu: ReturnType<typeof setup>, header: string): string {
  const i = emu.values('Calendario')[0].map(String).indexOf(header);
  return String.fromCharCode(65 + i);
}

function rowNumber(emu: ReturnType<typeof setup>, id: string): number {
  return emu.values('Calendario').findIndex((r) => r[0] === id) + 1;
}

describe('tick-policy', () => {
  it('an unauthorized row is not published and says why', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    emu.clockTo('2026-12-01T16:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    expect(posts(emu, 'facebook')).toHaveLength(0);
    expect(posts(emu, 'web')).toHaveLength(0);
    expect(String(row(emu, id)['Último error'])).toMatch(/^No se publicó: /);
    expect(bitacora(emu).filter((b) => b['Acción'] === 'Publicación bloqueada')).toHaveLength(1);
    expect(emu.world.outbox.filter((m) => /manual/i.test(m.subject))).toHaveLength(0);
  });

  it('a row voided by a text change after authorization is not published', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    emu.edit(`'Calendario'!${colLetter(emu, 'Texto X')}${rowNumber(emu, id)}`, 'Texto cambiado después de autorizar', { as: ASISTENTE });
    emu.clockTo('2026-12-01T12:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    expect(posts(emu, 'web')).toHaveLength(0);
  });

  it('a weekend row set to «No» is not published; «Sí» is', () => {
    const emu = setup();
    const no = addPub(emu, { fecha: '2026-12-05', textoX: 'Sábado no' });
    const si = addPub(emu, { fecha: '2026-12-05', textoX: 'Sábado sí' });
    authorize(emu, no);
    authorize(emu, si);
    const col = colLetter(emu, 'Fin de semana');
    emu.edit(`'Calendario'!${col}${rowNumber(emu, no)}`, 'No', { as: ASISTENTE });
    emu.edit(`'Calendario'!${col}${rowNumber(emu, si)}`, 'Sí', { as: ASISTENTE });
    emu.clockTo('2026-12-05T11:00');
    expect(posts(emu, 'x').map((p) => p.text)).toEqual(['Sábado sí']);
    expect(String(row(emu, no)['Último error'])).toContain('fin de semana');
  });

  it('modo ensayo records what would be posted and calls no network', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    const cfg = emu.values('Configuración');
    const r = cfg.findIndex((x) => x[0] === 'Modo ensayo') + 1;
    emu.edit(`'Configuración'!B${r}`, 'Sí', { as: TITULAR });
    const before = emu.world.outbox.length;
    emu.clockTo('2026-12-01T15:00');
    expect(emu.world.endpoints.feeds.x ?? []).toHaveLength(0);
    expect(emu.world.endpoints.feeds.facebook ?? []).toHaveLength(0);
    expect(emu.world.endpoints.feeds.web ?? []).toHaveLength(0);
    expect(emu.world.outbox.length).toBe(before);
    expect(row(emu, id)['Estado']).toBe('Ensayo');
    const e = bitacora(emu).filter((b) => b['Acción'] === 'Ensayo de publicación');
    expect(e).toHaveLength(3);
    expect(String(e[0]['Detalle'])).toContain(String(row(emu, id)['Texto X']));
  });

  it('«Publicar ahora» publishes a selected authorized row before its hour, once', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-03' });
    authorize(emu, id);
    emu.clockTo('2026-12-01T08:30');
    const r = emu.run('publicarAhora', [], { as: ASISTENTE, answers: [id] });
    expect(r.error).toBeUndefined();
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(r.ui.alerts.map((a) => a.prompt).join('\n')).toContain('Publicaciones hechas: 3.');
    emu.clockTo('2026-12-03T11:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    const unauthorized = addPub(emu, { fecha: '2026-12-04', textoX: 'sin autorizar' });
    const r2 = emu.run('publicarAhora', [], { as: ASISTENTE, answers: [unauthorized] });
    expect(r2.ui.alerts.map((a) => a.prompt).join('\n')).toContain('Publicaciones hechas: 0.');
    expect(posts(emu, 'x')).toHaveLength(1);
  });
});
