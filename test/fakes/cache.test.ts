// Pins the CacheService fake: expiry by the emulated clock, key and value limits, scopes.
import { newWorld } from '../../local/world';
import { newExecution } from '../../local/execution';
import { createCacheService } from '../../local/fakes/cache.fake';

function setup() {
  const world = newWorld({ owner: 'duena@example.org' });
  const exec = newExecution(world, { functionName: 't', user: 'asistente@example.org' });
  return { world, exec, cs: createCacheService(exec) };
}

describe('CacheService fake (reference/cache/cache)', () => {
  test('put/get; default expiry 600 s on the emulated clock', () => {
    const { cs, world } = setup();
    const c = cs.getScriptCache();
    c.put('a', '1');
    expect(c.get('a')).toBe('1');
    world.now += 599_000;
    expect(c.get('a')).toBe('1');
    world.now += 1_000;
    expect(c.get('a')).toBeNull();
  });

  test('explicit expiry, capped at 21600 s (6 h)', () => {
    const { cs, world } = setup();
    const c = cs.getScriptCache();
    c.put('short', 'v', 5);
    c.put('long', 'v', 100_000);
    world.now += 5_000;
    expect(c.get('short')).toBeNull();
    world.now += 21_600_000 - 5_000 - 1;
    expect(c.get('long')).toBe('v');
    world.now += 1;
    expect(c.get('long')).toBeNull();
  });

  test('getAll/putAll/remove/removeAll', () => {
    const { cs } = setup();
    const c = cs.getUserCache();
    c.putAll({ a: '1', b: '2', c: '3' });
    expect(c.getAll(['a', 'b', 'z'])).toEqual({ a: '1', b: '2' });
    c.remove('a');
    c.removeAll(['b']);
    expect(c.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  test('keys up to 250 characters, values up to 100 KB', () => {
    const { cs } = setup();
    const c = cs.getScriptCache();
    c.put('k'.repeat(250), 'v');
    expect(() => c.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    c.put('big', 'x'.repeat(100 * 1024));
    expect(() => c.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });

  test('script, document and user caches are separate; user cache per user', () => {
    const { cs, world } = setup();
    cs.getScriptCache().put('k', 's');
    cs.getUserCache().put('k', 'u');
    expect(cs.getDocumentCache().get('k')).toBeNull();
    const other = createCacheService(newExecution(world, { functionName: 't', user: 'titular@example.org' }));
    expect(other.getUserCache().get('k')).toBeNull();
    expect(other.getScriptCache().get('k')).toBe('s');
  });
});
