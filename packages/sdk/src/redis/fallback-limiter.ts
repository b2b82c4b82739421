/**
 * The per-process schedule a RedisRateLimiter falls back on while Redis is unreachable.
 * When Redis goes away, the slots this process already reserved in the shared schedule
 * are still being used (calls are waiting for them). A fallback that started from an
 * empty schedule would send its own rate on top of them, and every process doing so
 * at once took the total well over the shared limit. So this schedule starts after
 * the last slot this process got from Redis: until then, those slots are its share.
 */
import { rateLimitTimeout, slotToleranceMs, throwIfAborted, waitForSlot } from '../internal.js';

export class FallbackSchedule {
  readonly #intervalMs: () => number;
  #nextAt = 0;
  #lastIntervalMs = 0;
  /** The latest slot (epoch ms, this process's clock) this process reserved in the shared schedule. */
  #lastSharedSlotAt = 0;

  /** `intervalMs`: the spacing asked for now (it follows the daily quota). */
  constructor(intervalMs: () => number) {
    this.#intervalMs = intervalMs;
  }

  /** Records a slot reserved in the shared schedule, at `at` (epoch ms). */
  noteSharedSlot(at: number): void {
    if (at > this.#lastSharedSlotAt) this.#lastSharedSlotAt = at;
  }

  /** Waits for this attempt's slot in the per-process schedule. */
  acquire(signal: AbortSignal | undefined, deadline: number): Promise<void> | void {
    const intervalMs = this.#intervalMs();
    if (intervalMs === 0) return;
    throwIfAborted(signal);
    const now = Date.now();
    const waitMs = this.#reserve(intervalMs, deadline - now, now);
    if (waitMs === undefined) throw rateLimitTimeout(deadline - now);
    if (waitMs <= 0) return;
    // The first slot is taken; a wake-up too late takes a new one (see slot-wait.ts).
    let first = true;
    const reserve = (maxWaitMs: number) => {
      if (first) {
        first = false;
        return waitMs;
      }
      return this.#reserve(this.#intervalMs(), maxWaitMs);
    };
    return waitForSlot(reserve, slotToleranceMs(intervalMs), signal, deadline);
  }

  /** GCRA without burst, as the in-process limiter's, but never before this process's shared slots are over. */
  #reserve(intervalMs: number, maxWaitMs: number, now = Date.now()): number | undefined {
    let nextAt = Math.max(this.#nextAt, now);
    // A shrunk interval (the quota day rolled over) rescales what was reserved at the old one.
    if (intervalMs < this.#lastIntervalMs && this.#lastIntervalMs > 0) nextAt = now + ((nextAt - now) * intervalMs) / this.#lastIntervalMs;
    nextAt = Math.max(nextAt, this.#lastSharedSlotAt + intervalMs);
    const waitMs = nextAt - now;
    if (waitMs > maxWaitMs) return undefined;
    this.#nextAt = nextAt + intervalMs;
    this.#lastIntervalMs = intervalMs;
    return waitMs;
  }
}
