// The panel feature's public surface: the sidebar's typed API, the queries behind it, requests, batches, thumbnails and decision e-mails.
export { hoyData, panelInicioData, pendientesData, propuestasAutorizadasData, publicacionesData } from './panel.queries';
export { solicitudesData } from './pendientes';
export { reenviarPropuesta, solicitarAutorizacion } from './solicitudes';
export { misSolicitudes } from './mis-solicitudes';
export { autorizarLote } from './lote';
export { miniatura } from './miniatura';
export { avisarDecision, resumenDiarioDeSolicitudes } from './decision-mail';
export type * from './sidebar.api';
