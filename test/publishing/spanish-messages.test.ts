// UrlFetchApp's and DriveApp's English error texts never reach a cell, an alert or an e-mail: users read Spanish phrases.
import { classifyGraph, classifyWeb, classifyX } from '../../src/providers/http-errors';
import { addPub, authorize, bitacora, row, setup } from './publish-helpers';

const ENGLISH = /DNS error|Timeout:|Request failed|Address unavailable|No item with the given ID|Exception|returned code/i;

describe('spanish-messages', () => {
  const now = Date.UTC(2026, 11, 1, 16);

  it('transport failures become Spanish phrases that name the host', () => {
    const dns = classifyWeb({ status: 0, headers: {}, body: '', transportError: 'DNS error: https://caido.icm.gob.mx/wp-json/wp/v2/posts', host: 'caido.icm.gob.mx' }, now);
    expect(dns.motivo).toBe('No se pudo conectar con caido.icm.gob.mx (no se encontró la dirección).');
    const failed = classifyX({ status: 0, headers: {}, body: '', transportError: 'Request failed for https://api.x.com returned code 502. Truncated server response: <html>', host: 'api.x.com' }, now);
    expect(failed.motivo).toBe('No se pudo conectar con api.x.com (error de red).');
    const timeout = classifyGraph({ status: 0, headers: {}, body: '', transportError: 'Timeout: https://graph.facebook.com/v26.0/1/feed', host: 'graph.facebook.com' }, now);
    expect(timeout.motivo).toBe('Facebook no respondió a tiempo; no se sabe si recibió la publicación.');
    for (const f of [dns, failed, timeout]) {
      expect(f.motivo).not.toMatch(ENGLISH);
      expect(f.detalle).not.toMatch(ENGLISH);
    }
  });

  it('an image Drive cannot open: the row, Bitácora and the alert e-mail say why in Spanish', () => {
    const emu = setup();
    const id = addPub(emu, { fecha: '2026-12-01', imagen: 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view' });
    authorize(emu, id);
    emu.clockTo('2026-12-01T10:00');
    const r = row(emu, id);
    expect(String(r['Estado X'])).toMatch(/^Error \(intento 1\): No se pudo abrir la imagen .* no existe o la cuenta que publica no tiene permiso para verla\.$/);
    const seen = [String(r['Último error']), ...bitacora(emu).map((b) => String(b['Detalle'])), ...emu.world.outbox.map((m) => m.body)].join('\n');
    expect(seen).not.toMatch(ENGLISH);
  });
});
