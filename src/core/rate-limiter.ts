/**
 * Client-side rate limiting: a spacing between API requests, shared by every
 * call of a client (MemoryRateLimiter) or by every process (RedisRateLimiter in
 * `athenahealth-sdk/redis`). The transport's rate-limit policy asks it for a slot
 * before each attempt and shows it each response's headers.
 */
import { TimeoutError } from './errors.js';
import type { Logger } from './logger.js';
import { DailyQuotaPacer } from './quota-pacing.js';
import { sleep, throwIfAborted } from '../transport/abort.js';

export interface RateLimiter {
  /**
   * Resolves when this attempt may be sent. Rejects with RequestAbortedError when
   * `signal` aborts, and with TimeoutError when the wait would pass `deadline`
   * (epoch ms). May return nothing when no wait is needed (the fast path).
   */
  acquire(signal: AbortSignal | undefined, deadline: number): Promise<void> | void;
  /** Reads an API response's headers (lower-case names), e.g. athena's daily quota. */
  observe(headers: Record<string, string>): void;
  /** The client hands over its logger when the limiter has none of its own. */
  setLogger?(logger: Logger): void;
}

export interface MemoryRateLimiterOptions {
  /** Requests per second this process may send. Default: no fixed limit (only the daily quota paces). */
  requestsPerSecond?: number;
  /** Share of the daily quota below which calls are paced to last until midnight UTC. Default 0.1. */
  quotaReserve?: number;
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
  readonly #fixedIntervalMs: number;
  readonly #quota: DailyQuotaPacer;
  readonly #schedule = new SlotSchedule();

  /**
   * @example
   * const athena = new AthenaClient({ rateLimiter: new MemoryRateLimiter({ requestsPerSecond: 20 }) });
   */
  constructor(options: MemoryRateLimiterOptions = {}) {
    const rps = options.requestsPerSecond;
    if (rps !== undefined && !(rps > 0 && Number.isFinite(rps))) throw new TypeError('requestsPerSecond must be a positive number.');
    this.#fixedIntervalMs = rps === undefined ? 0 : 1000 / rps;
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
    if (waitMs > 0) return sleep(waitMs, signal);
  }

  /**
   * Reads athena's quota headers.
   * @example
   * limiter.observe({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '1200' });
   */
  observe(headers: Record<string, string>): void {
    this.#quota.observe(headers);
  }

  /** The spacing asked for now: the larger of the fixed rate's and the quota's. */
  intervalMs(now = Date.now()): number {
    return Math.max(this.#fixedIntervalMs, this.#quota.intervalMs(now));
  }

  toJSON(): Record<string, unknown> {
    return { type: 'MemoryRateLimiter', requestsPerSecond: this.#fixedIntervalMs ? 1000 / this.#fixedIntervalMs : undefined };
  }
}

/** The error of a call whose rate-limit slot lies past its deadline: nothing was sent. */
export function rateLimitTimeout(remainingMs: number): TimeoutError {
  return new TimeoutError(`The client-side rate limit has no slot for this call within its deadline (${Math.max(0, Math.round(remainingMs))} ms left); nothing was sent.`);
}
