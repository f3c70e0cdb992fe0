// The one registry entry point for networks: each network's descriptor (src/domain) with its provider factory; builds the providers per execution.
import { addNetwork, type NetworkDescriptor, networks, type Red } from '../domain/networks';
import { FACEBOOK_NETWORK, WEB_NETWORK, X_NETWORK } from '../domain/networks.builtin';
import type { Provider, ProviderSet } from '../app/publishing/index';
import { facebookCredentials, registerAllSecrets, webCredentials, xCredentials } from './credentials';
import { FacebookProvider } from './facebook.provider';
import { WebsiteProvider } from './website.provider';
import { XProvider } from './x.provider';

/** Builds a network's provider from the stored credentials (Document Properties) (read once per execution). */
export type ProviderFactory = (props: Record<string, string>, graphVersion: string) => Provider;

const factories = new Map<Red, ProviderFactory>();

/**
 * Adds a network: its descriptor (labels, limits, columns, credentials…) to the domain registry and its provider
 * factory here. Adding a network is one provider file plus one call of this function at bundle load.
 */
export function registerNetwork(d: NetworkDescriptor, make: ProviderFactory): void {
  addNetwork(d);
  factories.set(d.id, make);
}

registerNetwork(X_NETWORK, (props) => new XProvider(xCredentials(props)));
registerNetwork(FACEBOOK_NETWORK, (props, graphVersion) => new FacebookProvider(facebookCredentials(props, graphVersion)));
registerNetwork(WEB_NETWORK, (props) => new WebsiteProvider(webCredentials(props)));

/** One provider per registered network; registers every secret value for redaction first. */
export function createProviders(props: Record<string, string>, graphVersion: string): ProviderSet {
  registerAllSecrets(props);
  const out: ProviderSet = {};
  for (const d of networks()) {
    const make = factories.get(d.id);
    if (!make) throw new Error(`NETWORK_WITHOUT_PROVIDER: ${d.id}`);
    out[d.id] = make(props, graphVersion);
  }
  return out;
}
