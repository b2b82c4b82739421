import { describe, expect } from 'vitest';
import { MemoryRateLimiter, TimeoutError } from '../../src/index.js';
import { AdaptiveRate, HOLD_MS, INITIAL_RATE, MAX_HOLD_MS, SETTLE_HEADROOM, SLOW_START_CAP, SLOW_START_CAP_MS } from '../../src/transport/adaptive-rate.js';
import { it, json } from '../fixtures.js';

/** Feeds `n` successes sent evenly over [from, from + ms), each answered `rttMs` later, with calls waiting. */
function succeedEvenly(rate: AdaptiveRate, n: number, from: number, ms: number, rttMs = 20): number {
  let sentAt = from;
  for (let i = 0; i < n; i++) {
    sentAt = from + (i * ms) / n;
    rate.succeeded(sentAt, sentAt + rttMs, true);
  }
  return sentAt;
}

/** A learner that found a limit of 100 a second: refused at 990 ms, settled when a call got through at 1100 ms. */
function settledAt100(): AdaptiveRate {
  const rate = new AdaptiveRate();
  succeedEvenly(rate, 100, 0, 990);
  rate.throttled(990, 1000);
  rate.succeeded(1100, 1120, true);
  return rate;
}

describe('AdaptiveRate (the learning, with times passed in)', () => {
  it('starts conservatively and grows only while calls succeed with others waiting', () => {
    const rate = new AdaptiveRate();
    expect(rate.rate).toBe(INITIAL_RATE);
    rate.succeeded(0, 20, false);
    expect(rate.rate).toBe(INITIAL_RATE);
    succeedEvenly(rate, 20, 0, 1000);
    expect(rate.rate).toBeGreaterThan(2 * INITIAL_RATE);
    expect(rate.phase).toBe('slowStart');
  });

  it('on a refusal slows to a trickle, then settles just under what got through once the window turns', () => {
    const rate = new AdaptiveRate();
    // 150 calls got through in the second [1000, 2000); the 151st, sent at 1990, was refused.
    succeedEvenly(rate, 150, 1000, 990);
    expect(rate.throttled(1990, 2010)).toBe(true);
    expect(rate.rate).toBeLessThanOrEqual(15);
    expect(rate.phase).toBe('recovery');
    // Refusals of calls sent before the event are part of it.
    expect(rate.throttled(1995, 2015)).toBe(false);
    // A call sent after the event got through: the window turned.
    rate.succeeded(2100, 2120, true);
    expect(rate.phase).toBe('steady');
    // What got through in the second before the last refused call: all 150.
    expect(rate.rate).toBeCloseTo(150 * (1 - SETTLE_HEADROOM), 5);
  });

  it("a new client's first round trip (token and connection included) does not slow its start", () => {
    const rate = new AdaptiveRate();
    rate.succeeded(0, 400, true); // waited for a token and a connection
    for (let i = 1; i <= 20; i++) rate.succeeded(400 + i, 401 + i, true); // a fast server
    expect(rate.rate).toBeGreaterThan(500);
  });

  it('in slow start stays under a few times what got through in the last second', () => {
    const rate = new AdaptiveRate();
    // Round trips of 50 ms: growth alone would reach about 290 a second with these 41 successes.
    succeedEvenly(rate, 40, 0, 1000, 50);
    rate.succeeded(1000, 1050, true);
    expect(rate.rate).toBeLessThanOrEqual(Math.max(SLOW_START_CAP, SLOW_START_CAP_MS / 50) * 41);
    expect(rate.rate).toBeGreaterThan(2 * INITIAL_RATE);
  });

  it('once steady, a refusal cuts the rate to just under what got through, with no recovery', () => {
    const rate = settledAt100();
    // A probe went a little past the limit: 104 got through in the second before the refused call.
    succeedEvenly(rate, 104, 1200, 1000);
    const before = rate.rate;
    expect(rate.throttled(2210, 2230)).toBe(true);
    expect(rate.phase).toBe('steady');
    // Never above what got through, and at least the headroom below the rate that was refused.
    expect(rate.rate).toBeCloseTo(Math.min(before, 104) * (1 - SETTLE_HEADROOM), 5);
    // The end of that gateway window: more refusals, no new event, no deeper cut than what got through.
    expect(rate.throttled(2215, 2240)).toBe(false);
    expect(rate.rate).toBeGreaterThan(90);
    expect(rate.phase).toBe('steady');
    // A call sent at the cut rate, refused too: the window is used up, so wait for it to turn.
    expect(rate.throttled(2250, 2270)).toBe(false);
    expect(rate.phase).toBe('recovery');
    expect(rate.rate).toBeLessThanOrEqual(10);
    rate.succeeded(2300, 2320, true);
    expect(rate.phase).toBe('steady');
    expect(rate.rate).toBeGreaterThan(90);
  });

  it('once steady, a refusal far below the rate (the throttle fell) recovers as after slow start', () => {
    const rate = settledAt100();
    // Only 40 got through in the second before this refusal.
    succeedEvenly(rate, 40, 1200, 1000);
    expect(rate.throttled(2210, 2230)).toBe(true);
    expect(rate.phase).toBe('recovery');
    expect(rate.rate).toBeLessThanOrEqual(4);
    rate.succeeded(2300, 2320, true);
    // The 40 (to within a 5 ms bucket at the edge of the second).
    expect(rate.rate).toBeGreaterThanOrEqual(38 * (1 - SETTLE_HEADROOM));
    expect(rate.rate).toBeLessThanOrEqual(40 * (1 - SETTLE_HEADROOM));
  });

  it('probes a steady limit less often each time a refusal confirms it', () => {
    const rate = settledAt100();
    let at = 1200;
    const holds: number[] = [];
    for (let event = 0; event < 4; event++) {
      // Count how long the rate holds after a refusal that found the same limit (100).
      const settled = rate.rate;
      let held = 0;
      while (rate.rate === settled && held < 10_000) {
        rate.succeeded(at, at + 20, true);
        at += 1000 / 100;
        held += 1000 / 100;
      }
      holds.push(held);
      succeedEvenly(rate, 100, at, 990);
      rate.throttled(at + 995, at + 1010);
      at += 2000;
    }
    expect(holds[1]).toBeGreaterThan(holds[0] as number);
    expect(holds[2]).toBeGreaterThan(holds[1] as number);
    expect(holds[3]).toBeLessThanOrEqual(MAX_HOLD_MS + 10);
  });

  it('holds after settling, then probes upward faster the longer nothing is refused', () => {
    const rate = settledAt100();
    const settled = rate.rate;
    succeedEvenly(rate, 90, 1130, HOLD_MS - 200);
    expect(rate.rate).toBe(settled);
    let from = 1130 + HOLD_MS;
    const growth: number[] = [];
    for (let second = 0; second < 4; second++) {
      const before = rate.rate;
      succeedEvenly(rate, Math.round(rate.rate), from, 1000);
      growth.push(rate.rate - before);
      from += 1000;
    }
    expect(growth[3]).toBeGreaterThan(growth[0] as number);
    expect(rate.rate).toBeGreaterThan(settled * 1.05);
  });

  it('probing past the last limit with no refusal means the limit rose: slow start finds the new one', () => {
    const rate = settledAt100();
    expect(rate.phase).toBe('steady');
    // The gateway now allows far more: every call the rate lets out succeeds.
    let from = 1130;
    let seconds = 0;
    while (rate.rate < 400 && seconds < 20) {
      succeedEvenly(rate, Math.round(rate.rate), from, 1000);
      from += 1000;
      seconds++;
    }
    expect(rate.rate).toBeGreaterThanOrEqual(400);
    // The hold, the creep past 120% of the old limit, then slow start (the creep alone takes 8 s).
    expect(seconds).toBeLessThanOrEqual(5);
  });

  it('after a pause, probing starts over (a burst after idle does not jump up)', () => {
    const rate = settledAt100();
    // Three seconds of use: past the hold, the gain has doubled.
    let from = 1130;
    for (let second = 0; second < 3; second++, from += 1000) succeedEvenly(rate, Math.round(rate.rate), from, 1000);
    const beforePause = rate.rate;
    // Ten seconds idle, then a second of calls held back by the rate: inside the hold again.
    succeedEvenly(rate, Math.round(rate.rate), from + 10_000, HOLD_MS - 100);
    expect(rate.rate).toBe(beforePause);
  });

  it('never goes above its ceiling, and starts there when the rate was given by hand', () => {
    const rate = new AdaptiveRate({ ceiling: 40, startAtCeiling: true });
    expect(rate.rate).toBe(40);
    expect(rate.phase).toBe('steady');
    succeedEvenly(rate, 500, 0, 10_000);
    expect(rate.rate).toBe(40);
    rate.throttled(10_000, 10_020);
    rate.succeeded(10_500, 10_520, true);
    expect(rate.rate).toBeLessThan(40);
  });
});

describe('the default limiter against a throttled gateway', () => {
  it('learns the throttle of a fan-out: no call fails, no write is applied twice, the rate settles under the limit', async ({ simulator, clientFor }) => {
    const limit = 30;
    const sim = await simulator({ requestsPerSecond: limit, latencyMs: 20 });
    const limiter = new MemoryRateLimiter();
    const athena = clientFor(sim, { rateLimiter: limiter, retryDelays: { baseDelayMs: 500, maxDelayMs: 8000 } });
    const calls = Array.from({ length: 6 * limit }, (_, i) =>
      i % 10 === 9 ? athena.patients.updatePatient(String((i % 100) + 1), { email: `p${i}@example.com` }) : athena.patients.getPatient(String((i % 100) + 1)),
    );
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(sim.stats.repeatedWrites).toBe(0);
    expect(sim.stats.throttled).toBeGreaterThan(0); // it had to find the limit
    // Counts, not times: a loaded machine may deliver fewer calls per second, never more than the gateway allows.
    expect(sim.stats.throttled).toBeLessThan(calls.length / 4);
    // Near the limit: settled under it, or probing a little above it (which the next refusal corrects).
    const learned = limiter.learnedRate() as number;
    expect(learned).toBeLessThanOrEqual(limit * 1.5);
    expect(learned).toBeGreaterThan(limit * 0.5);
  });

  it('caps the calls in flight, and serves waiting calls in order', async ({ startStubServer, stubClient }) => {
    let open = 0;
    let most = 0;
    const order: string[] = [];
    const stub = await startStubServer((req, res) => {
      open++;
      most = Math.max(most, open);
      order.push(req.url ?? '');
      setTimeout(() => {
        open--;
        json(res, 200, [{ patientid: '1' }]);
      }, 5);
    });
    // A high ceiling: the learned rate starts there, so only the cap holds calls back.
    const athena = stubClient(stub, { maxInFlight: 3, requestsPerSecond: 10_000 });
    await Promise.all(Array.from({ length: 30 }, (_, i) => athena.patients.getPatient(String(i + 1))));
    expect(most).toBe(3);
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => `/v1/195900/patients/${i + 1}`));
  });

  it('fails a call still waiting at its deadline with TimeoutError, unsent', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => setTimeout(() => json(res, 200, [{ patientid: '1' }]), 300));
    const athena = stubClient(stub, { maxInFlight: 1 });
    const first = athena.patients.getPatient('1');
    const second = athena.patients.getPatient('2', {}, { totalTimeoutMs: 100 }).catch((e: unknown) => e);
    expect(await second).toBeInstanceOf(TimeoutError);
    expect(((await second) as Error).message).toContain('nothing was sent');
    await first;
    expect(stub.requests.filter((r) => r.url.includes('/patients/2'))).toHaveLength(0);
  });

  it('learns nothing and caps nothing with adaptiveRateLimit: false', async ({ simulator, clientFor }) => {
    const sim = await simulator({ requestsPerSecond: 5 });
    const athena = clientFor(sim, { adaptiveRateLimit: false, maxRetries: 0 });
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => athena.practice.ping()));
    // All sent at once, as before learning existed: the gateway refuses what is over its limit.
    expect(sim.stats.apiRequests).toBe(20);
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBeGreaterThanOrEqual(5);
    expect(new MemoryRateLimiter({ adaptive: false }).learnedRate()).toBeUndefined();
  });
});
