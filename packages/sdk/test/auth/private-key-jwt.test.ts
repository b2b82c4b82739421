/**
 * Client authentication with a signed JWT (private_key_jwt) against the simulator, which
 * verifies the signature with the registered JWKS, iss/sub, aud, exp and a fresh jti.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, vi } from 'vitest';
import { AthenaClient, AuthenticationError, ConfigurationError, type JwsAlgorithm } from '../../src/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { it } from '../fixtures.js';
import { FAST_RETRIES } from '../helpers.js';
import { decodeJwt, testKey, type TestKey } from './keys.js';

const KEYS: Record<JwsAlgorithm, TestKey> = {
  RS384: testKey('RS384'),
  RS256: testKey('RS256'),
  ES384: testKey('ES384'),
  ES256: testKey('ES256'),
};
const JWKS = { keys: Object.values(KEYS).map((key) => key.publicJwk) };

/** A key client for the simulator: no clientSecret at all. */
function keyClient(sim: Simulator, extra: ConstructorParameters<typeof AthenaClient>[0] = {}): AthenaClient {
  return new AthenaClient({ clientId: sim.clientId, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off', retryDelays: FAST_RETRIES, tokenRequestsPerMinute: 1000, ...extra });
}

const tokenRequests = (sim: Simulator) => sim.requests.filter((r) => r.path === '/oauth2/v1/token');

afterEach(() => void vi.unstubAllEnvs());

describe('private_key_jwt', () => {
  it.override({ simOptions: { jwks: JWKS } });

  for (const algorithm of Object.keys(KEYS) as JwsAlgorithm[]) {
    it(`${algorithm}: a token request carries a signed assertion and no Basic header`, async ({ sim }) => {
      const key = KEYS[algorithm];
      const athena = keyClient(sim, { privateKey: key.pem, keyId: key.kid, algorithm });
      try {
        await athena.practice.ping();
      } finally {
        athena.close();
      }
      const [request] = tokenRequests(sim);
      expect(request?.status).toBe(200);
      expect(request?.headers.authorization).toBeUndefined();
      const form = new URLSearchParams(request?.body);
      expect([...form.keys()]).toEqual(['grant_type', 'scope', 'client_assertion_type', 'client_assertion']);
      expect(form.get('grant_type')).toBe('client_credentials');
      expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      const { header, claims } = decodeJwt(form.get('client_assertion') as string);
      expect(header).toEqual({ alg: algorithm, kid: key.kid, typ: 'JWT' });
      expect(claims).toMatchObject({ iss: sim.clientId, sub: sim.clientId, aud: sim.tokenUrl });
      expect(claims.jti).toEqual(expect.any(String));
      const now = Date.now() / 1000;
      expect(claims.iat as number).toBeGreaterThan(now - 60);
      expect(claims.exp as number).toBeGreaterThan(now);
      expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(300);
    });
  }

  const forms: [string, (key: TestKey) => unknown][] = [
    ['a PKCS#1 PEM', (key) => key.traditionalPem],
    ['a JWK (kid from the JWK)', (key) => key.jwk],
    ['JWK text', (key) => JSON.stringify(key.jwk)],
    ['a Node KeyObject', (key) => key.keyObject],
  ];
  for (const [name, form] of forms) {
    it(`accepts ${name}`, async ({ sim }) => {
      const key = KEYS.RS384;
      const athena = keyClient(sim, { privateKey: form(key) as string, keyId: name.includes('JWK') ? undefined : key.kid });
      try {
        await expect(athena.practice.ping()).resolves.toBeDefined();
      } finally {
        athena.close();
      }
    });
  }

  it('accepts a SEC1 EC PEM and a Web Crypto CryptoKey, the algorithm following the curve', async ({ sim }) => {
    const sec1 = keyClient(sim, { privateKey: KEYS.ES256.traditionalPem, keyId: KEYS.ES256.kid });
    const webKey = keyClient(sim, { privateKey: await KEYS.ES384.cryptoKey(), keyId: KEYS.ES384.kid });
    try {
      await sec1.practice.ping();
      await webKey.practice.ping();
    } finally {
      sec1.close();
      webKey.close();
    }
    const algs = tokenRequests(sim).map((r) => decodeJwt(new URLSearchParams(r.body).get('client_assertion') as string).header.alg);
    expect(algs).toEqual(['ES256', 'ES384']);
  });

  it('without keyId, signs with the key thumbprint as kid (the kid `athena keys generate` registers)', async ({ sim }) => {
    const key = testKey('RS384', 'ignored');
    const { createHash } = await import('node:crypto');
    const { e, kty, n } = key.publicJwk as Record<string, string>;
    const thumbprint = createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
    sim.registerJwks({ keys: [{ ...key.publicJwk, kid: thumbprint }] });
    const athena = keyClient(sim, { privateKey: key.pem });
    try {
      await athena.practice.ping();
    } finally {
      athena.close();
    }
    expect(decodeJwt(new URLSearchParams(tokenRequests(sim)[0]?.body).get('client_assertion') as string).header.kid).toBe(thumbprint);
  });

  it('a key the server does not know is refused: AuthenticationError, no API request sent', async ({ sim }) => {
    const stranger = testKey('RS384', KEYS.RS384.kid);
    const athena = keyClient(sim, { privateKey: stranger.pem, keyId: stranger.kid });
    try {
      const error = await athena.practice.ping().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).status).toBe(401);
      expect((error as Error).message).toContain('invalid_client');
    } finally {
      athena.close();
    }
    expect(sim.stats.apiRequests).toBe(0);
  });

  it('every token request has a new jti, so refreshes are never refused as replays', async ({ sim }) => {
    const athena = keyClient(sim, { privateKey: KEYS.ES384.jwk });
    try {
      await athena.practice.ping();
      sim.faults.revokeAllTokens();
      await athena.practice.ping();
      sim.faults.revokeAllTokens();
      await athena.practice.ping();
    } finally {
      athena.close();
    }
    const jtis = tokenRequests(sim).map((r) => decodeJwt(new URLSearchParams(r.body).get('client_assertion') as string).claims.jti);
    expect(tokenRequests(sim).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(jtis).size).toBe(3);
  });

  it('signs the same way on the fetch sender (the path of fetch runtimes)', async ({ sim }) => {
    let fetched = 0;
    const athena = keyClient(sim, {
      privateKey: KEYS.ES256.jwk,
      fetch: (input, init) => (fetched++, globalThis.fetch(input, init)),
    });
    try {
      await athena.practice.ping();
    } finally {
      athena.close();
    }
    expect(fetched).toBe(2);
    expect(tokenRequests(sim).map((r) => r.status)).toEqual([200]);
  });

  it('shares one token request between 50 concurrent first calls, as with a secret', async ({ sim }) => {
    const athena = keyClient(sim, { privateKey: KEYS.RS384.pem, keyId: KEYS.RS384.kid });
    try {
      await Promise.all(Array.from({ length: 50 }, () => athena.practice.ping()));
    } finally {
      athena.close();
    }
    expect(sim.stats.tokenRequests).toBe(1);
  });

  it('reads ATHENA_PRIVATE_KEY (newlines written as \\n) and ATHENA_KEY_ID; no secret needed', async ({ sim }) => {
    vi.stubEnv('ATHENA_CLIENT_SECRET', '');
    vi.stubEnv('ATHENA_PRIVATE_KEY', KEYS.ES384.pem.trim().replace(/\n/g, '\\n'));
    vi.stubEnv('ATHENA_KEY_ID', KEYS.ES384.kid);
    const athena = keyClient(sim);
    try {
      await athena.practice.ping();
    } finally {
      athena.close();
    }
    expect(decodeJwt(new URLSearchParams(tokenRequests(sim)[0]?.body).get('client_assertion') as string).header).toMatchObject({ alg: 'ES384', kid: KEYS.ES384.kid });
  });

  it('reads ATHENA_PRIVATE_KEY_FILE when a token is needed, and names the variable when the file is missing', async ({ sim }) => {
    const dir = mkdtempSync(join(tmpdir(), 'athena-key-'));
    const file = join(dir, 'key.pem');
    vi.stubEnv('ATHENA_CLIENT_SECRET', '');
    vi.stubEnv('ATHENA_PRIVATE_KEY_FILE', file);
    vi.stubEnv('ATHENA_KEY_ID', KEYS.RS256.kid);
    // Constructed before the file exists: it is read at the token request, not here.
    const athena = keyClient(sim, { algorithm: 'RS256' });
    try {
      const missing = await athena.practice.ping().catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(ConfigurationError);
      expect((missing as Error).message).toBe('ATHENA_PRIVATE_KEY_FILE could not be read (ENOENT).');
      expect(sim.stats.tokenRequests).toBe(0);
      writeFileSync(file, KEYS.RS256.pem, { mode: 0o600 });
      await athena.practice.ping();
    } finally {
      athena.close();
    }
    expect(tokenRequests(sim).map((r) => r.status)).toEqual([200]);
  });
});

describe('private key configuration errors, before any request', () => {
  const base = { clientId: 'c', practiceId: '195900', baseUrl: 'http://127.0.0.1:9' };
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a public JWK', { privateKey: KEYS.RS384.publicJwk }, /public JWK/],
    ['an unsupported algorithm', { privateKey: KEYS.RS384.pem, algorithm: 'HS256' }, /algorithm must be one of RS384, ES384, RS256, ES256/],
    ['both a secret and a key', { privateKey: KEYS.RS384.pem, clientSecret: 's' }, /either clientSecret or privateKey/],
    ['an encrypted PEM', { privateKey: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----' }, /encrypted PEM/],
    ['a certificate', { privateKey: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' }, /not a private key/],
    ['a random string', { privateKey: 'not a key' }, /must be a PEM private key/],
  ];
  for (const [name, options, message] of cases) {
    it(`refuses ${name} with ConfigurationError`, () => {
      expect(() => new AthenaClient({ ...base, ...options } as never)).toThrow(ConfigurationError);
      expect(() => new AthenaClient({ ...base, ...options } as never)).toThrow(message);
    });
  }

  it('refuses an algorithm that does not fit the key at the first call, naming neither key nor value', async ({ sim }) => {
    const athena = keyClient(sim, { privateKey: KEYS.RS384.pem, algorithm: 'ES384' });
    try {
      const error = await athena.practice.ping().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe('privateKey is an RSA key: algorithm must be RS384 or RS256, not ES384.');
    } finally {
      athena.close();
    }
    expect(sim.stats.tokenRequests).toBe(0);
  });
});

describe('without any credential', () => {
  it('names the secret and the key alternatives', () => {
    vi.stubEnv('ATHENA_CLIENT_SECRET', '');
    vi.stubEnv('ATHENA_PRIVATE_KEY', '');
    vi.stubEnv('ATHENA_PRIVATE_KEY_FILE', '');
    expect(() => new AthenaClient({ clientId: 'c', practiceId: '195900' })).toThrow(
      'Missing clientSecret: pass it to new AthenaClient({ clientSecret }) or set the ATHENA_CLIENT_SECRET environment variable (or authenticate with a key: privateKey, ATHENA_PRIVATE_KEY_FILE).',
    );
  });
});
