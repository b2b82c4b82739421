import { ConnectionError } from '../base/errors.js';

/** Error codes that prove the request never left this machine, so even a write may be retried. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL', 'ENETUNREACH', 'EHOSTUNREACH']);

export function findErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function toConnectionError(error: unknown, operation: string): ConnectionError {
  const code = findErrorCode(error);
  const requestNotSent = code !== undefined && NOT_SENT_CODES.has(code);
  return new ConnectionError(`${operation}: connection failed${code ? ` (${code})` : ''}.`, { requestNotSent, cause: error });
}
