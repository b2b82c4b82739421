/**
 * Which token-endpoint failures are worth another attempt, and how long to wait before it.
 * athena or its gateway failing (5xx) or timing out (408) says nothing about the credentials,
 * so the shared refresh tries again within the waiting calls' deadlines and the token budget.
 * Connection failures are left to each call's retry policy (they carry `requestNotSent`).
 */
import { ServerError } from '../base/errors.js';
import { TokenEndpointTimedOut } from './token-endpoint.js';

export interface TokenRetrySettings {
  /** First backoff delay; doubles per retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer `Retry-After` ends the retries at once. */
  maxRetryAfterMs: number;
  /** Retries after the first attempt of one refresh. */
  maxRetries: number;
}

export const DEFAULT_TOKEN_RETRY: TokenRetrySettings = { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000, maxRetries: 2 };

/** Milliseconds to wait before retrying after `error`, or undefined when it is not retried. */
export function tokenRetryDelayMs(error: unknown, retry: number, settings: TokenRetrySettings): number | undefined {
  const retryable = (error instanceof ServerError && error.fromTokenEndpoint) || error instanceof TokenEndpointTimedOut;
  if (!retryable || retry >= settings.maxRetries) return undefined;
  const retryAfterMs = error instanceof ServerError ? error.retryAfterMs : undefined;
  if (retryAfterMs !== undefined) return retryAfterMs > settings.maxRetryAfterMs ? undefined : retryAfterMs;
  // Jitter in [50%, 100%] of the step, so many clients' retries spread out.
  const step = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
  return step * (0.5 + Math.random() * 0.5);
}
