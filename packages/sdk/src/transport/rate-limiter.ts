/**
 * Client-side rate limiting: a spacing between API requests, shared by every
 * call of a client (MemoryRateLimiter) or by every process (RedisRateLimiter in
 * `athenahealth-sdk/redis`). The transport's rate-limit policy asks it for a slot
 * before each attempt and shows it each response's headers.
 */
import { ConfigurationError } from '../base/errors.js';
import type { Logger } from '../base/logger.js';
import { DailyQuotaPacer } from './quota-pacing.js';
import { rateLimitTimeout } from './rate-limit-timeout.js';
import { slotToleranceMs, waitForSlot } from './slot-wait.js';
import { throwIfAborted } from '../base/abort.js';

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
   * The client hands over its logger when the limiter has none of its own.
   * @example
   * limiter.setLogger(console);
   */
  setLogger?(logger: Logger): void;
}

export interface MemoryRateLimiterOptions {
  /** Requests per second this process may send. Default: no fixed limit (only the daily quota paces). */
  requestsPerSecond?: number;
  /**
   * Share of `requestsPerSecond` kept unused (default 0.05: requests go out at 95% of
   * the limit). athena counts per aligned second on arrival; without headroom, network
   * jitter can land one request too many in a second.
   */
  headroom?: number;
  /** Share of the daily quota below which calls are paced to last until midnight UTC. Default 0.1. */
  quotaReserve?: number;
}

/** The default share of a requests-per-second limit left unused against jitter. */
export const DEFAULT_RATE_HEADROOM = 0.05;

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
 * A spacing schedule (GCRA without burst): each slot is reserved `intervalMs`
 * after the previous one. When the interval shrinks (the quota day rolled over),
 * reservations made at the old spacing are rescaled rather than honoured.
 */
export class SlotSchedule {
  #nextAt = 0;
  #lastIntervalMs = 0;

  /** Reserves the next slot and returns how long to wait for it, or undefined (nothing reserved) past `maxWaitMs`. */
  reserve(intervalMs: number, maxWaitMs: number, now = Date.now()): number | undefined {
    let nextAt = Math.max(this.#nextAt, now);
    if (intervalMs < this.#lastIntervalMs && this.#lastIntervalMs > 0) nextAt = now + ((nextAt - now) * intervalMs) / this.#lastIntervalMs;
    const waitMs = nextAt - now;
    if (waitMs > maxWaitMs) return undefined;
    this.#nextAt = nextAt + intervalMs;
    this.#lastIntervalMs = intervalMs;
    return waitMs;
  }
}

/** The default limiter: one process, no fixed rate unless `requestsPerSecond` is given; always honours the daily quota. */
export class MemoryRateLimiter implements RateLimiter {
  readonly #requestsPerSecond: number | undefined;
  readonly #fixedIntervalMs: number;
  readonly #quota: DailyQuotaPacer;
  readonly #schedule = new SlotSchedule();

  /**
   * @example
   * const athena = new AthenaClient({ rateLimiter: new MemoryRateLimiter({ requestsPerSecond: 20 }) });
   */
  constructor(options: MemoryRateLimiterOptions = {}) {
    this.#requestsPerSecond = options.requestsPerSecond;
    this.#fixedIntervalMs = spacingMs(options.requestsPerSecond, options.headroom);
    this.#quota = new DailyQuotaPacer(options.quotaReserve);
  }

  /**
   * Waits for this attempt's slot.
   * @example
   * await limiter.acquire(signal, Date.now() + 30_000);
   */
  acquire(signal: AbortSignal | undefined, deadline: number): Promise<void> | void {
    const intervalMs = this.intervalMs();
    if (intervalMs === 0) return;
    throwIfAborted(signal);
    const now = Date.now();
    const waitMs = this.#schedule.reserve(intervalMs, deadline - now, now);
    if (waitMs === undefined) throw rateLimitTimeout(deadline - now);
    if (waitMs <= 0) return;
    // Waits, and takes a new slot if the wake-up came too late (see slot-wait.ts).
    const first = waitMs;
    let used = false;
    const reserve = (maxWaitMs: number) => {
      if (!used) {
        used = true;
        return first;
      }
      return this.#schedule.reserve(this.intervalMs(), maxWaitMs);
    };
    return waitForSlot(reserve, slotToleranceMs(intervalMs), signal, deadline);
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
   * The spacing asked for now: the larger of the fixed rate's and the quota's.
   * @example
   * new MemoryRateLimiter({ requestsPerSecond: 10 }).intervalMs(); // about 105 ms with 5% headroom
   */
  intervalMs(now = Date.now()): number {
    return Math.max(this.#fixedIntervalMs, this.#quota.intervalMs(now));
  }

  toJSON(): Record<string, unknown> {
    return { type: 'MemoryRateLimiter', requestsPerSecond: this.#requestsPerSecond };
  }
}
