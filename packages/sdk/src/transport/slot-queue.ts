/**
 * The calls waiting for a rate-limit slot, first come first served, released by one
 * timer rather than one per call. Slots are timed on the monotonic clock
 * (`monotonicNow()`), so a wall clock that jumps or is frozen (fake timers in a
 * caller's tests) never stalls them; deadlines are epoch ms, as everywhere. a `Promise.all` over 100,000 calls holds 100,000
 * small entries, not 100,000 timers. A slot is given when all of these allow it:
 * - fewer than `maxInFlight` attempts are out (each taken slot is given back by `release`);
 * - no pause is in force (a throttle answer's `Retry-After`);
 * - the spacing (GCRA without burst) has come round: each slot `intervalMs()` after the
 *   previous one.
 * A timer that fires late (a busy event loop) does not lose the slots it slept through:
 * up to {@link CATCH_UP_MS} of them are given at once. Athena counts per second on
 * arrival, so slots owed from the last few ms land in the same second they were meant
 * for; older ones are dropped rather than crowd the next second.
 */
import { monotonicNow } from '../base/clock.js';
import { RequestAbortedError } from '../base/errors.js';
import { rateLimitTimeout } from './rate-limit-timeout.js';

/** How far back a late wake-up may still use the slots it slept through. */
export const CATCH_UP_MS = 25;
/** Calls past their deadline are failed by a sweep this often (their own timers would cost memory per call). */
const SWEEP_MS = 200;

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
  deadline: number;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  done: boolean;
}

export interface SlotQueueSettings {
  /** The spacing between slots now (0: none). */
  intervalMs(): number;
  /**
   * The spacing that is known ahead of time (a fixed rate, the daily quota), not a learned
   * one: a call that could not get a slot at it before its deadline fails at once, unsent.
   */
  committedIntervalMs(): number;
  /** Most attempts out at once. */
  maxInFlight: number;
}

export class SlotQueue {
  readonly #settings: SlotQueueSettings;
  #waiters: Waiter[] = [];
  #head = 0;
  #inFlight = 0;
  #nextAt = 0;
  #pausedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = 0;
  #sweep: ReturnType<typeof setInterval> | undefined;
  #lastHeldAt = -Infinity;

  constructor(settings: SlotQueueSettings) {
    this.#settings = settings;
  }

  /** Calls waiting for a slot (cancelled ones not yet swept included). */
  get waiting(): number {
    return this.#waiters.length - this.#head;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Whether a call had to wait for a slot in the last second: the limiter, not the caller, set the pace. */
  heldRecently(now: number): boolean {
    return now - this.#lastHeldAt < 1000 || this.#head < this.#waiters.length;
  }

  /** Gives a slot at once (nothing returned) or a promise of one; throws or rejects as {@link RateLimiter.acquire}. */
  acquire(signal: AbortSignal | undefined, deadline: number): Promise<void> | void {
    const now = monotonicNow();
    if (this.#head === this.#waiters.length && this.#take(now)) return;
    this.#lastHeldAt = now;
    if (signal?.aborted) throw new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason });
    const committed = this.#settings.committedIntervalMs();
    const soonest = Math.max(0, this.#nextAt - now, this.#pausedUntil - now) + this.waiting * committed;
    const remaining = deadline - Date.now();
    if (soonest > remaining) throw rateLimitTimeout(remaining);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, deadline, signal, onAbort: undefined, done: false };
      if (signal) {
        waiter.onAbort = () => this.#fail(waiter, new RequestAbortedError('The request was aborted by the caller.', { cause: signal.reason }));
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiters.push(waiter);
      this.#sweep ??= unref(setInterval(() => this.#failExpired(), SWEEP_MS));
      this.#pump();
    });
  }

  /** An attempt that had a slot is over: its place among those in flight is free. */
  release(): void {
    this.#inFlight--;
    if (this.#head < this.#waiters.length) this.#pump();
  }

  /** No slot is given before `until` (`monotonicNow()` ms). */
  pause(until: number): void {
    if (until > this.#pausedUntil) this.#pausedUntil = until;
  }

  #take(now: number): boolean {
    if (this.#inFlight >= this.#settings.maxInFlight || now < this.#pausedUntil) return false;
    const intervalMs = this.#settings.intervalMs();
    if (intervalMs > 0) {
      const at = Math.max(this.#nextAt, now - CATCH_UP_MS);
      if (at > now) return false;
      this.#nextAt = at + intervalMs;
    }
    this.#inFlight++;
    return true;
  }

  #pump(): void {
    const now = monotonicNow();
    const waiters = this.#waiters;
    while (this.#head < waiters.length) {
      const waiter = waiters[this.#head] as Waiter;
      if (!waiter.done) {
        if (!this.#take(now)) break;
        this.#settle(waiter);
        waiter.resolve();
      }
      this.#head++;
    }
    if (this.#head === waiters.length) {
      this.#waiters = [];
      this.#head = 0;
      if (this.#sweep) clearInterval(this.#sweep);
      this.#sweep = undefined;
      return;
    }
    // Drop the consumed front now and then, so a long queue does not keep its past.
    if (this.#head >= 4096 && this.#head * 2 >= waiters.length) {
      this.#waiters = waiters.slice(this.#head);
      this.#head = 0;
    }
    if (this.#inFlight < this.#settings.maxInFlight) this.#wakeAt(Math.max(this.#nextAt, this.#pausedUntil), now);
  }

  /** One timer for the whole queue, kept for the earliest time a slot can come. */
  #wakeAt(at: number, now: number): void {
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    // Referenced: a call waiting for its slot keeps the process alive, as its socket would.
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#pump();
    }, Math.max(0, at - now));
  }

  #failExpired(): void {
    const now = Date.now();
    for (let i = this.#head; i < this.#waiters.length; i++) {
      const waiter = this.#waiters[i] as Waiter;
      if (!waiter.done && waiter.deadline <= now) this.#fail(waiter, rateLimitTimeout(0));
    }
    this.#pump();
  }

  #fail(waiter: Waiter, error: Error): void {
    if (waiter.done) return;
    this.#settle(waiter);
    waiter.reject(error);
  }

  #settle(waiter: Waiter): void {
    waiter.done = true;
    if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
  }
}

function unref<T extends { unref?: () => unknown }>(timer: T): T {
  timer.unref?.();
  return timer;
}
