// Agenda CS02 from the sidebar: the Direcciones and the Asistente add an activity, validated like the sheet, under the document lock.
import { siguienteIdActividad, validarActividad, type ActividadForm } from '../../domain/agenda';
import { SHEET } from '../../domain/schema';
import { Bitacora } from '../shared/index';
import { readConfig } from '../shared/index';
import { underDocumentLock } from '../shared/index';
import { ports } from '../shared/index';
import { requirePermiso } from '../shared/index';

export function agregarActividad(form: Partial<ActividadForm>, quien: string): { id: string; mensaje: string } {
  const config = readConfig();
  requirePermiso(config, quien, 'agregarActividad');
  const a = validarActividad(form);
  return underDocumentLock(() => {
    const t = ports().workbook.openTable('agenda');
    const id = siguienteIdActividad(a.fechaDate.getFullYear(), t.rows.map((_, i) => t.get(i, 'ID')));
    t.appendSkippingLocked([{
      ID: id, Fecha: a.fechaDate, 'Hora inicio': a.inicio, 'Hora fin': a.fin, Actividad: a.actividad, 'Dirección responsable': a.direccion,
      Lugar: a.lugar, Municipio: a.municipio, 'Descripción': a.descripcion, 'Público': a.publico, Contacto: a.contacto, Estado: a.estado,
    }]);
    const log = new Bitacora();
    log.add({ accion: 'Agregar actividad', elemento: `${SHEET.agenda} ${id}`, detalle: `${a.fecha} ${a.inicio}: «${a.actividad}».` });
    log.flush();
    return { id, mensaje: `Actividad ${id} agregada a la agenda del ${a.fecha}.` };
  });
}
