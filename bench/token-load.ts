/**
 * Section 2: token requests under load.
 * - 1,000 concurrent first calls on a cold client must share one token request.
 * - A sustained run against tokens that live `ttlSeconds`: about one token request per
 *   lifetime (60 s of 5 s tokens: about 12), and never a 401 reaching the caller.
 */
import { runLoad, startSimulatorProcess, type LoadResult, type SimProcess, loadSdk } from './harness.js';

const { AthenaClient, AuthenticationError } = await loadSdk();

function clientFor(sim: SimProcess): InstanceType<typeof AthenaClient> {
  // 50 token requests a minute is athena's production budget; preview's 5 could not keep up with 5 s tokens.
  return new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off', tokenRequestsPerMinute: 50 });
}

export async function coldBurstTokenRequests(sim: SimProcess): Promise<number> {
  const before = (await sim.stats()).tokenRequests;
  const cold = clientFor(sim);
  await Promise.all(Array.from({ length: 1000 }, (_, i) => cold.patients.getPatient(String((i % 1000) + 1))));
  cold.close();
  return (await sim.stats()).tokenRequests - before;
}

export interface ExpiringTokenResult {
  durationMs: number;
  ttlSeconds: number;
  concurrency: number;
  load: LoadResult;
  tokenRequests: number;
  /**
   * The expected range: one per lifetime, up to one per 90% of a lifetime (the SDK refreshes
   * a short-lived token when a tenth of its life is left), plus the first.
   */
  expectedTokenRequests: [number, number];
  /** 401s the server answered (stale tokens replayed by the SDK). */
  serverUnauthorized: number;
  /** AuthenticationErrors that reached the caller: must be 0. */
  callerUnauthorized: number;
  otherErrors: number;
}

export async function expiringTokenRun(options: { durationMs: number; ttlSeconds: number; concurrency: number }): Promise<ExpiringTokenResult> {
  const sim = await startSimulatorProcess({ SIM_TOKEN_TTL: String(options.ttlSeconds) });
  try {
    const athena = clientFor(sim);
    let callerUnauthorized = 0;
    let otherErrors = 0;
    const call = (i: number) =>
      athena.patients.getPatient(String((i % 1000) + 1)).catch((error: unknown) => {
        if (error instanceof AuthenticationError) callerUnauthorized++;
        else otherErrors++;
      });
    const load = await runLoad(call, options.concurrency, options.durationMs, 0);
    athena.close();
    const stats = await sim.stats();
    return {
      ...options,
      load,
      tokenRequests: stats.tokenRequests,
      expectedTokenRequests: [Math.ceil(options.durationMs / 1000 / options.ttlSeconds), Math.ceil(options.durationMs / 1000 / (0.9 * options.ttlSeconds)) + 1],
      serverUnauthorized: stats.statusCounts['401'] ?? 0,
      callerUnauthorized,
      otherErrors,
    };
  } finally {
    await sim.stop();
  }
}
