// Registers every emulated external endpoint (X, Facebook Graph API, WordPress, the signed JSON webhook) with the UrlFetchApp fake.
import { registerEndpoint } from './registry';
import type { EmulatedEndpoint } from './endpoint';
import { createXEndpoint } from './x.endpoint';
import { createGraphEndpoint } from './facebook.endpoint';
import { createWordPressEndpoint } from './wordpress.endpoint';
import { createWebhookEndpoint } from './webhook.endpoint';

/** Endpoint factories; the publishing feature adds X, Graph API, WordPress and the webhook site here. */
const FACTORIES: Array<() => EmulatedEndpoint> = [createXEndpoint, createGraphEndpoint, createWordPressEndpoint, createWebhookEndpoint];

let registered = false;

export function registerDefaultEndpoints(): void {
  if (registered) return;
  registered = true;
  for (const make of FACTORIES) registerEndpoint(make());
}
