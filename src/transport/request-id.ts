import type { Policy } from './types.js';

/** Gives every call an `X-Request-Id` (kept across its attempts) so logs on both sides can be joined. */
export const requestIdPolicy: Policy = (request, next) => {
  request.headers['x-request-id'] ??= newRequestId();
  return next(request);
};

export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}
