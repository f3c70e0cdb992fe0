// What every feature shares: the ports, the configuration, roles, the Bitácora, the document lock, the ledgers' chain heads and the Titular.
export { Bitacora, bitacoraCanonical, logBitacora } from './bitacora';
export { readConfig, readConfigValues, tryReadConfig } from './config';
export { underDocumentLock, withDocumentLockIfFree } from './doc-lock';
export * from './ports';
export { currentUser, requirePermiso, type Rol, rolOf, verifiedEmail } from './roles';
export * from './docs.port';
export { appendChained, CHAIN_HEAD, type ChainName, type PendingRow, readHead } from './chain';
export { effectiveTitular, handOver, TITULAR_CAMBIO_PROPERTY, TITULAR_PROPERTY } from './titular-change';
