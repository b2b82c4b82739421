/**
 * One process of the "8 processes sharing RedisRateLimiter" benchmark: a default client
 * whose limiter is a RedisRateLimiter (learning, the default). Says `ready`, waits for `go`,
 * fans out CALLS calls (every tenth a write, numbered from OFFSET), reports and exits.
 */
import { Redis } from 'ioredis';
import { loadSdk } from './harness.js';

const { AthenaClient } = await loadSdk();
const { RedisRateLimiter } = (await import(new URL(process.env.BENCH_SOURCE === '1' ? '../packages/sdk/src/redis/index.ts' : '../packages/sdk/dist/redis/index.js', import.meta.url).href)) as typeof import('../packages/sdk/src/redis/index.js');

const env = process.env as Record<string, string>;
const redis = new Redis(env.REDIS_URL as string);
redis.on('error', () => {});
const rateLimiter = new RedisRateLimiter({ client: redis, keyPrefix: env.PREFIX });
const athena = new AthenaClient({ clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET, practiceId: env.PRACTICE_ID, baseUrl: env.SIM_URL, logLevel: 'off', rateLimiter });

process.on('message', async (message) => {
  if (message !== 'go') return;
  const calls = Number(env.CALLS);
  const offset = Number(env.OFFSET);
  let failed = 0;
  await Promise.all(
    Array.from({ length: calls }, (_, k) => {
      const i = offset + k;
      const id = String((i % 1000) + 1);
      return (i % 10 === 9 ? athena.patients.updatePatient(id, { email: `w${i}@example.com` }) : athena.patients.getPatient(id)).catch(() => failed++);
    }),
  );
  const learned = await rateLimiter.learnedRate();
  process.send?.({ failed, learned });
  athena.close();
  redis.disconnect();
  process.exit(0);
});
redis.once('ready', () => process.send?.('ready'));
