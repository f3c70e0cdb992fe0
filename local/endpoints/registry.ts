// The emulated endpoints known to the UrlFetchApp fake; hosts not listed here fail like a DNS error.
import type { EmulatedEndpoint } from './endpoint';

const endpoints: EmulatedEndpoint[] = [];

export function registerEndpoint(e: EmulatedEndpoint): void {
  const i = endpoints.findIndex((x) => x.name === e.name);
  if (i >= 0) endpoints[i] = e;
  else endpoints.push(e);
}

export function endpointForHost(host: string): EmulatedEndpoint | undefined {
  const h = host.toLowerCase();
  return endpoints.find((e) => e.hosts.some((x) => x.toLowerCase() === h));
}

export function endpointByName(name: string): EmulatedEndpoint | undefined {
  return endpoints.find((e) => e.name === name);
}

export function allEndpoints(): readonly EmulatedEndpoint[] {
  return endpoints;
}
