import type { TokenManager } from '../auth/token-manager.js';
import type { Policy } from './types.js';

/**
 * Sends the bearer token. A 401 means athena refused the token, not the request,
 * so the token is dropped, a new one fetched and the request replayed exactly
 * once (writes too: a 401 was never processed). A second 401 reaches the caller.
 */
export function createAuthPolicy(tokens: TokenManager): Policy {
  return async (request, next) => {
    if (!request.authenticate) return next(request);
    const context = { signal: request.signal, deadline: request.deadline, operation: request.operation };
    const token = tokens.peekFreshToken() ?? (await tokens.getAccessToken(context));
    request.headers.authorization = `Bearer ${token}`;
    const response = await next(request);
    if (response.status !== 401) return response;

    await tokens.invalidate(token);
    request.headers.authorization = `Bearer ${await tokens.getAccessToken(context)}`;
    return next(request);
  };
}
