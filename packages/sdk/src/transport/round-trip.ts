/** Round-trip samples that seed the average by their least, before it is smoothed. */
export const RTT_WARMUP = 8;

/**
 * The smoothed round trip of successful calls (ms), as the learning limiters use it. The first
 * {@link RTT_WARMUP} samples keep the least: a new client's first call also waited for its token
 * and its connection, which would hold slow start back on a fast server. After that, an
 * exponential average with weight 1/8 (TCP's SRTT).
 */
export class RoundTripAverage {
  #ms: number | undefined;
  #samples = 0;

  /** The average so far; undefined before the first sample. */
  get ms(): number | undefined {
    return this.#ms;
  }

  /** Adds one sample and returns the new average. */
  add(sample: number): number {
    const ms = this.#ms === undefined ? sample : this.#samples < RTT_WARMUP ? Math.min(this.#ms, sample) : this.#ms + (sample - this.#ms) / 8;
    this.#ms = ms;
    this.#samples++;
    return ms;
  }
}
