import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import type { StoredToken } from '../../src/index.js';
import { RedisTokenStore } from '../../src/redis/index.js';
import { withSimulator } from '../helpers.js';
import { testKey } from '../auth/keys.js';
import { cleanUp, connect, describeRedis, ready, uniquePrefix } from './helpers.js';

const KEY = 'athena-token:sim-client-id:http://127.0.0.1:1/oauth2/v1/token:athena/service/Athenanet.MDP.*';
const SECRET = 'sim-client-secret';

function token(accessToken: string, obtainedAt = Date.now()): StoredToken {
  return { accessToken, tokenType: 'Bearer', obtainedAt, expiresAt: obtainedAt + 3_600_000 };
}

describeRedis('RedisTokenStore', (server) => {
  let a: Redis;
  let b: Redis;
  let prefix: string;

  beforeAll(async () => {
    a = connect(server.url);
    b = connect(server.url);
    await Promise.all([ready(a), ready(b)]);
  });
  afterEach(async () => cleanUp(a, prefix));
  afterAll(() => {
    a.disconnect();
    b.disconnect();
  });
  const store = (client: Redis, clientSecret = SECRET, commandTimeoutMs?: number) => new RedisTokenStore({ client, clientSecret, keyPrefix: prefix, commandTimeoutMs });
  const rawValues = async () => {
    const keys = await a.keys(`${prefix}*`);
    return { keys, values: await Promise.all(keys.map((k) => a.type(k).then((t) => (t === 'string' ? a.get(k) : t)))) };
  };

  it('keeps the token encrypted: the raw Redis value holds neither the token nor the client id', async () => {
    prefix = uniquePrefix();
    await store(a).set(KEY, token('secret-access-token-123'));
    const { keys, values } = await rawValues();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}token:[0-9a-f]{64}$`));
    for (const text of [...keys, ...values]) {
      expect(text).not.toContain('secret-access-token-123');
      expect(text).not.toContain('sim-client-id');
      expect(text).not.toContain(SECRET);
    }
    // Another process with the same secret reads it; one with another secret does not.
    expect((await store(b).get(KEY))?.accessToken).toBe('secret-access-token-123');
    expect(await store(b, 'another-secret').get(KEY)).toBeUndefined();
  });

  it('refuses a value moved under another key (the key is bound into the encryption)', async () => {
    prefix = uniquePrefix();
    await store(a).set(KEY, token('moved-token'));
    const [key] = (await rawValues()).keys;
    const otherKey = `${KEY}-other`;
    const s = store(a);
    await s.set(otherKey, token('placeholder'));
    const keys = (await rawValues()).keys;
    const target = keys.find((k) => k !== key) as string;
    await a.set(target, (await a.get(key as string)) as string);
    expect(await s.get(otherKey)).toBeUndefined();
  });

  it('fences a stale lock holder: it cannot release the new lock, delete or replace the newer token', async () => {
    prefix = uniquePrefix();
    const stale = store(a);
    const fresh = store(b);
    const releaseStale = await stale.lock(KEY, 100);
    expect(releaseStale).toBeTypeOf('function');
    expect(await fresh.lock(KEY, 10_000)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the stale holder's lock expires

    const releaseFresh = await fresh.lock(KEY, 10_000);
    expect(releaseFresh).toBeTypeOf('function');
    const older = token('old-token', Date.now() - 5_000);
    await fresh.set(KEY, token('new-token'));

    await releaseStale?.();
    expect(await stale.lock(KEY, 10_000)).toBeUndefined(); // the new holder still holds it
    await stale.delete(KEY, 'old-token');
    await stale.set(KEY, older);
    expect((await stale.get(KEY))?.accessToken).toBe('new-token');

    // The holder of the current token can still drop it (a 401), and release its own lock.
    await fresh.delete(KEY, 'new-token');
    expect(await stale.get(KEY)).toBeUndefined();
    await releaseFresh?.();
    expect(await stale.lock(KEY, 10_000)).toBeTypeOf('function');
  });

  it('counts the token budget across clients, and a 429 blocks them all', async () => {
    prefix = uniquePrefix();
    const first = store(a);
    const second = store(b);
    expect(await first.acquireTokenRequestSlot(KEY, 3, 60_000)).toBe(0);
    expect(await second.acquireTokenRequestSlot(KEY, 3, 60_000)).toBe(0);
    expect(await first.acquireTokenRequestSlot(KEY, 3, 60_000)).toBe(0);
    const wait = await second.acquireTokenRequestSlot(KEY, 3, 60_000);
    expect(wait).toBeGreaterThan(50_000);
    expect(wait).toBeLessThanOrEqual(60_000);

    const otherKey = `${KEY}:other-scope`;
    expect(await first.acquireTokenRequestSlot(otherKey, 3, 60_000)).toBe(0);
    await second.reportTokenRateLimited(otherKey, Date.now() + 30_000);
    const blocked = await first.acquireTokenRequestSlot(otherKey, 3, 60_000);
    expect(blocked).toBeGreaterThan(25_000);
    expect(blocked).toBeLessThanOrEqual(30_000);
  });

  it('lets two clients share one token and one token budget through AthenaClient', async () => {
    prefix = uniquePrefix();
    // One token request per 1.5 s window, on both sides.
    const env = await withSimulator({ tokenRequestsPerWindow: 1, tokenRateWindowMs: 1_500 });
    try {
      const budget = { tokenRequestsPerMinute: 1, tokenRateWindowMs: 1_500 };
      // A generous command timeout: on a loaded machine a slow answer must not make Redis look
      // down, or each client would fall back to a token of its own (by design) and this would not test sharing.
      const one = env.client({ tokenStore: store(a, SECRET, 10_000), ...budget });
      const two = env.client({ tokenStore: store(b, SECRET, 10_000), ...budget });
      const started = Date.now();
      await Promise.all([one.practice.ping(), two.practice.ping(), one.practice.ping(), two.practice.ping()]);
      expect(env.sim.stats.tokenRequests).toBe(1);

      // athena revokes the token: both clients need a new one, and the shared budget
      // makes the second token request wait for the next window instead of drawing a 429.
      env.sim.faults.revokeAllTokens();
      await Promise.all([one.practice.ping(), two.practice.ping()]);
      expect(env.sim.stats.tokenRequests).toBe(2);
      expect(env.sim.stats.statusCounts['429'] ?? 0).toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    } finally {
      await env.close();
    }
  });

  it('private-key clients share one token the same way (no client secret: encryptionSecret seals it)', async () => {
    prefix = uniquePrefix();
    const key = testKey('ES384', 'shared-key');
    const env = await withSimulator({ jwks: { keys: [key.publicJwk] } });
    try {
      const keyStore = (client: Redis) => new RedisTokenStore({ client, encryptionSecret: key.pem, keyPrefix: prefix, commandTimeoutMs: 10_000 });
      const options = { clientSecret: undefined, privateKey: key.pem, keyId: key.kid };
      const one = env.client({ tokenStore: keyStore(a), ...options });
      const two = env.client({ tokenStore: keyStore(b), ...options });
      await one.practice.ping();
      await Promise.all([two.practice.ping(), one.practice.ping(), two.practice.ping()]);
      expect(env.sim.stats.tokenRequests).toBe(1);
      expect(env.sim.requests.find((r) => r.path === '/oauth2/v1/token')?.body).toContain('client_assertion=');
      // Sealed: Redis holds no readable token.
      const { values } = await rawValues();
      const bearer = env.sim.requests.find((r) => r.path.startsWith('/v1/'))?.headers.authorization?.slice(7) as string;
      expect(values.join(' ')).not.toContain(bearer);
    } finally {
      await env.close();
    }
  });
});
