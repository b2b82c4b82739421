/**
 * athena's daily quota: every API response carries `X-RateLimit-Limit` and
 * `X-RateLimit-Remaining`, counted per UTC day (reset at midnight GMT). Spending
 * it early locks the credentials out until midnight, so once it runs low the SDK
 * slows down and spreads what is left over the time to midnight.
 *
 * The rule: while `remaining` is above `reserve` (default 10% of the limit) the
 * quota adds no delay. Below it, calls are spaced at least
 * `msUntilMidnightUTC / max(remaining, 1)` apart, so the quota lasts the day.
 */

/** Share of the daily limit below which calls are paced (0.1: the last 10%). */
export const DEFAULT_QUOTA_RESERVE = 0.1;

const DAY_MS = 86_400_000;

export class DailyQuotaPacer {
  readonly #reserve: number;
  #remaining: number | undefined;
  #limit: number | undefined;
  /** The UTC day (epoch days) the figures were read on; a new day resets them. */
  #day = -1;

  constructor(reserve = DEFAULT_QUOTA_RESERVE) {
    this.#reserve = reserve;
  }

  /** Reads the quota headers of an API response (lower-case names); ignores answers without them. */
  observe(headers: Record<string, string>, now = Date.now()): void {
    this.observeQuota(headers['x-ratelimit-limit'], headers['x-ratelimit-remaining'], now);
  }

  /** The same, given the values of `X-RateLimit-Limit` and `X-RateLimit-Remaining`. */
  observeQuota(limitHeader: string | undefined, remainingHeader: string | undefined, now = Date.now()): void {
    const remaining = parseCount(remainingHeader);
    if (remaining === undefined) return;
    this.#remaining = remaining;
    this.#limit = parseCount(limitHeader) ?? this.#limit;
    this.#day = Math.floor(now / DAY_MS);
  }

  /** The least spacing between calls the quota asks for right now; 0 while it is not low. */
  intervalMs(now = Date.now()): number {
    const remaining = this.#remaining;
    if (remaining === undefined || Math.floor(now / DAY_MS) !== this.#day) return 0;
    const threshold = this.#limit === undefined ? 0 : this.#limit * this.#reserve;
    if (remaining > threshold) return 0;
    const untilMidnight = (this.#day + 1) * DAY_MS - now;
    return untilMidnight / Math.max(remaining, 1);
  }
}

/** A quota header's count: digits only, else undefined. */
export function parseCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}
