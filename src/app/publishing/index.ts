// The publishing feature's public surface: the tick, connections, manual posts, the provider interface and the row columns.
export { assertMayConnect, type ConexionesEstado, type ConexionesForm, estadoConexiones, guardarConexiones } from './connections';
export { assertMayPublish, registrarManual } from './manual-record';
export type * from './provider.port';
export { ENLACE_COL, ESTADO_COL, TEXTO_COL } from './publication-rows';
export { runTick, type TickReport } from './tick';
