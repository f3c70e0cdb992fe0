// Pins the UrlFetchApp fake (reference/url-fetch/url-fetch-app): routing, muteHttpExceptions, DNS failure, faults, fetchAll.
import { newWorld } from '../../local/world';
import { ExecutionKilled, newExecution } from '../../local/execution';
import { registerEndpoint } from '../../local/endpoints/registry';
import type { EmuRequest, EmuResponse } from '../../local/endpoints/endpoint';
import { createUrlFetchApp, injectFault } from '../../local/fakes/urlfetch.fake';
import { createUtilities } from '../../local/fakes/utilities.fake';

const seen: EmuRequest[] = [];
registerEndpoint({
  name: 'echo',
  hosts: ['echo.test'],
  handle(req: EmuRequest): EmuResponse {
    seen.push(req);
    if (req.url.endsWith('/missing')) return { status: 404, headers: { 'Content-Type': 'application/json' }, body: '{"error":"not found"}' };
    if (req.url.endsWith('/moved')) return { status: 302, headers: { Location: '/final' }, body: '' };
    return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ method: req.method, url: req.url, body: req.body, ct: req.contentType }) };
  },
});

function setup() {
  seen.length = 0;
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 'tick', user: 'asistente@example.org' });
  return { world, exec, app: createUrlFetchApp(exec), u: createUtilities(exec) };
}

describe('UrlFetchApp fake', () => {
  test('GET by default; routed by host; response accessors; calls counted', () => {
    const { app, world } = setup();
    const r = app.fetch('https://echo.test/ping?x=1');
    expect(r.getResponseCode()).toBe(200);
    expect(JSON.parse(r.getContentText())).toEqual({ method: 'GET', url: 'https://echo.test/ping?x=1', body: '', ct: '' });
    expect(r.getHeaders()).toEqual({ 'Content-Type': 'application/json' });
    expect(r.getContent()[0]).toBe(123); // '{'
    expect(r.getBlob().getContentType()).toBe('application/json');
    expect(world.endpoints.callsThisExecution).toBe(1);
  });

  test('payload: object → form fields (default content type); string JSON with contentType; headers lower-cased', () => {
    const { app } = setup();
    app.fetch('https://echo.test/form', { method: 'post', payload: { status: 'Hola mundo', n: 1 } });
    expect(seen[0].contentType).toBe('application/x-www-form-urlencoded');
    expect(seen[0].body).toBe('status=Hola%20mundo&n=1');
    app.fetch('https://echo.test/json', { method: 'post', contentType: 'application/json', payload: '{"text":"á"}', headers: { Authorization: 'OAuth x' } });
    expect(seen[1].contentType).toBe('application/json');
    expect(seen[1].body).toBe('{"text":"á"}');
    expect(seen[1].headers.authorization).toBe('OAuth x');
  });

  test('payload: a Blob is sent as bytes; a Blob among fields makes multipart/form-data', () => {
    const { app, u } = setup();
    app.fetch('https://echo.test/up', { method: 'post', payload: u.newBlob([1, -1, 2], 'image/png', 'a.png') });
    expect(seen[0].contentType).toBe('image/png');
    expect(Array.from(seen[0].bytes ?? [])).toEqual([1, 255, 2]);
    app.fetch('https://echo.test/up', { method: 'post', payload: { source: u.newBlob([7], 'image/png', 'b.png'), caption: 'hola' } });
    expect(seen[1].contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[1].body).toContain('filename="b.png"');
    expect(seen[1].body).toContain('name="caption"');
  });

  test('status >= 400 throws Apps Script\'s message unless muteHttpExceptions', () => {
    const { app } = setup();
    expect(() => app.fetch('https://echo.test/missing')).toThrow(
      'Request failed for https://echo.test returned code 404. Truncated server response: {"error":"not found"} (use muteHttpExceptions option to examine full response)',
    );
    const r = app.fetch('https://echo.test/missing', { muteHttpExceptions: true });
    expect(r.getResponseCode()).toBe(404);
    expect(r.getContentText()).toBe('{"error":"not found"}');
  });

  test('redirects are followed by default, not with followRedirects:false', () => {
    const { app } = setup();
    expect(JSON.parse(app.fetch('https://echo.test/moved').getContentText()).url).toBe('https://echo.test/final');
    expect(app.fetch('https://echo.test/moved', { followRedirects: false }).getResponseCode()).toBe(302);
  });

  test('an unrouted host fails like a DNS error; the endpoint is never called', () => {
    const { app, world } = setup();
    expect(() => app.fetch('https://api.nowhere.example/x')).toThrow('DNS error: https://api.nowhere.example/x');
    expect(world.endpoints.callsThisExecution).toBe(0);
  });

  test('fault kind status: answers N times instead of the endpoint, then the endpoint answers again', () => {
    const { app, world } = setup();
    injectFault(world, { endpoint: 'echo', kind: 'status', status: 503, body: 'busy', times: 2 });
    expect(() => app.fetch('https://echo.test/a')).toThrow('returned code 503. Truncated server response: busy');
    expect(app.fetch('https://echo.test/a', { muteHttpExceptions: true }).getResponseCode()).toBe(503);
    expect(app.fetch('https://echo.test/a').getResponseCode()).toBe(200);
    expect(seen).toHaveLength(1);
    expect(world.endpoints.faults).toEqual([]);
  });

  test('fault kind timeout: throws "Timeout: URL" and advances the clock 60 s', () => {
    const { app, world } = setup();
    injectFault(world, { endpoint: 'echo', kind: 'timeout', times: 1 });
    const t0 = world.now;
    expect(() => app.fetch('https://echo.test/slow')).toThrow('Timeout: https://echo.test/slow');
    expect(world.now).toBe(t0 + 60_000);
    expect(seen).toHaveLength(0);
  });

  test('fault kind crashAfter: the Nth external call happens, then the execution is killed', () => {
    const { app, world } = setup();
    injectFault(world, { endpoint: 'echo', kind: 'crashAfter', times: 2 });
    app.fetch('https://echo.test/1');
    expect(() => app.fetch('https://echo.test/2')).toThrow(ExecutionKilled);
    expect(seen.map((r) => r.url)).toEqual(['https://echo.test/1', 'https://echo.test/2']);
    expect(world.endpoints.faults).toEqual([]);
    // A new execution starts counting again.
    const app2 = createUrlFetchApp(newExecution(world, { functionName: 'tick', user: 'asistente@example.org' }));
    expect(world.endpoints.callsThisExecution).toBe(0);
    app2.fetch('https://echo.test/3');
  });

  test('fetchAll keeps request order; accepts strings and request objects', () => {
    const { app } = setup();
    const rs = app.fetchAll(['https://echo.test/a', { url: 'https://echo.test/b', method: 'post', payload: 'x=1' }]);
    expect(rs.map((r) => JSON.parse(r.getContentText()).url)).toEqual(['https://echo.test/a', 'https://echo.test/b']);
    expect(JSON.parse(rs[1].getContentText()).method).toBe('POST');
  });

  test('escaping (default true) percent-encodes unsafe URL characters', () => {
    const { app } = setup();
    app.fetch('https://echo.test/q?text=día 1');
    expect(seen[0].url).toBe('https://echo.test/q?text=d%C3%ADa%201');
  });
});
