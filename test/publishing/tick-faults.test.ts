// Faults on the hourly tick: every authorized post ends published exactly once or as a manual-posting task with an e-mail.
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { registerEndpoint } from '../../local/endpoints/registry';
import { createXEndpoint, xData } from '../../local/endpoints/x.endpoint';
import type { RunResult } from '../../local/runtime';
import { ASISTENTE, TITULAR, addPub, authorize, bitacora, posts, row, setup } from './publish-helpers';

function authorizedRow(fecha = '2026-12-01') {
  const emu = setup();
  const id = addPub(emu, { fecha });
  authorize(emu, id);
  return { emu, id };
}

function onceEach(emu: ReturnType<typeof setup>) {
  expect(posts(emu, 'x')).toHaveLength(1);
  expect(posts(emu, 'facebook')).toHaveLength(1);
  expect(posts(emu, 'web')).toHaveLength(1);
}

const manualMails = (emu: ReturnType<typeof setup>) => emu.world.outbox.filter((m) => /Publicación manual pendiente/.test(m.subject));

describe('tick-faults', () => {
  it('503 twice: retried within the same tick and published once', () => {
    const { emu, id } = authorizedRow();
    injectFault(emu.world, { endpoint: 'x', kind: 'status', status: 503, body: '{"title":"Service Unavailable","status":503}', times: 2 });
    emu.clockTo('2026-12-01T10:00');
    onceEach(emu);
    const r = row(emu, id);
    expect(r['Estado X']).toMatch(/^Publicada 2026-12-01 10:00/);
    expect(r['Intentos']).toBe(5); // X three times, Facebook and web once
    expect(bitacora(emu).filter((b) => b['Acción'] === 'Falla al publicar')).toHaveLength(2);
    emu.clockTo('2026-12-01T16:00');
    onceEach(emu);
  });

  it('429 with x-rate-limit-reset: waits until the reset time, then publishes once', () => {
    const { emu, id } = authorizedRow();
    const reset = Date.parse('2026-12-01T17:45:00Z') / 1000; // 11:45 in Monterrey
    injectFault(emu.world, {
      endpoint: 'x', kind: 'status', status: 429, times: 1,
      body: '{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}',
      headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) },
    });
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    expect(row(emu, id)['Estado X']).toBe('Reintentar (intento 2) después de 2026-12-01 11:45');
    emu.clockTo('2026-12-01T11:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    emu.clockTo('2026-12-01T12:00');
    onceEach(emu);
    expect(row(emu, id)['Estado X']).toMatch(/^Publicada 2026-12-01 12:00/);
  });

  it('the real endpoint answers 429 with its headers after its limit', () => {
    const { emu, id } = authorizedRow();
    const other = addPub(emu, { fecha: '2026-12-01', textoX: 'Otro texto distinto para X' });
    authorize(emu, other);
    xData(emu.world).limit = 1;
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    const waiting = [row(emu, id), row(emu, other)].find((r) => /^Reintentar/.test(String(r['Estado X'])));
    expect(waiting?.['Estado X']).toBe('Reintentar (intento 2) después de 2026-12-01 10:15');
    emu.clockTo('2026-12-01T11:00');
    expect(posts(emu, 'x')).toHaveLength(2);
  });

  it('401 stops X at once with an alert; the other networks publish; X becomes a manual task at the deadline, recorded by hand', () => {
    const { emu, id } = authorizedRow();
    injectFault(emu.world, { endpoint: 'x', kind: 'status', status: 401, body: '{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}', times: 1 });
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    expect(posts(emu, 'facebook')).toHaveLength(1);
    expect(posts(emu, 'web')).toHaveLength(1);
    const alerts = emu.world.outbox.filter((m) => /atención requerida/.test(m.subject));
    expect(alerts).toHaveLength(1);
    expect(alerts[0].body).toContain('X rechazó las credenciales (401)');
    expect(alerts[0].to.sort()).toEqual([ASISTENTE, TITULAR].sort());
    expect(emu.world.properties.document.PUB_BLOQUEO_X).toContain('401');
    // Stopped: no X call at 11:00 or 12:00 although the endpoint would now accept.
    emu.clockTo('2026-12-01T12:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    emu.clockTo('2026-12-01T13:00');
    const mails = manualMails(emu);
    expect(mails).toHaveLength(1);
    expect(mails[0].to.sort()).toEqual([ASISTENTE, TITULAR].sort());
    expect(mails[0].body).toContain(String(row(emu, id)['Texto X']));
    expect(mails[0].body).toContain('https://x.com/compose/post');
    expect(row(emu, id)['Estado X']).toBe('Tarea manual (aviso 2026-12-01 13:00)');
    emu.clockTo('2026-12-01T18:00');
    expect(manualMails(emu)).toHaveLength(1);
    // She posts by hand and records the permalink.
    const r = emu.run('registrarPublicacionManual', [], { as: ASISTENTE, answers: [id, 'https://x.com/ICMujeresCoah/status/1999'] });
    expect(r.error).toBeUndefined();
    expect(row(emu, id)['Estado X']).toBe('Publicada a mano 2026-12-01 18:00');
    expect(row(emu, id)['Enlace X']).toBe('https://x.com/ICMujeresCoah/status/1999');
    expect(row(emu, id)['Estado']).toBe('Publicada');
    expect(bitacora(emu).some((b) => b['Acción'] === 'Registrar publicación manual' && b['Evidencia'] === 'https://x.com/ICMujeresCoah/status/1999')).toBe(true);
  });

  it('crash right after a successful call: the next tick reconciles, nothing is posted twice', () => {
    const { emu, id } = authorizedRow();
    // Calls of the 10:00 tick: #1 X post, #2 Facebook post (succeeds, then the execution dies); #3, the web post, went
    // out in the same parallel fetchAll batch, so it reached the site too. Nothing of it was written down.
    injectFault(emu.world, { endpoint: 'facebook', kind: 'crashAfter', times: 2 });
    const runs = emu.clockTo('2026-12-01T10:00');
    expect(runs.some((r) => r.killed)).toBe(true);
    onceEach(emu);
    expect(row(emu, id)['Estado web']).toBe('Enviando (intento 1)');
    emu.clockTo('2026-12-01T11:00');
    onceEach(emu);
    const r = row(emu, id);
    const xId = String(posts(emu, 'x')[0].id);
    expect(r['Estado X']).toBe(`Publicada 2026-12-01 11:00 · id ${xId}`); // found by one look at the account's recent posts
    expect(r['Enlace X']).toBe(`https://x.com/ICMujeresCoah/status/${xId}`);
    expect(r['Estado Facebook']).toMatch(/^Publicada .* · id 104857600123456_\d+$/); // found by the feed lookup
    expect(r['Enlace Facebook']).toBe(`https://www.facebook.com/104857600123456/posts/${String(posts(emu, 'facebook')[0].id).split('_')[1]}`);
    expect(r['Estado']).toBe('Publicada');
  });

  it('a timeout makes that post uncertain; the next tick verifies instead of re-posting', () => {
    const { emu, id } = authorizedRow();
    injectFault(emu.world, { endpoint: 'facebook', kind: 'timeout', times: 1 });
    emu.clockTo('2026-12-01T10:00');
    expect(row(emu, id)['Estado Facebook']).toBe('Incierta (intento 1): se verificará antes de reintentar');
    emu.clockTo('2026-12-01T11:00');
    onceEach(emu);
    expect(row(emu, id)['Estado']).toBe('Publicada');
  });

  it('two overlapping ticks: the second leaves quietly while the first holds the lock', () => {
    const { emu, id } = authorizedRow();
    let inner: RunResult | null = null;
    const base = createXEndpoint();
    registerEndpoint({
      ...base,
      handle(req, w) {
        if (!inner && req.method === 'POST') inner = emu.run('tick', [], { as: TITULAR });
        return base.handle(req, w);
      },
    });
    try {
      emu.clockTo('2026-12-01T10:00');
    } finally {
      registerEndpoint(createXEndpoint());
    }
    expect(inner).not.toBeNull();
    expect((inner as unknown as RunResult).error).toBeUndefined();
    expect((inner as unknown as RunResult).logs.join('\n')).toContain('otra ejecución tiene el candado');
    onceEach(emu);
    expect(row(emu, id)['Estado']).toBe('Publicada');
  });

  it('a lock held by another execution postpones the tick without losing the post', () => {
    const { emu, id } = authorizedRow();
    emu.clockTo('2026-12-01T09:59');
    emu.world.lock = { holder: 'exec-elsewhere', until: emu.world.now + 5 * 60 * 1000 };
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(0);
    emu.clockTo('2026-12-01T11:00');
    onceEach(emu);
    expect(row(emu, id)['Estado X']).toMatch(/^Publicada 2026-12-01 11:00/);
  });

  it('a network failing until the deadline becomes ONE manual-posting e-mail with text, image and links', () => {
    const { emu, id } = authorizedRow();
    injectFault(emu.world, { endpoint: 'web', kind: 'status', status: 502, times: 100 });
    emu.clockTo('2026-12-01T12:00');
    expect(row(emu, id)['Estado web']).toMatch(/^Reintentar/);
    expect(manualMails(emu)).toHaveLength(0);
    emu.clockTo('2026-12-01T15:00');
    const mails = manualMails(emu);
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain(String(row(emu, id)['Texto web']));
    expect(mails[0].body).toContain('https://sitio.icm.gob.mx/wp-admin/post-new.php');
    expect(mails[0].htmlBody).toContain('publicar</a>');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(row(emu, id)['Estado']).toBe('Tarea manual');
  });
});

describe('tick-faults: duplicates', () => {
  it('a first attempt rejected as duplicate is a content error with an alert, not a publication', () => {
    const emu = setup();
    const a = addPub(emu, { fecha: '2026-12-01', textoX: 'Mismo texto en X' });
    const b = addPub(emu, { fecha: '2026-12-01', textoX: 'Mismo texto en X', textoFacebook: 'Otro texto en Facebook', textoWeb: 'Otra nota' });
    authorize(emu, a);
    authorize(emu, b);
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    const states = [row(emu, a)['Estado X'], row(emu, b)['Estado X']].map(String);
    expect(states.filter((s) => s.startsWith('Publicada'))).toHaveLength(1);
    expect(states.filter((s) => s.startsWith('Error (intento 1): X indica que esa publicación ya existe'))).toHaveLength(1);
    expect(emu.world.outbox.filter((m) => /atención requerida/.test(m.subject))).toHaveLength(1);
    emu.clockTo('2026-12-01T13:00');
    expect(manualMails(emu)).toHaveLength(1);
  });
});
