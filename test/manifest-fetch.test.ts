// urlFetchWhitelist: the built manifest lists exactly the URL prefixes the code fetches (providers' hosts plus the institute's website).
import * as fs from 'fs';
import * as path from 'path';
import { allEndpoints } from '../local/endpoints/registry';
import { DEMO_CREDENTIALS, DEMO_WEBHOOK } from '../local/endpoints/accounts';
import type { Emulator } from '../local/runtime';
import { manifestFor, urlFetchWhitelist, websitePrefix, webUrlsFromEnv } from '../scripts/build';
import { addImage, addPub, authorize, connect, connectWebhook, posts, setup } from './publishing/publish-helpers';

/** Records every URL the emulated networks receive from now on. */
function recordFetches(): string[] {
  const seen: string[] = [];
  for (const e of allEndpoints()) {
    const handle = e.handle.bind(e);
    e.handle = (req, w) => {
      seen.push(req.url);
      return handle(req, w);
    };
  }
  return seen;
}

/** The whole publishing life: connect and test, publish with an image on the three networks, then through the webhook site. */
function publishEverything(): { emu: Emulator; urls: string[] } {
  const emu = setup({ connect: false });
  const urls = recordFetches();
  connect(emu);
  authorize(emu, addPub(emu, { fecha: '2026-12-01', imagen: addImage(emu) }));
  emu.clockTo('2026-12-01T10:00');
  connectWebhook(emu);
  authorize(emu, addPub(emu, { fecha: '2026-12-02', redes: ['Web'] }));
  emu.clockTo('2026-12-02T10:00');
  expect(posts(emu, 'webhook')).toHaveLength(1);
  return { emu, urls };
}

const matches = (url: string, prefix: string): boolean => url.startsWith(prefix);

describe('urlFetchWhitelist (https://developers.google.com/apps-script/manifest/allowlist-url)', () => {
  test('every URL fetched matches a listed prefix, and every listed prefix is fetched', async () => {
    const { urls } = publishEverything();
    const list = await urlFetchWhitelist([DEMO_CREDENTIALS.WP_URL, DEMO_WEBHOOK.WEBHOOK_URL]);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !list.some((p) => matches(u, p)))).toEqual([]);
    expect(list.filter((p) => !urls.some((u) => matches(u, p)))).toEqual([]);
  }, 60000);

  test('a host the code fetches but the list lacks is caught (a provider host left out)', async () => {
    const list = (await urlFetchWhitelist([])).filter((p) => !p.includes('graph.facebook.com'));
    const { urls } = publishEverything();
    expect(urls.filter((u) => !list.some((p) => matches(u, p))).length).toBeGreaterThan(0);
  }, 60000);

  test('prefixes are https://host/ as Apps Script requires; the website comes from DIFUSION_WEB_URLS', async () => {
    expect(websitePrefix('https://Sitio.ICM.gob.mx/wp-json/')).toBe('https://sitio.icm.gob.mx/');
    expect(() => websitePrefix('http://sitio.icm.gob.mx')).toThrow(/https/);
    expect(webUrlsFromEnv({ DIFUSION_WEB_URLS: 'https://a.gob.mx, https://b.gob.mx/hook' })).toEqual(['https://a.gob.mx', 'https://b.gob.mx/hook']);
    const m = JSON.parse(await manifestFor(['https://sitio.icm.gob.mx'])) as { urlFetchWhitelist: string[] };
    expect(m.urlFetchWhitelist).toEqual(['https://api.x.com/', 'https://graph.facebook.com/', 'https://sitio.icm.gob.mx/']);
    for (const p of m.urlFetchWhitelist) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/$/);
    // The built dist/appsscript.json carries the generated list.
    const built = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'dist', 'appsscript.json'), 'utf8')) as { urlFetchWhitelist?: string[] };
    expect(built.urlFetchWhitelist).toEqual(expect.arrayContaining(['https://api.x.com/', 'https://graph.facebook.com/']));
  });
});
