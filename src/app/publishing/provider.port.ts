// The one interface every social network provider implements (build requests, parse responses, classify failures) and the HTTP shapes it uses.
import type { PostProblem } from '../../domain/post-limits';
import type { Red } from '../../domain/schema';

/** A request ready for the Http port's fetchAll (the adapter always mutes HTTP exceptions). */
export interface HttpRequest {
  url: string;
  method: 'get' | 'post';
  headers?: Record<string, string>;
  contentType?: string;
  payload?: string | GoogleAppsScript.Base.Blob | Record<string, string | GoogleAppsScript.Base.Blob>;
  /** Safe to send again (a read, a media upload, a connection test): re-sent alone when another request broke its batch. GETs always are. */
  repeatable?: boolean;
  /** The same request signed afresh (new OAuth nonce and timestamp): what is sent when it goes out again. */
  resign?: () => HttpRequest;
}

/** What came back: an HTTP answer, or a transport failure (timeout, DNS) with status 0. */
export interface HttpResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
  /** Transport failure message (status 0) as UrlFetchApp gave it (English): for classification, never shown as is. */
  transportError?: string;
  /** Host of the request that got no answer (status 0). */
  host?: string;
  /**
   * Status 0 without a failure of its own: another request of the same fetchAll batch failed in transport, so nobody
   * knows whether this one reached its server. A mutation in that state is verified, never blindly re-sent.
   */
  interrupted?: boolean;
}

/** Failure classes of the procedure's risk matrix (Spanish names, as shown in the workbook). */
export type FailureClass = 'credenciales' | 'límite' | 'temporal' | 'contenido' | 'duplicado';

export interface PostImage {
  blob: GoogleAppsScript.Base.Blob;
  name: string;
  mimeType: string;
  size: number;
  /** Where a person can open it (Drive link), for manual posting e-mails. */
  url: string;
}

/** One post on one network: the authorized text of that network's column. */
export interface PostInput {
  /** Calendario row ID, e.g. CAL-20261201-1 (idempotency and reconciliation key). */
  rowId: string;
  red: Red;
  title: string;
  text: string;
  image: PostImage | null;
  /** Earliest time (ms) an earlier attempt of this post may have reached the network: where a reconciliation lookup starts. */
  since?: number;
}

export interface Published {
  ok: true;
  /** The platform's id of the post. */
  id: string;
  /** Permalink. */
  url: string;
  /** Set when the network told us the post already existed (X 403 duplicate, Graph 506). */
  confirmadaPorDuplicado?: boolean;
}

export interface Failure {
  ok: false;
  clase: FailureClass;
  /** Spanish, ready for the row, Bitácora and e-mails; never contains a secret. */
  motivo: string;
  status: number;
  /** Earliest time (ms) to try again (límite: the network's reset time). */
  retryAt?: number;
  /** The response body, truncated and redacted, for diagnosis. */
  detalle: string;
  /** True when the request may have reached the network (timeout): the outcome is unknown. */
  incierto?: boolean;
  /** Set when the request did not fail itself but its batch was broken by another request's transport failure. */
  interrumpido?: boolean;
}

export type Uploaded = { ok: true; mediaId: string } | Failure;
/** «Probar conexión»: the account's display name and, where the network has one, its numeric id. */
export type Account = { ok: true; cuenta: string; id?: string } | Failure;

export interface Provider {
  readonly red: Red;
  /** Spanish name for messages: «X», «Facebook», «el sitio web». */
  readonly nombre: string;
  /** True when every credential it needs is stored. */
  configured(): boolean;
  /** Problems that make the post impossible on this network (checked before any call). */
  validate(post: PostInput): PostProblem[];
  /** The image upload that must precede the post, or null. */
  uploadRequest(post: PostInput): HttpRequest | null;
  parseUpload(res: HttpResponse): Uploaded;
  publishRequest(post: PostInput, mediaId: string | null): HttpRequest;
  parsePublish(res: HttpResponse, post: PostInput): Published | Failure;
  /** A harmless read that finds an earlier copy of the post (reconciliation of an uncertain attempt), or null. */
  lookupRequest(post: PostInput): HttpRequest | null;
  /** The earlier copy when found; null when the network has no such post. */
  parseLookup(res: HttpResponse, post: PostInput): Published | null | Failure;
  /** «Probar conexión»: who we are on the network. */
  meRequest(): HttpRequest;
  parseMe(res: HttpResponse): Account;
  /** Link for a person to post by hand. */
  readonly manualUrl: string;
}

/** One provider per registered network (by id), as the tick receives them from the entry points. */
export type ProviderSet = Record<Red, Provider>;
