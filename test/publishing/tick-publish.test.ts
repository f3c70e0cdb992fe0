// The hourly tick publishes an authorized 10:00 row on X, Facebook and the website, with permalinks in the row and Bitácora.
import { addImage, addPub, authorize, bitacora, posts, row, setup } from './publish-helpers';

describe('tick-publish', () => {
  it('publishes an authorized row at 10:00 on all three networks with evidence', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    const runs = emu.clockTo('2026-12-01T09:30');
    expect(posts(emu, 'x')).toHaveLength(0);
    const ticks = emu.clockTo('2026-12-01T10:00');
    expect(runs.length + ticks.length).toBeGreaterThan(0);
    for (const r of ticks) expect(r.error).toBeUndefined();
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(posts(emu, 'facebook')).toHaveLength(1);
    expect(posts(emu, 'web')).toHaveLength(1);
    const r = row(emu, id);
    expect(String(r['Enlace X'])).toMatch(/^https:\/\/x\.com\/ICMujeresCoah\/status\/\d+$/);
    expect(String(r['Enlace Facebook'])).toMatch(/^https:\/\/www\.facebook\.com\/104857600123456\/posts\/\d+$/);
    expect(String(r['Enlace web'])).toBe('https://sitio.icm.gob.mx/2026/12/01/difusion-' + id.toLowerCase() + '/');
    expect(String(r['Estado X'])).toMatch(/^Publicada 2026-12-01 10:00 · id \d+$/);
    expect(r['Estado']).toBe('Publicada');
    const b = bitacora(emu).filter((e) => e['Acción'] === 'Publicar');
    expect(b.map((e) => e['Evidencia']).sort()).toEqual([r['Enlace Facebook'], r['Enlace web'], r['Enlace X']].sort());
    expect(posts(emu, 'x')[0].text).toBe(emu.values('Calendario')[1][6]);
    // The next ticks do nothing more.
    emu.clockTo('2026-12-01T14:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(emu.world.outbox.filter((m) => /manual/i.test(m.subject))).toHaveLength(0);
  });

  it('uploads the image first (X media, WordPress featured media, Facebook photo)', () => {
    const emu = setup();
    const img = addImage(emu);
    const id = addPub(emu, { fecha: '2026-12-01', imagen: img });
    authorize(emu, id);
    emu.clockTo('2026-12-01T10:00');
    const x = emu.world.endpoints.feeds.x ?? [];
    expect(x.map((f) => (f.body as { kind: string }).kind)).toEqual(['media', 'post']);
    const xPost = posts(emu, 'x')[0] as { media_ids: string[] };
    expect(xPost.media_ids).toHaveLength(1);
    expect(posts(emu, 'facebook')[0]).toMatchObject({ kind: 'photo' });
    const web = posts(emu, 'web')[0] as { featured_media: number };
    expect(web.featured_media).toBeGreaterThan(0);
    expect(row(emu, id)['Estado']).toBe('Publicada');
  });
});
