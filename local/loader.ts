// Runs dist/Code.js in a bare vm context whose only globals are the Apps Script fakes, as Apps Script's V8 would.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { Execution } from './execution';
import { createGlobals } from './globals';

const scripts = new Map<string, { mtimeMs: number; script: vm.Script }>();

function compiled(file: string): vm.Script {
  const stat = fs.statSync(file);
  const hit = scripts.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs) return hit.script;
  const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: 'Code.js' });
  scripts.set(file, { mtimeMs: stat.mtimeMs, script });
  return script;
}

export function bundlePath(distDir: string): string {
  return path.join(distDir, 'Code.js');
}

/** A loaded bundle: its context (the project's global scope for this execution). */
export interface LoadedBundle {
  context: vm.Context;
  /** Calls a top-level function by name with arguments that are first copied into the context's realm. */
  call(name: string, args: unknown[]): unknown;
  has(name: string): boolean;
}

/**
 * Off by default: every execution gets a fresh context, as in Apps Script. The soak turns it on to reuse one loaded
 * bundle per worker (its services are swapped before each execution); module state then survives between executions,
 * which is harmless there because all its worlds share one signing key (the only value the bundle caches).
 */
let shared: Map<string, vm.Context> | null = null;

export function shareLoadedBundle(on: boolean): void {
  shared = on ? new Map() : null;
}

function contextFor(file: string, globals: Record<string, unknown>): vm.Context {
  const hit = shared?.get(file);
  if (hit) {
    Object.assign(hit, globals);
    return hit;
  }
  const context = vm.createContext(globals);
  compiled(file).runInContext(context);
  shared?.set(file, context);
  return context;
}

/** Loads the bundle into a fresh context for this execution. `extraGlobals` lets a test inject or omit globals. */
export function loadBundle(exec: Execution, extraGlobals: Record<string, unknown> = {}): LoadedBundle {
  const file = bundlePath(exec.distDir);
  if (!fs.existsSync(file)) {
    throw new Error(`No existe ${file}: ejecute «npm run build» primero.`);
  }
  const context = contextFor(file, { ...createGlobals(exec), ...extraGlobals });
  const fnOf = (name: string): unknown => vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, context);
  return {
    context,
    has: (name) => /^[A-Za-z_$][\w$]*$/.test(name) && typeof fnOf(name) === 'function',
    call(name, args) {
      if (!/^[A-Za-z_$][\w$]*$/.test(name) || typeof fnOf(name) !== 'function') {
        throw new Error(`La función «${name}» no existe en el complemento.`);
      }
      const fn = fnOf(name) as (...a: unknown[]) => unknown;
      return fn(...args);
    },
  };
}

/** Copies plain JSON data into the context's realm (so arrays pass `instanceof Array` there too). */
export function intoRealm(context: vm.Context, value: unknown): unknown {
  if (value === undefined) return undefined;
  const parse = vm.runInContext('JSON.parse', context) as (s: string) => unknown;
  return parse(JSON.stringify(value));
}
