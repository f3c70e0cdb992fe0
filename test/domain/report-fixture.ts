// Hand-built sheet rows for the monthly report's pure tests (December 2026, America/Monterrey).
import type { Cell } from '../../src/domain/cell';
import { HEADERS, type HeaderKey } from '../../src/domain/schema';
import type { ReportSheets } from '../../src/domain/report';

export function d(s: string): Date {
  const [y, m, day, h = 0, min = 0] = s.split(/[- :]/).map(Number);
  return new Date(y, m - 1, day, h, min);
}

export function sheet<K extends HeaderKey>(key: K, rows: Array<Partial<Record<(typeof HEADERS)[K][number], Cell>>>): Cell[][] {
  const header = [...HEADERS[key]] as string[];
  return [header, ...rows.map((r) => header.map((h) => (r as Record<string, Cell>)[h] ?? ''))];
}

export function fixture(): ReportSheets {
  return {
    calendario: sheet('calendario', [
      { ID: 'CAL-1', Fecha: d('2026-12-01'), Hora: '10:00', Tema: 'Día Naranja', Redes: 'X, Facebook', Autorización: 'Autorizado', 'Autorizado por': 'titular@icm.gob.mx', 'Fecha de autorización': d('2026-11-30 09:15'),
        'Texto X': 'Vive sin violencia https://icm.gob.mx/naranja', 'Estado X': 'Publicada 2026-12-01 10:00 · id 111', 'Estado Facebook': 'Publicada a mano 2026-12-01 12:30', 'Enlace X': 'https://x.com/icm/status/111', 'Enlace Facebook': 'https://facebook.com/icm/posts/9' },
      { ID: 'CAL-2', Fecha: d('2026-12-02'), Hora: '10:00', Tema: 'Igualdad', Redes: 'X', Autorización: 'Autorizado', 'Autorizado por': 'titular@icm.gob.mx', 'Fecha de autorización': d('2026-11-30 09:20'),
        'Texto X': 'Igualdad sustantiva', 'Estado X': 'Publicada 2026-12-02 11:00 · id 222', 'Enlace X': 'https://x.com/icm/status/222' },
      { ID: 'CAL-3', Fecha: d('2026-12-05'), Hora: '10:00', Tema: 'Sábado', Redes: 'X', 'Fin de semana': 'No' },
      { ID: 'CAL-4', Fecha: d('2026-12-03'), Hora: '10:00', Tema: 'Taller', Redes: 'Web', 'Estado web': 'Tarea manual (aviso 2026-12-04 10:00)' },
      { ID: 'CAL-5', Fecha: d('2026-11-30'), Hora: '10:00', Tema: 'Noviembre', Redes: 'X', Autorización: 'Autorizado', 'Estado X': 'Publicada 2026-11-30 10:00 · id 50' },
      { ID: 'CAL-6', Fecha: d('2026-12-06'), Hora: '10:00', Tema: 'Domingo', Redes: 'Facebook', 'Fin de semana': 'Sí', Autorización: 'Autorizado', 'Estado Facebook': 'Error (intento 1): Texto rechazado' },
    ]),
    propuestas: sheet('propuestas', [
      { ID: 'P-1', Fecha: d('2026-12-01 09:00'), Tipo: 'Campaña', Dirección: 'Despacho', 'Marco legal': 'Ambas' },
      { ID: 'P-2', Fecha: d('2026-12-02 09:00'), Tipo: 'Taller', Dirección: 'Dirección de Capacitación', 'Marco legal': 'Ley de Igualdad entre Mujeres y Hombres' },
      { ID: 'P-3', Fecha: d('2026-12-09 09:00'), Tipo: 'Campaña', Dirección: 'Despacho', 'Marco legal': 'Ambas' },
      { ID: 'P-0', Fecha: d('2026-11-20 09:00'), Tipo: 'Evento', Dirección: 'Despacho', 'Marco legal': 'Ambas' },
    ]),
    boletines: sheet('boletines', [
      { Número: 'ICM-B-2026-001', Fecha: d('2026-12-03'), Título: 'Logros', Autorización: 'Autorizado', 'Autorizado por': 'titular@icm.gob.mx', 'Fecha de autorización': d('2026-12-02 18:00'),
        'Enviado a SEGOB': d('2026-12-03 09:00'), Destinatarios: 'cs@segob.gob.mx', PDF: 'https://drive.google.com/file/d/abc/view · ' + 'a'.repeat(64) },
      { Número: 'ICM-B-2026-002', Fecha: d('2026-12-10'), Título: 'Tarde', Autorización: 'Autorizado', 'Enviado a SEGOB': d('2026-12-11 09:00'), Destinatarios: 'cs@segob.gob.mx' },
      { Número: 'ICM-B-2026-003', Fecha: d('2026-12-20'), Título: 'Sin enviar' },
    ]),
    agenda: sheet('agenda', [
      { ID: 'AG-1', Fecha: d('2026-12-07'), Actividad: 'Taller', 'Enviada a SEGOB': d('2026-12-04 12:00') },
      { ID: 'AG-2', Fecha: d('2026-12-08'), Actividad: 'Foro', 'Enviada a SEGOB': d('2026-12-04 12:00') },
      { ID: 'AG-3', Fecha: d('2026-12-14'), Actividad: 'Plática', 'Enviada a SEGOB': d('2026-12-14 13:00') },
    ]),
    bitacora: sheet('bitacora', [
      { 'Fecha y hora': d('2026-12-02 10:00'), Acción: 'Falla al publicar', Elemento: 'Calendario CAL-2', Detalle: 'X (intento 1, temporal, HTTP 503): X no está disponible.' },
      { 'Fecha y hora': d('2026-12-02 10:15'), Acción: 'Falla al publicar', Elemento: 'Calendario CAL-2', Detalle: 'X (intento 2, temporal, HTTP 503): X no está disponible.' },
      { 'Fecha y hora': d('2026-12-03 10:00'), Acción: 'Falla al publicar', Elemento: 'Calendario CAL-4', Detalle: 'el sitio web (intento 1, credenciales, HTTP 401): credenciales.' },
      { 'Fecha y hora': d('2026-12-06 10:00'), Acción: 'Falla al publicar', Elemento: 'Calendario CAL-6', Detalle: 'Facebook (intento 1, contenido, HTTP 400): rechazado.' },
      { 'Fecha y hora': d('2026-12-04 10:00'), Acción: 'Tarea de publicación manual', Elemento: 'Calendario CAL-4', Detalle: 'Plazo vencido.' },
      { 'Fecha y hora': d('2026-12-04 12:00'), Acción: 'Enviar agenda', Elemento: 'Agenda CS02', Detalle: 'Agenda enviada a cs@segob.gob.mx, prensa@segob.gob.mx.' },
      { 'Fecha y hora': d('2026-12-10 09:00'), Acción: 'Recordatorio de plazo', Elemento: 'Boletines CS01 ICM-B-2026-002', Detalle: '' },
      { 'Fecha y hora': d('2026-12-10 15:00'), Acción: 'Escalamiento a la Titular', Elemento: 'Boletines CS01 ICM-B-2026-002', Detalle: '' },
      { 'Fecha y hora': d('2026-11-28 09:00'), Acción: 'Recordatorio de plazo', Elemento: 'Noviembre', Detalle: '' },
    ]),
    autorizaciones: sheet('autorizaciones', [
      { 'Fecha y hora': d('2026-11-29 09:00'), Hoja: 'Calendario', Elemento: 'CAL-1', Decisión: 'Autorizado', Huella: '0'.repeat(64) },
      { 'Fecha y hora': d('2026-11-30 09:15'), Hoja: 'Calendario', Elemento: 'CAL-1', Decisión: 'Autorizado', Huella: 'abcdef0123456789' + 'f'.repeat(48) },
    ]),
  };
}
