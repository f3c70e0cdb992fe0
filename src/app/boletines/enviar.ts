// «Enviar a SEGOB»: only through the gate — the Doc exported as PDF, saved in the folder, e-mailed to SEGOB; row, Bitácora and website follow.
import { ANULADA, AUTORIZADO, REQUIERE_NUEVA } from '../../domain/authorization';
import { boletinBodies, boletinSubject, docIdOf } from '../../domain/boletines';
import { text } from '../../domain/cell';
import { cellDate, fechaLarga } from '../../domain/dates';
import { AppError, isAppError, messageOf } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { Gate } from '../authorization/index';
import { Ledger } from '../authorization/index';
import type { Provider } from '../publishing/index';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { underDocumentLock } from '../shared/index';
import { ports, type SheetTable } from '../shared/index';
import { requirePermiso } from '../shared/index';
import { AvisosDelDia, cuotaInsuficiente, enviarConCuota } from '../watchdog/index';
import { plantillas } from './plantillas';
import type { EnvioBoletin } from './segob.api';
import { filaDe, SOLICITADO_PREFIX } from './solicitar';

export type { EnvioBoletin };

/** Document property: JSON list of boletín numbers waiting for mail quota (the tick retries them). */
export const EN_ESPERA_PROP = 'BOLETINES_EN_ESPERA';
export const ENVIADO = 'Enviado a SEGOB';

/** The boletines waiting for quota; `snap` = the document properties already read. */
export function enEspera(snap?: Readonly<Record<string, string>>): string[] {
  try {
    const raw = snap ? snap[EN_ESPERA_PROP] : ports().props.document().get(EN_ESPERA_PROP);
    const v = JSON.parse(raw ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function ponerEnEspera(numero: string, si: boolean): void {
  const list = enEspera().filter((n) => n !== numero);
  if (si) list.push(numero);
  const props = ports().props.document();
  if (list.length) props.set(EN_ESPERA_PROP, JSON.stringify(list));
  else props.delete(EN_ESPERA_PROP);
}

/** `quien` '' = the hourly tick retrying a boletín that waited for quota. */
export function enviarBoletin(numero: string, quien: string, web: Provider | null): EnvioBoletin {
  const config = readConfig();
  if (quien) requirePermiso(config, quien, 'enviarBoletin');
  if (config.modoEnsayo) throw new AppError('MODO_ENSAYO', 'Modo ensayo: no se envía nada a SEGOB. Cambie «Modo ensayo» a No en «Configuración».');
  if (config.segob.length === 0) throw new AppError('SIN_SEGOB', 'No hay destinatarios de SEGOB en «Configuración» (Destinatarios SEGOB).');
  return underDocumentLock(() => {
    const t = ports().workbook.openTable('boletines');
    const i = filaDe(t, numero);
    const n = text(t.get(i, 'Número'));
    if (/enviad/i.test(text(t.get(i, 'Estado')))) throw new AppError('YA_ENVIADO', `El boletín ${n} ya se envió a SEGOB.`);
    const log = new Bitacora();
    const elemento = `${SHEET.boletines} ${n}`;
    // The gate reads the Doc now: an edit made in Docs after the authorization (no trigger sees it) is caught here.
    const v = Gate.load(config).checkBoletin(t, i);
    if (!v.ok) {
      if (v.code === 'HUELLA_DISTINTA') anular(t, i, n, log, v.motivo);
      ponerEnEspera(n, false);
      throw new AppError(v.code, `No se envió el boletín ${n} a SEGOB: ${v.motivo}`);
    }
    const docId = docIdOf(text(t.get(i, 'Documento')));
    if (!docId) throw new AppError('SIN_DOCUMENTO', `El boletín ${n} no tiene documento de Google Docs.`);
    const avisos = new AvisosDelDia(new Date());
    const to = config.segob.join(',');
    // Nothing is made or sent when the quota cannot cover every recipient (the wait is logged and the Asistente told).
    if (cuotaInsuficiente(config.segob.length, { config, bitacora: log, avisos, elemento })) return esperar(n, log, avisos);
    const pdf = ports().docs.savePdf(docId, plantillas().carpeta, `Boletín ${n}.pdf`);
    const fecha = cellDate(t.get(i, 'Fecha'));
    const datos = { numero: n, titulo: text(t.get(i, 'Título')), fecha: fecha ? fechaLarga(fecha) : text(t.get(i, 'Fecha')), lugar: text(t.get(i, 'Lugar')), resumen: String(t.get(i, 'Resumen')), pdfUrl: pdf.url };
    const r = enviarConCuota({ to, subject: boletinSubject(datos), ...boletinBodies(datos), name: 'Instituto Coahuilense de las Mujeres', attachments: [pdf.blob] }, { config, bitacora: log, avisos, elemento });
    if (!r.enviado) return esperar(n, log, avisos);
    const now = new Date();
    t.set(i, 'Estado', ENVIADO);
    t.set(i, 'Enviado a SEGOB', now);
    t.set(i, 'Destinatarios', config.segob.join(', '));
    t.set(i, 'PDF', `${pdf.url}\nSHA-256: ${pdf.sha256}`);
    const webNota = text(t.get(i, 'Web')) === 'Sí' ? publicarEnWeb(t, i, web, log, docId) : '';
    t.flush();
    ponerEnEspera(n, false);
    ports().props.document().delete(SOLICITADO_PREFIX + n);
    log.add({ accion: 'Enviar a SEGOB', elemento, detalle: `Boletín enviado a ${config.segob.join(', ')} con el PDF adjunto (SHA-256 ${pdf.sha256}).${webNota}`, evidencia: pdf.url });
    log.flush();
    avisos.guardar();
    return { enviado: true, enEspera: false, mensaje: `Boletín ${n} enviado a SEGOB (${config.segob.join(', ')}).${webNota}` };
  });
}

/**
 * The Doc changed after the authorization (Docs edits fire no trigger, so the send is where it shows): the ledger
 * records «Anulada» once, the row asks for a new authorization and the Titular's panel lists it again.
 */
function anular(t: SheetTable<'boletines'>, i: number, n: string, log: Bitacora, motivo: string): void {
  const ledger = Ledger.load();
  const r = ledger.latestOf(SHEET.boletines, n)?.record;
  if (r && r.decision === AUTORIZADO && ledger.exists()) {
    ledger.append({ fecha: new Date(), hoja: SHEET.boletines, elemento: n, decision: ANULADA, por: '', huella: r.huella, comentario: 'Se modificó el documento de Google Docs después de autorizarse.' });
    ledger.flush();
  }
  if (text(t.get(i, 'Estado')) !== REQUIERE_NUEVA) {
    t.set(i, 'Estado', REQUIERE_NUEVA);
    t.flush();
    log.add({ accion: 'Autorización anulada', elemento: `${SHEET.boletines} ${n}`, detalle: `${motivo} (el documento de Google Docs se modificó). No se envió a SEGOB.` });
    log.flush();
  }
}

function esperar(n: string, log: Bitacora, avisos: AvisosDelDia): EnvioBoletin {
  ponerEnEspera(n, true);
  log.flush();
  avisos.guardar();
  return { enviado: false, enEspera: true, mensaje: `El boletín ${n} no se envió: la cuota diaria de correos no alcanza. Queda en espera y se reintentará en la siguiente revisión horaria; no se envió nada a medias.` };
}

/** Publishes the boletín's Doc text through the website provider; the «Web» cell gets the link or the reason. */
function publicarEnWeb(t: SheetTable<'boletines'>, i: number, web: Provider | null, log: Bitacora, docId: string): string {
  const n = text(t.get(i, 'Número'));
  if (!web || !web.configured()) {
    t.set(i, 'Web', 'No publicado: el sitio web no está conectado («Conectar redes»).');
    return ' No se publicó en el sitio web: no está conectado.';
  }
  const post = { rowId: n, red: 'Web' as const, title: text(t.get(i, 'Título')), text: ports().docs.text(docId), image: null, since: Date.now() };
  try {
    const res = ports().http.fetchAll([web.publishRequest(post, null)])[0];
    const r = web.parsePublish(res, post);
    if (r.ok) {
      t.set(i, 'Web', r.url);
      log.add({ accion: 'Publicar', elemento: `${SHEET.boletines} ${n}`, detalle: 'Boletín publicado en el sitio web.', evidencia: r.url });
      return ' Publicado en el sitio web.';
    }
    t.set(i, 'Web', `Error: ${r.motivo}`);
    return ` No se publicó en el sitio web: ${r.motivo}`;
  } catch (e) {
    const m = isAppError(e) ? e.message : messageOf(e);
    t.set(i, 'Web', `Error: ${m}`);
    return ` No se publicó en el sitio web: ${m}`;
  }
}

/** The tick: boletines that waited for mail quota are tried again (each refusal is logged and drops it from the wait). */
export function reintentarEnEspera(web: () => Provider | null, snap: Readonly<Record<string, string>>): number {
  const list = enEspera(snap);
  if (list.length === 0) return 0;
  const provider = web();
  let enviados = 0;
  for (const n of list) {
    try {
      if (enviarBoletin(n, '', provider).enviado) enviados++;
    } catch (e) {
      ponerEnEspera(n, false);
      const log = new Bitacora();
      log.add({ accion: 'Envío cancelado', elemento: `${SHEET.boletines} ${n}`, detalle: `El boletín en espera no se envió: ${messageOf(e)}` });
      log.flush();
    }
  }
  return enviados;
}
