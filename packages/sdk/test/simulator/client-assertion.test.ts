/**
 * The simulator's token endpoint with JWT client assertions, driven by hand-made JWTs (signed
 * with node:crypto here, not by the SDK), and its secret rotation through the admin endpoint.
 */
import { randomUUID, sign } from 'node:crypto';
import { describe, expect } from 'vitest';
import { it } from '../fixtures.js';
import { testKey, type TestKey } from '../auth/keys.js';
import { basicAuth, REST_SCOPE, requestToken } from './helpers.js';
import type { Simulator } from '../../src/simulator/index.js';

const RSA = testKey('RS384', 'sim-rsa');
const EC = testKey('ES256', 'sim-ec');
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function jwt(key: TestKey, header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: key.algorithm, kid: key.kid, typ: 'JWT', ...header })}.${part(claims)}`;
  const hash = key.algorithm.endsWith('256') ? 'sha256' : 'sha384';
  // JWS wants ECDSA signatures as raw r||s (IEEE P1363), not DER.
  const signature = sign(hash, Buffer.from(input), { key: key.keyObject, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

function claimsFor(sim: Simulator, extra: Record<string, unknown> = {}) {
  const iat = Math.floor(Date.now() / 1000);
  return { iss: sim.clientId, sub: sim.clientId, aud: sim.tokenUrl, jti: randomUUID(), iat, exp: iat + 120, ...extra };
}

const withAssertion = (assertion: string) => ({ grant_type: 'client_credentials', scope: REST_SCOPE, client_assertion_type: JWT_BEARER, client_assertion: assertion });

async function answer(res: Response) {
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('token endpoint: private_key_jwt', () => {
  it.override({ simOptions: { jwks: { keys: [RSA.publicJwk, EC.publicJwk] } } });

  it('issues a token for a good assertion (RSA and EC), and refuses the same one replayed', async ({ sim }) => {
    const assertion = jwt(RSA, {}, claimsFor(sim));
    expect((await answer(await requestToken(sim, withAssertion(assertion), null))).status).toBe(200);
    expect(await answer(await requestToken(sim, withAssertion(assertion), null))).toEqual({
      status: 401,
      body: { error: 'invalid_client', error_description: 'The client_assertion token has already been used.' },
    });
    expect((await answer(await requestToken(sim, withAssertion(jwt(EC, {}, claimsFor(sim))), null))).status).toBe(200);
  });

  const refusals: [string, (sim: Simulator) => string, string][] = [
    ['a wrong signature', (sim) => jwt(testKey('RS384', RSA.kid), {}, claimsFor(sim)), 'The client_assertion signature is invalid.'],
    ['an unknown kid', (sim) => jwt(RSA, { kid: 'other' }, claimsFor(sim)), 'The client_assertion kid does not match any key registered for the client.'],
    ['alg none', (sim) => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claimsFor(sim))).toString('base64url')}.`, "The client_assertion signature algorithm 'none' is not allowed."],
    ['another aud', (sim) => jwt(RSA, {}, claimsFor(sim, { aud: 'https://elsewhere.example/token' })), 'The audience of the client_assertion is not the token endpoint.'],
    ['another iss', (sim) => jwt(RSA, {}, claimsFor(sim, { iss: 'someone-else' })), 'The client_assertion iss and sub must be the client id.'],
    ['an expired exp', (sim) => jwt(RSA, {}, claimsFor(sim, { exp: Math.floor(Date.now() / 1000) - 60 })), 'The client_assertion token is expired.'],
    ['an exp 10 minutes ahead', (sim) => jwt(RSA, {}, claimsFor(sim, { exp: Math.floor(Date.now() / 1000) + 600 })), 'The client_assertion token expires more than 5 minutes from now.'],
    ['no jti', (sim) => jwt(RSA, {}, claimsFor(sim, { jti: undefined })), 'The client_assertion has no jti.'],
  ];
  for (const [name, make, description] of refusals) {
    it(`refuses ${name} with 401 invalid_client`, async ({ sim }) => {
      const before = sim.stats.tokensIssued;
      expect(await answer(await requestToken(sim, withAssertion(make(sim)), null))).toEqual({ status: 401, body: { error: 'invalid_client', error_description: description } });
      expect(sim.stats.tokensIssued).toBe(before);
    });
  }

  it('refuses an assertion together with Basic credentials (one method only)', async ({ sim }) => {
    const res = await answer(await requestToken(sim, withAssertion(jwt(RSA, {}, claimsFor(sim))), basicAuth(sim.clientId, sim.clientSecret)));
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });

  it('POST /_simulator/jwks replaces the keys: an unregistered key is refused from then on', async ({ sim }) => {
    const other = testKey('ES384', 'rotated-in');
    const post = (keys: object[]) => fetch(`${sim.url}/_simulator/jwks`, { method: 'POST', body: JSON.stringify({ keys }) });
    expect((await post([other.publicJwk])).status).toBe(204);
    expect((await requestToken(sim, withAssertion(jwt(RSA, {}, claimsFor(sim))), null)).status).toBe(401);
    expect((await requestToken(sim, withAssertion(jwt(other, {}, claimsFor(sim))), null)).status).toBe(200);
    expect((await post([RSA.publicJwk, EC.publicJwk])).status).toBe(204);
  });
});

describe('client secret rotation', () => {
  it('rotateClientSecret: the old secret is refused, the new one accepted, issued tokens stay valid', async ({ simulator }) => {
    const sim = await simulator();
    const old = sim.clientSecret;
    const next = sim.rotateClientSecret();
    expect(next).not.toBe(old);
    expect(sim.clientSecret).toBe(next);
    expect((await requestToken(sim, undefined, basicAuth(sim.clientId, old))).status).toBe(401);
    expect((await requestToken(sim)).status).toBe(200);
  });

  it('POST /_simulator/client-secret rotates for other processes and answers the new secret', async ({ simulator }) => {
    const sim = await simulator();
    const res = await fetch(`${sim.url}/_simulator/client-secret`, { method: 'POST', body: JSON.stringify({ secret: 'chosen-secret-2' }) });
    expect(await res.json()).toEqual({ secret: 'chosen-secret-2' });
    expect((await requestToken(sim, undefined, basicAuth(sim.clientId, 'chosen-secret-2'))).status).toBe(200);
    const bad = await fetch(`${sim.url}/_simulator/client-secret`, { method: 'POST', body: JSON.stringify({ secret: 42 }) });
    expect(bad.status).toBe(400);
  });
});
