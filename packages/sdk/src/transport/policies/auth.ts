import type { HttpRequest, HttpResponse, Sender } from '../../base/http.js';
import type { TokenSource } from '../../base/token-source.js';
import type { NamedPolicy } from '../policy.js';

/**
 * Sends the bearer token. A 401 means athena refused the token, not the request,
 * so the token is dropped, a new one fetched and the request replayed exactly
 * once (writes too: a 401 was never processed). A second 401 reaches the caller.
 */
export function createAuthPolicy(tokens: TokenSource): NamedPolicy {
  const replayWithNewToken = async (request: HttpRequest, next: Sender, refused: string): Promise<HttpResponse> => {
    await tokens.invalidate(refused);
    request.headers.authorization = `Bearer ${await tokens.getAccessToken(callContext(request))}`;
    return next(request);
  };
  const sendWith = (token: string, request: HttpRequest, next: Sender): Promise<HttpResponse> => {
    request.headers.authorization = `Bearer ${token}`;
    return next(request).then((response) => (response.status === 401 ? replayWithNewToken(request, next, token) : response));
  };
  return {
    name: 'auth',
    send(request, next) {
      if (!request.authenticate) return next(request);
      // The common case, a cached token with time to spare, takes no await at all.
      const fresh = tokens.peekFreshToken();
      if (fresh !== undefined) return sendWith(fresh, request, next);
      return tokens.getAccessToken(callContext(request)).then((token) => sendWith(token, request, next));
    },
  };
}

function callContext(request: HttpRequest) {
  return { signal: request.signal, deadline: request.deadline, operation: request.operation };
}
