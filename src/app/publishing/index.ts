// The publishing feature's public surface: the tick, connections, manual posts, the provider interface and the row columns.
export {
  assertMayConnect, type ConexionesEstado, type ConexionesForm, estadoConexiones, guardarConexiones, probarConexiones, type PruebaConexion,
} from './connections';
export { assertMayPublish, registrarManual } from './manual-record';
export { driveProblem } from './post-images';
export { driveId } from '../../domain/drive-link';
export type * from './provider.port';
export { runTick, type TickReport } from './tick';
export { mailProblem } from './alerts';
