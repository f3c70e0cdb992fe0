// Informe mensual through the CLI: the PDF e-mailed to the Titular holds the recomputed figures, authorizations, permalinks; the month closes.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from '../support/cli-capture';
import { type Dump, expectedFigures } from './expected-figures';

const T = 'titular@icm.gob.mx';
const A = 'asistente@icm.gob.mx';
const flat = (s: string): string => s.replace(/\s+/g, ' ');

interface Mail {
  to: string[];
  subject: string;
  attachments: Array<{ name: string; mimeType: string; data: string }>;
}

describe('Informe mensual through the CLI', () => {
  let dir: string;
  const D = (): string[] => ['--data', dir];
  const dump = async (sheet: string): Promise<Dump> => JSON.parse((await cli('dump', sheet, '--json', ...D())).out) as Dump;
  const outbox = (): Mail[] => (JSON.parse(fs.readFileSync(path.join(dir, 'world.json'), 'utf8')) as { outbox: Mail[] }).outbox;
  const pdfText = (m: Mail): string => {
    const file = path.join(dir, 'informe.pdf');
    fs.writeFileSync(file, Buffer.from(m.attachments[0].data, 'base64'));
    return flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'difusion-informe-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('after a demo month, one e-mail to the Titular whose PDF has the figures, authorizations and permalinks', async () => {
    expect((await cli('init', '--demo', '--at', '2026-12-01T08:00', ...D())).code).toBe(0);
    await cli('fault', 'x', '--status', '503', '--times', '2', ...D());
    await cli('fault', 'facebook', '--status', '503', '--times', '40', ...D());
    expect((await cli('clock', '--to', '2026-12-02T16:00', ...D())).code).toBe(0);
    await cli('fault', 'facebook', '--clear', ...D());
    const manual = await cli('run', 'registrarPublicacionManual', '--as', A, '--answer', 'CAL-20261201-1', '--answer', 'https://facebook.com/ICMujeresCoah/posts/777', ...D());
    expect(manual.out).toMatch(/Se registró la publicación de CAL-20261201-1 en Facebook/);
    await cli('clock', '--to', '2026-12-04T11:00', ...D());
    // The demo's boletín (authorized by the Titular) goes to SEGOB; the weekly agenda too unless the tick already sent it.
    expect((await cli('run', 'enviarBoletinSegob', '--as', A, '--answer', 'ICM-B-2026-001', ...D())).out).toMatch(/Boletín ICM-B-2026-001 enviado a SEGOB/);
    if (!outbox().some((m) => /^Agenda semanal CS02/.test(m.subject))) expect((await cli('run', 'enviarAgendaAhora', '--as', A, ...D())).code).toBe(0);
    // A second Friday: the hourly tick sends the next week's agenda by itself at the configured hour (Viernes 12:00).
    await cli('clock', '--to', '2026-12-11T13:00', ...D());
    expect(outbox().filter((m) => /^Agenda semanal CS02/.test(m.subject)).length).toBeGreaterThanOrEqual(2);
    // The demo started on the first working day of December: November was never run by the add-on, so no report was made.
    expect(outbox().filter((m) => /Informe mensual/.test(m.subject))).toHaveLength(0);

    const before = outbox().length;
    const run = await cli('run', 'informeMensual', '--as', T, '--answer', '2026-12', ...D());
    expect(run.code).toBe(0);
    const nuevos = outbox().slice(before);
    expect(nuevos).toHaveLength(1);
    expect(nuevos[0].to).toEqual([T]);
    expect(nuevos[0].attachments.map((a) => a.mimeType)).toEqual(['application/pdf']);

    const text = pdfText(nuevos[0]);
    const e = expectedFigures(await dump('Calendario'), await dump('Bitácora'), '2026-12');
    expect(e.redes.Total[2]).toBeGreaterThan(0);
    expect(e.redes.Total[3]).toBe(1);
    expect(e.fallas).toBeGreaterThanOrEqual(2);
    for (const red of ['X', 'Facebook', 'Web', 'Total'] as const) {
      const [p, a, au, m, n] = e.redes[red];
      expect(text).toContain(`${red}: planeadas ${p} · autorizadas ${a} · automáticas ${au} · a mano ${m} · no publicadas ${n}`);
    }
    expect(text).toContain(`con publicación: ${e.diasConPublicacion}`);
    expect(text).toContain(`USD ${e.costoX}`);
    expect(text).toMatch(new RegExp(`Red caída o falla temporal ${e.fallas}\\b`));
    expect(text).toMatch(/Código PI-DT-002 · Versión 00/);
    expect(e.autorizaciones.length).toBeGreaterThanOrEqual(3);
    for (const x of e.autorizaciones) {
      expect(text).toContain(`${x.id}`);
      expect(text).toContain(`Autorizado por ${x.por} el ${x.cuando}`);
    }
    expect(e.enlaces).toContain('https://facebook.com/ICMujeresCoah/posts/777');
    for (const url of e.enlaces) expect(text).toContain(url);
    // Section 4 lists the demo's boletín and agenda sent to SEGOB.
    expect(text).toMatch(/Envíos a SEGOB: boletines 1 · agendas [2-9]/);
    expect(text).toMatch(/Boletín ICM-B-2026-001 · El ICM inaugura el Centro de Atención a Mujeres en Torreón · Autoriza.* por titular@icm\.gob\.mx .*enviado: 2026-12-04/);
    expect(text).toMatch(/Agenda Semana del 2026-12-\d\d · \d+ actividad\(es\) · No requiere \(agenda de actividades\) · enviado: 2026-12-0\d/);
    expect(text).toContain('Bitácora: verifica');
    expect(text).toContain('Autorizaciones: verifica');
    expect(text).toMatch(/Fallas y cómo terminaron.*Publicada automáticamente tras reintento.*Publicada a mano/);

    const resumen = await dump('Resumen');
    expect(resumen.values[0][0]).toBe('Resumen del mes 2026-12');
    expect(resumen.values.find((r) => r[0] === 'Total')?.slice(1, 6)).toEqual(e.redes.Total);
  }, 240_000);

  test('the closed month refuses the Asistente’s hand edit; a change by the owner is named by the next report', async () => {
    const refused = await cli('edit', "'Calendario'!D20", 'Tema cambiado a mano', '--as', A, ...D());
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/protegid/);
    // January is still open to her.
    const enero = (await dump('Calendario')).values.findIndex((r) => String(r[0]).startsWith('CAL-20270104'));
    expect((await cli('edit', `'Calendario'!D${enero + 1}`, 'Tema de enero', '--as', A, ...D())).code).toBe(0);

    expect((await cli('edit', "'Calendario'!D20", 'Tema corregido por la propietaria', '--as', T, ...D())).code).toBe(0);
    const before = outbox().length;
    expect((await cli('run', 'informeMensual', '--as', T, '--answer', '2027-01', ...D())).code).toBe(0);
    const mails = outbox().slice(before).filter((m) => /Informe mensual de difusión 2027-01/.test(m.subject));
    expect(mails).toHaveLength(1);
    expect(pdfText(mails[0])).toContain('Mes cerrado 2026-12 · Calendario CAL-20261219-1: fila modificada después del cierre');
    const bit = (await dump('Bitácora')).values;
    expect(bit.some((r) => r[2] === 'Cambio en mes cerrado' && r[3] === 'Calendario CAL-20261219-1')).toBe(true);
  }, 240_000);

  test('only the Titular or the owner closes a month: the Asistente is refused and nothing is sent', async () => {
    const before = outbox().length;
    const r = await cli('run', 'informeMensual', '--as', A, '--answer', '2027-02', ...D());
    expect(r.out + r.err).toMatch(/no puede generar el informe mensual/);
    expect(outbox().length).toBe(before);
  }, 120_000);
});
