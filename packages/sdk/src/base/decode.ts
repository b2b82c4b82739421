/**
 * Reads athena's answers defensively: bodies that start with whitespace, gateway errors
 * that are not JSON, and error bodies in athena's several formats become typed errors.
 * Shaping a 2xx body for its operation is core/shape.ts.
 */
import { apiErrorFor, AthenaError, RateLimitError, type ApiError, type ApiErrorDetails } from './errors.js';
import { isThrottleAnswer } from './throttle-answer.js';
import { parseRetryAfterMs } from './retry-after.js';
import { callRedactor, type Redactor, type SentRequest } from './redact.js';
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
  /** What the call sent. Read only when an error is made, to redact its values from the server's text. */
  sent?: SentRequest | undefined;
  /** The client's own secrets (client secret, Basic credential), redacted from the server's text. */
  secrets?: readonly string[] | undefined;
}

/** The redactor of the call behind `context`, built now (only errors need one). */
export function redactorOf(context: DecodeContext): Redactor {
  return callRedactor(context.sent, context.secrets);
}

/**
 * The typed error for a non-2xx answer. Only athena's own fields are kept, with the call's
 * values and credentials redacted; the raw body only on the error's `unsafeServerText`.
 */
export function errorFromResponse(response: HttpResponse, context: DecodeContext): ApiError {
  const body = parseBody(response.body);
  const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const details: ApiErrorDetails = {
    status: response.status,
    error: stringField(fields.error) ?? stringField(fields.message) ?? gatewayFault(fields),
    detailedMessage: stringField(fields.detailedmessage),
    missingFields: stringArray(fields.missingfields),
    invalidFields: stringArray(fields.invalidfields),
    requestId: response.headers['x-request-id'],
    clientRequestId: context.clientRequestId,
    operation: context.operation,
    retryAfterMs: parseRetryAfterMs(response.headers),
    redactor: redactorOf(context),
    unsafeServerText: response.body,
  };
  // A gateway's quota or spike-arrest answer is a throttle whatever its status (see throttle-answer.ts).
  return response.status !== 429 && isThrottleAnswer(response) ? new RateLimitError(details) : apiErrorFor(details);
}

/** Apigee's fault body: `{"fault":{"faultstring":"Spike arrest violation...","detail":{"errorcode":"..."}}}`. */
function gatewayFault(fields: Record<string, unknown>): string | undefined {
  return isRecord(fields.fault) ? stringField(fields.fault.faultstring) : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function stringField(value: unknown): string | undefined {
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
