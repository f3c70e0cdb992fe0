// Boletines CS01: the feature's public surface.
export { asegurarPlantillas, plantillas, plantillasResumen, CARPETA_PROP, CS01_PROP, CS02_PROP } from './plantillas';
export { nuevoBoletin, validarBoletin, type BoletinForm, type BoletinCreado } from './nuevo';
export { solicitarAutorizacion, SOLICITADO_PREFIX, PENDIENTE } from './solicitar';
export { enviarBoletin, reintentarEnEspera, enEspera, ENVIADO, type EnvioBoletin } from './enviar';
export type { SegobApi, SegobMethod } from './segob.api';
