/**
 * The per-process schedule a RedisRateLimiter falls back on while Redis is unreachable.
 * When Redis goes away, the slots this process already reserved in the shared schedule
 * are still being used (calls are waiting for them). A fallback that started from an
 * empty schedule would send its own rate on top of them, and every process doing so
 * at once took the total well over the shared limit. So the slots this process gets
 * from Redis are counted in this schedule too, as if taken at the fallback rate: the
 * fallback starts where this process's share of the shared schedule ends. (A process
 * often takes several shared slots in a row, its callers reserving together, so
 * starting right after its last one is not enough.) Debt older than a second is
 * forgotten: no one-second window holds those slots any more.
 */
import { rateLimitTimeout, slotToleranceMs, throwIfAborted, waitForSlot } from '../internal.js';

/** The limit is per second: slots further back than this are in no window with the next one. */
const ONE_SECOND_MS = 1_000;

export class FallbackSchedule {
  readonly #intervalMs: () => number;
  #nextAt = 0;
  #lastIntervalMs = 0;
  /** Where this process's shared slots, spaced at the fallback rate, end (epoch ms, this process's clock). */
  #sharedShareEndsAt = 0;

  /** `intervalMs`: the spacing asked for now (it follows the daily quota). */
  constructor(intervalMs: () => number) {
    this.#intervalMs = intervalMs;
  }

  /** Records a slot reserved in the shared schedule, at `at` (epoch ms). */
  noteSharedSlot(at: number): void {
    const endsAt = Math.max(this.#sharedShareEndsAt, at) + this.#intervalMs();
    this.#sharedShareEndsAt = Math.min(endsAt, at + ONE_SECOND_MS);
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
    nextAt = Math.max(nextAt, this.#sharedShareEndsAt);
    const waitMs = nextAt - now;
    if (waitMs > maxWaitMs) return undefined;
    this.#nextAt = nextAt + intervalMs;
    this.#lastIntervalMs = intervalMs;
    return waitMs;
  }
}
