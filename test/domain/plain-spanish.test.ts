// Bitácora details split into what the staff read and the technical details.
import { separarTecnico } from '../../src/domain/plain-spanish';

test.each([
  ['Autorizado por t@icm.gob.mx (panel). Huella SHA-256 ' + 'ab'.repeat(32) + '.', 'Autorizado por t@icm.gob.mx (panel).', 'Huella SHA-256 ' + 'ab'.repeat(32) + '.'],
  ['X (intento 2, temporal, HTTP 503): X tuvo una falla temporal (503). Respuesta: {"status":503}', 'X (intento 2, temporal): X tuvo una falla temporal.', 'Respuesta: {"status":503} · HTTP 503 · (503)'],
  ['Publicada en X · id 1867000000000000001 · 2026-11-30 11:00 · intento 6.', 'Publicada en X · 2026-11-30 11:00 · intento 6.', 'id 1867000000000000001'],
  ['Instalados: tick, alEditar; ya existían: ninguno.', 'Instalados: la revisión horaria, la revisión de ediciones; ya existían: ninguno.', 'tick · alEditar'],
  ["Calendario (Autorización): N1:P1000; editores: a@b.mx. Ver 'Agenda CS02'!B6 y Bitácora!A20.", 'Calendario (Autorización); editores: a@b.mx. Ver la hoja «Agenda CS02», fila 6 y la hoja «Bitácora», fila 20.', "N1:P1000 · 'Agenda CS02'!B6 · Bitácora!A20"],
  ['Se envió la propuesta «Foro» a la Titular.', 'Se envió la propuesta «Foro» a la Titular.', ''],
])('%s', (input, detalle, tecnico) => {
  expect(separarTecnico(input)).toEqual({ detalle, tecnico });
});
