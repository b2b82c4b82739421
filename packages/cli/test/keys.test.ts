/**
 * `athena keys generate` and a key instead of a secret: the key file is private (0600) and
 * never replaced, the printed JWKS holds only the public half, and `auth check` (then any
 * command, from the sealed token cache) works with ATHENA_PRIVATE_KEY_FILE and no secret.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type PublicJwk, type Simulator } from 'athenahealth-sdk/simulator';
import { baseEnv, runCli, simEnv } from './run-cli.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
});
afterAll(async () => {
  await sim.stop();
});

describe('athena keys generate', { timeout: 60_000 }, () => {
  it('writes a private key with mode 0600, prints the public JWKS, and never overwrites a key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'athena-keys-'));
    const out = join(dir, 'key.pem');
    const result = await runCli(['keys', 'generate', '--alg', 'ES384', '--out', out], { env: baseEnv() });
    expect(result.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const pem = readFileSync(out, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const jwks = JSON.parse(result.stdout) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toEqual({ kty: 'EC', crv: 'P-384', x: expect.any(String), y: expect.any(String), kid: expect.any(String), alg: 'ES384', use: 'sig' });
    expect(result.stdout).not.toContain(pem.split('\n')[1]);
    expect(result.stderr).toContain(`export ATHENA_PRIVATE_KEY_FILE=${out}`);

    const again = await runCli(['keys', 'generate', '--out', out], { env: baseEnv() });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(readFileSync(out, 'utf8')).toBe(pem);
  });

  it('refuses an unknown algorithm', async () => {
    const result = await runCli(['keys', 'generate', '--alg', 'HS256', '--out', join(mkdtempSync(join(tmpdir(), 'athena-keys-')), 'k.pem')], { env: baseEnv() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--alg must be one of RS384, ES384, RS256, ES256/);
  });

  it('auth check works with the generated key and no secret; the next command reuses the cached token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'athena-keys-'));
    const out = join(dir, 'key.pem');
    const generated = await runCli(['keys', 'generate', '--out', out], { env: baseEnv() });
    expect(generated.code).toBe(0);
    const jwks = JSON.parse(generated.stdout) as { keys: PublicJwk[] };
    expect(jwks.keys[0]?.alg).toBe('RS384');
    sim.registerJwks(jwks);

    // No ATHENA_KEY_ID: the SDK signs with the key's thumbprint, the kid the JWKS names.
    const env = simEnv(sim, { ATHENA_CLIENT_SECRET: undefined, ATHENA_PRIVATE_KEY_FILE: out });
    const before = sim.stats.tokenRequests;
    const check = await runCli(['auth', 'check'], { env });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/expiresInSeconds\s+3[56]\d\d/);
    const tokenRequest = sim.requests.filter((r) => r.path === '/oauth2/v1/token').at(-1);
    expect(tokenRequest?.headers.authorization).toBeUndefined();
    expect(tokenRequest?.body).toContain('client_assertion=');

    expect((await runCli(['practice', 'info'], { env })).code).toBe(0);
    expect(sim.stats.tokenRequests - before).toBe(1);

    // Another key is refused: exit 3, and neither key nor assertion printed.
    const other = join(dir, 'other.pem');
    expect((await runCli(['keys', 'generate', '--out', other], { env: baseEnv() })).code).toBe(0);
    const refused = await runCli(['auth', 'check'], { env: { ...env, ATHENA_PRIVATE_KEY_FILE: other } });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/invalid_client/);
    expect(refused.stderr).not.toContain(readFileSync(other, 'utf8').split('\n')[1]);
  });
});
