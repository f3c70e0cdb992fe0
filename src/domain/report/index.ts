// The monthly report's pure surface: figures from the sheets' rows, month closing digests, Spanish text.
export * from './report.types';
export { computeMonthReport } from './report';
export { CLOSED_SHEETS, closedChanges, closedRows, type ClosedSnapshot, snapshotJson, snapshotOf } from './report.closing';
export { HUELLA_CHARS, X_PRECIO_POST, X_PRECIO_POST_CON_ENLACE } from './report.publications';
export { ACCION_FALLA, ACCION_TAREA_MANUAL } from './report.incidents';
export { mesKey, rowsOf } from './report.rows';
export { type Block, CHART_TITLES, type ChartId, netLine, PROCEDIMIENTO, type ReportMeta, reportBlocks } from './report.text';
export { DIAS_DE_GRACIA, HORA_INFORME, huboActividad, informeDebido, primerDiaHabil } from './report.schedule';
