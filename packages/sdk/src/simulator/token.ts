import type { OutgoingHttpHeaders } from 'node:http';
import { isFormBody, JSON_TYPE } from './http.js';
import { isTransportFault, runTransportFault } from './faults.js';
import { decodeParams } from './params.js';
import { respond, type Exchange, type SimState } from './state.js';
import { checkClientAssertion, JWT_BEARER } from './client-assertion.js';
import type { Params } from './params.js';

/** athena's 2-legged OAuth endpoint (client credentials). */
export const TOKEN_PATH = '/oauth2/v1/token';

const REST_SCOPE = 'athena/service/Athenanet.MDP.*';
/**
 * FHIR system scopes, SMART v1 (`.read`) and v2 (`.rs`), for one type or every type (`*`),
 * and the subscription write scope.
 */
const FHIR_SCOPE = /^system\/([A-Z][A-Za-z]*|\*)\.(read|rs)$|^system\/Subscription\.write$/;

const policyDenied = {
  detailedmessage: 'Policy evaluation failed for this request, please check the policy configurations.',
  error: 'access_denied',
};

export async function handleTokenRequest(state: SimState, ex: Exchange): Promise<void> {
  const now = Date.now();
  const { options, stats } = state;
  stats.tokenRequests++;
  // Every request counts against the window, the refused ones too.
  const used = state.tokenWindow.hit(now);
  const limit = options.tokenRequestsPerWindow;
  const headers: OutgoingHttpHeaders = {
    'x-ratelimit-limit': limit,
    'x-ratelimit-remaining': Math.max(0, limit - used),
    'cache-control': 'no-store',
    pragma: 'no-cache',
  };
  const json = (status: number, payload: unknown) =>
    respond(state, ex, status, JSON_TYPE, JSON.stringify(payload), headers);

  const fault = state.faults.take('token', 'POST', TOKEN_PATH, isTransportFault);
  if (fault !== undefined) {
    const answer = runTransportFault(fault, ex.res, headers);
    if (answer !== undefined) respond(state, ex, answer.status, answer.contentType, answer.text, answer.headers);
    return;
  }

  if (used > limit) {
    // athena blocks the client for the rest of the window once the budget is spent.
    headers['retry-after'] = String(Math.max(1, Math.ceil(state.tokenWindow.msLeft(now) / 1000)));
    return json(429, {
      error: 'rate_limit_exceeded',
      detailedmessage: `More than ${limit} token requests in this window; blocked until it ends.`,
    });
  }
  const form = isFormBody(ex.req) ? decodeParams(ex.body, {}, false) : {};
  const refusal = await authenticateClient(state, ex, form, now);
  if (refusal !== undefined) return json(refusal.status, refusal.body);
  if (form.grant_type !== 'client_credentials') return json(400, { error: 'unsupported_grant_type' });
  const scopes = (form.scope ?? '').split(/\s+/).filter((s) => s !== '');
  if (scopes.length === 0 || !scopes.every((s) => s === REST_SCOPE || FHIR_SCOPE.test(s))) {
    return json(401, policyDenied);
  }

  const shapeFault = state.faults.take('token', 'POST', TOKEN_PATH, (k) => k === 'malformedToken' || k === 'tokenWithoutExpiry');
  if (shapeFault?.kind === 'malformedToken') {
    return respond(state, ex, 200, JSON_TYPE, '<html><body>Service temporarily busy</body></html>', headers);
  }
  const accessToken = state.tokens.issue(options.tokenTtlSeconds, now, scopes);
  stats.tokensIssued++;
  if (shapeFault?.kind === 'tokenWithoutExpiry') {
    return json(200, { access_token: accessToken, token_type: 'Bearer' });
  }
  const ttl = options.tokenTtlSeconds;
  json(200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: options.expiresInAsString ? String(ttl) : ttl,
    scope: scopes.join(' '),
  });
}

/**
 * The client proves itself with HTTP Basic (its secret) or a JWT assertion signed by a key of
 * its JWKS, never both (RFC 6749 §2.3). Undefined when it did.
 */
async function authenticateClient(state: SimState, ex: Exchange, form: Params, now: number): Promise<{ status: number; body: object } | undefined> {
  const { clientId } = state.options;
  const header = ex.req.headers.authorization;
  const assertion = form.client_assertion;
  if (form.client_assertion_type === undefined && assertion === undefined) {
    return hasClientCredentials(header, clientId, state.client.secret) ? undefined : { status: 401, body: { error: 'invalid_client' } };
  }
  if (header !== undefined) {
    return { status: 400, body: { error: 'invalid_request', error_description: 'Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.' } };
  }
  if (form.client_assertion_type !== JWT_BEARER || typeof assertion !== 'string') {
    return { status: 400, body: { error: 'invalid_request', error_description: `client_assertion_type must be ${JWT_BEARER}, with a client_assertion.` } };
  }
  const host = ex.req.headers.host ?? '';
  const problem = await checkClientAssertion({
    assertion,
    clientId,
    audiences: [`http://${host}${TOKEN_PATH}`],
    keys: state.client.jwks,
    seen: state.client.assertions,
    nowMs: now,
  });
  return problem === undefined ? undefined : { status: 401, body: { error: 'invalid_client', error_description: problem } };
}

function hasClientCredentials(header: string | undefined, clientId: string, clientSecret: string): boolean {
  if (header === undefined || !/^basic /i.test(header)) return false;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && decoded.slice(0, colon) === clientId && decoded.slice(colon + 1) === clientSecret;
}
