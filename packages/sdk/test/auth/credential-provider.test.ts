/**
 * clientSecret and privateKey given as providers (a secret manager lookup): called only when a
 * token is requested, once per token request, shared by concurrent calls, asked again once
 * after invalid_client, and failing as a typed error that never carries a value.
 */
import { describe, expect } from 'vitest';
import { AuthenticationError, CredentialProviderError, TimeoutError, type CredentialRequest } from '../../src/index.js';
import { it } from '../fixtures.js';
import { testKey } from './keys.js';

/** A stand-in secret manager: holds the current value; the provider caches it until told it was refused. */
function secretManager(initial: string) {
  let stored = initial;
  let cached: string | undefined;
  const calls: CredentialRequest[] = [];
  return {
    calls,
    reads: 0,
    rotate(value: string) {
      stored = value;
    },
    provider(request: CredentialRequest): Promise<string> {
      calls.push(request);
      if (cached !== undefined && !request.refused) return Promise.resolve(cached);
      this.reads++;
      cached = stored;
      // An answer after a turn of the event loop, as a network lookup would.
      return new Promise((resolve) => setTimeout(() => resolve(stored), 5));
    },
  };
}

describe('credential providers', () => {
  it('is not called at construction; once for 50 concurrent first calls, with one token request', async ({ sim, client }) => {
    const manager = secretManager(sim.clientSecret);
    const athena = client({ clientSecret: (request) => manager.provider(request) });
    expect(manager.calls).toHaveLength(0);
    await Promise.all(Array.from({ length: 50 }, () => athena.practice.ping()));
    expect(manager.calls).toEqual([{ refused: false }]);
    expect(sim.stats.tokenRequests).toBe(1);
    // A cached token needs no credential.
    await athena.practice.ping();
    expect(manager.calls).toHaveLength(1);
  });

  it('a secret rotated mid-run: no call fails; the provider is asked again once after invalid_client', async ({ sim, client }) => {
    const manager = secretManager(sim.clientSecret);
    const athena = client({ clientSecret: (request) => manager.provider(request) });
    const failures: unknown[] = [];
    let done = 0;
    const worker = async () => {
      for (let i = 0; i < 20; i++) {
        await athena.practice.ping().then(
          () => done++,
          (error: unknown) => failures.push(error),
        );
      }
    };
    const running = Promise.all([worker(), worker(), worker()]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The portal rotates the secret, the secret manager gets the new one; the client's token is revoked.
    manager.rotate(sim.rotateClientSecret());
    sim.faults.revokeAllTokens();
    await running;

    expect(failures).toEqual([]);
    expect(done).toBe(60);
    const statuses = sim.requests.filter((r) => r.path === '/oauth2/v1/token').map((r) => r.status);
    expect(statuses).toEqual([200, 401, 200]);
    // First token, the cached (old) secret after the revocation, then a fresh read after the refusal.
    expect(manager.calls).toEqual([{ refused: false }, { refused: false }, { refused: true }]);
    expect(manager.reads).toBe(2);
  });

  it('refused again after asking once more: AuthenticationError, two token requests, two provider calls', async ({ sim, client }) => {
    let calls = 0;
    const athena = client({ clientSecret: () => (calls++, 'wrong-secret-value') });
    const error = await athena.practice.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('invalid_client');
    expect(calls).toBe(2);
    expect(sim.stats.tokenRequests).toBe(2);
    expect(sim.stats.apiRequests).toBe(0);
  });

  it('a static secret that is refused is not retried (nothing could change)', async ({ sim, client }) => {
    const athena = client({ clientSecret: 'static-wrong-secret' });
    await expect(athena.practice.ping()).rejects.toBeInstanceOf(AuthenticationError);
    expect(sim.stats.tokenRequests).toBe(1);
  });

  it('a provider that throws: CredentialProviderError naming the option, not its message; no token request', async ({ sim, client }) => {
    const athena = client({
      clientSecret: () => {
        throw new Error('vault said: secret is hunter2-value');
      },
    });
    const error = await athena.practice.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialProviderError);
    expect((error as CredentialProviderError).option).toBe('clientSecret');
    expect((error as Error).message).toBe('The clientSecret provider failed (Error). No request was sent.');
    expect(JSON.stringify(error)).not.toContain('hunter2');
    expect(sim.stats.tokenRequests).toBe(0);
  });

  it('a provider that answers nothing usable is a CredentialProviderError', async ({ client }) => {
    const athena = client({ clientSecret: () => '' });
    await expect(athena.practice.ping()).rejects.toThrow('The clientSecret provider returned no secret');
    const badKey = client({ clientSecret: undefined, privateKey: () => 'not a key' });
    const error = await badKey.practice.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialProviderError);
    expect((error as Error).message).not.toContain('not a key');
  });

  it('a provider that hangs fails within the call: CredentialProviderError after timeoutMs', async ({ sim, client }) => {
    const athena = client({ clientSecret: () => new Promise<string>(() => {}), timeoutMs: 150, totalTimeoutMs: 5_000, maxRetries: 0 });
    const error = await athena.practice.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialProviderError);
    expect((error as CredentialProviderError).timedOut).toBe(true);
    expect((error as Error).message).toBe('The clientSecret provider did not answer within 150 ms.');
    expect(sim.stats.tokenRequests).toBe(0);
  });

  it('a provider that hangs past the call deadline: the call ends with TimeoutError, request not sent', async ({ sim, client }) => {
    const athena = client({ clientSecret: () => new Promise<string>(() => {}), timeoutMs: 5_000, totalTimeoutMs: 150, maxRetries: 0 });
    const error = await athena.practice.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).requestNotSent).toBe(true);
    expect(sim.stats.tokenRequests).toBe(0);
    athena.close();
  });

  it('a privateKey provider: a rotated key is picked up after invalid_client', async ({ sim, client }) => {
    const first = testKey('ES384', 'key-1');
    const second = testKey('ES384', 'key-2');
    sim.registerJwks({ keys: [first.publicJwk] });
    let current = first;
    let cached = first;
    const calls: CredentialRequest[] = [];
    // Caches the key it read until told that key was refused.
    const provider = (request: CredentialRequest) => {
      calls.push(request);
      if (request.refused) cached = current;
      return cached.jwk;
    };
    const athena = client({ clientSecret: undefined, privateKey: provider });
    await athena.practice.ping();
    // The new public key is registered and the old one removed; the key store holds the new one.
    sim.registerJwks({ keys: [second.publicJwk] });
    current = second;
    sim.faults.revokeAllTokens();
    await athena.practice.ping();
    expect(calls).toEqual([{ refused: false }, { refused: false }, { refused: true }]);
    expect(sim.requests.filter((r) => r.path === '/oauth2/v1/token').map((r) => r.status)).toEqual([200, 401, 200]);
  });
});
