/**
 * A monotonic clock in ms (`performance.now()`), for timing slots: a wall clock that jumps
 * or is frozen (fake timers in a caller's tests) must not stall them. Falls back to
 * `Date.now()` in a realm without `performance`.
 */
const perf = (globalThis as { performance?: { now(): number } }).performance;

export const monotonicNow: () => number = typeof perf?.now === 'function' ? () => perf.now() : () => Date.now();
