/**
 * A hung Redis: the server is paused (SIGSTOP), so its connections stay open and no
 * command is ever answered. Calls must not each wait a command timeout: after the
 * first one, the store and the limiter skip Redis until a background probe is
 * answered, and no wait on Redis outlasts the calling call's deadline.
 */
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { RedisRateLimiter, RedisTokenStore } from '../../src/redis/index.js';
import { memoryLogger, withSimulator } from '../helpers.js';
import { connect, describeRedis, ready, uniquePrefix, type RedisServer } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An ioredis client that counts the commands the store and the limiter send while `paused()` holds. */
function countingClient(url: string, paused: () => boolean): { redis: Redis; sentWhilePaused: () => number } {
  const redis = connect(url, { retryStrategy: (times) => Math.min(times * 50, 200) });
  let sent = 0;
  for (const name of ['get', 'eval', 'evalsha'] as const) {
    const original = (redis[name] as (...args: unknown[]) => Promise<unknown>).bind(redis);
    (redis as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (paused()) sent++;
      return original(...args);
    };
  }
  return { redis, sentWhilePaused: () => sent };
}

/** Pauses the server for `body` and always resumes it. */
async function whilePaused<T>(server: RedisServer, state: { paused: boolean }, body: () => Promise<T>): Promise<T> {
  process.kill(server.pid, 'SIGSTOP');
  state.paused = true;
  try {
    return await body();
  } finally {
    state.paused = false;
    process.kill(server.pid, 'SIGCONT');
  }
}

describeRedis('when Redis hangs', (server) => {
  let raw: Redis;
  const clients: Redis[] = [];
  const state = { paused: false };

  beforeAll(async () => {
    raw = connect(server.url);
    await ready(raw);
    clients.push(raw);
  });
  afterEach(() => {
    for (const client of clients.splice(1)) client.disconnect();
  });

  it('waits for one command timeout at most, answers the other calls from memory at once, and goes back to Redis', { timeout: 60_000 }, async () => {
    const prefix = uniquePrefix();
    const { redis, sentWhilePaused } = countingClient(server.url, () => state.paused);
    clients.push(redis);
    await ready(redis);
    const env = await withSimulator();
    const logger = memoryLogger();
    const options = { client: redis, keyPrefix: prefix, commandTimeoutMs: 1_000 };
    const athena = () =>
      env.client({
        logger,
        logLevel: 'info',
        totalTimeoutMs: 5_000,
        tokenStore: new RedisTokenStore({ ...options, clientSecret: env.sim.clientSecret }),
        rateLimiter: new RedisRateLimiter({ ...options, requestsPerSecond: 50 }),
      });
    const CALLS = 12;
    try {
      await athena().practice.ping();
      const scheduleKey = `${prefix}rate:api`;
      const nextBefore = await raw.hget(scheduleKey, 'next');
      expect(nextBefore).not.toBeNull();

      const results = await whilePaused(server, state, async () => {
        // A cold client: its first call needs the store (the token) and the limiter.
        const cold = athena();
        const settled: PromiseSettledResult<unknown>[] = [];
        for (let i = 0; i < CALLS; i++) settled.push(...(await Promise.allSettled([cold.practice.ping()])));
        return settled;
      });

      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      // Without the cool-off every call sends its commands and waits a timeout for each (a dozen or more).
      expect(sentWhilePaused()).toBeLessThanOrEqual(2);
      expect(logger.lines.filter((line) => line.startsWith('warn'))).toHaveLength(1);

      // Resumed: the background probe brings Redis back (the calls sent nothing to find that out)...
      const back = () => logger.lines.some((line) => line.includes('Redis is reachable again'));
      for (let tries = 0; tries < 200 && !back(); tries++) await sleep(50);
      expect(logger.lines.filter((line) => line.includes('Redis is reachable again'))).toHaveLength(1);
      // ...and calls reserve their slots in the shared schedule again.
      const nextBeforeCall = Number(await raw.hget(scheduleKey, 'next'));
      await athena().practice.ping();
      expect(Number(await raw.hget(scheduleKey, 'next'))).toBeGreaterThan(nextBeforeCall);
    } finally {
      await env.close();
    }
  });

  it('keeps the wait on a hung Redis within the call’s deadline', { timeout: 60_000 }, async () => {
    const prefix = uniquePrefix();
    const { redis } = countingClient(server.url, () => state.paused);
    clients.push(redis);
    await ready(redis);
    const env = await withSimulator();
    try {
      // A command timeout far longer than the call may take: only the deadline can bound the wait.
      const athena = env.client({
        totalTimeoutMs: 3_000,
        tokenStore: new RedisTokenStore({ client: redis, keyPrefix: prefix, clientSecret: env.sim.clientSecret }),
        rateLimiter: new RedisRateLimiter({ client: redis, keyPrefix: prefix, requestsPerSecond: 50, commandTimeoutMs: 30_000 }),
      });
      await athena.practice.ping(); // the token is in hand: only the limiter needs Redis now
      const result = await whilePaused(server, state, () =>
        athena.practice.ping().then(
          () => 'answered',
          (error: Error) => error.name,
        ),
      );
      expect(result).toBe('answered');
    } finally {
      await env.close();
    }
  });
});
