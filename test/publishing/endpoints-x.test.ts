// The emulated X endpoint verifies OAuth 1.0a signatures recomputed from the stored secrets (tampering, wrong secret, replays → 401).
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createUtilities } from '../../local/fakes/utilities.fake';
import { createXEndpoint, X_ENDPOINT } from '../../local/endpoints/x.endpoint';
import { createWordPressEndpoint } from '../../local/endpoints/wordpress.endpoint';
import { createGraphEndpoint } from '../../local/endpoints/facebook.endpoint';
import { DEMO_CREDENTIALS as C, seedEndpointAccounts } from '../../local/endpoints/accounts';
import { oauth1Header } from '../../src/providers/oauth1';

const g = globalThis as unknown as { Utilities?: unknown };
const world = newWorld({ owner: 'titular@icm.gob.mx', now: Date.parse('2026-12-01T16:00:00Z') });
seedEndpointAccounts(world);
const keys = { consumerKey: C.X_CONSUMER_KEY, consumerSecret: C.X_CONSUMER_SECRET, token: C.X_ACCESS_TOKEN, tokenSecret: C.X_ACCESS_SECRET };
beforeAll(() => {
  g.Utilities = createUtilities(newExecution(world, { functionName: 't', user: 'titular@icm.gob.mx' }));
});
afterAll(() => delete g.Utilities);

const x = createXEndpoint();
function post(text: string, auth: string) {
  return x.handle({ method: 'POST', url: 'https://api.x.com/2/tweets', headers: { authorization: auth, 'content-type': 'application/json' }, contentType: 'application/json', body: JSON.stringify({ text }) }, world);
}

describe('endpoints-x', () => {
  it('accepts a correctly signed post with 201 and an id, then 403 for the same text', () => {
    const a = post('Hola', oauth1Header('POST', 'https://api.x.com/2/tweets', keys, { timestamp: world.now / 1000 }));
    expect(a.status).toBe(201);
    expect(JSON.parse(a.body).data.id).toMatch(/^\d+$/);
    expect(a.headers?.['x-rate-limit-remaining']).toBe('99');
    const b = post('Hola', oauth1Header('POST', 'https://api.x.com/2/tweets', keys, { timestamp: world.now / 1000 }));
    expect(b.status).toBe(403);
    expect(JSON.parse(b.body).detail).toBe('You are not allowed to create a Tweet with duplicate content.');
    expect(world.endpoints.feeds[X_ENDPOINT]).toHaveLength(1);
  });

  it('rejects a wrong secret, a signature for another URL, a stale timestamp and a replayed nonce with 401', () => {
    const wrong = oauth1Header('POST', 'https://api.x.com/2/tweets', { ...keys, tokenSecret: 'otro' }, { timestamp: world.now / 1000 });
    expect(post('Uno', wrong).status).toBe(401);
    const other = oauth1Header('POST', 'https://api.twitter.com/2/tweets', keys, { timestamp: world.now / 1000 });
    expect(post('Dos', other).status).toBe(401);
    const stale = oauth1Header('POST', 'https://api.x.com/2/tweets', keys, { timestamp: world.now / 1000 - 3600 });
    expect(post('Tres', stale).status).toBe(401);
    const h = oauth1Header('POST', 'https://api.x.com/2/tweets', keys, { timestamp: world.now / 1000, nonce: 'fixednonce1' });
    expect(post('Cuatro', h).status).toBe(201);
    expect(post('Cinco', h).status).toBe(401);
    expect(JSON.parse(post('Seis', 'Bearer abc').body)).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
  });

  it('Graph answers its error object for a bad token; WordPress checks the application password', () => {
    const gr = createGraphEndpoint().handle({ method: 'GET', url: 'https://graph.facebook.com/v26.0/me', headers: { authorization: 'Bearer nope' }, contentType: '', body: '' }, world);
    expect(JSON.parse(gr.body).error).toMatchObject({ code: 190, type: 'OAuthException' });
    const basic = (p: string) => 'Basic ' + Buffer.from(`${C.WP_USUARIO}:${p}`).toString('base64');
    const wp = createWordPressEndpoint();
    const me = (p: string) => wp.handle({ method: 'GET', url: 'https://sitio.icm.gob.mx/wp-json/wp/v2/users/me', headers: { authorization: basic(p) }, contentType: '', body: '' }, world);
    expect(me(C.WP_APP_PASSWORD).status).toBe(200);
    expect(me('wrong pass').status).toBe(401);
  });
});
