/**
 * Client-side rate limiting: a spacing between API requests, shared by every
 * call of a client (MemoryRateLimiter) or by every process (RedisRateLimiter in
 * `athenahealth-sdk/redis`). The transport's rate-limit policy asks it for a slot
 * before each attempt, shows it each response's headers, and tells it how the
 * attempt ended (so it can learn the gateway's throttle and count calls in flight).
 */
import { monotonicNow } from '../base/clock.js';
import { ConfigurationError } from '../base/errors.js';
import type { Logger } from '../base/logger.js';
import { DailyQuotaPacer } from './quota-pacing.js';
import { AdaptiveRate } from './adaptive-rate.js';
import { SlotQueue } from './slot-queue.js';

/** How an attempt ended, for {@link RateLimiter.settle}. */
export type AttemptOutcome = 'ok' | 'throttled' | 'failed';

export interface RateLimiter {
  /**
   * Resolves when this attempt may be sent. Rejects with RequestAbortedError when
   * `signal` aborts, and with TimeoutError when the wait would pass `deadline`
   * (epoch ms). May return nothing when no wait is needed (the fast path).
   * @example
   * await limiter.acquire(controller.signal, Date.now() + 30_000);
   */
  acquire(signal: AbortSignal | undefined, deadline: number): Promise<void> | void;
  /**
   * Reads an API response's headers (lower-case names), e.g. athena's daily quota.
   * @example
   * limiter.observe({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '1200' });
   */
  observe(headers: Record<string, string>): void;
  /**
   * Optional and faster: when present, the client calls this instead of `observe` with
   * just athena's quota headers (`X-RateLimit-Limit`, `X-RateLimit-Remaining`; undefined
   * when absent), so no response's full header record is built for the limiter.
   * Implement `observe` alone to see every header.
   * @example
   * limiter.observeQuota?.('50000', '1200');
   */
  observeQuota?(limit: string | undefined, remaining: string | undefined): void;
  /**
   * Optional: how an attempt that got a slot ended. Called exactly once per slot given:
   * `'ok'` answered (any status but a throttle), `'throttled'` a throttle answer (429 or a
   * gateway quota answer; `retryAfterMs` when it said), `'failed'` no answer (timeout,
   * reset). `sentAt` is when the slot was given, on the monotonic clock (`monotonicNow()`).
   * @example
   * limiter.settle?.('throttled', monotonicNow() - 40, 1000);
   */
  settle?(outcome: AttemptOutcome, sentAt: number, retryAfterMs?: number): void;
  /**
   * The client hands over its logger when the limiter has none of its own.
   * @example
   * limiter.setLogger(console);
   */
  setLogger?(logger: Logger): void;
}

export interface MemoryRateLimiterOptions {
  /**
   * Requests per second this process may send: a fixed ceiling. Default: none; the rate
   * is learned from the gateway's throttle answers (see `adaptive`).
   */
  requestsPerSecond?: number;
  /**
   * Share of `requestsPerSecond` kept unused (default 0.05: requests go out at 95% of
   * the limit). athena counts per aligned second on arrival; without headroom, network
   * jitter can land one request too many in a second.
   */
  headroom?: number;
  /** Share of the daily quota below which calls are paced to last until midnight UTC. Default 0.1. */
  quotaReserve?: number;
  /**
   * Learn the rate the gateway allows (default true): start at 20 a second, grow while
   * calls succeed, cut to just under what got through on a throttle answer, probe upward
   * again (see adaptive-rate.ts). With `requestsPerSecond` it starts there and never goes
   * above it. `false`: a fixed spacing at `requestsPerSecond` (or none) (the behaviour before learning existed).
   */
  adaptive?: boolean;
  /**
   * Most attempts out at once; the rest wait in order. Default 256 when adaptive
   * (enough for 500 calls a second at 500 ms each), else no cap.
   */
  maxInFlight?: number;
}

/** The default share of a requests-per-second limit left unused against jitter. */
export const DEFAULT_RATE_HEADROOM = 0.05;

/** The default cap on attempts in flight of an adaptive limiter. */
export const DEFAULT_MAX_IN_FLIGHT = 256;

/** A Retry-After up to this is a per-second throttle's; a longer one pauses every call. */
const PER_SECOND_RETRY_AFTER_MS = 1_000;
/** The longest pause a throttle answer's Retry-After imposes on the other calls. */
const MAX_PAUSE_MS = 60_000;

/**
 * Spacing in ms between requests for a limit of `rps` with `headroom`; 0 for no limit.
 * @example
 * spacingMs(50); // 21.05…: 50 a second less 5% headroom
 */
export function spacingMs(rps: number | undefined, headroom = DEFAULT_RATE_HEADROOM): number {
  if (rps === undefined) return 0;
  if (!(rps > 0 && Number.isFinite(rps))) throw new ConfigurationError('requestsPerSecond must be a positive number.');
  if (!(headroom >= 0 && headroom < 1)) throw new ConfigurationError('headroom must be at least 0 and less than 1.');
  return 1000 / (rps * (1 - headroom));
}

/**
 * The default limiter, for one process: learns the gateway's per-second throttle (or
 * keeps a fixed `requestsPerSecond`), caps attempts in flight, and always honours the
 * daily quota. Waiting calls are served in order by one timer (slot-queue.ts).
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly #requestsPerSecond: number | undefined;
  readonly #fixedIntervalMs: number;
  readonly #quota: DailyQuotaPacer;
  readonly #learned: AdaptiveRate | undefined;
  readonly #queue: SlotQueue;

  /**
   * @example
   * const athena = new AthenaClient({ rateLimiter: new MemoryRateLimiter({ requestsPerSecond: 20 }) });
   */
  constructor(options: MemoryRateLimiterOptions = {}) {
    this.#requestsPerSecond = options.requestsPerSecond;
    this.#fixedIntervalMs = spacingMs(options.requestsPerSecond, options.headroom);
    this.#quota = new DailyQuotaPacer(options.quotaReserve);
    const adaptive = options.adaptive ?? true;
    const maxInFlight = options.maxInFlight ?? (adaptive ? DEFAULT_MAX_IN_FLIGHT : Infinity);
    if (!(maxInFlight >= 1)) throw new ConfigurationError('maxInFlight must be at least 1.');
    if (adaptive) {
      const ceiling = this.#fixedIntervalMs > 0 ? 1000 / this.#fixedIntervalMs : undefined;
      this.#learned = new AdaptiveRate({ ceiling, startAtCeiling: ceiling !== undefined });
    }
    const learned = this.#learned;
    const committed = () => Math.max(this.#fixedIntervalMs, this.#quota.intervalMs());
    this.#queue = new SlotQueue({
      maxInFlight,
      committedIntervalMs: committed,
      intervalMs: learned ? () => Math.max(committed(), 1000 / learned.rate) : committed,
    });
  }

  /**
   * Waits for this attempt's slot.
   * @example
   * await limiter.acquire(signal, Date.now() + 30_000);
   */
  acquire(signal: AbortSignal | undefined, deadline: number): Promise<void> | void {
    return this.#queue.acquire(signal, deadline);
  }

  /**
   * Learns from how the attempt ended and frees its place in flight.
   * @example
   * limiter.settle('ok', monotonicNow() - 40);
   */
  settle(outcome: AttemptOutcome, sentAt: number, retryAfterMs?: number): void {
    const learned = this.#learned;
    if (learned) {
      const now = monotonicNow();
      if (outcome === 'ok') learned.succeeded(sentAt, now, this.#queue.heldRecently(now));
      else if (outcome === 'throttled') {
        learned.throttled(sentAt, now);
        // A per-second throttle is handled by the learned rate; a longer Retry-After (a quota
        // locked for minutes) holds every call, not only the refused one.
        if (retryAfterMs !== undefined && retryAfterMs > PER_SECOND_RETRY_AFTER_MS) this.#queue.pause(now + Math.min(retryAfterMs, MAX_PAUSE_MS));
      }
    }
    this.#queue.release();
  }

  /**
   * Reads athena's quota headers.
   * @example
   * limiter.observe({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '1200' });
   */
  observe(headers: Record<string, string>): void {
    this.#quota.observe(headers);
  }

  /**
   * Reads athena's quota headers by value.
   * @example
   * limiter.observeQuota('50000', '1200');
   */
  observeQuota(limit: string | undefined, remaining: string | undefined): void {
    this.#quota.observeQuota(limit, remaining);
  }

  /**
   * The spacing asked for now: the largest of the fixed rate's, the quota's and the learned rate's.
   * @example
   * new MemoryRateLimiter({ requestsPerSecond: 10 }).intervalMs(); // about 105 ms with 5% headroom
   */
  intervalMs(now = Date.now()): number {
    const fixed = Math.max(this.#fixedIntervalMs, this.#quota.intervalMs(now));
    return this.#learned ? Math.max(fixed, 1000 / this.#learned.rate) : fixed;
  }

  /**
   * The rate learned so far (requests per second), or undefined when not adaptive.
   * @example
   * limiter.learnedRate(); // e.g. 142.5 after a gateway allowing 150 a second refused a call
   */
  learnedRate(): number | undefined {
    return this.#learned?.rate;
  }

  toJSON(): Record<string, unknown> {
    return { type: 'MemoryRateLimiter', requestsPerSecond: this.#requestsPerSecond, learned: this.#learned?.toJSON() };
  }
}
