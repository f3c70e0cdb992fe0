// The URL prefixes the providers fetch, for the manifest's urlFetchWhitelist (scripts/build.ts adds the institute's website).
import { GRAPH_HOST } from './facebook.provider';
import { X_API } from './x.provider';

/** Every request to X and to the Facebook Graph API starts with one of these (Apps Script prefixes end with '/'). */
export const PROVIDER_FETCH_PREFIXES: readonly string[] = [X_API + '/', GRAPH_HOST + '/'];
