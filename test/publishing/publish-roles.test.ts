// «Publicar ahora» and «Registrar publicación manual» belong to the Titular and the Asistentes; the record runs under the script lock, never mid-send.
import { ASISTENTE, addPub, authorize, posts, row, setup, TITULAR } from './publish-helpers';

const OTRA = 'editora@icm.gob.mx';

function prompts(r: { ui: { alerts: Array<{ kind: string }> } }): number {
  return r.ui.alerts.filter((a) => a.kind === 'prompt').length;
}

describe('publish-roles', () => {
  it('an editor without a role cannot «Publicar ahora»: refused before any prompt, nothing posted', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-03' });
    authorize(emu, id);
    const r = emu.run('publicarAhora', [], { as: OTRA, answers: [id] });
    expect(r.error?.message).toMatch(/no puede publicar ahora: se requiere el rol de Titular o Asistente/);
    expect(prompts(r)).toBe(0);
    expect(posts(emu, 'x')).toHaveLength(0);
    const ok = emu.run('publicarAhora', [], { as: TITULAR, answers: [id] });
    expect(ok.error).toBeUndefined();
    expect(posts(emu, 'x')).toHaveLength(1);
  });

  it('an editor without a role cannot «Registrar publicación manual»', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    const r = emu.run('registrarPublicacionManual', [], { as: OTRA, answers: [id, 'https://x.com/ICMujeresCoah/status/1999'] });
    expect(r.error?.message).toMatch(/no puede registrar una publicación manual/);
    expect(prompts(r)).toBe(0);
    expect(row(emu, id)['Enlace X']).toBe('');
  });

  it('refused while the network is «Enviando» and while another execution holds the script lock', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01' });
    authorize(emu, id);
    const header = emu.values('Calendario')[0].map(String);
    const rowNo = emu.values('Calendario').findIndex((x) => x[0] === id);
    const sheet = emu.world.spreadsheet.sheets.find((s) => s.name === 'Calendario');
    if (!sheet) throw new Error('no Calendario');
    sheet.cells[`${rowNo},${header.indexOf('Estado X')}`] = { v: 'Enviando (intento 1)' };
    const sending = emu.run('registrarPublicacionManual', [], { as: ASISTENTE, answers: [id, 'https://x.com/ICMujeresCoah/status/1999'] });
    expect(sending.ui.alerts.map((a) => a.prompt).join('\n')).toContain('se está enviando a X');
    expect(row(emu, id)['Enlace X']).toBe('');
    sheet.cells[`${rowNo},${header.indexOf('Estado X')}`] = { v: 'Tarea manual (aviso 2026-12-01 13:00)' };
    emu.world.lock = { holder: 'exec-elsewhere', until: emu.world.now + 5 * 60 * 1000 };
    const busy = emu.run('registrarPublicacionManual', [], { as: ASISTENTE, answers: [id, 'https://x.com/ICMujeresCoah/status/1999'] });
    expect(busy.ui.alerts.map((a) => a.prompt).join('\n')).toContain('se está publicando en segundo plano');
    expect(row(emu, id)['Enlace X']).toBe('');
    emu.world.lock = { holder: null, until: 0 };
    const ok = emu.run('registrarPublicacionManual', [], { as: ASISTENTE, answers: [id, 'https://x.com/ICMujeresCoah/status/1999'] });
    expect(ok.error).toBeUndefined();
    expect(row(emu, id)['Enlace X']).toBe('https://x.com/ICMujeresCoah/status/1999');
  });
});
