// Issue 11 "Done when" through the real emulator CLI (local/bin): Nuevo boletín, refused send, authorized send with its PDF, voiding by a Doc edit.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.resolve(__dirname, '../../local/bin/difusion-local.js');
const T = 'titular@icm.gob.mx';
const A = 'asistente@icm.gob.mx';
const SEGOB = 'comunicacion.social@segob.coahuila.gob.mx';

describe('difusion-local: boletines CS01 to SEGOB', () => {
  let dir: string;
  const run = (...args: string[]): { code: number; out: string; err: string } => {
    const r = spawnSync(process.execPath, [BIN, ...args, '--data', path.join(dir, 'data')], { encoding: 'utf8' });
    return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
  };
  const okRun = (...args: string[]): string => {
    const r = run(...args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.err || r.out}`);
    return r.out;
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segob-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the walk-through of the README', () => {
    okRun('init', '--owner', T, '--at', '2026-11-30T09:00');
    expect(okRun('run', 'configurar', '--as', T, '--answer', T)).toContain('Drive: se creó carpeta');
    okRun('edit', "'Configuración'!B3", A, '--as', T);
    okRun('edit', "'Configuración'!B5", SEGOB, '--as', T);
    okRun('run', 'configurar', '--as', T);
    const nuevo = okRun('run', 'nuevoBoletinMenu', '--as', A, '--answer', 'El ICM inaugura el Centro de Atención en Torreón', '--answer', 'Torreón, Coahuila');
    expect(nuevo).toContain('Boletín ICM-B-2026-001 creado.');
    const doc = okRun('doc', 'ICM-B-2026-001', '--replace', 'Escriba aquí el cuerpo del boletín.', '--with', 'La Titular inauguró el centro de atención psicológica y jurídica gratuita.');
    expect(doc).toContain('Boletín ICM-B-2026-001');
    expect(doc).toContain('Torreón, Coahuila, a 30 de noviembre de 2026');

    const refused = run('run', 'enviarBoletinSegob', '--as', A, '--answer', 'ICM-B-2026-001');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('No se envió el boletín ICM-B-2026-001 a SEGOB: No hay autorización de la Titular para el boletín ICM-B-2026-001.');

    okRun('run', 'solicitarAutorizacionBoletin', '--as', A, '--answer', 'ICM-B-2026-001');
    okRun('edit', "'Boletines CS01'!G2", 'Autorizado', '--as', T);
    expect(okRun('run', 'enviarBoletinSegob', '--as', A, '--answer', 'ICM-B-2026-001')).toContain(`Boletín ICM-B-2026-001 enviado a SEGOB (${SEGOB}).`);
    const pdfDir = path.join(dir, 'pdf');
    const out = okRun('outbox', '--save', pdfDir);
    const toSegob = out.split('\n').filter((l) => l.includes(`Para: ${SEGOB}`));
    expect(toSegob).toHaveLength(1);
    const files = fs.readdirSync(pdfDir);
    expect(files).toEqual(['mail-2-Boletín ICM-B-2026-001.pdf']);
    const text = spawnSync('pdftotext', [path.join(pdfDir, files[0]), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('El ICM inaugura el Centro de Atención en Torreón');
    expect(text).toContain('La Titular inauguró el centro de atención psicológica y jurídica gratuita.');

    // A second boletín: authorized, then its Doc edited in Docs → the send is refused and nothing leaves.
    okRun('run', 'nuevoBoletinMenu', '--as', A, '--answer', 'Segundo boletín', '--answer', '');
    okRun('edit', "'Boletines CS01'!G3", 'Autorizado', '--as', T);
    okRun('doc', 'ICM-B-2026-002', '--append', 'Párrafo añadido después de la autorización.');
    const voided = run('run', 'enviarBoletinSegob', '--as', A, '--answer', 'ICM-B-2026-002');
    expect(voided.code).toBe(1);
    expect(voided.out).toContain('El contenido de el boletín ICM-B-2026-002 cambió después de autorizarse; requiere nueva autorización.');
    expect(okRun('outbox').split('\n').filter((l) => l.includes(`Para: ${SEGOB}`))).toHaveLength(1);
    expect(okRun('dump', 'Boletines CS01')).toContain('Requiere nueva autorización');
  });
});
