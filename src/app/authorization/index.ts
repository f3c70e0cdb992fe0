// The authorization feature's public surface: decisions, the edit guard, the gate, the ledger, verification and the Titular's notices.
export { fingerprintOfRow, textoDocDeBoletin } from './authorization.content';
export {
  autorizar, autorizarVarios, type ItemRef, parseRefs, rechazar, requireTitular, solicitarCambios, validateForDecision, Workset,
} from './authorize';
export { type VerificacionBitacora, verificarBitacoraData } from './bitacora-verify';
export { guardEdit, voidIfChanged } from './edit-guard';
export { Gate } from './gate';
export { Ledger } from './ledger';
export { enviarAvisosEnEspera } from './notices.job';
export { TitularDigest } from './titular-digest';
export { type Verificacion, verificarTodo } from './verify';
