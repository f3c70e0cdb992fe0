// Agenda CS02: the feature's public surface.
export { agregarActividad } from './actividades';
export { enviarAgenda, agendaPendiente, type EnvioAgenda } from './enviar';
