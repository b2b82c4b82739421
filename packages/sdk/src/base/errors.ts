/**
 * Errors thrown by the SDK. Messages never contain secrets, tokens, query values
 * or request bodies (they may hold patient data): only the operation, the status,
 * athena's public `error` text and the server's request id.
 */

/** Base class of every error the SDK throws. */
export class AthenaError extends Error {
  override name = 'AthenaError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

export interface ApiErrorDetails {
  status: number;
  /** athena's public message (`error` in the body), safe to show to users. */
  error?: string;
  /** athena's developer detail (`detailedmessage`). */
  detailedMessage?: string;
  /** Fields athena reported as missing (400 "Additional fields are required."). */
  missingFields?: string[];
  invalidFields?: string[];
  /** The server's request id (`X-Request-Id`), for athena support. */
  requestId?: string;
  /** The client's request id sent as `X-Request-Id`. */
  clientRequestId?: string;
  /** `METHOD /path/{template}` of the operation, or the method and path of a raw request. */
  operation?: string;
  retryAfterMs?: number;
}

/** athena answered, and the answer was a failure. */
export class ApiError extends AthenaError {
  override name = 'ApiError';
  readonly status: number;
  readonly error: string | undefined;
  readonly detailedMessage: string | undefined;
  readonly missingFields: string[] | undefined;
  readonly invalidFields: string[] | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly operation: string | undefined;
  /** When athena allows the next call, if it said so (429) or the token budget says so. */
  readonly retryAfterMs: number | undefined;

  constructor(details: ApiErrorDetails, message?: string) {
    super(message ?? describeApiError(details));
    this.retryAfterMs = details.retryAfterMs;
    this.status = details.status;
    this.error = details.error;
    this.detailedMessage = details.detailedMessage;
    this.missingFields = details.missingFields;
    this.invalidFields = details.invalidFields;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.operation = details.operation;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      error: this.error,
      detailedMessage: this.detailedMessage,
      missingFields: this.missingFields,
      invalidFields: this.invalidFields,
      requestId: this.requestId,
      clientRequestId: this.clientRequestId,
      operation: this.operation,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/** 400: athena refused the arguments. */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}

/**
 * 401 from the API after one token refresh and replay, or any failure of the token endpoint
 * (`retryAfterMs` is set when the per-minute token budget is spent).
 */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}

/** 403: the credentials may not do this (or a changed-data feed lacks its subscription). */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}

/**
 * 403 "Changed messages require setup (subscription) that has not been done.": the
 * changed-data feed named in `feed` (e.g. `appointments`, `chart/healthhistory/problems`)
 * has no subscription for these credentials. `athena.changes.subscribe(feed)` sets it up.
 */
export class SubscriptionRequiredError extends PermissionDeniedError {
  override name = 'SubscriptionRequiredError';
  readonly feed: string | undefined;

  constructor(details: ApiErrorDetails, feed: string | undefined) {
    super(details, `${details.status} The ${feed ?? 'changed-data'} feed needs a subscription first: call athena.changes.subscribe('${feed ?? '<feed>'}').${details.requestId ? ` [request id ${details.requestId}]` : ''}`);
    this.feed = feed;
  }
}

/** 404: the record, practice or path does not exist. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}

/** 409: e.g. an appointment slot that was already booked. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}

/** 429: throttled. `retryAfterMs` says when athena allows the next call, when it said so. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}

/** 5xx: athena or its gateway failed. */
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** The connection failed or broke before a complete answer arrived. */
export class ConnectionError extends AthenaError {
  override name = 'ConnectionError';
  /**
   * True when the request provably never reached the server (connection refused,
   * host not found): only then may a write be retried without the caller opting in.
   */
  readonly requestNotSent: boolean;

  constructor(message: string, options: { requestNotSent: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.requestNotSent = options.requestNotSent;
  }
}

/** An attempt or the overall deadline ran out. */
export class TimeoutError extends AthenaError {
  override name = 'TimeoutError';
}

/** The caller's `AbortSignal` aborted the call. */
export class RequestAbortedError extends AthenaError {
  override name = 'RequestAbortedError';
}

/** Arguments refused before any network call; the message says which and why (never the value). */
export class InvalidRequestError extends AthenaError {
  override name = 'InvalidRequestError';
}

/** The client's configuration is incomplete or unsafe (missing credentials, non-https base URL). */
export class ConfigurationError extends InvalidRequestError {
  override name = 'ConfigurationError';
}

function describeApiError(details: ApiErrorDetails): string {
  const what = (details.error?.trim() || statusText(details.status)).replace(/\.+$/, '');
  const where = details.operation ? ` (${details.operation})` : '';
  const missing = details.missingFields?.length ? ` Missing fields: ${details.missingFields.join(', ')}.` : '';
  const id = details.requestId ? ` [request id ${details.requestId}]` : '';
  return `${details.status} ${what}${where}.${missing}${id}`;
}

function statusText(status: number): string {
  switch (status) {
    case 200:
      return 'athena reported a failure';
    case 400:
      return 'Bad request';
    case 401:
      return 'Not authorized';
    case 403:
      return 'Forbidden';
    case 404:
      return 'Not found';
    case 409:
      return 'Conflict';
    case 429:
      return 'Too many requests';
    default:
      return status >= 500 ? 'Server error' : `HTTP ${status}`;
  }
}

/** The `ApiError` subclass for an HTTP status. */
export function apiErrorFor(details: ApiErrorDetails): ApiError {
  const { status } = details;
  if (status === 400) return new BadRequestError(details);
  if (status === 401) return new AuthenticationError(details);
  if (status === 403) {
    if (/requires? setup \(subscription\)/i.test(details.error ?? '')) return new SubscriptionRequiredError(details, feedOf(details.operation));
    return new PermissionDeniedError(details);
  }
  if (status === 404) return new NotFoundError(details);
  if (status === 409) return new ConflictError(details);
  if (status === 429) return new RateLimitError(details);
  if (status >= 500) return new ServerError(details);
  return new ApiError(details);
}

/** `GET /chart/healthhistory/problems/changed` → `chart/healthhistory/problems`. */
function feedOf(operation: string | undefined): string | undefined {
  const m = /^[A-Z]+ \/(?:v1\/[^/]+\/)?(.+?)\/changed(?:\/|$|\?)/.exec(operation ?? '');
  return m?.[1];
}

/**
 * The answer was larger than `maxResponseBytes` (client option or per call), so it was
 * not read further: the connection was closed and nothing of the body is kept or shown.
 * Not retried: the same request would get the same answer.
 * @example
 * try {
 *   await athena.request('GET', '/documents/1');
 * } catch (error) {
 *   if (error instanceof ResponseTooLargeError) await athena.request('GET', '/documents/1', {}, { maxResponseBytes: 256 * 1024 * 1024 });
 * }
 */
export class ResponseTooLargeError extends AthenaError {
  override name = 'ResponseTooLargeError';
  /** The limit that was passed, in bytes of the decoded body. */
  readonly limitBytes: number;
  readonly operation: string;

  constructor(operation: string, limitBytes: number) {
    super(`${operation}: the response is larger than maxResponseBytes (${limitBytes} bytes) and was not read. If such an answer is expected, raise the limit for this call: { maxResponseBytes }.`);
    this.limitBytes = limitBytes;
    this.operation = operation;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limitBytes: this.limitBytes, operation: this.operation };
  }
}
