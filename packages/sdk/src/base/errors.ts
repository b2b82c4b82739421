/**
 * Errors thrown by the SDK. Messages never contain secrets, tokens, query values
 * or request bodies (they may hold patient data): only the operation, the status,
 * athena's public `error` text and the server's request id. Server text is cleaned
 * when an ApiError is made (base/redact.ts): the call's own values and credentials
 * replaced, cut to 300 characters; the raw body is kept only on `unsafeServerText`.
 */
import { cleanRequestId, cleanServerText, CREDENTIALS_ONLY, truncate, UNSAFE_TEXT_LIMIT, type TextRedactor } from './redact.js';

/** Base class of every error the SDK throws. */
export class AthenaError extends Error {
  override name = 'AthenaError';
  /**
   * True when the failure was at athena's token endpoint (`POST /oauth2/v1/token`) while
   * getting an access token for the call: the API request itself was never sent. A
   * `ServerError`, `ConnectionError`, `TimeoutError` or `RateLimitError` with it set means
   * the token endpoint is failing or throttling, not that the credentials were refused
   * (that is an `AuthenticationError`).
   * @example
   * try {
   *   await athena.practice.ping();
   * } catch (error) {
   *   if (error instanceof AthenaError && error.fromTokenEndpoint) console.warn('athena token endpoint unavailable; try later');
   * }
   */
  readonly fromTokenEndpoint: boolean;

  constructor(message: string, options?: { cause?: unknown; fromTokenEndpoint?: boolean | undefined }) {
    super(message, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.fromTokenEndpoint = options?.fromTokenEndpoint === true;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this.fromTokenEndpoint ? { fromTokenEndpoint: true } : {}) };
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
  /** The answer came from athena's token endpoint (see `AthenaError.fromTokenEndpoint`). */
  fromTokenEndpoint?: boolean;
  /**
   * Replaces the failed call's own values and the client's secrets in the server text above
   * (the SDK passes one per call). Without it only credential patterns are replaced.
   */
  redactor?: TextRedactor;
  /** The raw response body, kept on the error's non-enumerable {@link ApiError.unsafeServerText}. */
  unsafeServerText?: string;
}

/**
 * athena answered, and the answer was a failure. The server's text in `error`,
 * `detailedMessage`, the field lists and the message has the call's own parameter values,
 * the client secret and tokens replaced with `[redacted]`, and is cut to 300 characters;
 * `requestId` is kept only when it looks like an id.
 * @example
 * try {
 *   await athena.patients.getPatient('1');
 * } catch (error) {
 *   if (error instanceof ApiError) console.log(error.status, error.error, error.requestId);
 * }
 */
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
  /**
   * The raw body of the failed response (up to 64 KiB), unredacted. It MAY HOLD PATIENT DATA
   * and secrets echoed by the server: never log or show it. It is non-enumerable, so
   * `toJSON()`, `JSON.stringify`, `util.inspect` and loggers leave it out.
   * @example
   * if (error instanceof ApiError) debugInSecureStore(error.unsafeServerText);
   */
  declare readonly unsafeServerText: string | undefined;

  constructor(given: ApiErrorDetails, message?: string) {
    const details = cleanApiErrorDetails(given);
    super(message ?? describeApiError(details), { fromTokenEndpoint: given.fromTokenEndpoint });
    Object.defineProperty(this, 'unsafeServerText', {
      value: given.unsafeServerText === undefined ? undefined : truncate(given.unsafeServerText, UNSAFE_TEXT_LIMIT),
      enumerable: false,
    });
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
 * athena refused the credentials or the token: a 401 from the API after one token refresh
 * and replay (or without a replay, when the body was a single-use stream or a token issued
 * moments ago was refused), or the token endpoint refusing the client (400/401/403 such as
 * `invalid_client`, `invalid_grant`, `invalid_scope`, `unauthorized_client`) or answering a
 * malformed token (`fromTokenEndpoint` is then true). A token endpoint that fails (5xx,
 * timeouts, connection errors) or throttles (429) throws `ServerError`, `TimeoutError`,
 * `ConnectionError` or `RateLimitError` with `fromTokenEndpoint: true` instead.
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

  constructor(given: ApiErrorDetails, feed: string | undefined) {
    const details = cleanApiErrorDetails(given);
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

/**
 * 429, or a gateway's quota or spike-arrest answer whatever its status (see throttle-answer.ts):
 * throttled, nothing applied. `retryAfterMs` says when athena allows the next call, when it said so.
 */
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

  constructor(message: string, options: { requestNotSent: boolean; cause?: unknown; fromTokenEndpoint?: boolean | undefined }) {
    super(message, { cause: options.cause, fromTokenEndpoint: options.fromTokenEndpoint });
    this.requestNotSent = options.requestNotSent;
  }
}

/** An attempt or the overall deadline ran out. */
export class TimeoutError extends AthenaError {
  override name = 'TimeoutError';
  /**
   * True when the API request provably was never sent: the time ran out while getting an
   * access token (`fromTokenEndpoint` is then true too). A write may then be retried.
   * @example
   * if (error instanceof TimeoutError && error.requestNotSent) await athena.patients.updatePatient(id, changes);
   */
  readonly requestNotSent: boolean;

  constructor(message: string, options?: { cause?: unknown; requestNotSent?: boolean | undefined; fromTokenEndpoint?: boolean | undefined }) {
    super(message, options);
    this.requestNotSent = options?.requestNotSent === true;
  }
}

/**
 * A credential provider (`clientSecret` or `privateKey` given as a function) threw, answered
 * nothing usable, or did not answer within the client's `timeoutMs`. No API request was sent.
 * The message names the option and what went wrong, never a value; `cause` is the provider's
 * own error, when it threw one.
 * @example
 * if (error instanceof CredentialProviderError && error.timedOut) console.warn(`${error.option} provider is slow`);
 */
export class CredentialProviderError extends AthenaError {
  override name = 'CredentialProviderError';
  /** Which option's provider failed. */
  readonly option: 'clientSecret' | 'privateKey';
  /** True when it did not answer in time. */
  readonly timedOut: boolean;
  /** Always true: without a credential no request was sent. */
  readonly requestNotSent = true;

  constructor(message: string, options: { option: 'clientSecret' | 'privateKey'; timedOut?: boolean; cause?: unknown }) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.option = options.option;
    this.timedOut = options.timedOut === true;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), option: this.option, timedOut: this.timedOut };
  }
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

/**
 * The details with their server text cleaned: redacted, cut, the request id kept only when
 * id-shaped. Cleaning twice changes nothing, so subclasses may clean before building a message.
 */
export function cleanApiErrorDetails(details: ApiErrorDetails): ApiErrorDetails {
  const redactor = details.redactor ?? CREDENTIALS_ONLY;
  const list = (names: string[] | undefined) => names?.map((name) => cleanServerText(String(name), redactor, 100) as string);
  return {
    ...details,
    error: cleanServerText(details.error, redactor),
    detailedMessage: cleanServerText(details.detailedMessage, redactor),
    missingFields: list(details.missingFields),
    invalidFields: list(details.invalidFields),
    requestId: cleanRequestId(details.requestId, redactor),
  };
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
