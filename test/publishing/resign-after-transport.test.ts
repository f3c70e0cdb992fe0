// After a transport failure in a fetchAll batch, a request sent again is signed again: X refuses a reused OAuth nonce with 401.
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { addPub, authorize, posts, row, setup } from './publish-helpers';

describe('resign-after-transport', () => {
  it('a web timeout while X is being reconciled does not stop X (no reused nonce, no «dejó de publicar» alert)', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    // The replay: the 10:00 tick dies after its first call (X's post); at 11:00 the web lookup times out.
    emu.clockTo('2026-12-01T09:30');
    injectFault(emu.world, { endpoint: 'x', kind: 'crashAfter', times: 1 });
    emu.clockTo('2026-12-01T10:30');
    expect(posts(emu, 'x')).toHaveLength(1);
    injectFault(emu.world, { endpoint: 'web', kind: 'timeout', times: 1 });
    emu.clockTo('2026-12-01T11:30');
    expect(emu.world.properties.script.PUB_BLOQUEO_X).toBeUndefined();
    expect(emu.world.outbox.some((m) => /dejó de publicar/.test(m.body))).toBe(false);
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(String(row(emu, id)['Último error'])).not.toContain('401');
    expect(String(row(emu, id)['Estado X'])).toMatch(/^Publicada 2026-12-01 11:0\d · id \d+$/);
  });

  it('the emulated X refuses a replayed request (same nonce) with 401, as X does', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    const { createXEndpoint, xData } = jest.requireActual('../../local/endpoints/x.endpoint') as typeof import('../../local/endpoints/x.endpoint');
    const x = createXEndpoint();
    let first: Parameters<typeof x.handle>[0] | null = null;
    const { registerEndpoint } = jest.requireActual('../../local/endpoints/registry') as typeof import('../../local/endpoints/registry');
    registerEndpoint({ ...x, handle: (req, w) => ((first ??= req), x.handle(req, w)) });
    try {
      emu.clockTo('2026-12-01T10:00');
    } finally {
      registerEndpoint(createXEndpoint());
    }
    expect(first).not.toBeNull();
    const replay = x.handle(first as unknown as Parameters<typeof x.handle>[0], emu.world);
    expect(replay.status).toBe(401);
    expect(xData(emu.world).posts).toHaveLength(1);
  });
});
