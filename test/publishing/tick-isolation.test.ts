// One network's transport failure (DNS, timeout) inside a fetchAll batch never changes another network's result.
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { ASISTENTE, addPub, authorize, bitacora, posts, row, setup } from './publish-helpers';

const manualMails = (emu: ReturnType<typeof setup>) => emu.world.outbox.filter((m) => /Publicación manual pendiente/.test(m.subject));

describe('tick-isolation', () => {
  it('DNS failure on web while X and Facebook succeed: X and Facebook published once with links, web retried then a manual task', () => {
    const emu = setup();
    // The website moves to a host that does not resolve (the same user and password, typed again).
    emu.call('conexionesGuardar', [{ webTipo: 'wordpress', wpUrl: 'https://caido.icm.gob.mx', wpUsuario: 'difusion', wpAppPassword: 'abcd EFGH 1234 ijkl MNOP 5678' }], { as: ASISTENTE });
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(posts(emu, 'facebook')).toHaveLength(1);
    let r = row(emu, id);
    expect(r['Estado X']).toMatch(/^Publicada 2026-12-01 10:00 · id \d+$/);
    expect(r['Enlace X']).toMatch(/^https:\/\/x\.com\/ICMujeresCoah\/status\/\d+$/);
    expect(r['Estado Facebook']).toMatch(/^Publicada 2026-12-01 10:00 · id 104857600123456_\d+$/);
    expect(r['Enlace Facebook']).toMatch(/^https:\/\/www\.facebook\.com\/104857600123456\/posts\/\d+$/);
    expect(r['Estado web']).toMatch(/^Reintentar \(intento \d\)/);
    expect(String(r['Último error'])).toContain('caido.icm.gob.mx');
    expect(String(r['Último error'])).not.toMatch(/DNS error|X:|Facebook:/);

    emu.clockTo('2026-12-01T15:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(posts(emu, 'facebook')).toHaveLength(1);
    r = row(emu, id);
    expect(r['Estado X']).toMatch(/^Publicada 2026-12-01 10:00/);
    expect(r['Estado Facebook']).toMatch(/^Publicada 2026-12-01 10:00/);
    expect(r['Estado web']).toMatch(/^Tarea manual/);
    const mails = manualMails(emu);
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain('el sitio web');
    expect(mails[0].body).not.toContain('— X:');
    expect(mails[0].body).not.toContain('— Facebook:');
    expect(bitacora(emu).filter((b) => b['Acción'] === 'Publicar')).toHaveLength(2);
  });

  it('a timeout on Facebook leaves only Facebook uncertain; X and web are verified in the same tick, nothing is posted twice', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    injectFault(emu.world, { endpoint: 'facebook', kind: 'timeout', times: 1 });
    emu.clockTo('2026-12-01T10:00');
    let r = row(emu, id);
    expect(r['Estado X']).toMatch(/^Publicada 2026-12-01 10:0\d · id \d+$/);
    expect(r['Estado web']).toMatch(/^Publicada 2026-12-01 10:0\d/);
    expect(r['Estado Facebook']).toBe('Incierta (intento 1): se verificará antes de reintentar');
    expect(String(r['Último error'])).toContain('Facebook no respondió a tiempo');
    emu.clockTo('2026-12-01T11:00');
    expect(posts(emu, 'x')).toHaveLength(1);
    expect(posts(emu, 'facebook')).toHaveLength(1);
    expect(posts(emu, 'web')).toHaveLength(1);
    r = row(emu, id);
    expect(r['Estado']).toBe('Publicada');
  });
});
