// «Conectar redes» never sends stored credentials to a new host, and refuses everyone when the configuration cannot say who may connect.
import { ASISTENTE, connect, setup, TITULAR } from './publish-helpers';

describe('connections-guard', () => {
  it('a new WordPress host without the password in the same form is refused; nothing changes', () => {
    const emu = setup();
    const before = { ...emu.world.properties.document };
    const r = emu.run('conexionesGuardar', [{ wpUrl: 'https://otro-sitio.example.org' }], { as: ASISTENTE });
    expect(r.error?.message).toContain('Escriba también la contraseña de aplicación');
    expect(emu.world.properties.document).toEqual(before);
    // With the password typed again the change is accepted.
    const ok = emu.run('conexionesGuardar', [{ wpUrl: 'https://otro-sitio.example.org', wpAppPassword: 'nueva clave de aplicacion 12' }], { as: ASISTENTE });
    expect(ok.error).toBeUndefined();
    expect(emu.world.properties.document.WP_URL).toBe('https://otro-sitio.example.org');
    // Same host, another path: the stored password still belongs to that host.
    const path = emu.run('conexionesGuardar', [{ wpUrl: 'https://otro-sitio.example.org/blog' }], { as: ASISTENTE });
    expect(path.error).toBeUndefined();
  });

  it('a new webhook host without the secret is refused', () => {
    const emu = setup();
    emu.call('conexionesGuardar', [{ webTipo: 'webhook', webhookUrl: 'https://recibe.icm.gob.mx/difusion', webhookSecret: 'secretoDelWebhook-1234567890' }], { as: ASISTENTE });
    const before = { ...emu.world.properties.document };
    const r = emu.run('conexionesGuardar', [{ webhookUrl: 'https://atacante.example.com/hook' }], { as: ASISTENTE });
    expect(r.error?.message).toContain('Escriba también el secreto del webhook');
    expect(emu.world.properties.document).toEqual(before);
  });

  it('a configuration error does not open «Conectar redes» to everyone', () => {
    const emu = setup();
    const cfg = emu.world.spreadsheet.sheets.find((s) => s.name === 'Configuración');
    if (!cfg) throw new Error('no Configuración');
    const r0 = emu.values('Configuración').findIndex((x) => x[0] === 'Plazo para publicación manual (horas)');
    cfg.cells[`${r0},1`] = { v: 'muchas' };
    const before = { ...emu.world.properties.document };
    const r = emu.run('conexionesGuardar', [{ fbPageToken: 'EAAotroTokenDeUnIntruso99' }], { as: 'intruso@icm.gob.mx' });
    expect(r.error?.message).toMatch(/configuración tiene un error/);
    expect(emu.world.properties.document).toEqual(before);
    void TITULAR;
  });

  it('before «Configurar» anyone may connect (there is nobody to ask yet)', () => {
    const emu = setup({ connect: false });
    const conf = emu.world.spreadsheet.sheets.findIndex((s) => s.name === 'Configuración');
    emu.world.spreadsheet.sheets.splice(conf, 1);
    connect(emu);
    expect(Object.keys(emu.world.properties.document).length).toBeGreaterThan(5);
  });
});
