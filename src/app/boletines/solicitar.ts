// «Solicitar autorización» of a boletín: it goes to the Titular's panel (with its Doc's text in full) and she is told by e-mail.
import { REQUIERE_NUEVA } from '../../domain/authorization';
import { docIdOf } from '../../domain/boletines';
import { text } from '../../domain/cell';
import { AppError } from '../../domain/errors';
import { SHEET } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { underDocumentLock } from '../shared/index';
import { ports, type SheetTable } from '../shared/index';
import { requirePermiso } from '../shared/index';
import { AvisosDelDia, enviarConCuota } from '../watchdog/index';

/** Document property prefix: when the authorization of a boletín was requested (ms). */
export const SOLICITADO_PREFIX = 'BOLETIN_SOLICITADO_';
export const PENDIENTE = 'Pendiente de autorización';

/** The row of a boletín number; BOLETIN_NO_EXISTE (Spanish) when absent. */
export function filaDe(t: SheetTable<'boletines'>, numero: string): number {
  const n = (numero || '').trim();
  const i = n ? t.find('Número', n) : -1;
  if (i < 0) throw new AppError('BOLETIN_NO_EXISTE', `No existe el boletín «${n}» en la hoja «${SHEET.boletines}».`);
  return i;
}

export function solicitarAutorizacion(numero: string, quien: string): { mensaje: string } {
  const config = readConfig();
  requirePermiso(config, quien, 'solicitarBoletin');
  return underDocumentLock(() => {
    const t = ports().workbook.openTable('boletines');
    const i = filaDe(t, numero);
    const n = text(t.get(i, 'Número'));
    if (!docIdOf(text(t.get(i, 'Documento')))) {
      throw new AppError('SIN_DOCUMENTO', `El boletín ${n} no tiene documento de Google Docs; créelo con «Nuevo boletín».`);
    }
    if (/enviad/i.test(text(t.get(i, 'Estado')))) throw new AppError('YA_ENVIADO', `El boletín ${n} ya se envió a SEGOB.`);
    if (text(t.get(i, 'Autorización')) === 'Autorizado' && !/requiere/i.test(text(t.get(i, 'Estado')))) {
      throw new AppError('YA_AUTORIZADO', `El boletín ${n} ya está autorizado por la Titular.`);
    }
    // «Requiere nueva autorización» already puts it in the Titular's panel and says why: it stays.
    if (text(t.get(i, 'Estado')) !== REQUIERE_NUEVA) t.set(i, 'Estado', PENDIENTE);
    t.flush();
    ports().props.document().set(SOLICITADO_PREFIX + n, String(Date.now()));
    const log = new Bitacora();
    log.add({ accion: 'Solicitar autorización', elemento: `${SHEET.boletines} ${n}`, detalle: `«${text(t.get(i, 'Título'))}» enviado al panel de la Titular.`, evidencia: text(t.get(i, 'Documento')) });
    if (config.titular) {
      const avisos = new AvisosDelDia(new Date());
      enviarConCuota({
        to: config.titular,
        subject: `Difusión ICM: el boletín ${n} espera su autorización`,
        body: `El boletín ${n} «${text(t.get(i, 'Título'))}» espera su autorización en el panel de Difusión ICM (Autorizaciones).\n\nLibro: ${ports().workbook.linkTo()}`,
        name: 'Difusión ICM',
      }, { config, bitacora: log, avisos, elemento: `${SHEET.boletines} ${n}` });
      avisos.guardar();
    }
    log.flush();
    return { mensaje: `El boletín ${n} quedó en el panel de la Titular para su autorización.` };
  });
}
