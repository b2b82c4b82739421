/**
 * Waiting inside the Redis module. Errors come from the SDK's main entry (built as
 * an import of `athenahealth-sdk`, not a copy), so `instanceof TimeoutError` holds
 * for errors thrown here too.
 */
import { RequestAbortedError, TimeoutError } from '../index.js';

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason });
}

/** Sleeps `ms`, ending at once with RequestAbortedError when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RequestAbortedError('The request was aborted by the caller.', { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The error of a call whose rate-limit slot lies past its deadline: nothing was sent. */
export function rateLimitTimeout(remainingMs: number): TimeoutError {
  return new TimeoutError(`The client-side rate limit has no slot for this call within its deadline (${Math.max(0, Math.round(remainingMs))} ms left); nothing was sent.`);
}
