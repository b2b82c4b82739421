/**
 * Retries what is safe to retry. Reads (GET) are retried on connection errors,
 * timeouts, 429 and 500/502/503/504. Writes are not: athena has no idempotency key,
 * so a write that may have reached the server is never sent again, unless the
 * connection provably never opened or the caller opted in with `retryWrites`.
 */
import { AthenaError, ConnectionError, TimeoutError } from '../../base/errors.js';
import { sleep } from '../../base/abort.js';
import { parseRetryAfterMs } from '../../base/retry-after.js';
import type { HttpRequest, HttpResponse } from '../../base/http.js';
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

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/** Exponential backoff with jitter in [50%, 100%] of the step, so retries of many clients spread out. */
export function backoffDelayMs(retry: number, settings: RetrySettings): number {
  const step = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
  return step * (0.5 + Math.random() * 0.5);
}

export function createRetryPolicy(settings: RetrySettings, onRetry?: (request: HttpRequest, reason: string, delayMs: number) => void): NamedPolicy {
  return { name: 'retry', send };

  async function send(request: HttpRequest, next: (request: HttpRequest) => Promise<HttpResponse>): Promise<HttpResponse> {
    const isRead = request.method === 'GET';
    for (let retry = 0; ; retry++) {
      if (request.deadline.expired()) throw request.deadline.exceeded(request.operation);

      let response: HttpResponse;
      try {
        response = await next(request);
      } catch (error) {
        const mayRetry =
          (error instanceof ConnectionError && (isRead || request.retryWrites || error.requestNotSent)) ||
          (error instanceof TimeoutError && (isRead || request.retryWrites || error.requestNotSent));
        if (!mayRetry || retry >= request.maxRetries) throw error;
        await wait(request, backoffDelayMs(retry, settings), (error as AthenaError).name, error as Error);
        continue;
      }

      if (!RETRYABLE_STATUS.has(response.status) || !(isRead || request.retryWrites) || retry >= request.maxRetries) return response;
      if (response.status === 500 && !isRead) return response;
      const retryAfterMs = parseRetryAfterMs(response.headers);
      // A long Retry-After is reported to the caller (RateLimitError.retryAfterMs), never slept through silently.
      if (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryAfterMs) return response;
      const delayMs = retryAfterMs ?? backoffDelayMs(retry, settings);
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
