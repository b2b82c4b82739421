import { ConnectionError } from '../base/errors.js';

/** Codes that only a name lookup or a TCP connect attempt produces: no connection existed to carry the request. */
const NO_CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Codes that mean "no connection" only when the failed system call was `connect`: the same
 * ICMP unreachable or address error can also arrive on a connection that already carried
 * the request, and then the server may have received it.
 */
const CONNECT_CALL_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ETIMEDOUT']);

export function findErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether the error (or a cause of it) proves that no connection was made: a failed lookup or a failed connect() call. */
export function provesNoConnection(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { code, syscall } = e as { code?: unknown; syscall?: unknown };
    if (typeof code === 'string') return NO_CONNECTION_CODES.has(code) || (syscall === 'connect' && CONNECT_CALL_CODES.has(code));
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The ConnectionError of a failed attempt. `requestNotSent` (which lets a write be retried)
 * needs two proofs: the sender saw no connection carry any byte of the request
 * (`mayHaveBeenSent` false), and the error itself is a lookup or connect failure.
 */
export function toConnectionError(error: unknown, operation: string, mayHaveBeenSent: boolean): ConnectionError {
  const code = findErrorCode(error);
  const requestNotSent = !mayHaveBeenSent && provesNoConnection(error);
  return new ConnectionError(`${operation}: connection failed${code ? ` (${code})` : ''}.`, { requestNotSent, cause: error });
}
