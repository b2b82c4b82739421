/**
 * Learns the per-second throttle of a gateway that does not publish it (athena's
 * differs by app and practice), in the spirit of TCP congestion control:
 *
 * - Slow start: from {@link INITIAL_RATE}, each call that succeeds while others wait for
 *   the limiter raises the rate, so that it grows e-fold every {@link SLOW_START_RTTS}
 *   round trips. Calls sent in the round trip after the throttle is first hit are refused;
 *   growing no faster keeps them to about a fifth of the throttle's second, whatever the
 *   latency, while a fast server is reached in a few dozen calls.
 * - Recovery: the first throttle answer (429 or a gateway quota answer) starts an event.
 *   The gateway's second is used up, so calls go out at a tenth of what got through
 *   until one succeeds again: the window has turned. What got through in the second
 *   before the turn is the gateway's limit, measured (see `#settle`); the rate settles
 *   {@link SETTLE_HEADROOM} under it.
 * - Probing: after {@link HOLD_MS} without a refusal the rate creeps up, by
 *   {@link PROBE_GAIN} of itself a second at first, the gain doubling every second, so a
 *   raised limit is found within seconds while a steady one is probed now and then (one
 *   recovery, a handful of refusals).
 *
 * Pure state: times are passed in, no timers. Redis's shared limiter runs the same
 * rules in a Lua script (redis/scripts.ts); keep the two in step.
 */

/** Requests per second before anything is known. */
export const INITIAL_RATE = 10;
/** Slow start grows the rate e-fold in this many round trips. */
export const SLOW_START_RTTS = 5;
/** Slow start grows e-fold in no less than this (ms), however short the round trip. */
export const SLOW_START_MIN_MS = 20;
/** Share kept under the measured limit. */
export const SETTLE_HEADROOM = 0.03;
/** During recovery, calls go out at this share of what got through. */
export const RECOVERY_SHARE = 0.1;
/** After settling, the rate holds this long before probing upward. */
export const HOLD_MS = 1_000;
/** The first probe's growth per second, as a share of the rate; it doubles every second. */
export const PROBE_GAIN = 0.02;
/** Probing stops while the rate is more than this many times what actually went out lately. */
export const PROBE_USE = 1.25;
/** No rate is learned below this. */
export const MIN_RATE = 1;
/** Above this the learned rate stops mattering (about 1 µs between calls). */
export const MAX_RATE = 1_000_000;

/** Width of the buckets counting successful calls by when they were sent (an error of at most 0.5% of a second). */
const BUCKET_MS = 5;
/** The buckets of one second. */
const SECOND = 1000 / BUCKET_MS;
/** Two seconds are kept: a settle looks a second back from a refusal that may be a second old. */
const BUCKETS = 2 * SECOND;

type Phase = 'slowStart' | 'recovery' | 'steady';

export interface AdaptiveRateOptions {
  /** Never above this (`requestsPerSecond` less its headroom). Default: no ceiling. */
  ceiling?: number;
  /**
   * Start at the ceiling, with no slow start (the rate was given by hand): the rate only
   * moves below it after a throttle answer, and climbs back. Default false.
   */
  startAtCeiling?: boolean;
}

export class AdaptiveRate {
  /** Requests per second allowed now. */
  rate: number;
  readonly #ceiling: number;
  #phase: Phase;
  /** Refusals of calls sent before this (epoch ms) belong to the last event: the start of an event and its settling. */
  #quietFrom = -Infinity;
  /** When the current event began (epoch ms). */
  #eventAt = -Infinity;
  /** The rate when the current event began. */
  #rateBefore = 0;
  /** The latest send time of a refused call in the current event. */
  #lastRefusedAt = -Infinity;
  /** When the rate last settled (epoch ms), for the probe's hold and growth. */
  #settledAt = -Infinity;
  /** Smoothed round trip of successful calls, ms; undefined before the first. */
  #rttMs: number | undefined;
  /** Successes in the current quarter second, and the rate they came at in the last full one. */
  #quarterAt = -Infinity;
  #quarterCount = 0;
  #recentRate = 0;
  readonly #sent = new Float64Array(BUCKETS);
  readonly #stamp = new Float64Array(BUCKETS).fill(-1);

  constructor(options: AdaptiveRateOptions = {}) {
    this.#ceiling = Math.min(MAX_RATE, options.ceiling ?? MAX_RATE);
    this.#phase = options.startAtCeiling ? 'steady' : 'slowStart';
    this.rate = options.startAtCeiling ? this.#ceiling : Math.min(this.#ceiling, INITIAL_RATE);
  }

  get phase(): Phase {
    return this.#phase;
  }

  /**
   * A call sent at `sentAt` was answered without a throttle at `now`. `backlogged`: other
   * calls were waiting for the limiter, so the rate was what held them back and may grow.
   */
  succeeded(sentAt: number, now: number, backlogged: boolean): void {
    const sample = now - sentAt;
    this.#rttMs = this.#rttMs === undefined ? sample : this.#rttMs + (sample - this.#rttMs) / 8;
    if (this.#phase === 'recovery' && sentAt >= this.#eventAt) this.#settle(sentAt, now);
    this.#count(sentAt);
    if (now - this.#quarterAt >= 250) {
      this.#recentRate = now - this.#quarterAt < 500 ? this.#quarterCount * 4 : 0;
      this.#quarterAt = now;
      this.#quarterCount = 0;
    }
    this.#quarterCount++;
    if (!backlogged || this.rate >= this.#ceiling || this.#phase === 'recovery') return;
    // Probing grows only a rate that is being used: calls held back by a slow event loop rather
    // than by the rate must not push it far above what actually goes out.
    if (this.#phase === 'steady' && this.rate > PROBE_USE * this.#recentRate) return;
    const step = this.#phase === 'slowStart' ? 1000 / Math.max(SLOW_START_RTTS * this.#rttMs, SLOW_START_MIN_MS) : this.#probeStep(now);
    this.rate = Math.min(this.#ceiling, this.rate + step);
  }

  /**
   * A call sent at `sentAt` got a throttle answer at `now`. Returns true when it began a new
   * throttle event, false when it belongs to the current one (sent before it was noticed).
   */
  throttled(sentAt: number, now: number): boolean {
    if (this.#phase === 'recovery') {
      this.#lastRefusedAt = Math.max(this.#lastRefusedAt, sentAt);
      return false;
    }
    if (sentAt < this.#quietFrom) return false;
    this.#quietFrom = this.#eventAt = now;
    this.#lastRefusedAt = sentAt;
    this.#rateBefore = this.rate;
    this.#phase = 'recovery';
    this.rate = Math.max(MIN_RATE, Math.min(this.rate, this.#deliveredBefore(sentAt)) * RECOVERY_SHARE);
    return true;
  }

  /**
   * The window turned between the last refused call's send and this success's (`at`). The
   * gateway's second is the one before that turn: it began a second before some instant in
   * that interval. Counting from a second before the refusal overcounts by the calls in the
   * interval's width a second earlier, counting from a second before `at` undercounts by
   * as many; the limit is taken halfway, and never above the rate that was refused.
   */
  #settle(at: number, now: number): void {
    const upper = this.#delivered(this.#lastRefusedAt - 1000, this.#lastRefusedAt);
    const width = this.#delivered(this.#lastRefusedAt - 1000, Math.min(at, this.#lastRefusedAt + 1000) - 1000);
    const limit = Math.min(this.#rateBefore, upper - width / 2);
    this.rate = Math.min(this.#ceiling, Math.max(MIN_RATE, limit * (1 - SETTLE_HEADROOM)));
    this.#phase = 'steady';
    this.#quietFrom = this.#settledAt = now;
  }

  /**
   * Growth per success while probing: per second the rate grows by
   * PROBE_GAIN · 2^(seconds past the hold) of itself, and a second holds `rate` successes.
   */
  #probeStep(now: number): number {
    const since = now - this.#settledAt - HOLD_MS;
    if (since < 0) return 0;
    return PROBE_GAIN * 2 ** Math.min(since / 1000, 20);
  }

  #count(sentAt: number): void {
    const bucket = Math.floor(sentAt / BUCKET_MS);
    const slot = bucket % BUCKETS;
    if (this.#stamp[slot] !== bucket) {
      this.#stamp[slot] = bucket;
      this.#sent[slot] = 0;
    }
    (this.#sent[slot] as number)++;
  }

  /** Successful calls sent in the second up to `at` (to within a bucket). */
  #deliveredBefore(at: number): number {
    return this.#delivered(at - 1000, at);
  }

  /** Successful calls sent in (from, to], to within a bucket, at most the last two seconds. */
  #delivered(from: number, to: number): number {
    const last = Math.floor(to / BUCKET_MS);
    const first = Math.max(Math.floor(from / BUCKET_MS) + 1, last - BUCKETS + 1);
    let total = 0;
    for (let bucket = first; bucket <= last; bucket++) {
      const slot = bucket % BUCKETS;
      if (this.#stamp[slot] === bucket) total += this.#sent[slot] as number;
    }
    return total;
  }

  toJSON(): Record<string, unknown> {
    return { rate: Math.round(this.rate * 10) / 10, phase: this.#phase };
  }
}
