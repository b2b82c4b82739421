/**
 * The OAuth 2.0 client-credentials request to athena's token endpoint:
 * `POST /oauth2/v1/token`, form body `grant_type=client_credentials&scope=…`, the client
 * authenticated by HTTP Basic (a secret) or by a signed JWT assertion in the body (a key,
 * RFC 7523: then no Authorization header at all).
 */
import { AuthenticationError, ConnectionError, RateLimitError, ServerError, TimeoutError } from '../base/errors.js';
import { parseBody } from '../base/decode.js';
import { parseRetryAfterMs } from '../base/retry-after.js';
import { basicCredential, Redactor } from '../base/redact.js';
import type { Deadline } from '../base/deadline.js';
import type { HttpResponse, Origin, Sender } from '../base/http.js';
import type { StoredToken } from './token-store.js';
import { CLIENT_ASSERTION_TYPE, signClientAssertion } from './client-assertion.js';
import type { Credential } from './client-credentials.js';

export interface TokenEndpoint {
  origin: Origin;
  path: string;
  /** The full token URL: the `aud` of a client assertion. */
  url: string;
  clientId: string;
  scope: string;
}

export interface TokenRequestContext {
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  deadline: Deadline;
}

const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

/** athena's answer was a 429: the caller must wait for the next minute. */
export class TokenRateLimited extends RateLimitError {}

/** athena refused the client's credentials (`invalid_client`): a rotated secret or key may be the cause. */
export class ClientCredentialsRefused extends AuthenticationError {}

/** The token endpoint answered 408: it ran out of time, as a 5xx would fail; worth another attempt. */
export class TokenEndpointTimedOut extends TimeoutError {}

/**
 * RFC 6750's b64token: what may follow `Bearer ` in a header. Anything else (CR/LF, spaces,
 * quotes) would make every call fail in the header setter, so it is refused on receipt.
 */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

export async function requestToken(send: Sender, endpoint: TokenEndpoint, credential: Credential, context: TokenRequestContext): Promise<StoredToken> {
  const operation = `POST ${endpoint.path}`;
  const obtainedAt = Date.now();
  const proof = await clientAuthentication(endpoint, credential);
  const response = await sendTokenRequest(send, endpoint, proof, context, operation);
  const serverText = (body: string) => ({ unsafeServerText: body, redactor: proof.redactor() });

  const body = parseBody(response.body);
  const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const requestId = response.headers['x-request-id'];
  if (response.status === 429) {
    throw new TokenRateLimited(
      { status: 429, error: 'token endpoint rate limit reached', operation, requestId, retryAfterMs: parseRetryAfterMs(response.headers), fromTokenEndpoint: true, ...serverText(response.body) },
    );
  }
  // athena or its gateway failing is not a refusal of the credentials: these are retried (token-manager.ts).
  if (response.status >= 500) {
    throw new ServerError({ status: response.status, error: 'token endpoint failed', operation, requestId, retryAfterMs: parseRetryAfterMs(response.headers), fromTokenEndpoint: true, ...serverText(response.body) });
  }
  if (response.status === 408) {
    throw new TokenEndpointTimedOut(`${operation}: the token endpoint answered 408 (request timeout).`, { requestNotSent: true, fromTokenEndpoint: true });
  }
  if (response.status < 200 || response.status >= 300) {
    // Only a registered OAuth error code is kept: the rest of a token failure is never echoed.
    const code = typeof fields.error === 'string' && OAUTH_ERROR_CODES.has(fields.error) ? fields.error : undefined;
    const Refusal = code === 'invalid_client' ? ClientCredentialsRefused : AuthenticationError;
    throw new Refusal({ status: response.status, error: code ? `token request refused: ${code}` : 'token request refused', operation, requestId, ...serverText(response.body) });
  }
  const accessToken = fields.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new AuthenticationError({ status: response.status, error: 'token endpoint answered without an access_token', operation, fromTokenEndpoint: true });
  }
  if (!B64TOKEN.test(accessToken)) {
    // Never cached: the token is not echoed, only that it was malformed.
    throw new AuthenticationError({ status: response.status, error: 'token endpoint answered a malformed access_token (not an RFC 6750 bearer token)', operation, requestId, fromTokenEndpoint: true, ...serverText('') });
  }
  // `expires_in` arrives as a string ("3600"). Without a usable one, assume athena's
  // documented one-hour lifetime: a token that dies earlier is caught by the 401 replay.
  const given = Number(fields.expires_in);
  const expiresInSeconds = fields.expires_in !== undefined && fields.expires_in !== '' && Number.isFinite(given) && given > 0 ? given : DEFAULT_TOKEN_LIFETIME_SECONDS;
  return {
    accessToken,
    tokenType: typeof fields.token_type === 'string' ? fields.token_type : 'Bearer',
    expiresAt: obtainedAt + expiresInSeconds * 1000,
    obtainedAt,
    scope: typeof fields.scope === 'string' ? fields.scope : undefined,
  };
}

/**
 * Sends the token request. A connection failure or timeout here means the API request that
 * needed the token was never sent: the error says so (`requestNotSent`, `fromTokenEndpoint`),
 * so even a write may be retried.
 */
async function sendTokenRequest(send: Sender, endpoint: TokenEndpoint, proof: ClientProof, context: TokenRequestContext, operation: string): Promise<HttpResponse> {
  try {
    return await send({
    method: 'POST',
    origin: endpoint.origin,
    path: endpoint.path,
    headers: {
      ...proof.headers,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: `grant_type=client_credentials&scope=${encodeScope(endpoint.scope)}${proof.body}`,
    operation,
    signal: context.signal,
    timeoutMs: context.timeoutMs,
    deadline: context.deadline,
    maxRetries: 0,
    retryWrites: false,
    authenticate: false,
  });
  } catch (error) {
    if (error instanceof ConnectionError) {
      throw new ConnectionError(`${error.message} No API request was sent.`, { requestNotSent: true, cause: error.cause, fromTokenEndpoint: true });
    }
    if (error instanceof TimeoutError) {
      throw new TimeoutError(`${error.message} No API request was sent.`, { requestNotSent: true, cause: error.cause, fromTokenEndpoint: true });
    }
    throw error;
  }
}

/** RFC 6749 §5.2 error codes, plus the §4.1.2.1 ones some servers also answer a token request with. */
const OAUTH_ERROR_CODES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
]);

/** How one token request authenticates the client, and a redactor that keeps that proof out of any server text. */
interface ClientProof {
  headers: Record<string, string>;
  /** Appended to the form body (`&client_assertion_type=…&client_assertion=…`), or empty. */
  body: string;
  /** Built only when an error is made: a successful token request pays nothing for it. */
  redactor: () => Redactor;
}

async function clientAuthentication(endpoint: TokenEndpoint, credential: Credential): Promise<ClientProof> {
  const { clientId } = endpoint;
  if (credential.kind === 'secret') {
    const { clientSecret } = credential;
    return {
      headers: { authorization: `Basic ${basicCredential(clientId, clientSecret)}` },
      body: '',
      redactor: () => new Redactor([clientSecret, basicCredential(clientId, clientSecret), `${clientId}:${clientSecret}`]),
    };
  }
  // A new assertion (new jti) for every request, retries included: a server may have recorded the last one.
  const assertion = await signClientAssertion(credential.key, { clientId, audience: endpoint.url, keyId: credential.keyId });
  return {
    headers: {},
    body: `&client_assertion_type=${encodeURIComponent(CLIENT_ASSERTION_TYPE)}&client_assertion=${assertion}`,
    // The assertion and its signature: a server echoing either must not put them in an error.
    redactor: () => new Redactor([assertion, assertion.slice(assertion.lastIndexOf('.') + 1)]),
  };
}

/** Form-encodes the scope but keeps `/` readable, as athena's documented body shows it. */
function encodeScope(scope: string): string {
  return encodeURIComponent(scope).replace(/%2F/gi, '/').replace(/%20/g, '+');
}
