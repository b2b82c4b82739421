import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError } from '../../src/index.js';
import { AttemptTimer, PRECISE_BELOW_MS, SWEEP_MS } from '../../src/transport/attempt-timer.js';
import { withSimulator } from '../helpers.js';

describe('AttemptTimer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires a long limit from the shared sweep, at most one sweep late', () => {
    vi.useFakeTimers();
    const timer = new AttemptTimer();
    const expired = vi.fn();
    timer.arm(1_500, expired);
    vi.advanceTimersByTime(1_499);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SWEEP_MS);
    expect(expired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('never fires a cleared limit, and stops sweeping once nothing is pending', () => {
    vi.useFakeTimers();
    const timer = new AttemptTimer();
    const expired = vi.fn();
    const limit = timer.arm(2_000, expired);
    expect(vi.getTimerCount()).toBe(1);
    limit.clear();
    limit.clear();
    vi.advanceTimersByTime(10_000);
    expect(expired).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives a short limit its own exact timer', () => {
    vi.useFakeTimers();
    const timer = new AttemptTimer();
    const expired = vi.fn();
    timer.arm(PRECISE_BELOW_MS - 800, expired);
    vi.advanceTimersByTime(PRECISE_BELOW_MS - 801);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('stop() ends the sweep with limits still pending (the sender is closing)', () => {
    vi.useFakeTimers();
    const timer = new AttemptTimer();
    const expired = vi.fn();
    timer.arm(1_000, expired);
    timer.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(expired).not.toHaveBeenCalled();
  });
});

describe('attempt time limits through the sweep, over a real socket', () => {
  it('times out a request the server never answers, not before its limit', async () => {
    const env = await withSimulator();
    try {
      const athena = env.client();
      await athena.practice.ping();
      env.sim.faults.hangNext(1);
      const started = Date.now();
      await expect(athena.patients.getPatient('1', {}, { timeoutMs: 1_200, maxRetries: 0 })).rejects.toBeInstanceOf(TimeoutError);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1_195);
      // Generous: one sweep late at most, plus slack for a loaded machine.
      expect(elapsed).toBeLessThan(1_200 + SWEEP_MS + 1_500);
    } finally {
      await env.close();
    }
  });
});
