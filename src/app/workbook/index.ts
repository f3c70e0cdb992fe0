// The workbook feature's public surface: Configurar (sheets, protections, triggers) and the efemérides it keeps.
export { efemeridesFromSheet, ensureEfemerides } from './efemerides';
export { configurarLibro, ownerOf, type SetupReport, zonaTexto } from './setup';
