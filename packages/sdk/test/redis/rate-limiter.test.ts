import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { TimeoutError } from '../../src/index.js';
import { RedisRateLimiter } from '../../src/redis/index.js';
import { cleanUp, connect, describeRedis, ready, uniquePrefix } from './helpers.js';

const DAY_MS = 86_400_000;

describeRedis('RedisRateLimiter', (server) => {
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

  it('spaces the requests of two limiters on two connections as one schedule', async () => {
    prefix = uniquePrefix();
    const one = new RedisRateLimiter({ client: a, requestsPerSecond: 20, headroom: 0, keyPrefix: prefix });
    const two = new RedisRateLimiter({ client: b, requestsPerSecond: 20, headroom: 0, keyPrefix: prefix });
    const started = Date.now();
    const deadline = started + 10_000;
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).acquire(undefined, deadline)));
    // 20 slots 50 ms apart, the first at once: at least 950 ms (a lower bound; a busy machine only adds).
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('refuses a slot past the deadline with TimeoutError, without taking it', async () => {
    prefix = uniquePrefix();
    const limiter = new RedisRateLimiter({ client: a, requestsPerSecond: 1, headroom: 0, keyPrefix: prefix });
    await limiter.acquire(undefined, Date.now() + 5_000);
    await expect(limiter.acquire(undefined, Date.now() + 200)).rejects.toBeInstanceOf(TimeoutError);
    // The refused call reserved nothing: the next slot is still about 1 s after the first.
    const started = Date.now();
    await limiter.acquire(undefined, Date.now() + 5_000);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('paces every process when the daily quota runs low', async () => {
    prefix = uniquePrefix();
    const one = new RedisRateLimiter({ client: a, keyPrefix: prefix, adaptive: false });
    const two = new RedisRateLimiter({ client: b, keyPrefix: prefix, adaptive: false });
    // Remaining so low that it must last ~100 ms a call until midnight UTC.
    const untilMidnight = DAY_MS - (Date.now() % DAY_MS);
    const headers = { 'x-ratelimit-limit': '1000000000', 'x-ratelimit-remaining': String(Math.floor(untilMidnight / 100)) };
    one.observe(headers);
    two.observe(headers);
    const started = Date.now();
    const deadline = started + 10_000;
    await Promise.all([one, two, one, two, one].map((limiter) => limiter.acquire(undefined, deadline)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);

    // Plenty left: no pacing at all.
    const plenty = new RedisRateLimiter({ client: a, keyPrefix: prefix, adaptive: false });
    plenty.observe({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '49000' });
    expect(plenty.acquire(undefined, deadline)).toBeUndefined();
  });
});
