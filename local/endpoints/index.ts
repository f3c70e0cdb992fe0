// Registers every emulated external endpoint (X, Facebook Graph API, WordPress) with the UrlFetchApp fake.
import { registerEndpoint } from './registry';
import type { EmulatedEndpoint } from './endpoint';
import { createXEndpoint } from './x.endpoint';
import { createGraphEndpoint } from './facebook.endpoint';
import { createWordPressEndpoint } from './wordpress.endpoint';

/** Endpoint factories; the publishing feature adds X, Graph API and WordPress here. */
const FACTORIES: Array<() => EmulatedEndpoint> = [createXEndpoint, createGraphEndpoint, createWordPressEndpoint];

let registered = false;

export function registerDefaultEndpoints(): void {
  if (registered) return;
  registered = true;
  for (const make of FACTORIES) registerEndpoint(make());
}
