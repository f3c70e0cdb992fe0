// OAuth 1.0a: the add-on's signer reproduces X's documented example (docs.x.com "Creating a signature", host api.x.com) through the emulator's Utilities.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createUtilities } from '../../local/fakes/utilities.fake';
import { oauth1Authorize, oauth1Header } from '../../src/providers/oauth1';

const KEYS = {
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
};
const VECTOR = {
  nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  timestamp: 1318622958,
  data: { status: 'Hello Ladies + Gentlemen, a signed OAuth request!' },
};

const g = globalThis as unknown as { Utilities?: unknown };

beforeAll(() => {
  const world = newWorld({ owner: 'titular@icm.gob.mx' });
  g.Utilities = createUtilities(newExecution(world, { functionName: 'test', user: 'titular@icm.gob.mx' }));
});
afterAll(() => {
  delete g.Utilities;
});

describe('oauth-signature', () => {
  it('reproduces X documented signature for api.x.com (B1)', () => {
    const a = oauth1Authorize('POST', 'https://api.x.com/1.1/statuses/update.json?include_entities=true', KEYS, VECTOR);
    expect(a.oauth_signature).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=');
  });

  it('reproduces the legacy api.twitter.com value (B2), so the host is part of the base string', () => {
    const a = oauth1Authorize('POST', 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true', KEYS, VECTOR);
    expect(a.oauth_signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it('builds the documented header layout with percent-encoded values and no secrets', () => {
    const h = oauth1Header('POST', 'https://api.x.com/1.1/statuses/update.json?include_entities=true', KEYS, VECTOR);
    expect(h).toBe(
      'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", ' +
        'oauth_signature="Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", ' +
        'oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"',
    );
    expect(h).not.toContain(KEYS.consumerSecret);
    expect(h).not.toContain(KEYS.tokenSecret);
  });

  it('uses an Apps Script UUID as nonce when none is given, and a different one each time', () => {
    const a = oauth1Authorize('POST', 'https://api.x.com/2/tweets', KEYS);
    const b = oauth1Authorize('POST', 'https://api.x.com/2/tweets', KEYS);
    expect(a.oauth_nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(a.oauth_nonce).not.toBe(b.oauth_nonce);
  });
});
