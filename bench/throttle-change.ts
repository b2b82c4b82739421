/**
 * "At athena's scale", a throttle that changes mid-run: a default client fans out calls
 * against the simulator at R/s with 40 ms latency; after a third of the run R halves, after
 * two thirds it doubles back. Sampled every 100 ms: the rate the client has learned. Reported:
 * how long after each change the learned rate is within the new limit (halving: at or under
 * it; doubling: at 90% of it or more), with 429s and failed calls over the whole run.
 */
import { loadSdk, type SimProcess } from './harness.js';

const { AthenaClient, MemoryRateLimiter } = await loadSdk();

export interface ThrottleChangeResult {
  requestsPerSecond: number;
  calls: number;
  /** Seconds from R halving until the learned rate was at or under R/2; NaN when never. */
  followHalvingS: number;
  /** Seconds from R doubling back until the learned rate reached 90% of R; NaN when never. */
  followDoublingS: number;
  throttled: number;
  failed: number;
  repeatedWrites: number;
  wallOverLimit: number;
}

export async function throttleChange(sim: SimProcess, requestsPerSecond: number, phaseS: number): Promise<ThrottleChangeResult> {
  await sim.reset();
  await sim.setThrottle({ requestsPerSecond, latencyMs: 40 });
  const limiter = new MemoryRateLimiter(); // what the client builds by default, kept to read the learned rate
  const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off', rateLimiter: limiter });
  // Enough calls for the three phases at their limits: R, R/2, R seconds each.
  const calls = Math.round(requestsPerSecond * phaseS * 2.5);
  const samples: { at: number; rate: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => samples.push({ at: (performance.now() - started) / 1000, rate: limiter.learnedRate() ?? NaN }), 100);
  let halvedAt = NaN;
  let doubledAt = NaN;
  const changes = (async () => {
    await new Promise((resolve) => setTimeout(resolve, phaseS * 1000));
    await sim.setThrottle({ requestsPerSecond: requestsPerSecond / 2 });
    halvedAt = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, phaseS * 1000));
    await sim.setThrottle({ requestsPerSecond });
    doubledAt = (performance.now() - started) / 1000;
  })();
  let failed = 0;
  await Promise.all(
    Array.from({ length: calls }, (_, i) =>
      (i % 10 === 9 ? athena.patients.updatePatient(String((i % 1000) + 1), { email: `c${i}@example.com` }) : athena.patients.getPatient(String((i % 1000) + 1))).catch(() => failed++),
    ),
  );
  const wallS = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await changes;
  athena.close();
  const stats = await sim.stats();
  const firstAfter = (from: number, ok: (rate: number) => boolean) => {
    const hit = samples.find((s) => s.at >= from && ok(s.rate));
    return hit ? hit.at - from : NaN;
  };
  return {
    requestsPerSecond,
    calls,
    followHalvingS: firstAfter(halvedAt, (rate) => rate <= requestsPerSecond / 2),
    followDoublingS: firstAfter(doubledAt, (rate) => rate >= 0.9 * requestsPerSecond),
    throttled: stats.throttled,
    failed,
    repeatedWrites: stats.repeatedWrites,
    // The physical limit: the calls of each phase at its rate (the last phase runs until the calls end).
    wallOverLimit: wallS / (phaseS * 2 + (calls - requestsPerSecond * phaseS * 1.5) / requestsPerSecond),
  };
}
