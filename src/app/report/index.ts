// The monthly report's surface: the menu use case, the tick's hook, its ports and the closing.
export { generarInforme, type InformeResult, mesAnterior } from './informe';
export { informeProgramado } from './schedule';
export { type ChartPlan, installReportPorts, type ReportBlob, type ReportPorts, type SavedFile } from './report.port';
export { CIERRE_DESCRIPCION, CIERRE_PREFIX } from './closing';
export { type ChainVerifier, verifySignatures } from './chains';
