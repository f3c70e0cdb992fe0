// Watchdog and the SEGOB jobs of the hourly tick: the feature's public surface.
export { runSegobJobs, type SegobReport } from './jobs';
export { runWatchdog } from './watchdog';
export { AvisosDelDia, enviarConCuota, cuotaInsuficiente } from './mail-guard';
