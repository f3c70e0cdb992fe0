// The authorization covers everything that leaves or decides: Tema, Categoría, Veda and the image's bytes void it when changed.
import { findFile, replaceFileBytes } from '../../local/fakes/drive.fake';
import type { Emulator } from '../../local/runtime';
import { HEADERS } from '../../src/domain/schema';
import { addImage, addPub, ASISTENTE, authorize, posts, row, setup } from '../publishing/publish-helpers';

const letter = (h: (typeof HEADERS.calendario)[number]): string => String.fromCharCode(65 + HEADERS.calendario.indexOf(h));

function authorized(imagen = false): { emu: Emulator; id: string; img: string } {
  const emu = setup();
  const img = imagen ? addImage(emu) : '';
  const id = addPub(emu, { fecha: '2026-12-01', imagen: img });
  authorize(emu, id);
  return { emu, id, img };
}

function verdict(emu: Emulator, id: string): { ok: boolean; code: string } | undefined {
  return (emu.call('verificarAutorizaciones', [], { as: ASISTENTE }) as Array<{ id: string; ok: boolean; code: string }>).find((v) => v.id === id);
}

function sheetRow(emu: Emulator, id: string): number {
  return emu.values('Calendario').findIndex((r) => r[0] === id) + 1;
}

function nothingLeaves(emu: Emulator): void {
  emu.clockTo('2026-12-01T12:00');
  expect(posts(emu, 'x')).toHaveLength(0);
  expect(posts(emu, 'facebook')).toHaveLength(0);
  expect(posts(emu, 'web')).toHaveLength(0);
}

describe('fingerprint version 2', () => {
  it('an untouched authorized row with an image verifies and goes out', () => {
    const { emu, id } = authorized(true);
    expect(verdict(emu, id)).toMatchObject({ ok: true });
    emu.clockTo('2026-12-01T10:00');
    expect(posts(emu, 'x')).toHaveLength(1);
  });

  for (const [header, value] of [['Tema', 'Otro título para el sitio web'], ['Categoría', 'Salud'], ['Veda', 'No']] as const) {
    it(`changing ${header} after the authorization voids it and nothing goes out`, () => {
      const { emu, id } = authorized();
      emu.edit(`'Calendario'!${letter(header)}${sheetRow(emu, id)}`, value, { as: ASISTENTE });
      expect(row(emu, id)[header]).toBe(value);
      expect(row(emu, id)['Estado']).toBe('Requiere nueva autorización');
      expect(emu.values('Autorizaciones').slice(-1)[0][3]).toBe('Anulada');
      expect(verdict(emu, id)).toMatchObject({ ok: false });
      nothingLeaves(emu);
    });
  }

  it('another file uploaded to the same Drive link is not the authorized image: refused, nothing goes out', () => {
    const { emu, id, img } = authorized(true);
    const fileId = /\/d\/([^/]+)/.exec(img)![1];
    const other = Buffer.alloc(4096, 9);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(other);
    replaceFileBytes(emu.world, fileId, other);
    expect(findFile(emu.world, fileId)?.data).toBe(other.toString('base64'));
    expect(verdict(emu, id)).toMatchObject({ ok: false, code: 'HUELLA_DISTINTA' });
    nothingLeaves(emu);
    expect(String(row(emu, id)['Último error'])).toMatch(/cambió después de autorizarse/);
  });
});
