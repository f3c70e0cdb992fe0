// Registers every emulated external endpoint (X, Facebook Graph API, WordPress) with the UrlFetchApp fake.
import { registerEndpoint } from './registry';
import type { EmulatedEndpoint } from './endpoint';

/** Endpoint factories; the publishing feature adds X, Graph API and WordPress here. */
const FACTORIES: Array<() => EmulatedEndpoint> = [];

let registered = false;

export function registerDefaultEndpoints(): void {
  if (registered) return;
  registered = true;
  for (const make of FACTORIES) registerEndpoint(make());
}
