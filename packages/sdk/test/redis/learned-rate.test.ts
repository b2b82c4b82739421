import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { AthenaClient } from '../../src/index.js';
import { RedisRateLimiter } from '../../src/redis/index.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { cleanUp, connect, describeRedis, ready, uniquePrefix } from './helpers.js';

describeRedis('RedisRateLimiter learning one rate for every client that shares it', (server) => {
  let a: Redis;
  let b: Redis;
  let prefix: string;
  let sim: Simulator | undefined;
  const clients: AthenaClient[] = [];

  beforeAll(async () => {
    a = connect(server.url);
    b = connect(server.url);
    await Promise.all([ready(a), ready(b)]);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await sim?.stop();
    await cleanUp(a, prefix);
  });
  afterAll(() => {
    a.disconnect();
    b.disconnect();
  });

  it('two clients on two connections learn the throttle together: no call fails, no write is applied twice', { timeout: 60_000 }, async () => {
    prefix = uniquePrefix();
    const limit = 30;
    sim = await startSimulator({ requestsPerSecond: limit, latencyMs: 20, tokenRequestsPerWindow: 1000 });
    const limiters = [a, b].map((client) => new RedisRateLimiter({ client, keyPrefix: prefix }));
    for (const rateLimiter of limiters) {
      const target = sim;
      clients.push(new AthenaClient({ clientId: target.clientId, clientSecret: target.clientSecret, practiceId: target.practiceId, baseUrl: target.url, logLevel: 'off', rateLimiter }));
    }
    const calls = Array.from({ length: 6 * limit }, (_, i) => {
      const athena = clients[i % 2] as AthenaClient;
      return i % 10 === 9 ? athena.patients.updatePatient(String((i % 100) + 1), { email: `r${i}@example.com` }) : athena.patients.getPatient(String((i % 100) + 1));
    });
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(sim.stats.repeatedWrites).toBe(0);
    expect(sim.stats.throttled).toBeLessThan(calls.length / 4);
    // One rate, in Redis, read the same by both.
    const [first, second] = await Promise.all(limiters.map((limiter) => limiter.learnedRate()));
    expect(first).toBe(second);
    expect(first).toBeGreaterThan(limit * 0.5);
    // Settled under the limit, or probing above it at the end (the next refusal would correct that).
    expect(first).toBeLessThanOrEqual(limit * 1.5);
  });
});
