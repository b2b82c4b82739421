/**
 * The sender for runtimes without Node's HTTP modules (Bun, Deno, edge workers,
 * browsers) and for callers who pass their own `fetch`.
 */
import { AthenaError, RequestAbortedError, ResponseTooLargeError, TimeoutError } from '../base/errors.js';
import { toConnectionError } from './network-errors.js';
import { settleOnAbort } from './settle-on-abort.js';
import { fetchResponseStream } from './fetch-stream.js';
import { DEFAULT_MAX_RESPONSE_BYTES, isStreamBody, type HttpResponse, type Sender, type StreamBody } from '../base/http.js';

/** One decoder for every body: `decode` without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder();

/**
 * The status reported for a redirect the runtime hides (a browser's opaque-redirect
 * response has status 0): some 3xx, as the Node sender would report the real one.
 */
const HIDDEN_REDIRECT_STATUS = 302;

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
    let answer: Promise<Response> | undefined;
    try {
      const headers = { ...request.headers };
      answer = fetchImpl(`${request.origin.href}${request.path}`, {
        method: request.method,
        headers,
        // fetch cannot stream a request body on every runtime: a streamed upload is gathered first.
        body: isStreamBody(request.body) ? await gather(request.body) : (request.body as string | undefined),
        signal: controller.signal,
        // Never followed: a redirect would carry the query and body (patient data) to another
        // server. A 3xx comes back as it is and becomes an ApiError, as on the Node sender.
        redirect: 'manual',
      });
      const response = await settleOnAbort(answer, controller.signal);
      if (response.type === 'opaqueredirect' || response.status === 0) {
        controller.abort();
        return { status: HIDDEN_REDIRECT_STATUS, headers: {}, body: '' };
      }
      if (request.streamResponse === true && response.status >= 200 && response.status < 300) {
        return { status: response.status, headers: headersOf(response), body: '', stream: fetchResponseStream(response, controller, request) };
      }
      const bytes = await readBody(response, request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, request.operation, controller);
      return { status: response.status, headers: headersOf(response), body: UTF8.decode(bytes), bytes } satisfies HttpResponse;
    } catch (error) {
      // A fetch that ignored the abort may still answer: let go of that answer's connection.
      if (controller.signal.aborted) answer?.then((late) => late.body?.cancel().catch(() => {}), () => {});
      if (error instanceof AthenaError) throw error;
      if (signal?.aborted) throw new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason });
      if (timedOut) throw new TimeoutError(`${request.operation}: no complete response within ${attemptMs} ms.`);
      // fetch shows no socket: only the error itself (a failed lookup or connect) can prove nothing was sent.
      throw toConnectionError(error, request.operation, false);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/**
 * The body's bytes, counting decoded bytes as they arrive (fetch inflates gzip itself, so a
 * small compressed body can be huge): past `limit` the stream is cancelled and the call fails.
 */
async function readBody(response: Response, limit: number, operation: string, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await settleOnAbort(reader.read(), controller.signal);
    } catch (error) {
      reader.cancel().catch(() => {});
      throw error;
    }
    if (next.done) break;
    size += next.value.byteLength;
    if (size > limit) {
      controller.abort();
      reader.cancel().catch(() => {});
      throw new ResponseTooLargeError(operation, limit);
    }
    chunks.push(next.value);
  }
  return concat(chunks, size);
}

async function gather(body: StreamBody): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body.open()) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  return concat(chunks, size);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
