// What every feature shares: the ports, the configuration, roles, the Bitácora and the document lock.
export { Bitacora, bitacoraCanonical, logBitacora } from './bitacora';
export { readConfig, readConfigValues, tryReadConfig } from './config';
export { underDocumentLock, withDocumentLockIfFree } from './doc-lock';
export * from './ports';
export { currentUser, requirePermiso, type Rol, rolOf, verifiedEmail } from './roles';
export * from './docs.port';
