// LockService fake: script, document and user locks shared between executions through the world state.
import { gasException } from './exception';
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';
import type { WorldState } from '../world';

type GasLock = GoogleAppsScript.Lock.Lock;
type GasLockService = GoogleAppsScript.Lock.LockService;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
/**
 * A lock lives at most as long as its execution (Apps Script releases locks when the script ends; an
 * execution lasts 6 min at most), so a lock left behind by a killed execution expires after 6 min.
 */
export const LOCK_MAX_HOLD_MS = 6 * 60 * 1000;

interface LockSlot {
  holder: string | null;
  until: number;
}

function slotOf(world: WorldState, scope: string): LockSlot {
  if (scope === 'script') return world.lock;
  if (!world.locks) world.locks = {};
  if (!world.locks[scope]) world.locks[scope] = { holder: null, until: 0 };
  return world.locks[scope];
}

/** Host helper: releases every lock held by the execution `execId` (the runtime calls it when an execution ends). */
export function releaseLocksOf(world: WorldState, execId: string): void {
  if (world.lock.holder === execId) {
    world.lock.holder = null;
    world.lock.until = 0;
  }
  for (const slot of Object.values(world.locks ?? {})) {
    if (slot.holder === execId) {
      slot.holder = null;
      slot.until = 0;
    }
  }
}

export class FakeLock implements GasLock {
  readonly [FAKE_TYPE] = 'Lock';

  constructor(
    private readonly exec: Execution,
    private readonly scope: string,
  ) {}

  private slot(): LockSlot {
    return slotOf(this.exec.world, this.scope);
  }

  private free(s: LockSlot): boolean {
    return s.holder === null || s.holder === this.exec.id || s.until <= this.exec.world.now;
  }

  /**
   * Acquires the lock, waiting up to `timeoutInMillis` of emulated time. Nothing else runs while this execution
   * waits, so the only way another holder's lock frees up is its expiry; waiting advances the clock.
   */
  tryLock(timeoutInMillis: number): boolean {
    if (!(Number(timeoutInMillis) >= 0)) throw gasException('Invalid argument: timeoutInMillis');
    const w = this.exec.world;
    const s = this.slot();
    const wait = Math.max(0, Number(timeoutInMillis) || 0);
    if (!this.free(s)) {
      if (s.until <= w.now + wait) {
        w.now = Math.max(w.now, s.until);
      } else {
        w.now += wait;
        return false;
      }
    }
    s.holder = this.exec.id;
    s.until = w.now + LOCK_MAX_HOLD_MS;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasException(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    const s = this.slot();
    return s.holder === this.exec.id && s.until > this.exec.world.now;
  }

  releaseLock(): void {
    const s = this.slot();
    if (s.holder === this.exec.id) {
      s.holder = null;
      s.until = 0;
    }
  }
}

export class FakeLockService implements GasLockService {
  readonly [FAKE_TYPE] = 'LockService';

  constructor(private readonly exec: Execution) {}

  getScriptLock(): FakeLock {
    return new FakeLock(this.exec, 'script');
  }

  /** The add-on always runs bound to the spreadsheet, so a document lock exists (never null here). */
  getDocumentLock(): FakeLock {
    return new FakeLock(this.exec, 'document');
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.exec, 'user:' + this.exec.effectiveUser);
  }
}

export function createLockService(exec: Execution): FakeLockService {
  return new FakeLockService(exec);
}
