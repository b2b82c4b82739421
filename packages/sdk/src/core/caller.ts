/**
 * Runs operations from the table through the transport pipeline: build and
 * validate the request, send it, map failures to typed errors, shape the result.
 * Resources call this; it holds no transport logic of its own.
 */
import { errorFromResponse, isRecord, parseBody, type DecodeContext } from '../base/decode.js';
import { normalizeIds, sectionOf, shapeResult, type ListSection } from './shape.js';
import { isStreamBody, type HttpResponse, type Origin, type StreamBody } from '../base/http.js';
import type { CallRequest, Pipeline } from '../transport/pipeline.js';
import { AthenaError } from '../base/errors.js';
import type { Logger } from '../base/logger.js';
import type { HttpMethod, OperationSpec } from './operation.js';
import { PagedList, PageImpl, type PagingSettings } from './pagination.js';
import { validateRequestOptions, type RequestOptions } from './request-options.js';
import { buildOperationRequest, type BuiltRequest } from './request.js';
import { emptySlot, withResponseMethod, type APIPromise, type ResponseSlot } from './api-promise.js';
import { responseInfoOf, type ResponseInfo } from './response-info.js';

export interface CallerSettings {
  origin: Origin;
  /** `/v1/{practiceid}`, from core/practice-path.ts. */
  practicePrefix: string;
  totalTimeoutMs: number;
  timeoutMs: number;
  maxRetries: number;
  /** Client default of `RequestOptions.maxResponseBytes`. */
  maxResponseBytes: number;
  /** Client default of `RequestOptions.prefetchPages`: iterating a list fetches the next page ahead. */
  prefetchPages: boolean;
  userAgent: string;
  /** The client secret and its Basic credential: redacted from server text in errors. */
  secrets?: readonly string[];
  /** Gets one debug line per operation and undeclared parameter name. */
  logger?: Logger | undefined;
}

/** Undeclared names logged at most this many times per client, so odd callers cannot grow the set without end. */
const UNDECLARED_LOG_LIMIT = 500;

/** A request built outside the operation table, e.g. by the FHIR client. */
export interface OutgoingRequest {
  method: HttpMethod;
  /** Path and query on the client's origin. */
  path: string;
  body?: string | StreamBody | undefined;
  /** Default `application/x-www-form-urlencoded` (athena's REST writes). */
  contentType?: string;
  /** Default `application/json`. */
  accept?: string;
  /** `METHOD /template` for logs and errors: no ids or values. */
  operation: string;
  /** Another server than the client's (bulk export files on a storage host). Default: the client's origin. */
  origin?: Origin;
  /** Whether to send the bearer token. Default true; false for a host that must never see it. */
  authenticate?: boolean;
  /** Further request headers, e.g. `range` or `prefer`. */
  headers?: Readonly<Record<string, string>>;
  /** A 2xx answer's body arrives on `response.stream` instead of being read whole (see HttpRequest). */
  streamResponse?: boolean;
}

export interface RawResult {
  response: HttpResponse;
  body: unknown;
}

export class OperationCaller {
  readonly #pipeline: Pipeline;
  readonly #settings: CallerSettings;
  readonly #undeclaredSeen = new Set<string>();
  /** Bound once: the request builder calls it only for names outside the operation's table. */
  readonly #onUndeclared = (op: OperationSpec, name: string): void => {
    const { logger } = this.#settings;
    const key = `${op.id} ${name}`;
    if (!logger || this.#undeclaredSeen.has(key) || this.#undeclaredSeen.size >= UNDECLARED_LOG_LIMIT) return;
    this.#undeclaredSeen.add(key);
    const shown = /^[A-Za-z0-9_.\-[\]]{1,64}$/.test(name) ? `'${name}'` : `a ${name.length}-character name`;
    logger.debug(`athena ${op.id}: parameter ${shown} is not in the SDK's operation table; sent as given`);
  };

  constructor(pipeline: Pipeline, settings: CallerSettings) {
    this.#pipeline = pipeline;
    this.#settings = settings;
  }

  /**
   * Calls a non-list operation. The promise resolves to the shaped result; its
   * `withResponse()` also gives the HTTP answer (status, headers, request ids, quota).
   */
  call<T>(op: OperationSpec, params: Record<string, unknown>, options: RequestOptions | undefined): APIPromise<T> {
    const slot = emptySlot();
    return withResponseMethod(this.#call<T>(op, params, options, slot), slot);
  }

  async #call<T>(op: OperationSpec, params: Record<string, unknown>, options: RequestOptions | undefined, slot: ResponseSlot): Promise<T> {
    validateRequestOptions(options, op.id);
    const built = buildOperationRequest(op, params, this.#settings.practicePrefix, this.#onUndeclared);
    const shape = op.response;
    // Documents and files: athena answers JSON unless the Accept header asks for the format itself.
    const request = this.#prepare(shape.kind === 'text' || shape.kind === 'binary' ? { ...built, accept: shape.accept } : built, options);
    // The pipeline is awaited here rather than through #execute: one async level less on every call.
    const response = await this.#pipeline.send(request, this.#totalTimeoutMs(options));
    const context = this.#contextOf(request);
    const data = (shape.kind === 'text' || shape.kind === 'binary' ? documentResult(response, context, shape.kind) : shapeResult(successBody(response, context), shape, response, context)) as T;
    slot.response = response;
    slot.context = context;
    return data;
  }

  /** Calls a paged list operation; nothing is sent until the list is awaited or iterated. */
  list<T>(op: OperationSpec, params: Record<string, unknown>, options: RequestOptions | undefined): PagedList<T> {
    if (op.response.kind !== 'page') throw new AthenaError(`${op.id} is not a paged list.`);
    // Validate now so bad input fails at the call site, before any request exists.
    validateRequestOptions(options, op.id);
    const built = buildOperationRequest(op, params, this.#settings.practicePrefix, this.#onUndeclared);
    const collectionKey = op.response.collectionKey;
    const fetchPage = async (path: string, signal?: AbortSignal): Promise<PageImpl<T>> => {
      const request = path === built.path ? built : { ...built, path: this.#samePracticePath(path, op), body: undefined };
      const { response, body, context } = await this.#execute(request, signal === undefined ? options : { ...options, signal });
      return this.#toPage<T>(body, collectionKey, request.path, responseInfoOf(response, context), fetchPage);
    };
    return new PagedList<T>(() => fetchPage(built.path), this.pagingOf(options));
  }

  /** Whether iterating fetches a page ahead (the call's `prefetchPages`, else the client's), and the call's signal. */
  pagingOf(options: RequestOptions | undefined): PagingSettings {
    return { prefetch: own(options, 'prefetchPages') ?? this.#settings.prefetchPages, signal: own(options, 'signal') };
  }

  /**
   * Calls a write operation whose file parameter is streamed: the other parameters are
   * validated and encoded from the table as usual, then `makeBody` builds the streamed
   * body (base64 form or multipart) from them.
   */
  upload<T>(
    op: OperationSpec,
    params: Record<string, unknown>,
    fileParam: string,
    makeBody: (fields: [string, string][]) => StreamBody,
    options: RequestOptions | undefined,
  ): APIPromise<T> {
    const slot = emptySlot();
    return withResponseMethod(this.#upload<T>(op, params, fileParam, makeBody, options, slot), slot);
  }

  async #upload<T>(
    op: OperationSpec,
    params: Record<string, unknown>,
    fileParam: string,
    makeBody: (fields: [string, string][]) => StreamBody,
    options: RequestOptions | undefined,
    slot: ResponseSlot,
  ): Promise<T> {
    validateRequestOptions(options, op.id);
    // A stand-in for the file lets the table's required and "one of" checks see it as given.
    const built = buildOperationRequest(op, { ...params, [fileParam]: 'file' }, this.#settings.practicePrefix, this.#onUndeclared);
    const fields = [...new URLSearchParams(typeof built.body === 'string' ? built.body : '')].filter(([name]) => name !== fileParam);
    const { response, body, context } = await this.#execute({ ...built, body: makeBody(fields) }, options);
    const data = shapeResult(body, op.response, response, context) as T;
    slot.response = response;
    slot.context = context;
    return data;
  }

  /** Sends a request outside the operation table (the escape hatch behind `client.request`). */
  async raw(method: HttpMethod, path: string, params: { query?: string; body?: string }, options: RequestOptions | undefined): Promise<RawResult> {
    validateRequestOptions(options, `${method} ${path}`);
    const built: BuiltRequest = { method, path: params.query ? `${path}?${params.query}` : path, body: params.body, operation: `${method} ${path}` };
    const { response, body } = await this.#execute(built, options);
    // A plain object for the caller: the Node sender's response builds its headers lazily,
    // behind a getter that console.log and object spread would not show.
    return { response: { status: response.status, headers: response.headers, body: response.body }, body };
  }

  /** The API origin every request of this client goes to; next links are checked against it. */
  get origin(): Origin {
    return this.#settings.origin;
  }

  /** The client's `maxResponseBytes`: bulk export caps one NDJSON line with it. */
  get maxResponseBytes(): number {
    return this.#settings.maxResponseBytes;
  }

  /** `/v1/{practiceid}` of this client: the start of every practice-scoped path. */
  get practicePrefix(): string {
    return this.#settings.practicePrefix;
  }

  /**
   * Sends one request through the pipeline (request id, retry, auth, log) and returns
   * the answer whatever its status: for callers with their own body format and error
   * mapping, such as the FHIR client. Resources use `call` and `list` instead.
   */
  async send(request: OutgoingRequest, options: RequestOptions | undefined): Promise<{ response: HttpResponse; context: DecodeContext }> {
    validateRequestOptions(options, request.operation);
    const http = this.#prepare(request, options);
    const response = await this.#pipeline.send(http, this.#totalTimeoutMs(options));
    return { response, context: this.#contextOf(http) };
  }

  /** The pipeline's view of one call: headers, time limits and retry budget from the settings and options. */
  #prepare(request: OutgoingRequest, options: RequestOptions | undefined): CallRequest {
    const settings = this.#settings;
    const headers: Record<string, string> = { ...request.headers, accept: request.accept ?? 'application/json', 'user-agent': settings.userAgent };
    if (request.body !== undefined) {
      headers['content-type'] = request.contentType ?? (isStreamBody(request.body) ? request.body.contentType : 'application/x-www-form-urlencoded');
    }
    return {
      method: request.method,
      origin: request.origin ?? settings.origin,
      path: request.path,
      headers,
      body: request.body,
      operation: request.operation,
      signal: own(options, 'signal'),
      timeoutMs: own(options, 'timeoutMs') ?? settings.timeoutMs,
      maxRetries: own(options, 'maxRetries') ?? settings.maxRetries,
      // Own properties only: a polluted Object.prototype.retryWrites must never make a write retryable.
      retryWrites: own(options, 'retryWrites') === true,
      authenticate: request.authenticate !== false,
      maxResponseBytes: options?.maxResponseBytes ?? settings.maxResponseBytes,
      ...(request.streamResponse === true ? { streamResponse: true } : {}),
    };
  }

  #totalTimeoutMs(options: RequestOptions | undefined): number {
    return own(options, 'totalTimeoutMs') ?? this.#settings.totalTimeoutMs;
  }

  /** The request itself is kept by reference: its values are read only if an error must redact them. */
  #contextOf(request: CallRequest): DecodeContext {
    return { operation: request.operation, clientRequestId: request.headers['x-request-id'], sent: request, secrets: this.#settings.secrets };
  }

  /** Sends a request built from the table (already validated) and returns its parsed 2xx body. */
  async #execute(built: BuiltRequest, options: RequestOptions | undefined) {
    const request = this.#prepare(built, options);
    const response = await this.#pipeline.send(request, this.#totalTimeoutMs(options));
    const context = this.#contextOf(request);
    return { response, body: successBody(response, context), context };
  }

  /**
   * athena's `next` is a host-less path such as `/v1/195900/patients?LASTNAME=Smith&offset=10`.
   * It is followed as given, but only on the client's own origin and practice: a link
   * elsewhere would carry the bearer token to another server.
   */
  #samePracticePath(next: string, op: OperationSpec): string {
    const { origin, practicePrefix } = this.#settings;
    let url: URL;
    try {
      url = new URL(next, `${origin.href}/`);
    } catch {
      throw new AthenaError(`${op.id}: athena's next link is not a valid path.`);
    }
    if (url.origin !== origin.href || !url.pathname.startsWith(`${practicePrefix}/`)) {
      throw new AthenaError(`${op.id}: refusing to follow a next link outside this practice's API.`);
    }
    return `${url.pathname}${url.search}`;
  }

  #toPage<T>(body: unknown, collectionKey: string, path: string, response: ResponseInfo, fetchPage: (path: string) => Promise<PageImpl<T>>): PageImpl<T> {
    let items: unknown = undefined;
    let totalCount: number | undefined;
    let next: string | undefined;
    let section: ListSection | undefined;
    if (Array.isArray(body)) items = body;
    else if (isRecord(body)) {
      items = body[collectionKey] ?? [];
      const total = Number(body.totalcount);
      totalCount = body.totalcount !== undefined && Number.isFinite(total) ? total : undefined;
      next = typeof body.next === 'string' && body.next !== '' ? body.next : undefined;
      section = normalizeIds(sectionOf(body, collectionKey));
    }
    if (!Array.isArray(items)) items = items === undefined || items === null ? [] : [items];
    return new PageImpl<T>({ items: normalizeIds(items) as T[], totalCount, next, section, path, response }, fetchPage);
  }
}

/** An option the caller set on the options object itself, never one inherited from a prototype. */
function own<K extends keyof RequestOptions>(options: RequestOptions | undefined, key: K): RequestOptions[K] | undefined {
  return options !== undefined && Object.hasOwn(options, key) ? options[key] : undefined;
}

/**
 * A 2xx answer of a `text` or `binary` operation: the text or the bytes as sent. A server
 * that answers JSON anyway (athena's default wraps HTML in one field, e.g. `receipthtml`)
 * gives that field's text.
 */
function documentResult(response: HttpResponse, context: DecodeContext, kind: 'text' | 'binary'): string | Uint8Array {
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response, context);
  const type = (response.header?.('content-type') ?? response.headers['content-type'] ?? '').toLowerCase();
  if (kind === 'text' && type.includes('json')) {
    const body = parseBody(response.body);
    const html = isRecord(body) ? Object.values(body).find((v): v is string => typeof v === 'string') : undefined;
    return html ?? response.body;
  }
  if (kind === 'text') return response.body;
  return response.bytes ?? new TextEncoder().encode(response.body);
}

/** The parsed body of a 2xx answer; any other status becomes its typed error. */
function successBody(response: HttpResponse, context: DecodeContext): unknown {
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response, context);
  return parseBody(response.body);
}
