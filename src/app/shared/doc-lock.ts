// Read → compute → append under the document lock, so two people saving at once never take the same row or ID.
import { AppError } from '../../domain/errors';
import { type Lock, ports } from './ports';

/** How long a save waits for another one to finish. */
export const DOC_LOCK_WAIT_MS = 20000;

/**
 * Runs `f` holding the document lock (re-entrant within one execution: SheetTable.appendSkippingLocked and the Bitácora
 * append inside `f` reuse it). Without a document (Apps Script returns none) it runs as before. When another execution
 * keeps the lock past the wait: OCUPADO in Spanish, before anything is read or written.
 */
export function underDocumentLock<T>(f: () => T): T {
  const lock = ports().locks.document();
  if (!lock) return f();
  if (!lock.tryLock(DOC_LOCK_WAIT_MS)) {
    throw new AppError('OCUPADO', 'Otra persona está guardando cambios en este momento. Intente de nuevo en unos segundos.');
  }
  try {
    return f();
  } finally {
    ports().workbook.flush();
    lock.release();
  }
}

/**
 * For edit triggers, which must act even when busy: runs `f` under the document lock when it can be had within the
 * wait, otherwise without it (the guard's re-checks keep a revert single). Flushes before releasing.
 */
export function withDocumentLockIfFree<T>(f: () => T): T {
  let lock: Lock | null = null;
  try {
    lock = ports().locks.document();
    if (lock && !lock.tryLock(DOC_LOCK_WAIT_MS)) lock = null;
  } catch {
    lock = null;
  }
  try {
    return f();
  } finally {
    if (lock) {
      try {
        ports().workbook.flush();
        lock.release();
      } catch {
        // Apps Script releases it when the execution ends.
      }
    }
  }
}
