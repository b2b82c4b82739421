import { RequestAbortedError } from './errors.js';

/** Throws the SDK's abort error when the caller's signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason });
}

/** Sleeps `ms`, ending at once with RequestAbortedError when the signal aborts (a backoff never outlives a cancel). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason }));
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
