/**
 * Time limits of attempts without a Node timer per request. Arming and clearing a timer
 * on every attempt was one of the largest costs the sender added over a bare
 * `http.request`; long limits (the 30 s default) are instead checked by one shared sweep
 * that runs only while such attempts are in flight, and fire at most `SWEEP_MS` late.
 * Limits shorter than `PRECISE_BELOW_MS` keep their own timer, where lateness would show.
 */
export const SWEEP_MS = 100;
export const PRECISE_BELOW_MS = 1_000;

export interface ArmedLimit {
  /** Stops the limit; safe to call more than once and after it fired. */
  clear(): void;
}

interface SweptLimit extends ArmedLimit {
  readonly expiresAt: number;
  readonly onExpire: () => void;
}

export class AttemptTimer {
  readonly #pending = new Set<SweptLimit>();
  #sweep: ReturnType<typeof setInterval> | undefined;

  /** Calls `onExpire` once `ms` have passed, unless cleared first. */
  arm(ms: number, onExpire: () => void): ArmedLimit {
    if (ms < PRECISE_BELOW_MS) {
      const timer = setTimeout(onExpire, ms);
      return { clear: () => clearTimeout(timer) };
    }
    const pending = this.#pending;
    const limit: SweptLimit = { expiresAt: Date.now() + ms, onExpire, clear: () => pending.delete(limit) };
    pending.add(limit);
    // Unref'd: an attempt in flight keeps the process alive through its socket, not through this sweep.
    this.#sweep ??= unref(setInterval(() => this.#expire(), SWEEP_MS));
    return limit;
  }

  #expire(): void {
    const now = Date.now();
    for (const limit of this.#pending) {
      if (limit.expiresAt > now) continue;
      this.#pending.delete(limit);
      limit.onExpire();
    }
    if (this.#pending.size === 0) this.stop();
  }

  /** Ends the sweep; attempts still pending keep no limit (the sender is closing). */
  stop(): void {
    if (this.#sweep !== undefined) clearInterval(this.#sweep);
    this.#sweep = undefined;
  }
}

function unref<T>(timer: T): T {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}
