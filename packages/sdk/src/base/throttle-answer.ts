/**
 * Whether an answer is the gateway refusing a request for rate: athena's API gateway
 * (Apigee) refuses a throttled request before it reaches athenaNet, so the request was
 * not applied and may be sent again, a write as much as a read (the same reasoning as
 * the 401 replay). athena does not document the status of such an answer, and Apigee
 * has used both 429 and 500 for it, so the body is read too. Recognised:
 * - any 429;
 * - any 4xx or 5xx whose body names one of Apigee's rate-limit fault codes:
 *   `policies.ratelimit.QuotaViolation`, `policies.ratelimit.SpikeArrestViolation`
 *   or `policies.concurrentratelimit.ConcurrentRatelimtViolation` (sic).
 */
import type { HttpResponse } from './http.js';

const GATEWAY_THROTTLE_CODES = /policies\.(?:ratelimit\.(?:QuotaViolation|SpikeArrestViolation)|concurrentratelimit\.ConcurrentRatelimtViolation)\b/;

/** Fault bodies are small; a long body is athena's own answer, read no further than this. */
const FAULT_BODY_PREFIX = 4096;

export function isThrottleAnswer(response: Pick<HttpResponse, 'status' | 'body'>): boolean {
  const { status } = response;
  if (status === 429) return true;
  if (status < 400) return false;
  const body = response.body;
  return GATEWAY_THROTTLE_CODES.test(body.length > FAULT_BODY_PREFIX ? body.slice(0, FAULT_BODY_PREFIX) : body);
}
