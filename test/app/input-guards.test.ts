// Malformed sidebar payloads, blank or over-long texts and absurd periods: a Spanish message and nothing written.
import { ASISTENTE, addPub, proposal, setup } from '../publishing/publish-helpers';
import type { Emulator } from '../../local/runtime';

const ENGLISH = /Cannot read|undefined|null|TypeError|is not a function|of null/;

function snapshot(emu: Emulator): string {
  return JSON.stringify(emu.world.spreadsheet.sheets.map((s) => s.cells));
}

function refused(emu: Emulator, fn: string, args: unknown[]): string {
  const before = snapshot(emu);
  const r = emu.run(fn, args, { as: ASISTENTE });
  expect(r.error).toBeDefined();
  const msg = String(r.error?.message);
  expect(msg).not.toMatch(ENGLISH);
  expect(msg).toMatch(/[áéíóúñ]|no se guardó|Indique|Escriba/i);
  expect(snapshot(emu)).toBe(before);
  return msg;
}

const goodProposal = { tipo: 'Taller', tema: 'Liderazgo', direccion: 'Dirección de Igualdad', marcoLegal: 'Ambas', descripcion: 'Taller.', del: '2026-12-01', al: '2026-12-31', redes: ['Facebook'] };

describe('input-guards', () => {
  let emu: Emulator;
  let prop: string;
  beforeAll(() => {
    emu = setup();
    prop = proposal(emu);
  });

  it.each([[null], [undefined], ['hola'], [42], [[1, 2]]])('panelCrearPropuesta(%p) answers in Spanish and writes nothing', (payload) => {
    const msg = refused(emu, 'panelCrearPropuesta', [payload]);
    expect(msg).toMatch(/^La propuesta no se guardó/);
  });

  it('a proposal period from 1900 to 9999 is refused', () => {
    const msg = refused(emu, 'panelCrearPropuesta', [{ ...goodProposal, del: '1900-01-01', al: '9999-12-31' }]);
    expect(msg).toContain('periodo');
  });

  it('a proposal period that starts years ago or ends years ahead is refused; a sane one is saved', () => {
    refused(emu, 'panelCrearPropuesta', [{ ...goodProposal, del: '2019-01-01', al: '2019-02-01' }]);
    refused(emu, 'panelCrearPropuesta', [{ ...goodProposal, del: '2026-12-01', al: '2032-12-31' }]);
    const r = emu.run('panelCrearPropuesta', [goodProposal], { as: ASISTENTE });
    expect(r.error).toBeUndefined();
  });

  it.each([[null], ['texto'], [7]])('panelGuardarPublicacion(%p) answers in Spanish and writes nothing', (payload) => {
    refused(emu, 'panelGuardarPublicacion', [payload]);
  });

  const pub = () => ({ id: '', propuesta: prop, fecha: '2026-12-03', hora: '10:00', redes: ['X', 'Facebook', 'Web'], textoX: 'Texto X', textoFacebook: 'Texto Facebook', textoWeb: 'Texto web', imagen: '' });

  it('a text of only spaces is refused at save', () => {
    const msg = refused(emu, 'panelGuardarPublicacion', [{ ...pub(), textoFacebook: '   \n\t  ' }]);
    expect(msg).toContain('Texto Facebook');
    expect(msg).toContain('solo espacios');
  });

  it('a text over 50,000 characters (what a Sheets cell holds) is refused; 50,000 fits the cell', () => {
    const msg = refused(emu, 'panelGuardarPublicacion', [{ ...pub(), redes: ['Web'], textoWeb: 'a'.repeat(60000) }]);
    expect(msg).toContain('50,000');
    const ok = emu.run('panelGuardarPublicacion', [{ ...pub(), redes: ['Web'], textoWeb: 'b'.repeat(50000) }], { as: ASISTENTE });
    expect(ok.error).toBeUndefined();
  });

  it('a publication date years away from today is refused', () => {
    expect(refused(emu, 'panelGuardarPublicacion', [{ ...pub(), fecha: '1900-01-01' }])).toContain('fuera del rango permitido');
    expect(refused(emu, 'panelGuardarPublicacion', [{ ...pub(), fecha: '9999-12-31' }])).toContain('fuera del rango permitido');
    expect(addPub(emu, { fecha: '2026-12-04' })).toMatch(/^CAL-20261204/);
  });
});
