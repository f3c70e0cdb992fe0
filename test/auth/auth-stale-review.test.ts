// The Titular authorizes exactly what her panel showed: a change made after she loaded it is refused (CONTENIDO_CAMBIO), nothing written.
import { ASISTENTE, cell, TEXTO_FB, TEXTO_X, TITULAR, verdict, visto, withPublication } from './auth-fixture';

const SHEETS = ['Calendario', 'Propuestas', 'Autorizaciones', 'Bitácora'];
const STALE = 'El contenido cambió después de que lo revisó; pulse «Actualizar» para ver la versión nueva.';

function edit(emu: ReturnType<typeof withPublication>['emu'], id: string, propuesta: string, textoX: string, fecha = '2026-12-01'): void {
  emu.call('panelGuardarPublicacion', [{ id, propuesta, fecha, hora: '10:00', redes: ['X', 'Facebook'], textoX, textoFacebook: TEXTO_FB, textoWeb: '', imagen: '' }], { as: ASISTENTE });
}

describe('auth: stale review', () => {
  test('each pending item carries the fingerprint of what is shown', () => {
    const { emu, id } = withPublication();
    const seen = visto(emu, 'calendario', id);
    expect(seen.huella).toMatch(/^[0-9a-f]{64}$/);
    emu.call('panelAutorizar', [seen], { as: TITULAR });
    const ledger = emu.values('Autorizaciones');
    // The record keeps the version of the canonical form with the fingerprint the panel showed.
    expect(ledger[ledger.length - 1][5]).toBe('v2:' + seen.huella);
  });

  test('the Asistente changes Texto X after the Titular loaded the panel: «Autorizar» is refused and writes nothing', () => {
    const { emu, id, propuesta } = withPublication();
    const seen = visto(emu, 'calendario', id);
    edit(emu, id, propuesta, 'Texto que la Titular nunca vio');
    const before = SHEETS.map((s) => emu.values(s));
    const r = emu.run('panelAutorizar', [seen], { as: TITULAR });
    expect(r.error).toMatchObject({ code: 'CONTENIDO_CAMBIO' });
    expect(r.error!.message).toContain(STALE);
    expect(SHEETS.map((s) => emu.values(s))).toEqual(before);
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    // Reloading shows the new text; authorizing that passes.
    const again = visto(emu, 'calendario', id);
    expect(again.huella).not.toBe(seen.huella);
    expect(emu.run('panelAutorizar', [again], { as: TITULAR }).error).toBeUndefined();
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    expect(cell(emu, 'Calendario', id, 'Texto X')).toBe('Texto que la Titular nunca vio');
  });

  test('bulk: one changed item refuses the whole selection and names it', () => {
    const { emu, id, propuesta } = withPublication();
    edit(emu, '', propuesta, 'Segundo día', '2026-12-02');
    const id2 = String(emu.values('Calendario').slice(-1)[0][0]);
    const seen = [visto(emu, 'calendario', id), visto(emu, 'calendario', id2)];
    edit(emu, id2, propuesta, 'Segundo día, cambiado', '2026-12-02');
    const before = SHEETS.map((s) => emu.values(s));
    const r = emu.run('panelAutorizarVarios', [seen], { as: TITULAR });
    expect(r.error).toMatchObject({ code: 'CONTENIDO_CAMBIO' });
    expect(r.error!.message).toContain(STALE);
    expect(r.error!.message).toContain(id2);
    expect(r.error!.message).not.toContain(id + ',');
    expect(SHEETS.map((s) => emu.values(s))).toEqual(before);
    expect(verdict(emu, id)).toMatchObject({ ok: false });
    void TEXTO_X;
  });

  test('rejecting or asking for changes on stale content is refused too; a reference without fingerprint is refused', () => {
    const { emu, id, propuesta } = withPublication();
    const seen = visto(emu, 'calendario', id);
    edit(emu, id, propuesta, 'Otro texto');
    expect(emu.run('panelSolicitarCambios', [seen, 'Cambie el cierre'], { as: TITULAR }).error).toMatchObject({ code: 'CONTENIDO_CAMBIO' });
    const bare = emu.run('panelAutorizar', [{ hoja: 'calendario', id }], { as: TITULAR });
    expect(bare.error).toMatchObject({ code: 'HUELLA_REQUERIDA' });
    expect(cell(emu, 'Calendario', id, 'Autorización')).toBe('');
  });
});
