/**
 * Reads athena's answers defensively and turns them into what the caller expects:
 * bodies that start with whitespace, gateway errors that are not JSON, single records
 * wrapped in an array, ids that arrive as numbers, and failures reported with HTTP 200.
 */
import { ApiError, apiErrorFor, AthenaError, NotFoundError, type ApiErrorDetails } from './errors.js';
import type { ResponseShape } from '../core/operation.js';
import { parseRetryAfterMs } from './retry-after.js';
import type { HttpResponse } from './http.js';

/** The parsed body: JSON when it is JSON, else the text (gateway pages, scalars). */
export function parseBody(text: string): unknown {
  let start = 0;
  while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
  if (start === text.length) return undefined;
  const first = text.charCodeAt(start);
  // JSON documents start with {, [, ", a digit, -, t, f or n; anything else is text.
  if (first === 123 || first === 91 || first === 34 || first === 45 || (first >= 48 && first <= 57) || first === 116 || first === 102 || first === 110) {
    try {
      return JSON.parse(start === 0 ? text : text.slice(start));
    } catch {
      // fall through: not JSON after all
    }
  }
  return text.trim();
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xfeff;
}

export interface DecodeContext {
  operation: string;
  clientRequestId: string | undefined;
}

/** The typed error for a non-2xx answer. Only athena's own fields are kept, never the raw body. */
export function errorFromResponse(response: HttpResponse, context: DecodeContext): ApiError {
  const body = parseBody(response.body);
  const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const details: ApiErrorDetails = {
    status: response.status,
    error: stringField(fields.error) ?? stringField(fields.message),
    detailedMessage: stringField(fields.detailedmessage),
    missingFields: stringArray(fields.missingfields),
    invalidFields: stringArray(fields.invalidfields),
    requestId: response.headers['x-request-id'],
    clientRequestId: context.clientRequestId,
    operation: context.operation,
    retryAfterMs: parseRetryAfterMs(response.headers),
  };
  return apiErrorFor(details);
}

/** Applies the operation's response shape to a 2xx body. */
export function shapeResult(body: unknown, shape: ResponseShape, response: HttpResponse, context: DecodeContext): unknown {
  switch (shape.kind) {
    case 'record':
      return normalizeIds(singleRecord(body, shape.collectionKey, response, context));
    case 'array':
      return normalizeIds(asArray(body));
    case 'write':
      return normalizeIds(checkWrite(body, response, context));
    case 'page':
    case 'raw':
      return normalizeIds(body);
  }
}

/** One record from `{...}`, `[{...}]` or `{key: [{...}]}`; an empty answer is a NotFoundError. */
function singleRecord(body: unknown, collectionKey: string | undefined, response: HttpResponse, context: DecodeContext): unknown {
  let value = body;
  if (collectionKey && isRecord(value) && collectionKey in value) value = value[collectionKey];
  if (Array.isArray(value)) value = value[0];
  if (!isRecord(value)) {
    throw new NotFoundError({
      status: response.status,
      error: 'athena answered without a record',
      requestId: response.headers['x-request-id'],
      clientRequestId: context.clientRequestId,
      operation: context.operation,
    });
  }
  return value;
}

function asArray(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (body === undefined || body === null || body === '') return [];
  return [body];
}

/**
 * athena reports some failed writes with HTTP 200: `success: "false"`, a non-empty
 * `errormessage`, or a bare error string where `1` means success. Those become an ApiError.
 */
function checkWrite(body: unknown, response: HttpResponse, context: DecodeContext): unknown {
  const value = Array.isArray(body) && body.length === 1 ? body[0] : body;
  let failure: string | undefined;
  if (isRecord(value)) {
    const message = stringField(value.errormessage) ?? stringField(value.error);
    if (value.success === false || value.success === 'false') failure = message ?? 'athena reported success: false';
    else if (message) failure = message;
  } else if (typeof value === 'string' && value !== '' && value !== 'true' && value !== '1') {
    failure = value;
  }
  if (failure !== undefined) {
    throw new ApiError({
      status: response.status,
      error: failure,
      requestId: response.headers['x-request-id'],
      clientRequestId: context.clientRequestId,
      operation: context.operation,
    });
  }
  if (value === 1 || value === '1' || value === true || value === 'true' || value === undefined) return { success: true };
  return value;
}

/** `…id` fields and `npi`, but not amounts such as `amountpaid`. */
const ID_KEY = /^npi$|(?<!pa)id$/;

/**
 * Ids arrive as numbers on some endpoints and strings on others, and flip over time.
 * Every field named `…id` (and `npi`) that holds a number becomes a string, at any depth.
 */
export function normalizeIds<T>(value: T): T {
  // An explicit stack rather than recursion: a body nested deeper than the call stack must not throw.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === 'object') pending.push(item);
    } else if (isRecord(current)) {
      for (const key in current) {
        const field = current[key];
        if (typeof field === 'number') {
          if (ID_KEY.test(key)) current[key] = String(field);
        } else if (field !== null && typeof field === 'object') {
          pending.push(field);
        }
      }
    }
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  return undefined;
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** A response that is not what the operation declares (e.g. a page without its collection). */
export function unexpectedShape(context: DecodeContext, what: string): AthenaError {
  return new AthenaError(`${context.operation}: unexpected response from athena (${what}).`);
}
