// Reconciliation only accepts a post made since this row's first attempt: an identical older post (a recurring text) is never taken as this one.
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { graphData } from '../../local/endpoints/facebook.endpoint';
import { FacebookProvider } from '../../src/providers/facebook.provider';
import { XProvider } from '../../src/providers/x.provider';
import type { PostInput } from '../../src/app/publishing/provider.port';
import { formatState, parseState, type NetState } from '../../src/domain/publication';
import { addPub, authorize, posts, row, setup } from './publish-helpers';

const TEXTO = 'Hoy es Día Naranja: únete para eliminar la violencia contra las mujeres. #DíaNaranja';

function post(since: number, text = TEXTO): PostInput {
  return { rowId: 'CAL-20261225-1', red: 'Facebook', title: 'Día Naranja', text, image: null, since };
}

describe('reconcile-since', () => {
  const since = Date.UTC(2026, 11, 25, 16, 0); // 10:00 in Monterrey

  it('Facebook: an identical post from last month is not this post; one from after the first attempt is', () => {
    const fb = new FacebookProvider({ pageId: '104857600123456', token: 'EAAtokenParaPrueba123', graphVersion: 'v26.0' });
    const body = (created: string, id: string) => JSON.stringify({ data: [{ id, message: TEXTO, created_time: created, permalink_url: `https://www.facebook.com/104857600123456/posts/${id.split('_')[1]}` }] });
    expect(fb.parseLookup({ status: 200, headers: {}, body: body('2026-11-25T16:00:05+0000', '104857600123456_1') }, post(since))).toBeNull();
    expect(fb.parseLookup({ status: 200, headers: {}, body: body('2026-12-25T16:00:40+0000', '104857600123456_2') }, post(since))).toMatchObject({ ok: true, id: '104857600123456_2' });
    // A clock a little behind on either side still matches (small skew).
    expect(fb.parseLookup({ status: 200, headers: {}, body: body('2026-12-25T15:58:30+0000', '104857600123456_3') }, post(since))).toMatchObject({ ok: true });
  });

  it('X: an identical older post is not this post', () => {
    const x = new XProvider({ consumerKey: 'k', consumerSecret: 's', token: '1-t', tokenSecret: 'ts', userId: '1', username: 'ICMujeresCoah' });
    const body = (created: string) => JSON.stringify({ data: [{ id: '77', text: TEXTO, author_id: '1', created_at: created }] });
    expect(x.parseLookup({ status: 200, headers: {}, body: body('2026-12-24T16:00:00.000Z') }, { ...post(since), red: 'X' })).toBeNull();
    expect(x.parseLookup({ status: 200, headers: {}, body: body('2026-12-25T16:00:03.000Z') }, { ...post(since), red: 'X' })).toMatchObject({ ok: true, id: '77' });
  });

  it('a first send before the scheduled time («Publicar ahora») is kept on the state through retries and uncertainty', () => {
    const states: NetState[] = [
      { kind: 'enviando', intento: 1, desde: '2026-12-01 08:30' },
      { kind: 'incierta', intento: 1, desde: '2026-12-01 08:30' },
      { kind: 'reintentar', intento: 2, despues: new Date(2026, 11, 1, 8, 45), desde: '2026-12-01 08:30' },
    ];
    for (const st of states) expect(parseState(formatState(st))).toEqual(st);
    expect(formatState(states[1])).toBe('Incierta (intento 1): se verificará antes de reintentar · primer envío 2026-12-01 08:30');
  });

  it('emulator: a timed-out Facebook attempt is not confirmed by last month\'s identical post; it is re-posted once and gets its own link', () => {
    const emu = setup();
    // Last month's Día Naranja on the Page, same text.
    graphData(emu.world).posts.push({ id: '104857600123456_555', pageId: '104857600123456', message: TEXTO, at: Date.parse('2026-11-25T16:00:00Z') });
    const id = addPub(emu, { fecha: '2026-12-01', textoFacebook: TEXTO });
    authorize(emu, id);
    injectFault(emu.world, { endpoint: 'facebook', kind: 'timeout', times: 1 });
    emu.clockTo('2026-12-01T10:00');
    expect(row(emu, id)['Estado Facebook']).toMatch(/^Incierta/);
    emu.clockTo('2026-12-01T11:00');
    expect(posts(emu, 'facebook')).toHaveLength(1);
    const r = row(emu, id);
    expect(r['Estado Facebook']).toMatch(/^Publicada 2026-12-01 11:00/);
    expect(String(r['Enlace Facebook'])).not.toContain('/posts/555');
    expect(String(r['Enlace Facebook'])).toBe(`https://www.facebook.com/104857600123456/posts/${String(posts(emu, 'facebook')[0].id).split('_')[1]}`);
  });
});
