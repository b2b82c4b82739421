/**
 * What a successful call's HTTP answer said besides its body: the status, the headers,
 * both request ids and athena's daily quota. Built only when asked for (`withResponse()`)
 * or once per page, never on a plain `await`: reading every header is a measurable share
 * of a call (see transport/node-response.ts).
 */
import { redactorOf, type DecodeContext } from '../base/decode.js';
import { headerOf, type HttpResponse } from '../base/http.js';
import { cleanRequestId } from '../base/redact.js';
import { parseCount } from '../transport/quota-pacing.js';

/** The HTTP answer behind a successful call, from `withResponse()` or a page's `response`. */
export interface ResponseInfo {
  /** The HTTP status (2xx: failures reject with a typed error instead). */
  readonly status: number;
  /** Every response header, by lower-case name; a repeated header's values joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * athena's request id (`X-Request-Id` of the answer), for athena support. Kept only when it
   * looks like an id, with the call's own values replaced, as on {@link ApiError.requestId}.
   */
  readonly requestId: string | undefined;
  /** The `X-Request-Id` this SDK sent, the same on every attempt of the call, as on {@link ApiError.clientRequestId}. */
  readonly clientRequestId: string | undefined;
  /** athena's daily quota (`X-RateLimit-Limit`), when the answer carried it. */
  readonly quotaLimit: number | undefined;
  /** Calls left in athena's daily quota (`X-RateLimit-Remaining`), when the answer carried it. */
  readonly quotaRemaining: number | undefined;
}

/** The response info of one answer; `context` is the call's (its request id and what it sent, for redaction). */
export function responseInfoOf(response: HttpResponse, context: DecodeContext): ResponseInfo {
  return {
    status: response.status,
    headers: response.headers,
    // The same check and redaction as an error's request id.
    requestId: cleanRequestId(headerOf(response, 'x-request-id'), redactorOf(context)),
    clientRequestId: context.clientRequestId,
    quotaLimit: parseCount(headerOf(response, 'x-ratelimit-limit')),
    quotaRemaining: parseCount(headerOf(response, 'x-ratelimit-remaining')),
  };
}
