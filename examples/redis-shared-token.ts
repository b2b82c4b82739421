/**
 * Several processes, one token and one budget: `npx tsx examples/redis-shared-token.ts`.
 *
 * Needs a Redis server (REDIS_URL, default redis://127.0.0.1:6379). Without athena
 * credentials it starts the embedded simulator with athena's throttle at 20 requests
 * a second, then runs three child processes that each make 20 concurrent calls
 * through a RedisTokenStore and a RedisRateLimiter: one token request between them,
 * and no 429.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { AthenaClient } from 'athenahealth-sdk';
import { RedisRateLimiter, RedisTokenStore } from 'athenahealth-sdk/redis';
import { startSimulator } from 'athenahealth-sdk/simulator';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROCESSES = 3;
const CALLS = 20;
const LIMIT = 20;

/** One process: its own AthenaClient, sharing token and limit through Redis. */
async function child(): Promise<void> {
  const redis = new Redis(REDIS_URL);
  redis.on('error', () => {}); // outages are reported once through the client's logger
  const athena = new AthenaClient({
    // clientId, clientSecret, practiceId and baseUrl come from ATHENA_* variables.
    tokenStore: new RedisTokenStore({ client: redis, clientSecret: process.env.ATHENA_CLIENT_SECRET, keyPrefix: 'athena-example:' }),
    rateLimiter: new RedisRateLimiter({ client: redis, requestsPerSecond: LIMIT, keyPrefix: 'athena-example:' }),
  });
  const started = Date.now();
  const answers = await Promise.all(Array.from({ length: CALLS }, () => athena.practice.ping()));
  console.log(`process ${process.pid}: ${answers.filter(Boolean).length}/${CALLS} calls answered in ${Date.now() - started} ms`);
  athena.close();
  redis.disconnect();
}

async function parent(): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  try {
    await redis.ping();
  } catch {
    console.error(`No Redis at ${REDIS_URL}: start one (redis-server --port 6379) or set REDIS_URL.`);
    process.exitCode = 1;
    redis.disconnect();
    return;
  }
  // A fresh start: forget the token and schedule of an earlier run.
  const stale = await redis.keys('athena-example:*');
  if (stale.length) await redis.del(...stale);
  redis.disconnect();

  const live = Boolean(process.env.ATHENA_CLIENT_ID);
  const sim = live ? undefined : await startSimulator({ requestsPerSecond: LIMIT, tokenRequestsPerWindow: 5, recordRequests: false });
  const env = sim
    ? { ATHENA_CLIENT_ID: sim.clientId, ATHENA_CLIENT_SECRET: sim.clientSecret, ATHENA_PRACTICE_ID: sim.practiceId, ATHENA_BASE_URL: sim.url }
    : {};
  const self = fileURLToPath(import.meta.url);
  const children = Array.from({ length: PROCESSES }, () =>
    fork(self, ['child'], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env, REDIS_URL } }),
  );
  await Promise.all(children.map((c) => new Promise((resolve) => c.once('exit', resolve))));
  if (sim) {
    console.log(`simulator: ${sim.stats.tokenRequests} token request(s), ${sim.stats.apiRequests} API requests, ${sim.stats.throttled} throttled (429)`);
    await sim.stop();
  }
}

await (process.argv[2] === 'child' ? child() : parent());
