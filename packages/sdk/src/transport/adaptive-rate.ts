/**
 * Learns the per-second throttle of a gateway that does not publish it (athena's
 * differs by app and practice), in the spirit of TCP congestion control:
 *
 * - Slow start: from {@link INITIAL_RATE}, each call that succeeds while others wait for
 *   the limiter raises the rate, so that it grows e-fold every {@link SLOW_START_RTTS}
 *   round trips, and never above a few times what got through in the last second
 *   ({@link SLOW_START_CAP}). Calls sent in the round trip after the throttle is first
 *   hit are refused: the cap bounds them when a fast server would let the rate run far
 *   ahead of what the gateway has counted.
 * - Recovery (after slow start; once steady, see below): the first throttle answer (429 or a gateway quota
 *   answer) starts an event. The gateway's second is used up, so calls go out at a tenth
 *   of what got through until one succeeds again: the window has turned. What got
 *   through in the second before the last refusal is the gateway's limit (or a little
 *   more, see `#settle`); the rate settles {@link SETTLE_HEADROOM} under it.
 * - Steady: a refusal now means a probe went a little past the limit, near the end of
 *   a gateway window. The rate is cut at once to just under what got through in the
 *   second before the refused call, with no recovery: the window turns soon. A cut deeper
 *   than {@link DEEP_CUT} (the throttle fell), or a refusal of a call sent at the cut rate
 *   within the next second (the window is used up), recovers as after slow start.
 * - Probing: after a hold without a refusal the rate creeps up, by {@link PROBE_GAIN} of
 *   itself a second at first, the gain doubling every second; past {@link RAISED_LIMIT}
 *   times the last limit the limit has risen, and slow start finds the new one within
 *   seconds. The hold starts at {@link HOLD_MS} and doubles, up to
 *   {@link MAX_HOLD_MS}, each time a refusal confirms the limit found before: a steady
 *   throttle is probed rarely.
 *
 * Pure state: times are passed in, no timers. Redis's shared limiter runs the same
 * rules in a Lua script (redis/learning-scripts.ts), built with these constants; a change of
 * rule here is made there too.
 */

import { RoundTripAverage } from './round-trip.js';

/** Requests per second before anything is known. */
export const INITIAL_RATE = 20;
/** Slow start grows the rate e-fold in this many round trips. */
export const SLOW_START_RTTS = 3;
/** Slow start grows e-fold in no less than this (ms), however short the round trip. */
export const SLOW_START_MIN_MS = 20;
/**
 * Slow start stays under this many times what got through in the last second, or
 * {@link SLOW_START_CAP_MS} / round trip times when that is more. The calls refused when the
 * limit is first hit are about the rate times a round trip: at most about a tenth of what
 * the gateway lets through in a second, however short the round trip.
 */
export const SLOW_START_CAP = 3;
/** See {@link SLOW_START_CAP}. */
export const SLOW_START_CAP_MS = 100;
/** Share kept under the measured limit. */
export const SETTLE_HEADROOM = 0.03;
/** During recovery, calls go out at this share of what got through. */
export const RECOVERY_SHARE = 0.1;
/** After settling, the rate holds this long before probing upward. */
export const HOLD_MS = 1_000;
/** The longest hold, reached after refusals that confirm the same limit again and again. */
export const MAX_HOLD_MS = 4_000;
/** A limit within this share of the last one confirms it (the hold doubles). */
export const CONFIRM_SHARE = 0.05;
/** Probing this far past the last limit without a refusal means the limit rose: slow start again. */
export const RAISED_LIMIT = 1.2;
/** Nothing held back by the rate for this long (ms) is a pause: probing starts over after it. */
export const IDLE_MS = 1_000;
/** A steady refusal that would cut the rate below this share of itself starts a recovery. */
export const DEEP_CUT = 0.75;
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
  /** Refusals of calls sent before this (epoch ms) belong to the last event. */
  #quietFrom = -Infinity;
  /** When the rate was last cut or settled: refusals of calls sent before it belong to that event. */
  #cutAt = -Infinity;
  /** When the current recovery began (epoch ms). */
  #eventAt = -Infinity;
  /** The rate when the current recovery began. */
  #rateBefore = 0;
  /** The latest send time of a refused call in the current recovery. */
  #lastRefusedAt = -Infinity;
  /** When the rate last settled or was cut (epoch ms), for the probe's hold and growth. */
  #settledAt = -Infinity;
  /** The last success while calls were held back by the rate. */
  #lastBackloggedAt = -Infinity;
  /** The hold before probing, doubling while refusals confirm the same limit. */
  #holdMs = HOLD_MS;
  /** The limit measured at the last settle or cut; 0 before the first. */
  #lastLimit = 0;
  /** Smoothed round trip of successful calls. */
  readonly #rtt = new RoundTripAverage();
  /** Successes in the current quarter second, and the rate they came at in the last full one. */
  #quarterAt = -Infinity;
  #quarterCount = 0;
  #recentRate = 0;
  /** Slow start's cap, recomputed from what got through in the last second when the rate reaches it. */
  #slowStartCap = INITIAL_RATE;
  #slowStartCapAt = -Infinity;
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
    const rttMs = this.#rtt.add(now - sentAt);
    if (this.#phase === 'recovery' && sentAt >= this.#eventAt) this.#settle(now);
    this.#count(sentAt);
    if (now - this.#quarterAt >= 250) this.#newQuarter(now);
    this.#quarterCount++;
    if (!backlogged || this.rate >= this.#ceiling || this.#phase === 'recovery') return;
    // After a pause (nothing held back for a while), probing starts over: the gain doubles with
    // time spent probing, not with time since the last refusal.
    if (now - this.#lastBackloggedAt > IDLE_MS) this.#settledAt = now;
    this.#lastBackloggedAt = now;
    if (this.#phase === 'slowStart') {
      const step = 1000 / Math.max(SLOW_START_RTTS * rttMs, SLOW_START_MIN_MS);
      this.rate = Math.max(this.rate, Math.min(this.#ceiling, this.rate + step, this.#capFor(now, rttMs)));
      return;
    }
    // Probing grows only a rate that is being used: calls held back by a slow event loop rather
    // than by the rate must not push it far above what actually goes out.
    if (this.rate > PROBE_USE * this.#recentRate) return;
    this.rate = Math.min(this.#ceiling, this.rate + this.#probeStep(now));
    // Past the last limit with no refusal: the gateway allows more now; find how much as fast
    // as at the start (a refusal ends it as the first one did).
    if (this.#lastLimit > 0 && this.rate > RAISED_LIMIT * this.#lastLimit) this.#phase = 'slowStart';
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
    const limit = this.#deliveredBefore(sentAt);
    if (this.#phase === 'steady' && sentAt < this.#quietFrom) {
      // Sent before the last cut: part of that event, it cuts no further than what got through.
      if (sentAt < this.#cutAt) {
        this.rate = Math.min(this.rate, Math.max(MIN_RATE, limit * (1 - SETTLE_HEADROOM)));
        return false;
      }
      // Sent at the cut rate and still refused: the gateway's window is used up; wait for it to turn.
      this.#recover(sentAt, now, limit);
      return false;
    }
    if (this.#phase === 'steady' && limit >= DEEP_CUT * this.rate) {
      // A probe just past the limit: the gateway's window ends soon, so cut and go on. A new
      // event cuts at least the headroom, even when this process alone did not reach the
      // limit (another process on the same credentials shares athena's throttle).
      this.rate = Math.max(MIN_RATE, Math.min(this.rate, limit) * (1 - SETTLE_HEADROOM));
      this.#confirm(limit);
      this.#cutAt = this.#settledAt = now;
      this.#quietFrom = now + 1000;
      return true;
    }
    if (this.#phase === 'slowStart' && sentAt < this.#quietFrom) return false;
    this.#recover(sentAt, now, limit);
    return true;
  }

  /** The gateway's second is used up: calls trickle at a tenth of what got through until one gets through again. */
  #recover(sentAt: number, now: number, limit: number): void {
    this.#eventAt = now;
    this.#lastRefusedAt = sentAt;
    this.#rateBefore = this.rate;
    this.#phase = 'recovery';
    this.rate = Math.max(MIN_RATE, Math.min(this.rate, limit) * RECOVERY_SHARE);
  }

  /**
   * The window turned after the last refused call. Every call the gateway let through in
   * the window that refused it was sent in the second before that refusal: the calls that
   * got through in that second are the limit, or more by those of the window before sent in
   * it (a refusal in steady pacing corrects that), and never above the rate that was refused.
   */
  #settle(now: number): void {
    const limit = Math.min(this.#rateBefore, this.#deliveredBefore(this.#lastRefusedAt));
    this.rate = Math.min(this.#ceiling, Math.max(MIN_RATE, limit * (1 - SETTLE_HEADROOM)));
    this.#confirm(limit);
    this.#phase = 'steady';
    this.#quietFrom = this.#settledAt = this.#cutAt = now;
  }

  /** A limit measured again: within CONFIRM_SHARE of the last one, the hold before probing doubles. */
  #confirm(limit: number): void {
    const same = this.#lastLimit > 0 && Math.abs(limit - this.#lastLimit) <= CONFIRM_SHARE * this.#lastLimit;
    this.#holdMs = same ? Math.min(2 * this.#holdMs, MAX_HOLD_MS) : HOLD_MS;
    this.#lastLimit = limit;
  }

  /** Every quarter second: the rate successes came at. */
  #newQuarter(now: number): void {
    this.#recentRate = now - this.#quarterAt < 500 ? this.#quarterCount * 4 : 0;
    this.#quarterAt = now;
    this.#quarterCount = 0;
  }

  /** Slow start's cap, counted again at most once a round trip (5 ms at least) while the rate is at it. */
  #capFor(now: number, rttMs: number): number {
    if (this.rate >= this.#slowStartCap && now - this.#slowStartCapAt >= Math.max(rttMs, BUCKET_MS)) {
      const multiple = Math.max(SLOW_START_CAP, SLOW_START_CAP_MS / Math.max(rttMs, 0.01));
      this.#slowStartCap = Math.max(INITIAL_RATE, multiple * this.#delivered(now - 1000, now));
      this.#slowStartCapAt = now;
    }
    return this.#slowStartCap;
  }

  /**
   * Growth per success while probing: per second the rate grows by
   * PROBE_GAIN · 2^(seconds past the hold) of itself, and a second holds `rate` successes.
   */
  #probeStep(now: number): number {
    const since = now - this.#settledAt - this.#holdMs;
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
