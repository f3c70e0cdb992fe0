// Pins the LockService fake: the script lock is shared between executions; waiting advances the emulated clock.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createLockService, LOCK_TIMEOUT_MESSAGE, releaseLocksOf } from '../../local/fakes/lock.fake';

function setup() {
  const world = newWorld({ owner: 'duena@example.org' });
  const e1 = newExecution(world, { functionName: 'tick', user: 'asistente@example.org' });
  const e2 = newExecution(world, { functionName: 'tick', user: 'titular@example.org' });
  return { world, e1, e2, l1: createLockService(e1), l2: createLockService(e2) };
}

describe('LockService fake (reference/lock/lock)', () => {
  test('script lock shared between two executions: the second tryLock fails and waits ms of emulated time', () => {
    const { world, l1, l2 } = setup();
    const a = l1.getScriptLock();
    expect(a.tryLock(1000)).toBe(true);
    expect(a.hasLock()).toBe(true);
    const b = l2.getScriptLock();
    const t0 = world.now;
    expect(b.tryLock(5000)).toBe(false);
    expect(world.now).toBe(t0 + 5000);
    expect(b.hasLock()).toBe(false);
    a.releaseLock();
    expect(a.hasLock()).toBe(false);
    expect(b.tryLock(0)).toBe(true);
  });

  test('waitLock throws Apps Script\'s timeout message', () => {
    const { l1, l2 } = setup();
    l1.getScriptLock().waitLock(1000);
    expect(() => l2.getScriptLock().waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
  });

  test('re-acquiring a lock the execution already holds succeeds', () => {
    const { l1 } = setup();
    expect(l1.getScriptLock().tryLock(0)).toBe(true);
    expect(l1.getScriptLock().tryLock(0)).toBe(true);
  });

  test('locks are released when the execution ends (releaseLocksOf)', () => {
    const { world, e1, l1, l2 } = setup();
    l1.getScriptLock().waitLock(0);
    l1.getUserLock().waitLock(0);
    l1.getDocumentLock().waitLock(0);
    releaseLocksOf(world, e1.id);
    expect(world.lock.holder).toBeNull();
    expect(l2.getScriptLock().tryLock(0)).toBe(true);
    expect(l2.getDocumentLock().tryLock(0)).toBe(true);
  });

  test('a lock left by a killed execution expires after the 6-minute execution limit', () => {
    const { world, l1, l2 } = setup();
    l1.getScriptLock().waitLock(0);
    world.now += 6 * 60 * 1000;
    expect(l2.getScriptLock().tryLock(0)).toBe(true);
  });

  test('user locks are per user; document lock shared', () => {
    const { l1, l2 } = setup();
    expect(l1.getUserLock().tryLock(0)).toBe(true);
    expect(l2.getUserLock().tryLock(0)).toBe(true);
    expect(l1.getDocumentLock().tryLock(0)).toBe(true);
    expect(l2.getDocumentLock().tryLock(0)).toBe(false);
  });
});
