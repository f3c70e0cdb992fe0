// Shared setup for the publishing tests: a configured workbook, demo network accounts connected, rows written and authorized through the real handlers.
import { Emulator } from '../../local/runtime';
import { DEMO_WEBHOOK, seedEndpointAccounts } from '../../local/endpoints/accounts';
import { newDriveId } from '../../local/fakes/drive.fake';
import { sheetByName, writeContent } from '../../local/fakes/spreadsheet/model';

export const TITULAR = 'titular@icm.gob.mx';
export const ASISTENTE = 'asistente@icm.gob.mx';


export interface Pub {
  fecha: string;
  hora?: string;
  redes?: string[];
  textoX?: string;
  textoFacebook?: string;
  textoWeb?: string;
  imagen?: string;
}

/** Configured workbook (Configurar as the Titular, one Asistente) and the three demo accounts stored through «Conectar redes». */
export function setup(opts: { now?: string; connect?: boolean } = {}): Emulator {
  const emu = Emulator.create({ owner: TITULAR, now: opts.now ?? '2026-11-30T09:00' });
  const r = emu.run('configurar', [], { as: TITULAR, answers: [TITULAR] });
  if (r.error) throw new Error('configurar: ' + r.error.message);
  emu.edit("'Configuración'!B3", ASISTENTE, { as: TITULAR });
  // Configurar again so the new Asistente is among the editors of the protected ledgers.
  const again = emu.run('configurar', [], { as: TITULAR });
  if (again.error) throw new Error('configurar: ' + again.error.message);
  if (opts.connect !== false) connect(emu);
  return emu;
}

export function connect(emu: Emulator): void {
  const c = seedEndpointAccounts(emu.world);
  emu.call(
    'conexionesGuardar',
    [
      {
        xConsumerKey: c.X_CONSUMER_KEY,
        xConsumerSecret: c.X_CONSUMER_SECRET,
        xAccessToken: c.X_ACCESS_TOKEN,
        xAccessSecret: c.X_ACCESS_SECRET,
        fbPageId: c.FB_PAGE_ID,
        fbPageToken: c.FB_PAGE_TOKEN,
        webTipo: c.WEB_TIPO,
        wpUrl: c.WP_URL,
        wpUsuario: c.WP_USUARIO,
        wpAppPassword: c.WP_APP_PASSWORD,
      },
    ],
    { as: ASISTENTE },
  );
  // «Probar conexión» stores the account names (X's profile link is the evidence of a duplicate-confirmed post).
  emu.call('conexionesProbar', [], { as: ASISTENTE });
}

export { SECRETS, secretLeaks } from '../support/secrets';

/** Switches the website to the signed JSON webhook site through «Conectar redes» (and «Probar conexión»). */
export function connectWebhook(emu: Emulator, secret: string = DEMO_WEBHOOK.WEBHOOK_SECRET): void {
  emu.call('conexionesGuardar', [{ webTipo: 'webhook', webhookUrl: DEMO_WEBHOOK.WEBHOOK_URL, webhookSecret: secret }], { as: ASISTENTE });
  emu.call('conexionesProbar', [], { as: ASISTENTE });
}

const proposals = new WeakMap<Emulator, string>();

/** One authorized proposal covering December 2026 (created by the Asistente, authorized by the Titular). */
export function proposal(emu: Emulator): string {
  const known = proposals.get(emu);
  if (known) return known;
  const r = emu.call(
    'crearPropuesta',
    [{ tipo: 'Campaña', tema: 'Prevención de la violencia', direccion: 'Dirección de Prevención', marcoLegal: 'Ambas', descripcion: 'Campaña de diciembre.', del: '2026-11-25', al: '2027-01-31', redes: ['X', 'Facebook', 'Web'] }],
    { as: ASISTENTE },
  ) as { id: string };
  emu.call('panelAutorizar', [seen(emu, 'propuestas', r.id)], { as: TITULAR });
  proposals.set(emu, r.id);
  return r.id;
}

/** Writes a Calendario row through the sidebar's save handler, as the Asistente; returns its ID. */
export function addPub(emu: Emulator, p: Pub): string {
  const prop = proposal(emu);
  const r = emu.call(
    'panelGuardarPublicacion',
    [
      {
        id: '',
        propuesta: prop,
        fecha: p.fecha,
        hora: p.hora ?? '10:00',
        redes: p.redes ?? ['X', 'Facebook', 'Web'],
        textoX: p.textoX ?? `Hoy en el ICM: taller de prevención de violencia ${p.fecha}. #Coahuila`,
        textoFacebook: p.textoFacebook ?? `El Instituto Coahuilense de las Mujeres invita al taller del ${p.fecha}.`,
        textoWeb: p.textoWeb ?? `Taller de prevención de la violencia contra las mujeres (${p.fecha}).\n\nInscripciones abiertas.`,
        imagen: p.imagen ?? '',
      },
    ],
    { as: ASISTENTE },
  ) as { id: string };
  return r.id;
}

/** The Titular authorizes a row through the sidebar handler (the only way the gate accepts). */
export function authorize(emu: Emulator, id: string): void {
  emu.call('panelAutorizar', [seen(emu, 'calendario', id)], { as: TITULAR });
}

/** The Titular authorizes many rows at once (panel «Autorizar seleccionadas», in batches of 20). */
export function authorizeAll(emu: Emulator, ids: string[]): void {
  const list = emu.call('panelPendientes', [], { as: TITULAR }) as Array<{ hoja: string; id: string; huella?: string }>;
  const refs = ids.map((id) => {
    const p = list.find((x) => x.hoja === 'calendario' && x.id === id);
    return p && p.huella ? { hoja: 'calendario', id, huella: p.huella } : { hoja: 'calendario', id };
  });
  for (let k = 0; k < refs.length; k += 20) emu.call('panelAutorizarVarios', [refs.slice(k, k + 20)], { as: TITULAR });
}

/** An item as the Titular's panel shows it (with the fingerprint of the content she reviewed, when the panel gives one). */
function seen(emu: Emulator, hoja: 'propuestas' | 'calendario', id: string): { hoja: string; id: string; huella?: string } {
  const list = emu.call('panelPendientes', [], { as: TITULAR }) as Array<{ hoja: string; id: string; huella?: string }>;
  const p = list.find((x) => x.hoja === hoja && x.id === id);
  return p && p.huella ? { hoja, id, huella: p.huella } : { hoja, id };
}

/** A Calendario row as a header → value record. */
export function row(emu: Emulator, id: string): Record<string, unknown> {
  const v = emu.values('Calendario');
  const h = v[0].map(String);
  const r = v.find((x) => x[0] === id);
  if (!r) throw new Error('no row ' + id);
  const out: Record<string, unknown> = {};
  h.forEach((k, i) => (out[k] = r[i]));
  return out;
}

export function bitacora(emu: Emulator): Array<Record<string, unknown>> {
  const v = emu.values('Bitácora');
  const h = v[0].map(String);
  return v.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
}

/** Accepted posts (not media uploads) of an emulated network. */
export function posts(emu: Emulator, name: 'x' | 'facebook' | 'web' | 'webhook'): Array<Record<string, unknown>> {
  return (emu.world.endpoints.feeds[name] ?? []).map((f) => f.body as Record<string, unknown>).filter((b) => b.kind !== 'media');
}

/** A PNG in the emulated Drive, owned by the Asistente; returns its Drive link. */
export function addImage(emu: Emulator, name = 'cartel.png', bytes = 2048): string {
  const id = newDriveId(emu.world);
  const png = Buffer.alloc(bytes, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  emu.world.drive.files.push({ id, name, mimeType: 'image/png', owner: ASISTENTE, data: png.toString('base64'), trashed: false, created: emu.world.now });
  return `https://drive.google.com/file/d/${id}/view`;
}

/** Appends n rows that are not due (next year) through the fake's own cell writes (so the sheet's data extent follows). */
export function addIdleRows(emu: Emulator, n: number): void {
  const sheet = sheetByName(emu.world.spreadsheet, 'Calendario');
  if (!sheet) throw new Error('no Calendario');
  const header = emu.values('Calendario')[0].map(String);
  const c = (h: string) => header.indexOf(h);
  const start = emu.values('Calendario').length;
  if (sheet.maxRows < start + n + 1) sheet.maxRows = start + n + 1;
  for (let k = 0; k < n; k++) {
    const r = start + k;
    writeContent(sheet, r, c('ID'), { v: `CAL-2027${String(k).padStart(5, '0')}` });
    writeContent(sheet, r, c('Fecha'), { v: new Date(2027, k % 12, 1 + (k % 28)), fmt: 'yyyy-mm-dd' });
    writeContent(sheet, r, c('Hora'), { v: '10:00' });
    writeContent(sheet, r, c('Tema'), { v: 'Tema ' + k });
    writeContent(sheet, r, c('Texto X'), { v: 'Texto ' + k });
    writeContent(sheet, r, c('Redes'), { v: 'X, Facebook, Web' });
  }
}
