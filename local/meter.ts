// Wraps fake services in proxies that count each method call ("Range.getValues") on the execution's meter.
import type { Meter } from './execution';

/** Fake classes declare their Apps Script type name under this symbol, e.g. 'Range', so returned objects get metered too. */
export const FAKE_TYPE = Symbol.for('difusion.fakeType');

interface Typed {
  [FAKE_TYPE]?: string;
}

function typeName(o: unknown): string | undefined {
  if (o && typeof o === 'object') return (o as Typed)[FAKE_TYPE];
  return undefined;
}

const caches = new WeakMap<Meter, WeakMap<object, unknown>>();

/** Returns a proxy of `target` that counts calls as `${name}.${method}` and meters the fakes its methods return. */
export function metered<T extends object>(target: T, name: string, meter: Meter): T {
  let cache = caches.get(meter);
  if (!cache) {
    cache = new WeakMap<object, unknown>();
    caches.set(meter, cache);
  }
  const hit = cache.get(target);
  if (hit) return hit as T;
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      const value: unknown = Reflect.get(t, prop, receiver);
      if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return value;
      const fn = value as (...a: unknown[]) => unknown;
      return function (this: unknown, ...args: unknown[]): unknown {
        meter.count(`${name}.${prop}`);
        return wrapResult(fn.apply(t, args), meter);
      };
    },
  });
  cache.set(target, proxy);
  return proxy;
}

function wrapResult(result: unknown, meter: Meter): unknown {
  if (Array.isArray(result)) {
    if (result.length > 0 && typeName(result[0])) return result.map((r) => wrapResult(r, meter));
    return result;
  }
  const t = typeName(result);
  if (t) return metered(result as object, t, meter);
  return result;
}
