import type { ThrottleSettings } from './types.js';

/**
 * A counter over fixed windows aligned to `Math.floor(now / windowMs)`, as athena's
 * gateway counts: once over the limit, a caller stays over it until the window ends.
 * Used for the token endpoint (per minute), the API throttle (per second) and the
 * daily quota (per UTC day, since epoch days start at midnight GMT).
 */
export class WindowCounter {
  private window = -1;
  private count = 0;

  constructor(private readonly windowMs: number) {}

  /** Counts one hit and returns the number of hits in the current window, this one included. */
  hit(now: number): number {
    this.roll(now);
    return ++this.count;
  }

  /** Hits so far in the current window. */
  used(now: number): number {
    this.roll(now);
    return this.count;
  }

  /** Milliseconds until the current window ends. */
  msLeft(now: number): number {
    return (Math.floor(now / this.windowMs) + 1) * this.windowMs - now;
  }

  reset(): void {
    this.window = -1;
    this.count = 0;
  }

  private roll(now: number): void {
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.count = 0;
    }
  }
}

/** The throttle and latency in force now; both change at run time (`sim.setThrottle`, `POST /_simulator/throttle`). */
export interface LiveThrottle {
  /** API requests allowed per aligned second; `undefined`: no throttle. */
  requestsPerSecond: number | undefined;
  /** Delay added before each API answer. */
  latencyMs: number;
}

/**
 * Applies `settings` to `live` after checking all of them, so a bad value changes nothing.
 * `requestsPerSecond: null` turns the throttle off; a field left out keeps its value.
 */
export function applyThrottle(live: LiveThrottle, settings: ThrottleSettings): void {
  const { requestsPerSecond, latencyMs } = settings;
  if (requestsPerSecond !== undefined && requestsPerSecond !== null && !(Number.isFinite(requestsPerSecond) && requestsPerSecond > 0)) {
    throw new RangeError('requestsPerSecond must be a positive number, or null for no throttle.');
  }
  if (latencyMs !== undefined && !(Number.isFinite(latencyMs) && latencyMs >= 0)) {
    throw new RangeError('latencyMs must be a number of milliseconds, 0 or more.');
  }
  if (requestsPerSecond !== undefined) live.requestsPerSecond = requestsPerSecond ?? undefined;
  if (latencyMs !== undefined) live.latencyMs = latencyMs;
}

/** Counts an API request against the per-second throttle; true when it is over. */
export function overThrottle(live: LiveThrottle, second: WindowCounter, now: number): boolean {
  const rps = live.requestsPerSecond;
  return rps !== undefined && second.hit(now) > rps;
}
