import { monotonicNow } from '../../base/clock.js';
import type { RateLimiter } from '../rate-limiter.js';
import { headerOf, type HttpRequest, type HttpResponse, type Sender } from '../../base/http.js';
import { parseRetryAfterMs } from '../../base/retry-after.js';
import { isThrottleAnswer } from '../../base/throttle-answer.js';
import type { NamedPolicy } from '../policy.js';

/**
 * Takes a slot from the rate limiter before each attempt, shows it every
 * response's headers (athena's daily quota), and tells it how the attempt ended
 * (`settle`: a throttle answer teaches it the gateway's rate; every end frees a place in flight). It sits inside the retry policy, not
 * before it: every attempt counts against athena's throttle and quota, and a retry
 * after a 429 is exactly the request that must wait its turn. The 401 replay of
 * the auth policy below does not take a second slot (rare, and athena refused the
 * first at the gateway).
 */
export function createRateLimitPolicy(limiter: RateLimiter): NamedPolicy {
  // A limiter with observeQuota gets athena's two quota headers by name, so the Node
  // sender's lazy header record is never built on a successful call.
  const observe = prefersQuota(limiter)
    ? (response: HttpResponse): HttpResponse => {
        limiter.observeQuota?.(headerOf(response, 'x-ratelimit-limit'), headerOf(response, 'x-ratelimit-remaining'));
        return response;
      }
    : (response: HttpResponse): HttpResponse => {
        limiter.observe(response.headers);
        return response;
      };
  const settle = limiter.settle?.bind(limiter);
  const sendObserved = settle
    ? (request: HttpRequest, next: Sender) => {
        const sentAt = monotonicNow();
        return next(request).then(
          (response) => {
            if (response.status >= 400 && isThrottleAnswer(response)) settle('throttled', sentAt, parseRetryAfterMs(response.headers));
            else settle('ok', sentAt);
            return observe(response);
          },
          (error: unknown) => {
            settle('failed', sentAt);
            throw error;
          },
        );
      }
    : (request: HttpRequest, next: Sender) => next(request).then(observe);
  // Plain promise chains rather than an async function: this runs on every attempt,
  // and when no wait is needed it adds one promise reaction and no closure.
  // The wait uses part of the call's deadline; the sender derives the attempt's limit from what is left.
  return {
    name: 'rateLimit',
    send(request, next) {
      const wait = limiter.acquire(request.signal, request.deadline.at);
      return wait ? wait.then(() => sendObserved(request, next)) : sendObserved(request, next);
    },
  };
}

/**
 * Whether to call `observeQuota` rather than `observe`: only when it is defined at least as
 * far down the prototype chain as `observe`. A subclass of a built-in limiter that overrides
 * `observe` alone must keep seeing every response's headers.
 */
function prefersQuota(limiter: RateLimiter): boolean {
  if (typeof limiter.observeQuota !== 'function') return false;
  for (let level: object | null = limiter; level !== null; level = Object.getPrototypeOf(level) as object | null) {
    if (Object.hasOwn(level, 'observeQuota')) return true;
    if (Object.hasOwn(level, 'observe')) return false;
  }
  return false;
}
