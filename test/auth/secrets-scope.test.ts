// Secrets per workbook: credentials and the signing key live in Document Properties; two institutes on one add-on project never share them.
import { Emulator } from '../../local/runtime';
import { sheetByName, writeContent } from '../../local/fakes/spreadsheet/model';
import type { CellValue } from '../../local/world';
import { seedDemo, seedDemoPublications } from '../../local/demo';
import { legacyScriptKeys, SECRETS_MOVED_PROPERTY, SIGNING_KEY_PROPERTY } from '../../src/domain/credential-keys';
import { addPub, ASISTENTE, authorize, proposal, setup, SECRETS, TITULAR } from '../publishing/publish-helpers';

const OTRA_TITULAR = 'titular@mujeres-nl.gob.mx';
const OTRA_ASISTENTE = 'asistente@mujeres-nl.gob.mx';

/** A second institute's workbook, installed from the same add-on project as `a`. */
function otroInstituto(a: Emulator, titular = OTRA_TITULAR): Emulator {
  const b = Emulator.create({ owner: OTRA_TITULAR, now: '2026-11-30T09:00', sameAddOnAs: a, name: 'Difusión IMNL' });
  const r = b.run('configurar', [], { as: OTRA_TITULAR, answers: [titular] });
  if (r.error) throw new Error(r.error.message);
  b.edit("'Configuración'!B3", OTRA_ASISTENTE, { as: OTRA_TITULAR });
  b.run('configurar', [], { as: OTRA_TITULAR, answers: [titular] });
  return b;
}

function scriptHoldsNoSecret(emu: Emulator): void {
  const script = emu.world.properties.script;
  for (const k of legacyScriptKeys()) expect([k, script[k]]).toEqual([k, undefined]);
  const all = JSON.stringify(script);
  for (const s of SECRETS) expect(all.includes(s)).toBe(false);
}

describe('the emulator scopes properties as Apps Script does', () => {
  it('Script and User Properties are the add-on project\'s (shared), Document Properties the workbook\'s', () => {
    const a = setup({ connect: false });
    const b = otroInstituto(a);
    expect(b.world.properties.script).toBe(a.world.properties.script);
    expect(b.world.properties.user).toBe(a.world.properties.user);
    expect(b.world.properties.document).not.toBe(a.world.properties.document);
  });
});

describe('secrets per workbook', () => {
  it('two institutes on one add-on: neither sees nor uses the other\'s tokens or signing key', () => {
    const a = setup();
    const b = otroInstituto(a);
    // A connected its networks; B sees nothing configured and has no credential to publish with.
    const estadoB = b.call('conexionesEstado', [], { as: OTRA_ASISTENTE }) as Record<string, { configurado: boolean }>;
    expect([estadoB.X.configurado, estadoB.Facebook.configurado, estadoB.Web.configurado]).toEqual([false, false, false]);
    const estadoA = a.call('conexionesEstado', [], { as: ASISTENTE }) as Record<string, { configurado: boolean }>;
    expect([estadoA.X.configurado, estadoA.Facebook.configurado, estadoA.Web.configurado]).toEqual([true, true, true]);
    for (const s of SECRETS.slice(0, 6)) expect(JSON.stringify(b.world.properties.document).includes(s)).toBe(false);
    // Each workbook signs with its own key; the shared Script Properties hold none.
    const keyA = a.world.properties.document[SIGNING_KEY_PROPERTY];
    const keyB = b.world.properties.document[SIGNING_KEY_PROPERTY];
    expect(keyA).toBeTruthy();
    expect(keyB).toBeTruthy();
    expect(keyA).not.toBe(keyB);
    scriptHoldsNoSecret(a);
  });

  it('an authorization signed in one workbook does not verify in the other', () => {
    const a = setup();
    const pub = { id: addPub(a, { fecha: '2026-12-01', redes: ['X'] }) };
    authorize(a, pub.id);
    expect((a.call('verificarAutorizaciones', [], { as: ASISTENTE }) as Array<{ id: string; ok: boolean }>).find((v) => v.id === pub.id)?.ok).toBe(true);

    // B (even with the same person as Titular) holds the very same row and a copy of A's signed ledger row.
    const b = otroInstituto(a, TITULAR);
    const paste = (sheet: string, from: number, rows: unknown[][], at: number): void => {
      const target = sheetByName(b.world.spreadsheet, sheet)!;
      rows.slice(from).forEach((row, r) => row.forEach((v, c) => writeContent(target, at + r, c, { v: v as CellValue })));
    };
    paste('Calendario', 1, a.values('Calendario'), 1);
    const ledger = a.values('Autorizaciones');
    paste('Autorizaciones', ledger.length - 1, ledger, 1);
    const all = b.call('verificarAutorizaciones', [], { as: OTRA_ASISTENTE }) as Array<{ id: string; ok: boolean; code: string }>;
    const vb = all.find((v) => v.id === pub.id);
    expect(vb?.ok).toBe(false);
    expect(vb?.code).toBe('FIRMA_INVALIDA');
  });

  it('values stored by an earlier version in Script Properties are moved once into the workbook and erased', () => {
    const emu = setup();
    proposal(emu);
    const doc = emu.world.properties.document;
    // What an earlier version left: credentials and the signing key in Script Properties, none in the document.
    for (const k of legacyScriptKeys()) {
      if (doc[k] !== undefined) {
        emu.world.properties.script[k] = doc[k];
        delete doc[k];
      }
    }
    delete doc[SECRETS_MOVED_PROPERTY];
    const key = emu.world.properties.script[SIGNING_KEY_PROPERTY];
    expect(key).toBeTruthy();
    const estado = emu.call('conexionesEstado', [], { as: ASISTENTE }) as Record<string, { configurado: boolean; cuenta: string }>;
    expect([estado.X.configurado, estado.X.cuenta]).toEqual([true, '@ICMujeresCoah']);
    scriptHoldsNoSecret(emu);
    expect(emu.world.properties.script).toEqual({});
    // The same key: earlier signatures still verify.
    expect(doc[SIGNING_KEY_PROPERTY]).toBe(key);
    const v = emu.call('verificarBitacora', [], { as: TITULAR }) as { invalidas: unknown[] };
    expect(v.invalidas).toEqual([]);
    // Once: a value written to Script Properties later is not moved again.
    emu.world.properties.script.X_ACCESS_TOKEN = 'otro';
    emu.call('conexionesEstado', [], { as: ASISTENTE });
    expect(emu.world.properties.script.X_ACCESS_TOKEN).toBe('otro');
  });

  it('after init --demo and publishing, Script Properties hold no credential and no signing key', () => {
    const emu = Emulator.create({ owner: TITULAR, now: '2026-11-30T09:00' });
    seedDemo(emu);
    seedDemoPublications(emu);
    emu.clockTo('2026-12-02T11:00');
    expect(emu.world.endpoints.feeds.x?.length ?? 0).toBeGreaterThan(0);
    scriptHoldsNoSecret(emu);
    expect(emu.world.properties.script).toEqual({});
  });
});
