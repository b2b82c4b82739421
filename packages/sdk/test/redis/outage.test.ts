import { afterAll, beforeAll, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { RedisRateLimiter, RedisTokenStore } from '../../src/redis/index.js';
import { memoryLogger, withSimulator } from '../helpers.js';
import { describeRedis, ready } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeRedis('when Redis goes away', (server) => {
  let redis: Redis;

  beforeAll(async () => {
    // The suite's own redis-server: killing it touches no other test file.
    redis = new Redis(server.url, { retryStrategy: (times) => Math.min(times * 50, 200) });
    redis.on('error', () => {});
    await ready(redis);
  });
  afterAll(async () => {
    redis?.disconnect();
  });

  it('keeps every call working on the in-process fallback, warns once, and goes back to Redis', { timeout: 60_000 }, async () => {
    const env = await withSimulator();
    const logger = memoryLogger();
    const prefix = 'athena-outage-test:';
    try {
      const athena = env.client({
        logger,
        logLevel: 'info',
        tokenStore: new RedisTokenStore({ client: redis, clientSecret: env.sim.clientSecret, keyPrefix: prefix }),
        rateLimiter: new RedisRateLimiter({ client: redis, requestsPerSecond: 200, keyPrefix: prefix }),
      });
      const failures: unknown[] = [];
      let calls = 0;
      let running = true;
      // Eight callers in a loop for the whole test.
      const callers = Array.from({ length: 8 }, async () => {
        while (running) {
          try {
            await athena.practice.ping();
            calls++;
          } catch (error) {
            failures.push(error);
          }
        }
      });

      await sleep(500);
      expect(await redis.exists(`${prefix}rate:api`)).toBe(1);
      const beforeKill = calls;
      await server.kill();
      await sleep(1_500);
      const duringOutage = calls - beforeKill;
      await server.start();
      await ready(redis);
      // Back on Redis: the shared schedule is written again.
      const backAt = Date.now();
      while (Date.now() - backAt < 10_000 && (await redis.exists(`${prefix}rate:api`)) === 0) await sleep(50);
      expect(await redis.exists(`${prefix}rate:api`)).toBe(1);
      // The key can come back from a command ioredis queued during the outage; the limiter itself is
      // back once a command of its own is answered in time (at once, or after the next background PING).
      while (Date.now() - backAt < 10_000 && !logger.lines.some((line) => line.includes('Redis is reachable again'))) await sleep(50);
      await sleep(300);
      running = false;
      await Promise.all(callers);

      expect(failures).toEqual([]);
      expect(duringOutage).toBeGreaterThan(0);
      const warnings = logger.lines.filter((line) => line.startsWith('warn'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('Redis is unreachable');
      expect(logger.lines.filter((line) => line.includes('Redis is reachable again'))).toHaveLength(1);
      // The secret never reaches a log line.
      expect(logger.lines.join('\n')).not.toContain(env.sim.clientSecret);
      expect(env.sim.stats.tokenRequests).toBe(1);
    } finally {
      await env.close();
    }
  });
});
