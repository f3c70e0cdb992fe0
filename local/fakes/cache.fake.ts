// CacheService fake: script, document and per-user caches in world.cache, expiring by the emulated clock.
import { gasException } from './exception';
import type { Execution } from '../execution';
import { FAKE_TYPE } from '../meter';

type GasCache = GoogleAppsScript.Cache.Cache;
type GasCacheService = GoogleAppsScript.Cache.CacheService;

/** reference/cache/cache: keys up to 250 characters, values up to 100 KB, expiry 1 s .. 6 h (default 10 min). */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_MAX_ITEMS = 1000;

export class FakeCache implements GasCache {
  readonly [FAKE_TYPE] = 'Cache';

  /** `scope` prefixes keys in world.cache: 'script', 'document' or 'user:EMAIL'. */
  constructor(
    private readonly exec: Execution,
    private readonly scope: string,
  ) {}

  private slot(key: string): string {
    return `${this.scope}|${key}`;
  }

  private checkKey(key: string): string {
    const k = String(key);
    if (k.length > CACHE_KEY_LIMIT) throw gasException('Argument too large: key');
    return k;
  }

  get(key: string): string | null {
    const k = this.checkKey(key);
    const w = this.exec.world;
    const hit = w.cache[this.slot(k)];
    if (!hit) return null;
    if (hit.expires <= w.now) {
      delete w.cache[this.slot(k)];
      return null;
    }
    return hit.value;
  }

  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.putAll({ [this.checkKey(key)]: value }, expirationInSeconds);
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    let secs = expirationInSeconds === undefined ? CACHE_DEFAULT_SECONDS : Number(expirationInSeconds);
    if (!(secs > 0)) secs = CACHE_DEFAULT_SECONDS;
    // Apps Script silently caps the expiration at 6 hours.
    secs = Math.min(secs, CACHE_MAX_SECONDS);
    const entries = Object.entries(values ?? {}).map(([k, v]) => [this.checkKey(k), String(v)] as const);
    for (const [, v] of entries) {
      if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT) throw gasException('Argument too large: value');
    }
    const w = this.exec.world;
    for (const [k, v] of entries) w.cache[this.slot(k)] = { value: v, expires: w.now + secs * 1000 };
    this.evict();
  }

  remove(key: string): void {
    delete this.exec.world.cache[this.slot(this.checkKey(key))];
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }

  /** Drops expired entries and, past 1,000 items in this cache, the ones closest to expiry. */
  private evict(): void {
    const w = this.exec.world;
    const mine: Array<[string, number]> = [];
    for (const [slot, e] of Object.entries(w.cache)) {
      if (e.expires <= w.now) delete w.cache[slot];
      else if (slot.startsWith(this.scope + '|')) mine.push([slot, e.expires]);
    }
    if (mine.length <= CACHE_MAX_ITEMS) return;
    mine.sort((a, b) => a[1] - b[1]);
    for (const [slot] of mine.slice(0, mine.length - CACHE_MAX_ITEMS)) delete w.cache[slot];
  }
}

export class FakeCacheService implements GasCacheService {
  readonly [FAKE_TYPE] = 'CacheService';

  constructor(private readonly exec: Execution) {}

  getScriptCache(): FakeCache {
    return new FakeCache(this.exec, 'script');
  }

  getDocumentCache(): FakeCache {
    return new FakeCache(this.exec, 'document');
  }

  getUserCache(): FakeCache {
    return new FakeCache(this.exec, 'user:' + this.exec.effectiveUser);
  }
}

export function createCacheService(exec: Execution): FakeCacheService {
  return new FakeCacheService(exec);
}
