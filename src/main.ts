// The global entry points of the add-on (menu items, triggers, sidebar calls): every export here becomes a top-level function in dist/Code.js.

// Foundation
export { onOpen, onInstall, onEdit, tick, acercaDe } from './ui/foundation.handlers';
// Workbook (Configurar, Programar mes, month view)
export { configurar, programarMes, actualizarVistaMes, crearPropuesta, listarPropuestas } from './ui/workbook.handlers';
// Sidebar and authorization
export { alEditar, verificarAutorizaciones, verificarBitacora } from './ui/auth.handlers';
export {
  abrirPanel, panelInicio, panelCrearPropuesta, panelMisPropuestas, panelPropuestasAutorizadas, panelPublicaciones, panelGuardarPublicacion, panelPendientes,
  panelAutorizar, panelRechazar, panelSolicitarCambios, panelAutorizarVarios, panelHoy,
  panelSolicitudes, panelSolicitarAutorizacion, panelReenviarPropuesta, panelMisSolicitudes, panelAutorizarLote, panelMiniatura,
} from './ui/sidebar.handlers';
// Publishing
export {
  publicarPendientes, conectarRedes, conexionesEstado, conexionesGuardar, conexionesProbar, probarConexion, publicarAhora,
  registrarPublicacionManual,
} from './ui/publishing.handlers';
// Monthly report and month closing
export { informeMensual } from './ui/report.handlers';
// Boletines CS01, agenda CS02, watchdog (issue 11)
export {
  nuevoBoletinMenu, solicitarAutorizacionBoletin, enviarBoletinSegob, enviarAgendaAhora, panelNuevoBoletin, panelSolicitarAutorizacionBoletin,
  panelEnviarBoletin, panelAgregarActividad, tickSegob,
} from './ui/segob.handlers';
