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
