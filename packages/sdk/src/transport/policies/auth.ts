import { AuthenticationError } from '../../base/errors.js';
import { headerOf, isStreamBody, type HttpRequest, type HttpResponse, type Sender } from '../../base/http.js';
import type { TokenSource } from '../../base/token-source.js';
import type { NamedPolicy } from '../policy.js';

/**
 * Sends the bearer token. A 401 means athena refused the token, not the request,
 * so the token is dropped, a new one fetched and the request replayed exactly
 * once (writes too: a 401 was never processed). A second 401 reaches the caller.
 * Not replayed: a body that is a single-use stream (it cannot be sent again; the
 * caller gets an AuthenticationError saying it was not applied), and any request
 * while the token source holds a token refused on its replay (token-manager.ts),
 * so an API that refuses every token does not spend one per call.
 */
export function createAuthPolicy(tokens: TokenSource): NamedPolicy {
  const onRefused = async (request: HttpRequest, next: Sender, refused: string, response: HttpResponse): Promise<HttpResponse> => {
    const replaced = await tokens.invalidate(refused);
    if (isStreamBody(request.body) && request.body.singleUse) throw notReplayed(request, response);
    if (replaced === false) return response;
    const token = await tokens.getAccessToken(callContext(request));
    request.headers.authorization = `Bearer ${token}`;
    const replayed = await next(request);
    if (replayed.status === 401) await tokens.invalidate(token, { onReplay: true });
    else tokens.accepted?.(token);
    return replayed;
  };
  const sendWith = (token: string, request: HttpRequest, next: Sender): Promise<HttpResponse> => {
    request.headers.authorization = `Bearer ${token}`;
    return next(request).then((response) => {
      if (response.status === 401) return onRefused(request, next, token, response);
      tokens.accepted?.(token);
      return response;
    });
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

/** athena's gateway refused the token, so nothing of the request was applied; its stream is spent. */
function notReplayed(request: HttpRequest, response: HttpResponse): AuthenticationError {
  return new AuthenticationError({
    status: 401,
    error: 'athena refused the access token, so the request was not applied; its streamed body can be read only once and was not sent again (send it again, or pass a Uint8Array to allow a replay)',
    operation: request.operation,
    requestId: headerOf(response, 'x-request-id'),
    clientRequestId: request.headers['x-request-id'],
  });
}
