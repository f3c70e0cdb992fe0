// The website through a signed JSON webhook: the emulated receiver's checks, and the hourly tick publishing, stopping, retrying and reconciling through it.
import * as crypto from 'crypto';
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { newWorld } from '../../local/world';
import { createWebhookEndpoint, webhookData, WEBHOOK_ENDPOINT } from '../../local/endpoints/webhook.endpoint';
import { DEMO_WEBHOOK, seedEndpointAccounts } from '../../local/endpoints/accounts';
import { addPub, ASISTENTE, authorize, bitacora, connectWebhook, posts, row, setup, TITULAR } from './publish-helpers';

describe('webhook endpoint', () => {
  const world = newWorld({ owner: TITULAR, now: Date.parse('2026-12-01T16:00:00Z') });
  seedEndpointAccounts(world);
  const hook = createWebhookEndpoint();
  const nowS = () => String(Math.floor(world.now / 1000));
  function send(body: string, opts: { ts?: string; secret?: string; key?: string; sig?: string } = {}) {
    const ts = opts.ts ?? nowS();
    const sig = opts.sig ?? 'sha256=' + crypto.createHmac('sha256', opts.secret ?? DEMO_WEBHOOK.WEBHOOK_SECRET).update(`${ts}.${body}`).digest('hex');
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-difusion-timestamp': ts, 'x-difusion-signature': sig };
    if (opts.key !== undefined) headers['idempotency-key'] = opts.key;
    const r = hook.handle({ method: 'POST', url: DEMO_WEBHOOK.WEBHOOK_URL, headers, contentType: 'application/json', body }, world);
    return { status: r.status, json: JSON.parse(r.body) as Record<string, unknown> };
  }
  const body = JSON.stringify({ id: 'CAL-1', titulo: 'Taller', texto: 'Taller de prevención.', html: '<p>Taller de prevención.</p>', imagen: '' });

  it('accepts a correctly signed post with 201 and its URL; the same Idempotency-Key gets the SAME URL and creates nothing', () => {
    const a = send(body, { key: 'CAL-1' });
    expect(a.status).toBe(201);
    expect(a.json.url).toMatch(/^https:\/\/www\.icm\.gob\.mx\/noticias\/2026-12-01\/taller-\d+$/);
    world.now += 60_000; // a retry a minute later, freshly signed
    const b = send(body, { key: 'CAL-1' });
    expect(b.status).toBe(200);
    expect(b.json.url).toBe(a.json.url);
    expect(b.json.replay).toBe(true);
    expect(world.endpoints.feeds[WEBHOOK_ENDPOINT]).toHaveLength(1);
    expect(webhookData(world).replays).toBe(1);
  });

  it('rejects a wrong secret, a tampered body, a stale or future timestamp and missing headers with 401', () => {
    expect(send(body, { key: 'CAL-2', secret: 'otro-secreto-cualquiera' }).json.error).toBe('invalid_signature');
    const good = send(body, { key: 'CAL-2', sig: undefined });
    expect(good.status).toBe(201);
    const ts = nowS();
    const sig = 'sha256=' + crypto.createHmac('sha256', DEMO_WEBHOOK.WEBHOOK_SECRET).update(`${ts}.${body}`).digest('hex');
    const tampered = send(body.replace('Taller de', 'Curso de'), { key: 'CAL-3', ts, sig });
    expect([tampered.status, tampered.json.error]).toEqual([401, 'invalid_signature']);
    const stale = send(body, { key: 'CAL-4', ts: String(Math.floor(world.now / 1000) - 301) });
    expect([stale.status, stale.json.error]).toEqual([401, 'stale_timestamp']);
    const future = send(body, { key: 'CAL-4', ts: String(Math.floor(world.now / 1000) + 301) });
    expect([future.status, future.json.error]).toEqual([401, 'stale_timestamp']);
    expect(send(body, { key: 'CAL-4', ts: String(Math.floor(world.now / 1000) - 299) }).status).toBe(201);
    const r = hook.handle({ method: 'POST', url: DEMO_WEBHOOK.WEBHOOK_URL, headers: {}, contentType: 'application/json', body }, world);
    expect(r.status).toBe(401);
  });

  it('needs an Idempotency-Key to publish; a signed «prueba» only answers who it is', () => {
    expect(send(body).status).toBe(400);
    const p = send(JSON.stringify({ prueba: true }));
    expect(p).toEqual({ status: 200, json: { ok: true, sitio: 'Portal ICM' } });
  });
});

describe('webhook through the hourly tick', () => {
  function webhookRow() {
    const emu = setup();
    connectWebhook(emu);
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    return { emu, id };
  }

  it('publishes on the webhook site with the permalink it answers in the row and in Bitácora', () => {
    const { emu, id } = webhookRow();
    expect(emu.world.properties.document.WEB_CUENTA).toBe('webhook www.icm.gob.mx');
    emu.clockTo('2026-12-01T10:00');
    const sent = posts(emu, 'webhook');
    expect(sent).toHaveLength(1);
    expect(posts(emu, 'web')).toHaveLength(0);
    expect(sent[0].key).toBe(id);
    expect(sent[0].texto).toBe(row(emu, id)['Texto web']);
    const r = row(emu, id);
    expect(r['Estado web']).toBe(`Publicada 2026-12-01 10:00 · id ${String(sent[0].id)}`);
    expect(r['Enlace web']).toBe(sent[0].url);
    expect(r['Estado']).toBe('Publicada');
    expect(bitacora(emu).some((b) => b['Acción'] === 'Publicar' && b['Evidencia'] === sent[0].url && /el sitio web/.test(String(b['Detalle'])))).toBe(true);
  });

  it('a bad signature (wrong shared secret) is «credenciales»: the website stops at once with an alert, the rest publishes', () => {
    const emu = setup();
    connectWebhook(emu, 'secretoEquivocado-Pq83Zn');
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'webhook')).toHaveLength(0);
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(posts(emu, 'facebook')).toHaveLength(1);
    const r = row(emu, id);
    expect(r['Estado web']).toMatch(/^Reintentar \(intento 2\)/);
    expect(r['Último error']).toContain('El sitio web rechazó las credenciales (401)');
    expect(emu.world.properties.document.PUB_BLOQUEO_WEB).toContain('401');
    const alerts = emu.world.outbox.filter((m) => /atención requerida/.test(m.subject));
    expect(alerts).toHaveLength(1);
    expect(alerts[0].to.sort()).toEqual([ASISTENTE, TITULAR].sort());
    emu.clockTo('2026-12-01T12:00');
    expect(posts(emu, 'webhook')).toHaveLength(0); // stopped: no further calls with the bad secret
  });

  it('a 503 is «temporal»: retried within the same tick and published once', () => {
    const { emu, id } = webhookRow();
    injectFault(emu.world, { endpoint: 'webhook', kind: 'status', status: 503, body: '{"error":"unavailable","message":"Service Unavailable"}', times: 1 });
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'webhook')).toHaveLength(1);
    expect(row(emu, id)['Estado web']).toMatch(/^Publicada 2026-12-01 10:00/);
    // What the staff read, and the HTTP code in the technical details.
    expect(bitacora(emu).filter((b) => b['Acción'] === 'Falla al publicar' && /el sitio web \(intento 1, temporal\)/.test(String(b['Detalle'])) && /HTTP 503/.test(String(b['Detalles técnicos'])))).toHaveLength(1);
    emu.clockTo('2026-12-01T14:00');
    expect(posts(emu, 'webhook')).toHaveLength(1);
  });

  it('a crash right after the call: the next tick re-sends with the same Idempotency-Key and records the SAME URL, no second post', () => {
    const { emu, id } = webhookRow();
    // Calls of the 10:00 tick: #1 X, #2 Facebook, #3 webhook (accepted, then the execution dies before writing it down).
    injectFault(emu.world, { endpoint: 'webhook', kind: 'crashAfter', times: 3 });
    const runs = emu.clockTo('2026-12-01T10:00');
    expect(runs.some((r) => r.killed)).toBe(true);
    expect(posts(emu, 'webhook')).toHaveLength(1);
    expect(row(emu, id)['Estado web']).toBe('Enviando (intento 1)');
    emu.clockTo('2026-12-01T11:00');
    expect(posts(emu, 'webhook')).toHaveLength(1);
    expect(webhookData(emu.world).replays).toBe(1);
    const r = row(emu, id);
    expect(r['Estado web']).toMatch(/^Publicada 2026-12-01 11:00 · id \d+$/);
    expect(r['Enlace web']).toBe(posts(emu, 'webhook')[0].url);
    expect(r['Estado']).toBe('Publicada');
  });
});
