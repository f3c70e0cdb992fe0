// A «duplicate» answer is no proof of THIS post's publication: only a reconciliation that finds the post made since the first attempt is.
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { addPub, authorize, bitacora, posts, row, setup } from './publish-helpers';

const alertMails = (emu: ReturnType<typeof setup>) => emu.world.outbox.filter((m) => /atención requerida/.test(m.subject));
const manualMails = (emu: ReturnType<typeof setup>) => emu.world.outbox.filter((m) => /Publicación manual pendiente/.test(m.subject));

describe('duplicate-proof', () => {
  it('a clean 503 then a duplicate caused by yesterday’s post with the same text: not «Publicada», an alert, then a manual task', () => {
    const emu = setup();
    const same = 'El Instituto Coahuilense de las Mujeres ofrece atención psicológica y jurídica gratuita.';
    const ayer = addPub(emu, { fecha: '2026-11-30', textoFacebook: same });
    const hoy = addPub(emu, { fecha: '2026-12-01', textoFacebook: same });
    authorize(emu, ayer);
    authorize(emu, hoy);
    // The replay: 30 November's Facebook post goes out at 11:00 after three 503s; 1 December's first try gets a 503.
    injectFault(emu.world, { endpoint: 'facebook', kind: 'status', status: 503, times: 3 });
    emu.clockTo('2026-12-01T09:30');
    expect(posts(emu, 'facebook')).toHaveLength(1);
    injectFault(emu.world, { endpoint: 'facebook', kind: 'status', status: 503, times: 1 });
    emu.clockTo('2026-12-01T10:30');
    expect(posts(emu, 'facebook')).toHaveLength(1); // Facebook holds only 30 November's post
    const r = row(emu, hoy);
    expect(String(r['Estado Facebook'])).not.toMatch(/^Publicada/);
    expect(String(r['Estado Facebook'])).toMatch(/^Error \(intento 2\)/);
    expect(r['Enlace Facebook']).toBe('');
    expect(r['Estado']).not.toBe('Publicada');
    const alerts = alertMails(emu);
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    expect(alerts.map((m) => m.body).join('\n')).toContain(`${hoy} no se puede publicar en Facebook`);
    expect(bitacora(emu).some((b) => b['Acción'] === 'Publicar' && b['Elemento'] === `Calendario ${hoy}` && /Facebook/.test(String(b['Detalle'])))).toBe(false);
    // At the deadline it becomes a manual-posting task with its e-mail.
    emu.clockTo('2026-12-01T13:30');
    expect(manualMails(emu).some((m) => m.body.includes(same))).toBe(true);
    expect(String(row(emu, hoy)['Estado Facebook'])).toMatch(/^Tarea manual/);
  });
});
