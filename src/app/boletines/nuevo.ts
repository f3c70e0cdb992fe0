// «Nuevo boletín»: the next consecutive number (never reused), a Doc made from the CS01 template with the row's fields, the row linking it.
import { siguienteNumero, ultimoNumeroKey } from '../../domain/boletines';
import { cellDate, fechaCorta, ymd } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { text } from '../../domain/cell';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { underDocumentLock } from '../shared/index';
import { ports } from '../shared/index';
import { requirePermiso } from '../shared/index';
import { plantillas } from './plantillas';
import type { BoletinForm } from './segob.api';

export type { BoletinForm };

export interface BoletinCreado {
  numero: string;
  documento: string;
  mensaje: string;
}

function campo(v: unknown, max: number, nombre: string): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if (s.length > max) throw new AppError('TEXTO_LARGO', `«${nombre}» admite hasta ${max} caracteres.`);
  return s;
}

/** Validates the form (Spanish messages, nothing written on failure). */
export function validarBoletin(f: Partial<BoletinForm> | null | undefined, hoy: Date): Required<BoletinForm> & { fechaDate: Date } {
  const titulo = campo(f?.titulo, 200, 'Título');
  if (!titulo) throw new AppError('TITULO_VACIO', 'Escriba el título del boletín.');
  const fechaTxt = campo(f?.fecha, 10, 'Fecha');
  const fechaDate = fechaTxt ? cellDate(fechaTxt) : new Date(hoy.getFullYear(), hoy.getMonth(), hoy.getDate());
  if (!fechaDate || (fechaTxt && !/^\d{4}-\d{2}-\d{2}$/.test(fechaTxt))) throw new AppError('FECHA_INVALIDA', 'Escriba la fecha del boletín como aaaa-mm-dd, por ejemplo 2026-12-03.');
  return {
    titulo, subtitulo: campo(f?.subtitulo, 300, 'Subtítulo'), lugar: campo(f?.lugar, 120, 'Lugar') || 'Saltillo, Coahuila',
    fecha: ymd(fechaDate), fechaDate, resumen: campo(f?.resumen, 1500, 'Resumen'), contacto: campo(f?.contacto, 200, 'Contacto'), web: f?.web === true,
  };
}

export function nuevoBoletin(form: Partial<BoletinForm>, quien: string): BoletinCreado {
  const config = readConfig();
  requirePermiso(config, quien, 'crearBoletin');
  const now = new Date();
  const b = validarBoletin(form, now);
  const tpl = plantillas();
  return underDocumentLock(() => {
    const t = ports().workbook.openTable('boletines');
    const year = b.fechaDate.getFullYear();
    const props = ports().props.document();
    const key = ultimoNumeroKey(year);
    const { numero, n } = siguienteNumero(year, Number(props.get(key)) || 0, t.rows.map((_, i) => text(t.get(i, 'Número'))));
    // The number is taken before anything else exists: a crash later never gives it twice.
    props.set(key, String(n));
    const doc = ports().docs.copyDoc(tpl.cs01, tpl.carpeta, `Boletín ${numero} — ${b.titulo}`);
    ports().docs.fill(doc.id, {
      numero, fecha: `${fechaCorta(b.fechaDate)} de ${year}`, lugar: b.lugar, titulo: b.titulo, subtitulo: b.subtitulo,
      cuerpo: b.resumen || 'Escriba aquí el cuerpo del boletín.', contacto: b.contacto || quien,
    });
    t.appendSkippingLocked([{
      'Número': numero, Fecha: b.fechaDate, 'Título': b.titulo, Lugar: b.lugar, Resumen: b.resumen, Documento: doc.url,
      Estado: 'Borrador', Web: b.web ? 'Sí' : '',
    }]);
    const log = new Bitacora();
    log.add({ accion: 'Nuevo boletín', elemento: `Boletines CS01 ${numero}`, detalle: `«${b.titulo}»: documento creado desde la plantilla CS01.`, evidencia: doc.url });
    log.flush();
    return { numero, documento: doc.url, mensaje: `Boletín ${numero} creado. Escriba el texto en su documento y después solicite la autorización de la Titular.` };
  });
}
