/**
 * One requests-per-second limit shared by every process: a GCRA schedule kept in
 * Redis and advanced by an atomic Lua script, so N processes together send no more
 * than the limit. The daily-quota pacing of the in-process limiter applies too, and
 * since every process reads the same quota headers, the spacing it asks for is
 * enforced across all of them. Without Redis it falls back to an in-process limiter.
 */
import { DailyQuotaPacer, slotToleranceMs, throwIfAborted, waitForSlot } from '../internal.js';
import { ConfigurationError, spacingMs, type Logger, type RateLimiter } from '../index.js';
import type { RedisClient } from './client.js';
import { FallbackSchedule } from './fallback-limiter.js';
import { RedisHealth } from './health.js';
import { RESERVE_SLOT } from './scripts.js';

export interface RedisRateLimiterOptions {
  /** A connected ioredis client. The limiter never closes it. */
  client: RedisClient;
  /** Requests per second for all processes together. Default: no fixed limit (only the daily quota paces). */
  requestsPerSecond?: number;
  /**
   * Requests per second for this process alone while Redis is unreachable. Set it to
   * `requestsPerSecond` divided by the number of processes to keep them together under
   * the limit during an outage. The fallback starts where this process's share of the
   * shared schedule ends (its slots reserved in Redis are still used after Redis goes),
   * so the switch itself adds nothing on top of them.
   * Default: `requestsPerSecond` (so N processes may together send up to N times the limit; athena's 429s are then retried).
   * @example
   * new RedisRateLimiter({ client: redis, requestsPerSecond: 40, fallbackRequestsPerSecond: 40 / 8 }); // 8 processes
   */
  fallbackRequestsPerSecond?: number;
  /** Name of the shared limit: limiters with the same prefix and name share one schedule. Default `api`. */
  name?: string;
  /** Prefix of every Redis key this limiter writes. Default `athena:`. */
  keyPrefix?: string;
  /** Share of `requestsPerSecond` kept unused against network jitter. Default 0.05 (requests go out at 95% of the limit). */
  headroom?: number;
  /** Share of the daily quota below which calls are paced to last until midnight UTC. Default 0.1. */
  quotaReserve?: number;
  /** Where Redis trouble is reported (one warning per outage). Default: the AthenaClient's logger. */
  logger?: Logger;
  /**
   * How long one Redis command may take before the in-process fallback answers; never
   * more than half of what is left of the call's deadline. After a timeout Redis is
   * skipped (the fallback answers at once) until a background PING, once a second, is
   * answered again. Default 1000.
   * @example
   * new RedisRateLimiter({ client: redis, requestsPerSecond: 50, commandTimeoutMs: 250 });
   */
  commandTimeoutMs?: number;
}

export class RedisRateLimiter implements RateLimiter {
  readonly #health: RedisHealth;
  readonly #key: string;
  readonly #requestsPerSecond: number | undefined;
  readonly #fixedIntervalMs: number;
  readonly #quota: DailyQuotaPacer;
  readonly #fallback: FallbackSchedule;

  /**
   * @example
   * import { Redis } from 'ioredis';
   * const limiter = new RedisRateLimiter({ client: new Redis(process.env.REDIS_URL), requestsPerSecond: 50 });
   * const athena = new AthenaClient({ rateLimiter: limiter });
   */
  constructor(options: RedisRateLimiterOptions) {
    if (!options.client) throw new ConfigurationError('RedisRateLimiter needs client: an ioredis client.');
    const rps = options.requestsPerSecond;
    this.#requestsPerSecond = rps;
    this.#fixedIntervalMs = spacingMs(rps, options.headroom);
    this.#quota = new DailyQuotaPacer(options.quotaReserve);
    const fallbackIntervalMs = spacingMs(options.fallbackRequestsPerSecond ?? rps, options.headroom);
    this.#fallback = new FallbackSchedule(() => Math.max(fallbackIntervalMs, this.#quota.intervalMs()));
    this.#key = `${options.keyPrefix ?? 'athena:'}rate:${options.name ?? 'api'}`;
    this.#health = RedisHealth.of(options.client);
    if (options.logger) this.#health.logger = options.logger;
    if (options.commandTimeoutMs !== undefined) this.#health.commandTimeoutMs = options.commandTimeoutMs;
  }

  /**
   * Reserves this attempt's slot in the shared schedule and waits for it.
   * @example
   * await limiter.acquire(signal, Date.now() + 30_000);
   */
  acquire(signal: AbortSignal | undefined, deadline: number): Promise<void> | void {
    const intervalMs = Math.max(this.#fixedIntervalMs, this.#quota.intervalMs());
    if (intervalMs === 0) return;
    throwIfAborted(signal);
    return this.#acquireShared(intervalMs, signal, deadline);
  }

  async #acquireShared(intervalMs: number, signal: AbortSignal | undefined, deadline: number): Promise<void> {
    let local = false;
    const reserve = (maxWaitMs: number) =>
      this.#health.run<number | undefined>(
        async (client) => {
          const args = [Math.round(intervalMs * 1000), Math.floor(Math.max(0, maxWaitMs) * 1000)];
          const waitUs = Number(await RESERVE_SLOT.run(client, [this.#key], args));
          if (waitUs < 0) return undefined;
          // Counted on this process's clock: a fallback after an outage starts where this process's share ends.
          this.#fallback.noteSharedSlot(Date.now() + waitUs / 1000);
          return waitUs / 1000;
        },
        () => {
          local = true;
          return 0;
        },
        deadline,
      );
    await waitForSlot(reserve, slotToleranceMs(intervalMs), signal, deadline);
    // Redis did not answer: this process paces itself until it does.
    if (local) await this.#fallback.acquire(signal, deadline);
  }

  /**
   * Reads athena's daily-quota headers.
   * @example
   * limiter.observe({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '1200' });
   */
  observe(headers: Record<string, string>): void {
    this.observeQuota(headers['x-ratelimit-limit'], headers['x-ratelimit-remaining']);
  }

  /**
   * The same, given the two header values (the client's fast path).
   * @example
   * limiter.observeQuota('50000', '1200');
   */
  observeQuota(limit: string | undefined, remaining: string | undefined): void {
    this.#quota.observeQuota(limit, remaining);
  }

  /**
   * Used by AthenaClient to hand over its logger when none was given.
   * @example
   * limiter.setLogger(console);
   */
  setLogger(logger: Logger): void {
    this.#health.logger ??= logger;
  }

  toJSON(): Record<string, unknown> {
    return { type: 'RedisRateLimiter', key: this.#key, requestsPerSecond: this.#requestsPerSecond };
  }
}
