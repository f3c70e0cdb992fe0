// Reconciling an uncertain or duplicate-answered X post finds the exact post (GET /2/users/:id/tweets, one lookup per post) and records its permalink.
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { registerEndpoint } from '../../local/endpoints/registry';
import { createXEndpoint, xData } from '../../local/endpoints/x.endpoint';
import type { EmuRequest, EmuResponse } from '../../local/endpoints/endpoint';
import type { WorldState } from '../../local/world';
import { addImage, addPub, authorize, bitacora, posts, row, setup } from './publish-helpers';

type Emu = ReturnType<typeof setup>;

/** Runs `fn` with the X endpoint wrapped by `wrap` (restored afterwards). */
function withX<T>(wrap: (req: EmuRequest, w: WorldState, base: (r: EmuRequest, w: WorldState) => EmuResponse) => EmuResponse, fn: () => T): T {
  const base = createXEndpoint();
  registerEndpoint({ ...base, handle: (req, w) => wrap(req, w, (r, ww) => base.handle(r, ww)) });
  try {
    return fn();
  } finally {
    registerEndpoint(createXEndpoint());
  }
}

const isTimeline = (req: EmuRequest) => req.method === 'GET' && /\/2\/users\/\d+\/tweets\?/.test(req.url);

function xRow(emu: Emu, textoX: string, imagen = '') {
  const id = addPub(emu, { fecha: '2026-12-01', textoX, textoFacebook: `${textoX} (Facebook)`, textoWeb: `${textoX} (sitio)`, imagen });
  authorize(emu, id);
  return id;
}

describe('x-reconcile', () => {
  it('a crash right after the X post: the next tick finds the exact post with ONE lookup and records x.com/<usuario>/status/<id>', () => {
    const emu = setup();
    // X turns the link into t.co, escapes «&» and appends the image's link: the match must survive all three.
    const texto = 'Taller de prevención & autocuidado: https://icm.gob.mx/talleres?dia=1 #Coahuila';
    const id = xRow(emu, texto, addImage(emu));
    // Calls of the 10:00 tick: #1 X media upload, #2 WordPress media upload, #3 X post (accepted, then the execution dies).
    injectFault(emu.world, { endpoint: 'x', kind: 'crashAfter', times: 3 });
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(row(emu, id)['Estado X']).toBe('Enviando (intento 1)');
    let seen = '';
    withX(
      (req, w, base) => {
        if (isTimeline(req)) seen = req.url;
        return base(req, w);
      },
      () => emu.clockTo('2026-12-01T11:00'),
    );
    expect(xData(emu.world).lookups).toBe(1);
    expect(posts(emu, 'x')).toHaveLength(1); // no second POST
    const xId = String(posts(emu, 'x')[0].id);
    const r = row(emu, id);
    expect(r['Estado X']).toBe(`Publicada 2026-12-01 11:00 · id ${xId}`);
    expect(r['Enlace X']).toBe(`https://x.com/ICMujeresCoah/status/${xId}`);
    // The documented contract: user id in the path, max_results ≤ 100, start_time in RFC 3339 (the scheduled 10:00 Monterrey less the 5-minute skew).
    expect(seen).toContain('/2/users/1100220033/tweets?');
    expect(seen).toContain('max_results=5'); // X bills each post read: the endpoint's minimum
    expect(seen).toContain('start_time=2026-12-01T15%3A55%3A00Z');
    expect(bitacora(emu).some((b) => b['Evidencia'] === `https://x.com/ICMujeresCoah/status/${xId}` && /verificada tras un intento incierto/.test(String(b['Detalle'])))).toBe(true);
  });

  it('a 403 duplicate after a retry (the first try went through but answered 503): one lookup finds the exact post', () => {
    const emu = setup();
    const id = xRow(emu, 'Hoy: jornada de salud para mujeres en Saltillo.');
    let first = true;
    withX(
      (req, w, base) => {
        const res = base(req, w);
        if (first && req.method === 'POST') {
          first = false;
          return { status: 503, headers: {}, body: '{"title":"Service Unavailable","status":503}' };
        }
        return res;
      },
      () => emu.clockTo('2026-12-01T10:00'),
    );
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(xData(emu.world).lookups).toBe(1);
    const xId = String(posts(emu, 'x')[0].id);
    expect(row(emu, id)['Enlace X']).toBe(`https://x.com/ICMujeresCoah/status/${xId}`);
    expect(row(emu, id)['Estado X']).toBe(`Publicada 2026-12-01 10:00 · id ${xId}`);
    const b = bitacora(emu).find((x) => x['Acción'] === 'Publicar' && /Publicada en X/.test(String(x['Detalle'])));
    expect(String(b?.['Detalle'])).toContain('X indica que esa publicación ya existe (contenido duplicado). Se localizó la publicación exacta.');
  });

  it('when the lookup does not find it: one careful re-post; its duplicate answer alone is no proof — not «Publicada», no profile link, an alert — still one lookup', () => {
    const emu = setup();
    const id = xRow(emu, 'Convocatoria abierta: becas para mujeres emprendedoras.');
    injectFault(emu.world, { endpoint: 'x', kind: 'crashAfter', times: 1 });
    emu.clockTo('2026-12-01T10:00');
    expect(row(emu, id)['Estado X']).toBe('Enviando (intento 1)');
    withX(
      (req, w, base) => (isTimeline(req) ? (base(req, w), { status: 200, headers: { 'content-type': 'application/json' }, body: '{"meta":{"result_count":0}}' }) : base(req, w)),
      () => emu.clockTo('2026-12-01T11:00'),
    );
    expect(xData(emu.world).lookups).toBe(1);
    expect(posts(emu, 'x')).toHaveLength(1);
    const r = row(emu, id);
    expect(String(r['Estado X'])).toMatch(/^Error \(intento 2\): X indica que esa publicación ya existe \(contenido duplicado\)\. Pero esta publicación no aparece en X desde su primer intento/);
    expect(r['Enlace X']).toBe('');
    expect(bitacora(emu).some((x) => x['Acción'] === 'Publicar' && /Publicada en X/.test(String(x['Detalle'])))).toBe(false);
    expect(emu.world.outbox.some((m) => /atención requerida/.test(m.subject) && m.body.includes(`${id} no se puede publicar en X`))).toBe(true);
  });

  it('uncertain posts on several rows: one lookup each, all in one batch', () => {
    const emu = setup();
    const ids = [xRow(emu, 'Primera nota del día.'), xRow(emu, 'Segunda nota del día.'), xRow(emu, 'Tercera nota del día.')];
    // #1–#3 are the three X posts, #4–#6 Facebook, #7–#9 web: die after all nine, before anything is written down.
    injectFault(emu.world, { endpoint: 'web', kind: 'crashAfter', times: 9 });
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(3);
    const runs = emu.clockTo('2026-12-01T11:00');
    expect(xData(emu.world).lookups).toBe(3);
    expect(runs.filter((r) => r.functionName === 'tick').map((r) => r.meter.counts['UrlFetchApp.fetchAll'])).toEqual([1]);
    expect(posts(emu, 'x')).toHaveLength(3);
    for (const id of ids) expect(String(row(emu, id)['Enlace X'])).toMatch(/^https:\/\/x\.com\/ICMujeresCoah\/status\/\d+$/);
  });
});
