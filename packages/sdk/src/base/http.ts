import type { Deadline } from './deadline.js';

/** The HTTP methods athena's API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Scheme, host and port of a server, parsed once per client rather than per request. */
export interface Origin {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  readonly port: number;
  /** The Host header: `hostname[:port]`, the port left out when it is the scheme's default. */
  readonly host: string;
  /** `protocol//host:port`, no trailing slash. */
  readonly href: string;
}

/**
 * A request body produced while it is sent (file uploads), so a large file is never held
 * whole in memory by the Node sender. `open` starts a fresh pass each time it is called.
 */
export interface StreamBody {
  readonly contentType: string;
  /** Sent as Content-Length when known; otherwise the Node sender uses chunked encoding. */
  readonly contentLength?: number | undefined;
  /**
   * True when `open` works once only (a caller's stream): such a body is never replayed,
   * not even after a 401, since a second pass could not send the same bytes.
   * @example
   * const body: StreamBody = { contentType: 'application/pdf', singleUse: true, open: () => stream };
   */
  readonly singleUse?: boolean | undefined;
  /**
   * Starts a fresh pass over the body's bytes.
   * @example
   * for await (const chunk of body.open()) socket.write(chunk);
   */
  open(): AsyncIterable<Uint8Array>;
}

export function isStreamBody(body: unknown): body is StreamBody {
  return typeof body === 'object' && body !== null && typeof (body as StreamBody).open === 'function';
}

/** One logical call as it moves through the pipeline; policies fill in the attempt details. */
export interface HttpRequest {
  method: HttpMethod;
  origin: Origin;
  /** Path and query. */
  path: string;
  headers: Record<string, string>;
  body?: string | StreamBody | undefined;
  /** `METHOD /template` for logs and errors (no ids or values). */
  operation: string;
  signal?: AbortSignal | undefined;
  /** Time limit of one attempt, as configured; an attempt gets `deadline.attemptMs(timeoutMs)`. */
  timeoutMs: number;
  /** When the whole call must be over: set once by the pipeline, read by every policy and sender. */
  deadline: Deadline;
  maxRetries: number;
  /** The caller opted in to retrying this write. */
  retryWrites: boolean;
  /** Whether to attach a bearer token (false for the token endpoint itself). */
  authenticate: boolean;
  /** Most bytes of decoded body the sender reads before it gives up; default {@link DEFAULT_MAX_RESPONSE_BYTES}. */
  maxResponseBytes?: number | undefined;
  /**
   * A 2xx answer is not read whole: it comes back at once with an empty `body` and its bytes
   * on `stream` (FHIR bulk downloads, files of any size). Other statuses are read whole, with
   * `maxResponseBytes`, so retries and error mapping see them as usual.
   */
  streamResponse?: boolean | undefined;
}

/**
 * The body of a streamed 2xx answer. Iterate it once, or `cancel()` it: either way the
 * connection is released. While iterating, `timeoutMs` is the longest wait for the next
 * chunk (the call's total deadline ends with the headers: a large file may take longer);
 * a cut connection or a stall throws ConnectionError or TimeoutError from the loop.
 */
export interface ResponseStream extends AsyncIterable<Uint8Array> {
  /**
   * Stops reading and releases the connection, for a body you will not read to the end.
   * @example
   * if (response.stream && !wanted) response.stream.cancel();
   */
  cancel(): void;
}

/**
 * 64 MiB. athena's largest answers are document downloads (base64 page images and PDFs)
 * and list pages of a few thousand records: a few MB each, tens of MB at worst. 64 MiB
 * leaves room for those while a broken or hostile server cannot make the process hold
 * an unbounded body in memory (or a string longer than V8 allows, which would crash it).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** The largest limit accepted: 500 MiB of UTF-8 always decodes to a string V8 can hold (about 512 Mi characters). */
export const MAX_RESPONSE_BYTES_CEILING = 500 * 1024 * 1024;

export interface HttpResponse {
  status: number;
  /** Lower-case header names. */
  readonly headers: Record<string, string>;
  body: string;
  /** The body's bytes as received, for files (PDF, images) that UTF-8 text would corrupt. Both senders keep them. */
  readonly bytes?: Uint8Array;
  /** Only for a 2xx answer to a request with `streamResponse`: the body's bytes as they arrive. */
  readonly stream?: ResponseStream | undefined;
  /**
   * One header by lower-case name. Responses of the Node sender have it and build
   * `headers` only when it is first read; `headers` works on every response.
   * @example
   * const { response } = await athena.requestRaw('GET', '/ping');
   * response.header?.('x-request-id') ?? response.headers['x-request-id'];
   */
  header?(name: string): string | undefined;
}

/** One header of a response by lower-case name, without building the whole record where that is lazy. */
export function headerOf(response: HttpResponse, name: string): string | undefined {
  return response.header ? response.header(name) : response.headers[name];
}

/** Sends one attempt and resolves with whatever status came back; rejects only on transport failure. */
export type Sender = (request: HttpRequest) => Promise<HttpResponse>;

export function parseOrigin(url: URL): Origin {
  const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
  const port = url.port ? Number(url.port) : protocol === 'https:' ? 443 : 80;
  return { protocol, hostname: url.hostname, port, host: url.host, href: url.origin };
}
