/**
 * Counts this client's token requests so it never exceeds athena's per-minute
 * limit (50 in production, 5 in preview). Going over makes athena answer 429 and
 * block the credentials for the rest of the minute, so after a 429 we wait for the
 * next window instead of asking again.
 */
export class TokenBudget {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #sent: number[] = [];
  #blockedUntil = 0;

  constructor(limit: number, windowMs: number) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Milliseconds until a token request is allowed; 0 means now. */
  waitMs(now = Date.now()): number {
    while (this.#sent.length && (this.#sent[0] as number) <= now - this.#windowMs) this.#sent.shift();
    const untilUnblocked = Math.max(0, this.#blockedUntil - now);
    const untilSlot = this.#sent.length < this.#limit ? 0 : (this.#sent[0] as number) + this.#windowMs - now;
    return Math.max(untilUnblocked, untilSlot);
  }

  /** Records a token request being sent. */
  record(now = Date.now()): void {
    this.#sent.push(now);
  }

  /**
   * athena answered 429: nothing more until its window (aligned like athena's minute) rolls
   * over, nor before its `Retry-After` when that is later.
   */
  blockUntilNextWindow(now = Date.now(), retryAfterMs?: number): number {
    const nextWindow = Math.ceil((now + 1) / this.#windowMs) * this.#windowMs;
    this.#blockedUntil = Math.max(nextWindow, now + (retryAfterMs ?? 0));
    return this.#blockedUntil - now;
  }
}
