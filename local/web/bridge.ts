// google.script.run and google.script.host for the real sidebar and dialogs: the page relays each call to the emulator.
import * as fs from 'fs';
import * as path from 'path';

const BRIDGE = path.join(__dirname, 'static', 'gas-bridge.js');

/** Top-level functions of the built bundle (the one-line stubs the build appends). */
export function bundleFunctionNames(distDir: string): string[] {
  const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  const names: string[] = [];
  for (const m of code.matchAll(/^function ([A-Za-z_$][\w$]*)\(\) \{ return __difusion\./gm)) names.push(m[1]);
  return names;
}

/** google.script.run exposes every top-level function whose name does not end in «_» (private functions). */
export function callable(names: string[], fn: unknown): fn is string {
  return typeof fn === 'string' && !fn.endsWith('_') && names.includes(fn);
}

/** The panel's HTML with the bridge loaded before any of its own scripts. */
export function withBridge(html: string, names: string[]): string {
  const list = JSON.stringify(names.filter((n) => !n.endsWith('_'))).replace(/</g, '\\u003c');
  const tag = `<script>window.__gasNames = ${list};</script><script>${fs.readFileSync(BRIDGE, 'utf8')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

function hasDate(v: unknown, seen: Set<unknown> = new Set()): boolean {
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return true;
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  return Object.values(v as Record<string, unknown>).some((x) => hasDate(x, seen));
}

/** A server function's return value as the success handler receives it: a value holding a Date arrives as null. */
export function returnValue(v: unknown): unknown {
  if (v === undefined || hasDate(v)) return null;
  return JSON.parse(JSON.stringify(v)) as unknown;
}
