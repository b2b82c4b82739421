/**
 * The promise a typed call returns: the call's own native promise, resolving to the data as
 * always, with a `withResponse()` method added for callers who also want the HTTP answer.
 * Not a Promise subclass or a thenable wrapper: `await` on a native promise takes V8's fast
 * path, and a plain call pays only for one small slot and one closure.
 */
import type { DecodeContext } from '../base/decode.js';
import type { HttpResponse } from '../base/http.js';
import { responseInfoOf, type ResponseInfo } from './response-info.js';

/** A typed call's data with the HTTP answer it came in. */
export interface WithResponse<T> {
  data: T;
  response: ResponseInfo;
}

/**
 * A `Promise<T>` of a typed call, plus `withResponse()`. Awaiting it gives the data, exactly
 * as a plain promise would; it is assignable to `Promise<T>`.
 */
export interface APIPromise<T> extends Promise<T> {
  /**
   * The data and the HTTP answer: status, headers, athena's request id, the SDK's own
   * request id and athena's daily quota. Fails as the call does (a 404 is a NotFoundError).
   * @example
   * const { data: patient, response } = await athena.patients.getPatient('1').withResponse();
   * console.log(patient.lastname, response.requestId, response.quotaRemaining);
   */
  withResponse(): Promise<WithResponse<T>>;
}

/**
 * Where a call leaves its answer for `withResponse()`: filled before the call's promise
 * fulfils, read only if `withResponse()` is called. Holding the raw answer (not a built
 * ResponseInfo) keeps the header record unbuilt on plain calls.
 */
export interface ResponseSlot {
  response: HttpResponse | undefined;
  context: DecodeContext | undefined;
}

export function emptySlot(): ResponseSlot {
  return { response: undefined, context: undefined };
}

/** Adds `withResponse()` to a call's promise; `slot` is the one the call fills on success. */
export function withResponseMethod<T>(promise: Promise<T>, slot: ResponseSlot): APIPromise<T> {
  const api = promise as APIPromise<T>;
  api.withResponse = () => promise.then((data) => ({ data, response: responseInfoOf(slot.response as HttpResponse, slot.context as DecodeContext) }));
  return api;
}

/**
 * An APIPromise around a call whose body fills `slot` before it fulfils (an async function
 * given the slot). For callers off the hot path, such as the FHIR client: it costs one closure more.
 */
export function apiPromise<T>(run: (slot: ResponseSlot) => Promise<T>): APIPromise<T> {
  const slot = emptySlot();
  return withResponseMethod(run(slot), slot);
}

/** A failed call's APIPromise, for input refused before the call starts: `withResponse()` rejects alike. */
export function rejectedAPIPromise<T>(error: unknown): APIPromise<T> {
  return withResponseMethod(Promise.reject(error), emptySlot());
}
