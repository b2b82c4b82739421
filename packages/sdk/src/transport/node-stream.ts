/**
 * The body of a streamed answer on the Node sender (`streamResponse`): chunks as the socket
 * delivers them, read only as fast as the caller iterates (Node's own backpressure), so a
 * file of any size passes through a few chunks of memory. A stall longer than `timeoutMs`
 * between chunks, a cut connection, the caller's abort or `cancel()` ends it.
 */
import type * as NodeHttp from 'node:http';
import { AthenaError, ConnectionError, RequestAbortedError, TimeoutError } from '../base/errors.js';
import type { HttpRequest, ResponseStream } from '../base/http.js';

export function nodeResponseStream(req: NodeHttp.ClientRequest, res: NodeHttp.IncomingMessage, request: HttpRequest): ResponseStream {
  const { operation, signal } = request;
  const idleMs = request.timeoutMs;
  let ended: Error | undefined;
  let used = false;
  const stop = (reason: Error) => {
    ended ??= reason;
    req.destroy(reason);
  };
  const onAbort = () => stop(new RequestAbortedError('The request was aborted by the caller.', { cause: signal?.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  const release = () => signal?.removeEventListener('abort', onAbort);
  if (signal?.aborted) onAbort();

  return {
    cancel() {
      release();
      if (!res.complete) stop(new RequestAbortedError(`${operation}: the download was cancelled.`));
    },
    async *[Symbol.asyncIterator]() {
      if (used) throw new AthenaError(`${operation}: a response stream can be read once only.`);
      used = true;
      const chunks = res[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        for (;;) {
          if (ended) throw ended;
          // Only the wait for the server counts: time the caller spends on a chunk does not.
          timer = setTimeout(() => stop(new TimeoutError(`${operation}: no data for ${idleMs} ms.`)), idleMs);
          timer.unref();
          const next = await chunks.next();
          clearTimeout(timer);
          if (next.done) break;
          yield next.value;
        }
        if (ended) throw ended;
        if (!res.complete) throw new ConnectionError(`${operation}: the connection closed before the response was complete.`, { requestNotSent: false });
      } catch (error) {
        if (ended) throw ended;
        if (error instanceof AthenaError) throw error;
        throw new ConnectionError(`${operation}: the connection failed while the response was read.`, { requestNotSent: false, cause: error });
      } finally {
        clearTimeout(timer);
        release();
        // Left early: the rest of the body must not be read by the next request on this socket.
        if (!res.complete) req.destroy();
      }
    },
  };
}
