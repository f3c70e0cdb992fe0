// Demo data for `difusion-local init --demo`: roles, proposals (one authorized) and December 2026 agenda events.
import type { Emulator } from './runtime';
import type { CellValue } from './world';
import { sheetByName, writeContent } from './fakes/spreadsheet/model';
import { connectDemoNetworks } from './endpoints/accounts';

export const DEMO = {
  titular: 'titular@icm.gob.mx',
  asistente: 'asistente@icm.gob.mx',
  direcciones: ['direccion.violencia@icm.gob.mx', 'direccion.igualdad@icm.gob.mx', 'direccion.capacitacion@icm.gob.mx'],
  segob: ['comunicacion.social@segob.coahuila.gob.mx'],
} as const;

/** A person pasting rows below the last one (no edit triggers fire, as with a paste of many cells). */
function pasteRows(emu: Emulator, sheetName: string, rows: CellValue[][]): void {
  const sheet = sheetByName(emu.world.spreadsheet, sheetName);
  if (!sheet) throw new Error(`Falta la hoja «${sheetName}».`);
  let last = -1;
  for (const k of Object.keys(sheet.cells)) {
    const r = +k.slice(0, k.indexOf(','));
    const cell = sheet.cells[k];
    if (cell.v !== '' && r > last) last = r;
  }
  rows.forEach((row, i) => row.forEach((v, c) => writeContent(sheet, last + 1 + i, c, { v })));
}

function must(emu: Emulator, fn: string, args: unknown[], as: string, answers?: string[]): unknown {
  const r = emu.run(fn, args, { as, answers });
  if (r.error) throw new Error(`${fn} (${as}): ${r.error.message}`);
  return r.result;
}

const d = (y: number, m: number, day: number): Date => new Date(y, m - 1, day);

/** Fills a believable workbook: Configurar by the owner, roles, agenda for December 2026, three proposals. */
export function seedDemo(emu: Emulator): void {
  const owner = emu.world.owner;
  const runner = owner === DEMO.titular ? DEMO.titular : owner;
  must(emu, 'configurar', [], runner, [DEMO.titular]);
  // The Titular fills the roles (her cells are protected for her alone).
  emu.edit("'Configuración'!B3", DEMO.asistente, { as: DEMO.titular });
  emu.edit("'Configuración'!B4", DEMO.direcciones.join(', '), { as: DEMO.titular });
  emu.edit("'Configuración'!B5", DEMO.segob.join(', '), { as: DEMO.titular });
  // Configurar again so the ledgers' protections list the new role users (they write Bitácora rows).
  must(emu, 'configurar', [], DEMO.titular);

  pasteRows(emu, 'Agenda CS02', [
    ['AG-2026-0101', d(2026, 12, 3), '10:00', '12:00', 'Taller «Masculinidades sin violencia»', 'Dirección de Prevención y Atención a la Violencia', 'Centro Cultural Vito Alessio Robles', 'Saltillo', 'Taller para personal del servicio público municipal.', 'Servidoras y servidores públicos', DEMO.direcciones[0], 'Confirmada', ''],
    ['AG-2026-0102', d(2026, 12, 8), '09:30', '13:00', 'Foro «Mujeres y autonomía económica»', 'Dirección de Igualdad', 'Universidad Autónoma de Coahuila, Unidad Torreón', 'Torreón', 'Foro con emprendedoras de la región Laguna.', 'Público en general', DEMO.direcciones[1], 'Confirmada', ''],
    ['AG-2026-0103', d(2026, 12, 10), '11:00', '12:30', 'Cierre de los 16 días de activismo', 'Despacho', 'Plaza de Armas', 'Saltillo', 'Acto público de cierre de la campaña naranja.', 'Público en general', DEMO.asistente, 'Confirmada', ''],
    ['AG-2026-0104', d(2026, 12, 15), '16:00', '18:00', 'Capacitación «Lenguaje incluyente»', 'Dirección de Capacitación', 'Instituto Coahuilense de las Mujeres', 'Monclova', 'Capacitación en línea y presencial.', 'Personal docente', DEMO.direcciones[2], 'Confirmada', ''],
  ]);

  const unete = must(emu, 'crearPropuesta', [{
    tipo: 'Campaña',
    tema: 'Campaña Únete: 16 días de activismo',
    direccion: 'Dirección de Prevención y Atención a la Violencia',
    marcoLegal: 'Ley de Acceso de las Mujeres a una Vida Libre de Violencia',
    descripcion: 'Publicaciones diarias de la campaña naranja con datos de servicios de atención y líneas de ayuda.',
    del: '2026-11-25',
    al: '2026-12-10',
    redes: ['X', 'Facebook', 'Web'],
  }], DEMO.direcciones[0]) as { id: string };
  must(emu, 'crearPropuesta', [{
    tipo: 'Tema estratégico',
    tema: 'Autonomía económica de las mujeres',
    direccion: 'Dirección de Igualdad',
    marcoLegal: 'Ley de Igualdad entre Mujeres y Hombres',
    descripcion: 'Serie de historias de emprendedoras coahuilenses y programas de apoyo.',
    del: '2026-12-14',
    al: '2026-12-23',
    redes: ['Facebook', 'Web'],
  }], DEMO.direcciones[1]);
  must(emu, 'crearPropuesta', [{
    tipo: 'Efeméride',
    tema: 'Día de los Derechos Humanos',
    direccion: 'Despacho',
    marcoLegal: 'Ambas',
    descripcion: 'Mensaje institucional: los derechos de las mujeres son derechos humanos.',
    del: '2026-12-10',
    al: '2026-12-10',
    redes: ['X', 'Facebook'],
  }], DEMO.asistente);
  // The Titular authorizes the campaign from her panel (a signed, verified decision).
  const r = emu.run('panelAutorizar', [seen(emu, 'propuestas', [unete.id])[0]], { as: DEMO.titular });
  if (r.error) throw new Error(`panelAutorizar: ${r.error.message}`);
}

/** The items as the Titular's panel shows them, each with the fingerprint of the content she reviewed. */
function seen(emu: Emulator, hoja: string, ids: string[]): Array<{ hoja: string; id: string; huella: string }> {
  const list = emu.call('panelPendientes', [], { as: DEMO.titular }) as Array<{ hoja: string; id: string; huella: string }>;
  return ids.map((id) => {
    const p = list.find((x) => x.hoja === hoja && x.id === id);
    if (!p) throw new Error(`${hoja} ${id} no está en el panel de la Titular`);
    return { hoja, id, huella: p.huella };
  });
}

const pad = (n: number): string => (n < 10 ? '0' : '') + n;
const ymdOf = (t: Date): string => `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;

/** One message per day, so consecutive days never repeat a post (Facebook and X reject duplicates). */
const MENSAJES = [
  'El Instituto Coahuilense de las Mujeres ofrece atención psicológica y jurídica gratuita.',
  'Si vives violencia, no estás sola: nuestros Centros de Atención te acompañan.',
  'Conoce tus derechos: la Ley de Acceso de las Mujeres a una Vida Libre de Violencia te protege.',
  'La igualdad se construye todos los días, en casa, en la escuela y en el trabajo.',
  'Nuestras abogadas y psicólogas te orientan sin costo y con confidencialidad.',
  'Acércate a los módulos del Instituto en tu municipio; con gusto te atendemos.',
  'Denunciar es un derecho: te acompañamos en cada paso del proceso.',
];

/** Demo texts for a day's theme, within each network's limits; each day's texts differ from the day before. */
function demoTexts(tema: string, fecha: string): { textoX: string; textoFacebook: string; textoWeb: string } {
  const t = tema || 'Derechos de las mujeres';
  const dia = Number(fecha.slice(8, 10)) || 0;
  const mensaje = MENSAJES[dia % MENSAJES.length];
  return {
    textoX: `${t}. ${mensaje} Llama al 800 822 0260. #ICM (${fecha})`.slice(0, 270),
    textoFacebook: `${t}\n\n${mensaje} Llama al 800 822 0260 o acude a nuestros Centros de Atención.\n\nPublicación del ${fecha}.`,
    textoWeb: `${t}: ${mensaje} (publicación del ${fecha}).`,
  };
}

/**
 * For `npm start`: connects the emulated networks, programs the emulator's current and next month, writes the texts
 * of the next `days` daily publications (the Asistente sets weekend ones to «Sí») and has the Titular authorize them
 * from her panel, so the hourly tick publishes them when their hour comes.
 */
export function seedDemoPublications(emu: Emulator, days = 3): string[] {
  connectDemoNetworks(emu, DEMO.asistente);
  const now = new Date(emu.world.now);
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  for (const m of [now, next]) must(emu, 'programarMes', [`${m.getFullYear()}-${pad(m.getMonth() + 1)}`], DEMO.asistente);
  const values = emu.values('Calendario');
  const head = values[0].map(String);
  const col = (h: string): number => head.indexOf(h);
  const letter = (c: number): string => String.fromCharCode(65 + c);
  const today = ymdOf(now);
  const ids: string[] = [];
  values.forEach((row, r) => {
    const fecha = row[col('Fecha')];
    if (r === 0 || !(fecha instanceof Date) || ids.length >= days) return;
    const f = ymdOf(fecha);
    // Only days whose publication hour is still ahead, so the hourly tick publishes them on time.
    if (f < today || (f === today && now.getHours() >= 10)) return;
    const id = String(row[col('ID')]);
    if (fecha.getDay() === 0 || fecha.getDay() === 6) {
      emu.edit(`'Calendario'!${letter(col('Fin de semana'))}${r + 1}`, 'Sí', { as: DEMO.asistente });
    }
    must(emu, 'panelGuardarPublicacion', [{ id, propuesta: '', fecha: f, hora: '10:00', redes: ['X', 'Facebook', 'Web'], imagen: '', ...demoTexts(String(row[col('Tema')]), f) }], DEMO.asistente);
    // The Asistente sends the day to the Titular («Solicitar autorización»).
    must(emu, 'panelSolicitarAutorizacion', [{ hoja: 'calendario', id }], DEMO.asistente);
    ids.push(id);
  });
  if (ids.length) must(emu, 'panelAutorizarVarios', [seen(emu, 'calendario', ids)], DEMO.titular);
  return ids;
}
