import { InvalidRequestError } from '../base/errors.js';
import { MAX_RESPONSE_BYTES_CEILING } from '../base/http.js';

/** Per-call options, the last argument of every resource method. */
export interface RequestOptions {
  /** Cancels the call, including any backoff wait. */
  signal?: AbortSignal;
  /** Time limit of one attempt, in ms (client default 30 000). */
  timeoutMs?: number;
  /** Overall deadline across attempts and backoff, in ms (client default 120 000). */
  totalTimeoutMs?: number;
  /** Retries for this call (client default 2). */
  maxRetries?: number;
  /**
   * Allow retrying this write (POST, PUT, DELETE) after a timeout or a 429/502/503/504.
   * Off by default: athena has no idempotency key, so a retried write may be applied twice.
   */
  retryWrites?: boolean;
  /**
   * Most bytes of (decoded) response body this call reads; a larger answer ends the call
   * with ResponseTooLargeError as soon as the limit is passed. Client default 64 MiB.
   * @example
   * await athena.request('GET', '/documents/1', {}, { maxResponseBytes: 256 * 1024 * 1024 });
   */
  maxResponseBytes?: number;
  /**
   * For lists and FHIR searches: while a `for await` loop works on one page, fetch the
   * next (never more than one page ahead). Client default true; `false` fetches each
   * page only when the loop asks for it, as `getNextPage()` does.
   * @example
   * for await (const p of athena.patients.searchPatients({ lastname: 'Smith' }, { prefetchPages: false })) console.log(p.patientid);
   */
  prefetchPages?: boolean;
}

export function validateRequestOptions(options: RequestOptions | undefined, where: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw new InvalidRequestError(`${where}: request options must be an object.`);
  for (const key of ['timeoutMs', 'totalTimeoutMs'] as const) {
    const value = options[key];
    if (value !== undefined && !(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
      throw new InvalidRequestError(`${where}: ${key} must be a positive number of milliseconds.`);
    }
  }
  if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0)) {
    throw new InvalidRequestError(`${where}: maxRetries must be a whole number, 0 or more.`);
  }
  if (options.prefetchPages !== undefined && typeof options.prefetchPages !== 'boolean') {
    throw new InvalidRequestError(`${where}: prefetchPages must be true or false.`);
  }
  if (options.maxResponseBytes !== undefined && !isResponseByteLimit(options.maxResponseBytes)) {
    throw new InvalidRequestError(`${where}: maxResponseBytes must be a whole number of bytes from 1 to ${MAX_RESPONSE_BYTES_CEILING}.`);
  }
}

export function isResponseByteLimit(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_RESPONSE_BYTES_CEILING;
}
