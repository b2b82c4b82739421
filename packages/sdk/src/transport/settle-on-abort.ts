/**
 * Waits on the fetch runtime's promises (the answer, each read of its body) until `signal`
 * aborts, whatever the runtime does then. Node's fetch can leave a body read pending forever
 * when its request is aborted while the body is being read, or when the connection resets
 * mid-body at the same moment (nodejs/node#56917, nodejs/undici#4089); a `fetch` passed in
 * may ignore the signal altogether. Without this, such a call would never end, its timeout
 * and the caller's abort notwithstanding. Rejects with the signal's reason.
 * @example
 * const { done, value } = await settleOnAbort(reader.read(), controller.signal);
 */
export function settleOnAbort<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // Nobody waits on it any more: its late failure must not become an unhandled rejection.
    pending.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
