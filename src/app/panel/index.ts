// The panel feature's public surface: the sidebar's typed API and the queries behind it.
export { hoyData, panelInicioData, pendientesData, propuestasAutorizadasData, publicacionesData } from './panel.queries';
export type * from './sidebar.api';
