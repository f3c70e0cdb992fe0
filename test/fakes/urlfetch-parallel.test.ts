// UrlFetchApp.fetchAll as Apps Script runs it (in parallel: one transport failure does not stop the others from
// reaching their servers; the call then throws), a timeout after the server acted, and 429s with each network's headers.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { registerEndpoint } from '../../local/endpoints/registry';
import type { EmuRequest, EmuResponse } from '../../local/endpoints/endpoint';
import { createUrlFetchApp, injectFault } from '../../local/fakes/urlfetch.fake';
import { registerDefaultEndpoints } from '../../local/endpoints/index';

const got: Record<string, number> = {};
for (const name of ['uno', 'dos', 'tres']) {
  registerEndpoint({
    name,
    hosts: [`${name}.test`],
    handle(_req: EmuRequest): EmuResponse {
      got[name] = (got[name] ?? 0) + 1;
      return { status: 201, headers: {}, body: `{"ok":"${name}"}` };
    },
  });
}
registerDefaultEndpoints();

function setup() {
  for (const k of Object.keys(got)) delete got[k];
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 'tick', user: 'asistente@example.org' });
  return { world, app: createUrlFetchApp(exec) };
}

const batch = ['uno', 'dos', 'tres'].map((n) => ({ url: `https://${n}.test/post`, method: 'post' as const, payload: 'x=1', muteHttpExceptions: true }));

describe('UrlFetchApp fake: fetchAll in parallel', () => {
  test('a timeout on the first request: the others still reach their servers; fetchAll throws the timeout', () => {
    const { world, app } = setup();
    injectFault(world, { endpoint: 'uno', kind: 'timeout', times: 1 });
    expect(() => app.fetchAll(batch)).toThrow('Timeout: https://uno.test/post');
    expect(got).toEqual({ dos: 1, tres: 1 });
  });

  test('timeoutAfter: the server acted (the post exists) and the answer was lost', () => {
    const { world, app } = setup();
    injectFault(world, { endpoint: 'dos', kind: 'timeoutAfter', times: 1 });
    expect(() => app.fetchAll(batch)).toThrow('Timeout: https://dos.test/post');
    expect(got).toEqual({ uno: 1, dos: 1, tres: 1 });
  });

  test('an injected 429 carries the network’s own headers unless the fault gives some', () => {
    const { world, app } = setup();
    const at = world.now;
    for (const endpoint of ['x', 'facebook', 'web']) injectFault(world, { endpoint, kind: 'status', status: 429, times: 1 });
    const [x, fb, wp] = app.fetchAll([
      { url: 'https://api.x.com/2/tweets', method: 'post', muteHttpExceptions: true },
      { url: 'https://graph.facebook.com/v26.0/1/feed', method: 'post', muteHttpExceptions: true },
      { url: 'https://sitio.icm.gob.mx/wp-json/wp/v2/posts', method: 'post', muteHttpExceptions: true },
    ]);
    expect(x.getResponseCode()).toBe(429);
    expect(x.getHeaders()).toMatchObject({ 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil((at + 15 * 60 * 1000) / 1000)) });
    expect(JSON.parse(fb.getHeaders()['x-app-usage'])).toMatchObject({ call_count: 100 });
    expect(Object.values(JSON.parse(fb.getHeaders()['x-business-use-case-usage']) as Record<string, Array<Record<string, unknown>>>)[0][0]).toMatchObject({ type: 'pages', estimated_time_to_regain_access: 30 });
    expect(wp.getHeaders()).toEqual({ 'retry-after': '600' });
    injectFault(world, { endpoint: 'x', kind: 'status', status: 429, times: 1, headers: { 'x-rate-limit-reset': '1' } });
    expect(app.fetch('https://api.x.com/2/tweets', { method: 'post', muteHttpExceptions: true }).getHeaders()).toEqual({ 'x-rate-limit-reset': '1' });
  });
});

describe('UrlFetchApp fake: daily quota', () => {
  test('a spent quota refuses the whole fetchAll before anything is sent', () => {
    const { world, app } = setup();
    injectFault(world, { endpoint: 'dos', kind: 'quota', times: 1 });
    expect(() => app.fetchAll(batch)).toThrow('Service invoked too many times for one day: urlfetch.');
    expect(got).toEqual({});
    app.fetchAll(batch);
    expect(got).toEqual({ uno: 1, dos: 1, tres: 1 });
  });
});
