/**
 * Waiting for a reserved rate-limit slot. athena counts requests per second as they
 * arrive, so a request sent late (a timer that fired late on a busy event loop)
 * would crowd into the next second on top of that second's own slots. A wake-up
 * later than the tolerance therefore gives its slot up and reserves a new one,
 * at most a few times, then sends.
 */

import { sleep } from '../base/abort.js';
import { rateLimitTimeout } from './rate-limit-timeout.js';

/** Reserves a slot no further than `maxWaitMs` away: the ms to wait for it, or undefined when there is none. */
export type ReserveSlot = (maxWaitMs: number) => Promise<number | undefined> | number | undefined;

const MAX_RESERVATIONS = 4;

export async function waitForSlot(
  reserve: ReserveSlot,
  toleranceMs: number,
  signal: AbortSignal | undefined,
  deadline: number,
): Promise<void> {
  for (let reservation = 1; ; reservation++) {
    const maxWaitMs = deadline - Date.now();
    const waitMs = await reserve(maxWaitMs);
    if (waitMs === undefined) throw rateLimitTimeout(maxWaitMs);
    if (waitMs <= 0) return;
    const due = Date.now() + waitMs;
    await sleep(waitMs, signal);
    if (Date.now() - due <= toleranceMs || reservation >= MAX_RESERVATIONS) return;
  }
}

/**
 * How late a wake-up may be: one slot (at least 2 ms). Sends then fall within one
 * slot after their reservation, so a second holds at most one request more than its
 * share, which the limiter's headroom absorbs.
 */
export function slotToleranceMs(intervalMs: number): number {
  return Math.max(2, intervalMs);
}
