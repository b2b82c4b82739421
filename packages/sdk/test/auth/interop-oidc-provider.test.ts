/**
 * Interoperability: the SDK's private_key_jwt client authentication against a real,
 * standards-compliant OAuth 2.0 server implementation (`oidc-provider`, a certified OpenID
 * Provider), not just our simulator. The API is a stub that records the bearer token; the
 * token is then looked up in the authorization server that issued it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { AthenaClient, AuthenticationError } from '../../src/index.js';
import { it, json } from '../fixtures.js';
import { FAST_RETRIES } from '../helpers.js';
import { testKey } from './keys.js';

const SCOPE = 'system/Patient.read';
const RSA = testKey('RS384', 'interop-rsa');
const EC = testKey('ES384', 'interop-ec');

let provider: Provider;
let server: http.Server;
let issuer: string;

beforeAll(async () => {
  // The issuer must name the port the server listens on: listen first, then build the provider.
  let handle: http.RequestListener = (_req, res) => res.end();
  server = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: ['rsa-client', 'ec-client'].map((clientId, i) => ({
      client_id: clientId,
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: i === 0 ? 'RS384' : 'ES384',
      jwks: { keys: [i === 0 ? RSA.publicJwk : EC.publicJwk] },
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      scope: SCOPE,
    })),
    features: { clientCredentials: { enabled: true }, devInteractions: { enabled: false } },
    scopes: [SCOPE],
    enabledJWA: { clientAuthSigningAlgValues: ['RS256', 'RS384', 'ES256', 'ES384'] },
    ttl: { ClientCredentials: 600 },
  });
  handle = provider.callback();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('private_key_jwt against oidc-provider', () => {
  for (const [clientId, key] of [['rsa-client', RSA], ['ec-client', EC]] as const) {
    it(`${key.algorithm}: obtains a token the server issued to the client`, async ({ startStubServer }) => {
      const api = await startStubServer((_req, res) => json(res, 200, { pong: true }));
      const athena = new AthenaClient({
        clientId,
        privateKey: key.pem,
        keyId: key.kid,
        practiceId: '195900',
        baseUrl: api.url,
        tokenUrl: `${issuer}/token`,
        scope: SCOPE,
        logLevel: 'off',
        retryDelays: FAST_RETRIES,
      });
      try {
        await athena.request('GET', '/ping');
      } finally {
        athena.close();
      }
      const bearer = api.requests.find((r) => r.url.startsWith('/v1/'))?.headers.authorization?.replace(/^Bearer /, '');
      expect(bearer).toEqual(expect.any(String));
      const issued = await provider.ClientCredentials.find(bearer as string);
      expect(issued?.clientId).toBe(clientId);
      expect(issued?.scope).toBe(SCOPE);
    });
  }

  it('a wrong key is refused: AuthenticationError (invalid_client), no API request', async ({ startStubServer }) => {
    const api = await startStubServer((_req, res) => json(res, 200, {}));
    const stranger = testKey('RS384', RSA.kid);
    const athena = new AthenaClient({
      clientId: 'rsa-client',
      privateKey: stranger.pem,
      keyId: stranger.kid,
      practiceId: '195900',
      baseUrl: api.url,
      tokenUrl: `${issuer}/token`,
      scope: SCOPE,
      logLevel: 'off',
      retryDelays: FAST_RETRIES,
    });
    try {
      const error = await athena.request('GET', '/ping').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as Error).message).toContain('invalid_client');
    } finally {
      athena.close();
    }
    expect(api.requests.filter((r) => r.url.startsWith('/v1/'))).toEqual([]);
  });
});
