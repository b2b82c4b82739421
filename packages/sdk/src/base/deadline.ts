import { TimeoutError } from './errors.js';

/**
 * When one call must be over, across all its attempts, backoffs and waits. The pipeline
 * creates it once per call (`transport/pipeline.ts`); every policy and sender reads it and
 * none rewrites it. An attempt's own time limit is derived from it when the attempt starts.
 */
export class Deadline {
  /** Epoch milliseconds after which nothing of the call may start. */
  readonly at: number;

  constructor(at: number) {
    this.at = at;
  }

  /**
   * A deadline `ms` from now.
   * @example
   * const deadline = Deadline.after(5_000);
   */
  static after(ms: number): Deadline {
    return new Deadline(Date.now() + ms);
  }

  /**
   * Milliseconds left; zero or less once it has passed.
   * @example
   * if (request.deadline.remainingMs() < 1_000) console.warn('little time left');
   */
  remainingMs(): number {
    return this.at - Date.now();
  }

  /**
   * Whether the deadline has passed.
   * @example
   * if (request.deadline.expired()) throw request.deadline.exceeded(request.operation);
   */
  expired(): boolean {
    return Date.now() >= this.at;
  }

  /**
   * The limit of an attempt that starts now: the configured per-attempt timeout, cut short by the deadline.
   * @example
   * const limitMs = request.deadline.attemptMs(request.timeoutMs);
   */
  attemptMs(timeoutMs: number): number {
    return Math.max(1, Math.min(timeoutMs, this.at - Date.now()));
  }

  /**
   * The error of a call whose deadline ran out before it could finish.
   * @example
   * throw request.deadline.exceeded(request.operation);
   */
  exceeded(operation: string): TimeoutError {
    return new TimeoutError(`${operation}: the overall deadline for this call ran out.`);
  }
}
