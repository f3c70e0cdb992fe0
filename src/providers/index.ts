// Builds the three providers from the stored credentials (read once per execution).
import { credentialsFrom } from './credentials';
import { FacebookProvider } from './facebook.provider';
import type { ProviderSet } from '../app/publishing/index';
import { WebsiteProvider } from './website.provider';
import { XProvider } from './x.provider';

export function createProviders(props: Record<string, string>, graphVersion: string): ProviderSet {
  const c = credentialsFrom(props, graphVersion);
  return { X: new XProvider(c.x), Facebook: new FacebookProvider(c.facebook), Web: new WebsiteProvider(c.web) };
}
