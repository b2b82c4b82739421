import { describe, expect } from 'vitest';
import { MemoryRateLimiter, TimeoutError } from '../../src/index.js';
import { AdaptiveRate, HOLD_MS, INITIAL_RATE, SETTLE_HEADROOM } from '../../src/transport/adaptive-rate.js';
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
    // Halfway between what got through in the second before the refusal and in the second before the
    // success (the window turned in between): 150 at most, less half of the ~15 sent in the gap a second earlier.
    expect(rate.rate).toBeLessThanOrEqual(150 * (1 - SETTLE_HEADROOM));
    expect(rate.rate).toBeGreaterThanOrEqual(140 * (1 - SETTLE_HEADROOM));
  });

  it('holds after settling, then probes upward faster the longer nothing is refused', () => {
    const rate = new AdaptiveRate();
    succeedEvenly(rate, 100, 0, 990);
    rate.throttled(990, 1000);
    rate.succeeded(1100, 1120, true);
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
