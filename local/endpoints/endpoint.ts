// The contract of an emulated HTTP endpoint (X, Graph API, WordPress…) that the UrlFetchApp fake routes requests to.
import type { WorldState } from '../world';

export interface EmuRequest {
  method: string;
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  contentType: string;
  /** The payload as sent on the wire (form fields already encoded; bytes as latin1 string). */
  body: string;
  /** Raw bytes of the payload when it was a Blob or byte array (multipart uploads). */
  bytes?: Uint8Array;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export interface EmulatedEndpoint {
  /** Short name used by `difusion-local feed NAME` and fault injection, e.g. 'x', 'facebook', 'web'. */
  name: string;
  /** Hostnames this endpoint answers for, e.g. ['api.x.com']. */
  hosts: string[];
  handle(req: EmuRequest, world: WorldState): EmuResponse;
  /** The headers this network sends with a 429 (an injected 429 carries them unless the fault gives its own). */
  rateLimitHeaders?(world: WorldState): Record<string, string>;
}
