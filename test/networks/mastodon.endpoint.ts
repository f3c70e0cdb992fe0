// The emulated Mastodon API of the test-only fourth network: Bearer token, statuses and verify_credentials; posts kept in the world.
import type { EmuRequest, EmuResponse, EmulatedEndpoint } from '../../local/endpoints/endpoint';
import { dataOf, feed, json, parseUrl } from '../../local/endpoints/http-util';
import type { WorldState } from '../../local/world';

export const MASTODON_ENDPOINT = 'mastodon';
export const MASTODON_TOKEN = 'mstdn-token-9f1c2e';

interface MastodonData {
  posts: Array<{ id: string; url: string; text: string; key: string }>;
  nextId: number;
}

function handle(req: EmuRequest, world: WorldState): EmuResponse {
  const data = dataOf<MastodonData>(world, MASTODON_ENDPOINT, () => ({ posts: [], nextId: 1000 }));
  if (req.headers['authorization'] !== `Bearer ${MASTODON_TOKEN}`) return json(401, { error: 'The access token is invalid' });
  const { path } = parseUrl(req.url);
  if (req.method === 'GET' && path === '/api/v1/accounts/verify_credentials') return json(200, { id: '7', username: 'icmujeres' });
  if (req.method === 'POST' && path === '/api/v1/statuses') {
    const body = JSON.parse(req.body) as { status?: string; idempotency?: string };
    if (!body.status) return json(422, { error: 'Validation failed: Text can\'t be blank' });
    const id = String(data.nextId++);
    const post = { id, url: `https://social.icm.test/@icmujeres/${id}`, text: body.status, key: body.idempotency ?? '' };
    data.posts.push(post);
    feed(world, MASTODON_ENDPOINT, req, 200, { kind: 'post', ...post });
    return json(200, { id, url: post.url, content: body.status });
  }
  return json(404, { error: 'Record not found' });
}

export function createMastodonEndpoint(): EmulatedEndpoint {
  return { name: MASTODON_ENDPOINT, hosts: ['social.icm.test'], handle };
}
