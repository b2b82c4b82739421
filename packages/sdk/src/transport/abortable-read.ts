/**
 * One read of a fetch response body that settles when `signal` aborts, whatever the runtime's
 * read does. Node's fetch can leave a read pending forever when its request is aborted while
 * the body is being read, or when the connection resets mid-body at the same moment
 * (nodejs/node#56917, nodejs/undici#4089): the call would then never end, its timeout
 * and the caller's abort notwithstanding. Rejects with the signal's reason.
 * @example
 * const { done, value } = await readOrAbort(response.body.getReader(), controller.signal);
 */
export function readOrAbort<T>(reader: ReadableStreamDefaultReader<T>, signal: AbortSignal): Promise<ReadableStreamReadResult<T>> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    reader.read().then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
