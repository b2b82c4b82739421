/**
 * One requests-per-second limit shared by every process: a GCRA schedule kept in
 * Redis and advanced by an atomic Lua script, so N processes together send no more
 * than the limit. By default the limit is learned from athena's throttle answers, as
 * the in-process limiter does, but in Redis (learning-scripts.ts): every process feeds
 * the one rate and paces by it. Each process reserves one shared slot at a time, so a
 * change of rate applies at once, and caps its own calls in flight. The daily-quota pacing of the in-process limiter applies too, and
 * since every process reads the same quota headers, the spacing it asks for is
 * enforced across all of them. Without Redis it falls back to an in-process limiter.
 */
import { DailyQuotaPacer, INITIAL_RATE, monotonicNow, RoundTripAverage, rateLimitTimeout, sleep, SlotQueue, slotToleranceMs, throwIfAborted, waitForSlot } from '../internal.js';
import { ConfigurationError, DEFAULT_MAX_IN_FLIGHT, spacingMs, type AttemptOutcome, type Logger, type RateLimiter } from '../index.js';
import { NOTE_REFUSAL, RESERVE_LEARNED_SLOT } from './learning-scripts.js';
import type { RedisClient } from './client.js';
import { FallbackSchedule } from './fallback-limiter.js';
import { RedisHealth } from './health.js';
import { RESERVE_SLOT } from './scripts.js';

export interface RedisRateLimiterOptions {
  /** A connected ioredis client. The limiter never closes it. */
  client: RedisClient;
  /**
   * Requests per second for all processes together: a ceiling. Default: none; the rate is
   * learned from athena's throttle answers (see `adaptive`).
   */
  requestsPerSecond?: number;
  /**
   * Learn the rate the gateway allows, together, in Redis (default true): the rules of the
   * in-process `MemoryRateLimiter`. `false`: a fixed schedule at `requestsPerSecond` (or none).
   */
  adaptive?: boolean;
  /** Most attempts in flight at once in this process. Default 256 when adaptive, else no cap. */
  maxInFlight?: number;
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
  readonly #learning: SharedLearning | undefined;

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
    this.#key = `${options.keyPrefix ?? 'athena:'}rate:${options.name ?? 'api'}`;
    if (options.adaptive ?? true) {
      const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
      if (!(maxInFlight >= 1)) throw new ConfigurationError('maxInFlight must be at least 1.');
      this.#learning = new SharedLearning(this.#key, maxInFlight, this.#fixedIntervalMs > 0 ? 1000 / this.#fixedIntervalMs : undefined);
    }
    const fallbackIntervalMs = spacingMs(options.fallbackRequestsPerSecond ?? rps, options.headroom);
    // During an outage a learning limiter keeps to the last rate it read from Redis.
    const learnedIntervalMs = () => (this.#learning ? 1000 / this.#learning.lastRate : 0);
    this.#fallback = new FallbackSchedule(() => Math.max(fallbackIntervalMs, this.#quota.intervalMs(), options.fallbackRequestsPerSecond === undefined ? learnedIntervalMs() : 0));
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
    if (this.#learning) return this.#acquireLearned(this.#learning, signal, deadline);
    const intervalMs = Math.max(this.#fixedIntervalMs, this.#quota.intervalMs());
    if (intervalMs === 0) return;
    throwIfAborted(signal);
    return this.#acquireShared(intervalMs, signal, deadline);
  }

  /** A place in flight, then this process's turn, then one slot of the shared, learned schedule. */
  async #acquireLearned(learning: SharedLearning, signal: AbortSignal | undefined, deadline: number): Promise<void> {
    await learning.inFlight.acquire(signal, deadline);
    try {
      await learning.turn.acquire(signal, deadline);
      try {
        await this.#reserveLearned(learning, signal, deadline);
      } finally {
        learning.turn.release();
      }
    } catch (error) {
      learning.inFlight.release();
      throw error;
    }
  }

  async #reserveLearned(learning: SharedLearning, signal: AbortSignal | undefined, deadline: number): Promise<void> {
    const committedMs = Math.max(this.#fixedIntervalMs, this.#quota.intervalMs());
    const waitMs = await this.#health.run<number | undefined>(
      async (client) => {
        const maxWaitMs = deadline - Date.now();
        const waitUs = await reserveLearnedSlot(client, learning, learning.report(committedMs, maxWaitMs));
        if (waitUs < 0) return undefined;
        this.#fallback.noteSharedSlot(Date.now() + waitUs / 1000);
        return waitUs / 1000;
      },
      () => -1,
      deadline,
    );
    if (waitMs === undefined) throw rateLimitTimeoutFor(deadline);
    if (waitMs < 0) {
      // Redis did not answer: this process paces itself until it does.
      await this.#fallback.acquire(signal, deadline);
      return;
    }
    if (waitMs > 0) learning.held(monotonicNow());
    if (waitMs > 0) await sleep(waitMs, signal);
  }

  /**
   * Learns from how the attempt ended (in Redis, for every process) and frees its place in flight.
   * @example
   * limiter.settle('ok', monotonicNow() - 40);
   */
  settle(outcome: AttemptOutcome, sentAt: number): void {
    const learning = this.#learning;
    if (!learning) return;
    learning.inFlight.release();
    if (outcome === 'ok') {
      learning.succeeded(sentAt, monotonicNow());
      if (learning.recovering) this.#reportSuccesses(learning);
    } else if (outcome === 'throttled') {
      const sentUs = learning.serverTimeUs(sentAt);
      void this.#health.run(
        (client) => NOTE_REFUSAL.run(client, learning.keys, [sentUs]),
        () => undefined,
      );
    }
  }

  /**
   * While the shared rate recovers, a success may be the one that ends the recovery: it is
   * reported at once rather than with this process's next reservation, which at a tenth of
   * the rate may be several slots away (one reservation at a time per process). One report
   * in flight at a time.
   */
  #reportSuccesses(learning: SharedLearning): void {
    if (learning.reporting) return;
    learning.reporting = true;
    const committedMs = Math.max(this.#fixedIntervalMs, this.#quota.intervalMs());
    void this.#health
      .run(
        async (client) => {
          await reserveLearnedSlot(client, learning, [...learning.report(committedMs, 0), '1']);
        },
        () => undefined,
      )
      .finally(() => {
        learning.reporting = false;
      });
  }

  /**
   * The rate learned together by every process sharing this limiter (requests per second),
   * read from Redis; undefined when not adaptive, before anything was learned, or without Redis.
   * @example
   * await limiter.learnedRate(); // e.g. 142.5
   */
  async learnedRate(): Promise<number | undefined> {
    const learning = this.#learning;
    if (!learning) return undefined;
    return this.#health.run(
      async (client) => {
        const value = await client.hget(learning.keys[1] as string, 'rate');
        return value === null ? undefined : Number(value);
      },
      () => undefined,
    );
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
    return { type: 'RedisRateLimiter', key: this.#key, requestsPerSecond: this.#requestsPerSecond, adaptive: this.#learning !== undefined };
  }
}

function rateLimitTimeoutFor(deadline: number): Error {
  return rateLimitTimeout(deadline - Date.now());
}

/**
 * Runs RESERVE_LEARNED_SLOT with `args` (a reservation, or with a trailing '1' a report of
 * successes alone) and hands its answer to `learning`. Returns the wait in µs, -1 past the deadline.
 */
async function reserveLearnedSlot(client: RedisClient, learning: SharedLearning, args: (string | number)[]): Promise<number> {
  const [waitUs, serverNowUs, milliRate, recovering] = (await RESERVE_LEARNED_SLOT.run(client, learning.keys, args)) as [number, string, number, number];
  learning.heard(Number(serverNowUs), milliRate / 1000, recovering === 1);
  return waitUs;
}

/** This process's side of the shared learning: what it saw since it last told Redis, and its place in line. */
class SharedLearning {
  readonly keys: readonly string[];
  /** Attempts in flight in this process. */
  readonly inFlight: SlotQueue;
  /** One shared reservation at a time per process, so no slot is held far ahead at a stale rate. */
  readonly turn: SlotQueue;
  readonly #ceiling: number;
  readonly #startAtCeiling: boolean;
  #successes = 0;
  readonly #rtt = new RoundTripAverage();
  #latestSuccessUs = 0;
  #heldAt = -Infinity;
  /** Server clock minus this process's monotonic clock, ms. */
  #offsetMs = 0;
  lastRate: number;
  /** The shared rate was recovering when Redis last answered: successes are reported at once. */
  recovering = false;
  /** A report of successes alone is in flight. */
  reporting = false;

  constructor(key: string, maxInFlight: number, ceiling: number | undefined) {
    this.keys = [key, `${key}:learn`, `${key}:sent`];
    const none = () => 0;
    this.inFlight = new SlotQueue({ intervalMs: none, committedIntervalMs: none, maxInFlight });
    this.turn = new SlotQueue({ intervalMs: none, committedIntervalMs: none, maxInFlight: 1 });
    this.#ceiling = ceiling ?? 1_000_000;
    this.#startAtCeiling = ceiling !== undefined;
    this.lastRate = Math.min(this.#ceiling, INITIAL_RATE);
  }

  /** The arguments of RESERVE_LEARNED_SLOT, handing over what was seen since the last call. */
  report(committedMs: number, maxWaitMs: number): (string | number)[] {
    const args = [
      Math.round(committedMs * 1000),
      Math.floor(Math.max(0, maxWaitMs) * 1000),
      this.#successes,
      Math.round((this.#rtt.ms ?? 0) * 1000),
      Math.round(this.#latestSuccessUs),
      this.#ceiling,
      this.#startAtCeiling ? '1' : '0',
    ];
    this.#successes = 0;
    return args;
  }

  heard(serverNowUs: number, rate: number, recovering: boolean): void {
    this.#offsetMs = serverNowUs / 1000 - monotonicNow();
    this.lastRate = rate;
    this.recovering = recovering;
  }

  held(now: number): void {
    this.#heldAt = now;
  }

  serverTimeUs(localMs: number): number {
    return Math.round((localMs + this.#offsetMs) * 1000);
  }

  succeeded(sentAt: number, now: number): void {
    this.#rtt.add(now - sentAt);
    this.#latestSuccessUs = Math.max(this.#latestSuccessUs, this.serverTimeUs(sentAt));
    // Only growth the limiter held back counts (see adaptive-rate.ts).
    if (now - this.#heldAt < 1000) this.#successes++;
  }
}
