/**
 * The body of a streamed answer on the fetch sender (`streamResponse`), read chunk by chunk
 * as the caller iterates. Like the Node sender's: `timeoutMs` between chunks, the caller's
 * abort and `cancel()` end it; a failure while reading is a ConnectionError.
 */
import { AthenaError, ConnectionError, RequestAbortedError, TimeoutError } from '../base/errors.js';
import type { HttpRequest, ResponseStream } from '../base/http.js';
import { settleOnAbort } from './settle-on-abort.js';

export function fetchResponseStream(response: Response, controller: AbortController, request: HttpRequest): ResponseStream {
  const { operation, signal } = request;
  const idleMs = request.timeoutMs;
  let ended: Error | undefined;
  let used = false;
  const stop = (reason: Error) => {
    ended ??= reason;
    controller.abort();
  };
  const onAbort = () => stop(new RequestAbortedError('The request was aborted by the caller.', { cause: signal?.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  const release = () => signal?.removeEventListener('abort', onAbort);
  if (signal?.aborted) onAbort();

  return {
    cancel() {
      release();
      if (!used) response.body?.cancel().catch(() => {});
      stop(new RequestAbortedError(`${operation}: the download was cancelled.`));
    },
    async *[Symbol.asyncIterator]() {
      if (used) throw new AthenaError(`${operation}: a response stream can be read once only.`);
      used = true;
      if (!response.body) return;
      const reader = response.body.getReader();
      let timer: ReturnType<typeof setTimeout> | undefined;
      let done = false;
      try {
        for (;;) {
          if (ended) throw ended;
          timer = setTimeout(() => stop(new TimeoutError(`${operation}: no data for ${idleMs} ms.`)), idleMs);
          const next = await settleOnAbort(reader.read(), controller.signal);
          clearTimeout(timer);
          if (next.done) break;
          yield next.value;
        }
        done = true;
      } catch (error) {
        if (ended) throw ended;
        if (error instanceof AthenaError) throw error;
        throw new ConnectionError(`${operation}: the connection failed while the response was read.`, { requestNotSent: false, cause: error });
      } finally {
        clearTimeout(timer);
        release();
        if (!done) reader.cancel().catch(() => {});
      }
    },
  };
}
