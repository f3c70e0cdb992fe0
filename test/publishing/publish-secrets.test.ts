// No secret stored by «Conectar redes» (tokens, app password, HMAC key) appears in a sheet, log, e-mail, dialog or error — even on failures.
import { injectFault } from '../../local/fakes/urlfetch.fake';
import { graphData } from '../../local/endpoints/facebook.endpoint';
import { addPub, ASISTENTE, authorize, SECRETS, secretLeaks, setup, TITULAR } from './publish-helpers';

describe('publish-secrets', () => {
  it('the scan finds a planted secret (the check can fail)', () => {
    const emu = setup();
    emu.world.logs.push('token ' + SECRETS[4]);
    expect(secretLeaks(emu, emu.runs)).toEqual(['world.logs contains a secret']);
    emu.world.logs.pop();
  });

  it('stays clean through connecting, testing, publishing, failures echoing the token, manual tasks and the dialog', () => {
    const emu = setup();
    expect(emu.world.properties.document.FB_PAGE_TOKEN).toBe(SECRETS[4]);
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    // A hostile error body that echoes the credentials back.
    injectFault(emu.world, {
      endpoint: 'web', kind: 'status', status: 500, times: 100,
      body: `{"code":"boom","message":"bad auth ${SECRETS[5]} Basic ${Buffer.from('difusion:' + SECRETS[5]).toString('base64')}"}`,
    });
    graphData(emu.world).pages[0].expired = true;
    emu.clockTo('2026-12-01T15:00');
    expect(emu.world.outbox.some((m) => /Publicación manual pendiente/.test(m.subject))).toBe(true);
    expect(emu.world.outbox.some((m) => /atención requerida/.test(m.subject))).toBe(true);
    const dlg = emu.run('conectarRedes', [], { as: ASISTENTE });
    expect(dlg.ui.dialogs[0].title).toBe('Conectar redes');
    const estado = emu.call('conexionesEstado', [], { as: TITULAR }) as Record<string, { configurado: boolean; cuenta: string }>;
    expect(estado.X).toMatchObject({ configurado: true, cuenta: '@ICMujeresCoah' });
    const prueba = emu.run('probarConexion', [], { as: TITULAR });
    expect(prueba.ui.alerts[0].prompt).toContain('Facebook: ✗ Facebook rechazó el acceso: el token caducó');
    expect(secretLeaks(emu, emu.runs)).toEqual([]);
    const bodies = emu.world.outbox.map((m) => m.body).join('\n');
    expect(bodies).not.toContain(SECRETS[5]);
  });

  it('someone who is not the Titular or an Asistente cannot change credentials', () => {
    const emu = setup();
    const r = emu.run('conexionesGuardar', [{ fbPageToken: 'EAAotroTokenQueNoDebeGuardarse' }], { as: 'intruso@icm.gob.mx' });
    expect(r.error?.message).toBe('Solo la Titular y las Asistentes pueden conectar las redes.');
    expect(emu.world.properties.document.FB_PAGE_TOKEN).toBe(SECRETS[4]);
  });
});
