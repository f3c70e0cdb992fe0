// Demo data for issue 11: a boletín CS01 written in its Doc and authorized by the Titular, and agenda activities for the coming weeks.
import type { Emulator } from './runtime';
import { DEMO } from './demo';
import { docCommand } from './cli-docs';
import { sheetByName, writeContent } from './fakes/spreadsheet/model';

function must(emu: Emulator, fn: string, args: unknown[], as: string): unknown {
  const r = emu.run(fn, args, { as });
  if (r.error) throw new Error(`${fn} (${as}): ${r.error.message}`);
  return r.result;
}

const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** Three activities in each of the next three weeks (Tuesday, Thursday), pasted below the agenda's last row. */
function pasteAgenda(emu: Emulator): void {
  const sheet = sheetByName(emu.world.spreadsheet, 'Agenda CS02');
  if (!sheet) throw new Error('Falta la hoja «Agenda CS02».');
  let last = 0;
  for (const k of Object.keys(sheet.cells)) if (sheet.cells[k].v !== '') last = Math.max(last, +k.slice(0, k.indexOf(',')));
  const now = new Date(emu.world.now);
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const rows: Array<Array<string | Date>> = [];
  for (let w = 1; w <= 3; w++) {
    for (const [dd, hora, act, dir, lugar, mun] of [
      [1, '10:00', 'Jornada de orientación jurídica gratuita', 'Dirección de Prevención y Atención a la Violencia', 'Centro de Atención', 'Saltillo'],
      [3, '17:00', 'Círculo de lectura «Mujeres que inspiran»', 'Dirección de Igualdad', 'Biblioteca Pública Central', 'Torreón'],
    ] as const) {
      const f = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7 * w + dd);
      const id = `AG-${f.getFullYear()}-${pad(f.getMonth() + 1)}${pad(f.getDate())}-${dd}`;
      rows.push([id, f, hora, '', act, dir, lugar, mun, 'Actividad abierta al público.', 'Público en general', DEMO.asistente, 'Confirmada', '']);
    }
  }
  rows.forEach((row, i) => row.forEach((v, c) => writeContent(sheet, last + 1 + i, c, { v })));
}

/** The boletín: created from the CS01 template, its body written in the Doc by the Asistente, authorized by the Titular. */
export function seedDemoSegob(emu: Emulator): string {
  pasteAgenda(emu);
  const b = must(emu, 'panelNuevoBoletin', [{
    titulo: 'El ICM inaugura el Centro de Atención a Mujeres en Torreón',
    subtitulo: 'Atención psicológica y jurídica gratuita para las mujeres de la región Laguna',
    lugar: 'Torreón, Coahuila',
    resumen: 'La Titular del Instituto inauguró el nuevo Centro de Atención, que ofrecerá atención psicológica y jurídica gratuita.',
    contacto: 'Comunicación del ICM, 844 000 0000',
    web: true,
  }], DEMO.asistente) as { numero: string };
  docCommand(emu, b.numero, {
    replace: 'La Titular del Instituto inauguró el nuevo Centro de Atención, que ofrecerá atención psicológica y jurídica gratuita.',
    with: 'La Titular del Instituto Coahuilense de las Mujeres inauguró hoy el Centro de Atención a Mujeres en Torreón, que ofrecerá de lunes a viernes atención psicológica y asesoría jurídica gratuitas. El centro forma parte de la red estatal de atención y recibe a mujeres de toda la región Laguna.',
  });
  const list = emu.call('panelPendientes', [], { as: DEMO.titular }) as Array<{ hoja: string; id: string; huella: string }>;
  const p = list.find((x) => x.hoja === 'boletines' && x.id === b.numero);
  if (!p) throw new Error(`${b.numero} no está en el panel de la Titular`);
  must(emu, 'panelAutorizar', [{ hoja: 'boletines', id: b.numero, huella: p.huella }], DEMO.titular);
  return b.numero;
}

/**
 * For `npm start` on a new demo, right after seeding (before the replayed days: once the tick closes the boletín's month,
 * its row is protected): the Asistente sends the authorized boletín to SEGOB through the gate. Returns what happened (Spanish).
 */
export function sendDemoBoletin(emu: Emulator, numero: string): string[] {
  const r = emu.run('panelEnviarBoletin', [numero], { as: DEMO.asistente });
  return [r.error ? `Boletín ${numero}: ${r.error.message}` : (r.result as { mensaje: string }).mensaje];
}

/** After the replay: the Asistente presses «Enviar agenda ahora» when the replayed days held no agenda hour. */
export function sendDemoAgenda(emu: Emulator): string[] {
  const segob = (m: { to: string[]; subject: string }): boolean => m.to.some((t) => DEMO.segob.includes(t as (typeof DEMO.segob)[number]));
  if (emu.world.outbox.some((m) => segob(m) && /^Agenda semanal CS02/.test(m.subject))) return [];
  const a = emu.run('enviarAgendaAhora', [], { as: DEMO.asistente });
  const v = a.result as { ok: boolean; valor?: { mensaje: string } | null; mensaje?: string } | null;
  return [a.error ? `Agenda: ${a.error.message}` : v && v.ok && v.valor ? v.valor.mensaje : `Agenda: ${v?.mensaje ?? 'no se envió'}`];
}
