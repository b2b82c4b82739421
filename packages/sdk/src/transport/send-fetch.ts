/**
 * The sender for runtimes without Node's HTTP modules (Bun, Deno, edge workers,
 * browsers) and for callers who pass their own `fetch`.
 */
import { RequestAbortedError, TimeoutError } from '../base/errors.js';
import { toConnectionError } from './network-errors.js';
import { isStreamBody, type HttpResponse, type Sender, type StreamBody } from '../base/http.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export function createFetchSender(fetchImpl: FetchLike): Sender {
  return async (request) => {
    const controller = new AbortController();
    const { signal } = request;
    if (signal?.aborted) throw new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason });
    const attemptMs = request.deadline.attemptMs(request.timeoutMs);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, attemptMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const headers = { ...request.headers };
      const response = await fetchImpl(`${request.origin.href}${request.path}`, {
        method: request.method,
        headers,
        // fetch cannot stream a request body on every runtime: a streamed upload is gathered first.
        body: isStreamBody(request.body) ? await gather(request.body) : (request.body as string | undefined),
        signal: controller.signal,
      });
      const body = await response.text();
      const out: HttpResponse = { status: response.status, headers: {}, body };
      response.headers.forEach((value, name) => {
        out.headers[name.toLowerCase()] = value;
      });
      return out;
    } catch (error) {
      if (signal?.aborted) throw new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason });
      if (timedOut) throw new TimeoutError(`${request.operation}: no complete response within ${attemptMs} ms.`);
      throw toConnectionError(error, request.operation);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}

async function gather(body: StreamBody): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body.open()) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
