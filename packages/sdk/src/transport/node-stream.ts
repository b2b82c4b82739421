/**
 * The body of a streamed answer on the Node sender (`streamResponse`). The socket is read
 * ahead of the caller by at most {@link READ_AHEAD_BYTES}: past it the response is paused
 * (backpressure down to the TCP window) until the caller catches up, so a file of any size
 * passes through a bounded amount of memory, and a caller busy with one chunk does not
 * leave the socket idle. A stall longer than `timeoutMs` between chunks (counted only while
 * the caller waits), a cut connection, the caller's abort or `cancel()` ends it.
 */
import type * as NodeHttp from 'node:http';
import { AthenaError, ConnectionError, RequestAbortedError, TimeoutError } from '../base/errors.js';
import type { HttpRequest, ResponseStream } from '../base/http.js';

/** Bytes read from the socket before the caller asks for them, at most. */
const READ_AHEAD_BYTES = 1024 * 1024;

export function nodeResponseStream(req: NodeHttp.ClientRequest, res: NodeHttp.IncomingMessage, request: HttpRequest): ResponseStream {
  const { operation, signal } = request;
  const idleMs = request.timeoutMs;
  const queue: Buffer[] = [];
  let queued = 0;
  let finished = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let used = false;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const stop = (reason: Error) => {
    failure ??= reason;
    req.destroy(reason);
    notify();
  };
  res.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= READ_AHEAD_BYTES) res.pause();
    notify();
  });
  res.on('end', () => {
    finished = true;
    notify();
  });
  res.on('error', (error) => {
    failure ??= error;
    notify();
  });
  // A socket closed before the end: Node reports it as an error, or only as a close.
  res.on('close', notify);
  const onAbort = () => stop(new RequestAbortedError('The request was aborted by the caller.', { cause: signal?.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  const release = () => signal?.removeEventListener('abort', onAbort);
  if (signal?.aborted) onAbort();

  const nextChunk = async (): Promise<Buffer | undefined> => {
    for (;;) {
      const chunk = queue.shift();
      if (chunk !== undefined) {
        queued -= chunk.length;
        if (queued < READ_AHEAD_BYTES / 2 && res.isPaused()) res.resume();
        return chunk;
      }
      if (failure !== undefined) throw failure;
      if (finished) return undefined;
      if (res.destroyed) throw new ConnectionError(`${operation}: the connection closed before the response was complete.`, { requestNotSent: false });
      // Only the wait for the server counts: time the caller spends on a chunk does not.
      const timer = setTimeout(() => stop(new TimeoutError(`${operation}: no data for ${idleMs} ms.`)), idleMs);
      timer.unref();
      await new Promise<void>((resolve) => (wake = resolve));
      clearTimeout(timer);
    }
  };

  return {
    cancel() {
      release();
      if (!res.complete) stop(new RequestAbortedError(`${operation}: the download was cancelled.`));
    },
    async *[Symbol.asyncIterator]() {
      if (used) throw new AthenaError(`${operation}: a response stream can be read once only.`);
      used = true;
      try {
        for (let chunk = await nextChunk(); chunk !== undefined; chunk = await nextChunk()) yield chunk;
        if (!res.complete) throw new ConnectionError(`${operation}: the connection closed before the response was complete.`, { requestNotSent: false });
      } catch (error) {
        if (error instanceof AthenaError) throw error;
        throw new ConnectionError(`${operation}: the connection failed while the response was read.`, { requestNotSent: false, cause: error });
      } finally {
        release();
        // Left early: the rest of the body must not be read by the next request on this socket.
        if (!res.complete) req.destroy();
      }
    },
  };
}
