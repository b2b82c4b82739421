import { TimeoutError } from '../base/errors.js';

/** The error of a call whose rate-limit slot lies past its deadline: nothing was sent. */
export function rateLimitTimeout(remainingMs: number): TimeoutError {
  return new TimeoutError(`The client-side rate limit has no slot for this call within its deadline (${Math.max(0, Math.round(remainingMs))} ms left); nothing was sent.`);
}
