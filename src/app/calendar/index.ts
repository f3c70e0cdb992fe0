// The calendar feature's public surface: proposals, Programar mes, the month view and the publications the Asistente writes.
export { actualizarVista, refrescarMeses } from './month-view';
export { nombreMes, programarMes, type ProgramarResult } from './programar-mes';
export { crearPropuesta, listarPropuestas, type PropuestaResumen } from './propuestas';
export { guardarPublicacion } from './publicaciones';
