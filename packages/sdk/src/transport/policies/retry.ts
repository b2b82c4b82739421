/**
 * Retries what is safe to retry. Reads (GET) are retried on connection errors,
 * timeouts, throttle answers and 500/502/503/504. Writes are retried on a throttle
 * answer only (429, or a gateway quota / spike-arrest answer: the gateway refused the
 * request before athenaNet saw it, so nothing was applied). After a 5xx, a timeout or
 * a reset a write may have been applied, and athena has no idempotency key: it is not
 * sent again, unless the connection provably never opened or the caller opted in with
 * `retryWrites`.
 */
import { AthenaError, ConnectionError, TimeoutError } from '../../base/errors.js';
import { sleep } from '../../base/abort.js';
import { parseRetryAfterMs } from '../../base/retry-after.js';
import type { HttpRequest, HttpResponse } from '../../base/http.js';
import { isThrottleAnswer } from '../../base/throttle-answer.js';
import type { NamedPolicy } from '../policy.js';

export interface RetrySettings {
  /** First backoff delay; doubles per retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest `Retry-After` the SDK waits for; longer ones throw RateLimitError at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/**
 * Throttle answers are retried beyond `maxRetries`, up to this many times (and never past
 * the call's deadline): while a client learns the gateway's rate a call may be refused a
 * few times, and it was never applied. `maxRetries: 0` still means no retry at all.
 */
export const MAX_THROTTLE_RETRIES = 8;

/** Exponential backoff with jitter in [50%, 100%] of the step, so retries of many clients spread out. */
export function backoffDelayMs(retry: number, settings: RetrySettings): number {
  const step = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
  return step * (0.5 + Math.random() * 0.5);
}

export function createRetryPolicy(settings: RetrySettings, onRetry?: (request: HttpRequest, reason: string, delayMs: number) => void): NamedPolicy {
  return { name: 'retry', send };

  async function send(request: HttpRequest, next: (request: HttpRequest) => Promise<HttpResponse>): Promise<HttpResponse> {
    const isRead = request.method === 'GET';
    let retries = 0;
    let throttleRetries = 0;
    for (;;) {
      if (request.deadline.expired()) throw request.deadline.exceeded(request.operation);
      const backoffStep = retries + throttleRetries;

      let response: HttpResponse;
      try {
        response = await next(request);
      } catch (error) {
        const mayRetry =
          (error instanceof ConnectionError && (isRead || request.retryWrites || error.requestNotSent)) ||
          (error instanceof TimeoutError && (isRead || request.retryWrites || error.requestNotSent));
        if (!mayRetry || retries >= request.maxRetries) throw error;
        retries++;
        await wait(request, backoffDelayMs(backoffStep, settings), (error as AthenaError).name, error as Error);
        continue;
      }

      if (response.status < 400) return response;
      if (isThrottleAnswer(response)) {
        // Refused at the gateway, so never applied: reads and writes alike, counted apart from maxRetries.
        if (request.maxRetries === 0 || throttleRetries >= MAX_THROTTLE_RETRIES) return response;
        throttleRetries++;
      } else {
        if (!RETRYABLE_STATUS.has(response.status) || !(isRead || request.retryWrites) || retries >= request.maxRetries) return response;
        if (response.status === 500 && !isRead) return response;
        retries++;
      }
      const retryAfterMs = parseRetryAfterMs(response.headers);
      // A long Retry-After is reported to the caller (RateLimitError.retryAfterMs), never slept through silently.
      if (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryAfterMs) return response;
      const delayMs = retryAfterMs ?? backoffDelayMs(backoffStep, settings);
      if (delayMs >= request.deadline.remainingMs()) return response;
      await wait(request, delayMs, `HTTP ${response.status}`);
    }
  }

  async function wait(request: HttpRequest, delayMs: number, reason: string, lastError?: Error): Promise<void> {
    if (delayMs >= request.deadline.remainingMs()) {
      if (lastError) throw lastError;
      throw request.deadline.exceeded(request.operation);
    }
    onRetry?.(request, reason, delayMs);
    await sleep(delayMs, request.signal);
  }
}
