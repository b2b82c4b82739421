/**
 * "At athena's scale": the simulator (another process) throttles to R requests per
 * aligned second, answers 429 `Retry-After: 1` beyond, and adds latency to every answer.
 * A Promise.all fan-out of 10 × R calls (90% getPatient, 10% updatePatient) through:
 * - the SDK as configured by default (it learns the throttle);
 * - the SDK with `requestsPerSecond: R` set by hand;
 * - axios with a token interceptor, all calls at once (the usual hand-rolled integration);
 * - a sequential loop, one call after another (the public Go client's pattern), run for a
 *   few seconds and projected to all calls.
 * The physical limit is calls / R seconds. Counted by the simulator: 429s, and writes that
 * reached their handler twice with the same X-Request-Id.
 *
 * Run alone: `node --import tsx bench/athena-scale.ts` (BENCH_QUICK=1 for a short grid).
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import axios from 'axios';
import { fetchToken, loadSdk, QUICK, startSimulatorProcess, table, type SimProcess } from './harness.js';

const { AthenaClient } = await loadSdk();

export type ScaleClient = 'sdk default' | 'sdk, rate set by hand' | 'axios + token interceptor, Promise.all' | 'sequential loop (Go client pattern)';
export const SCALE_CLIENTS: ScaleClient[] = ['sdk default', 'sdk, rate set by hand', 'axios + token interceptor, Promise.all', 'sequential loop (Go client pattern)'];

export interface FanOutResult {
  client: ScaleClient;
  requestsPerSecond: number;
  latencyMs: number;
  calls: number;
  wallMs: number;
  /** wallMs over the physical limit (calls / R). */
  overLimit: number;
  throttled: number;
  failed: number;
  /** Writes applied twice; undefined when the client sends no call id to count them by. */
  repeatedWrites: number | undefined;
  /** True when the run was cut short and the wall time projected to all calls. */
  projected: boolean;
}

/** The i-th call of a fan-out: every tenth a write. */
const isWrite = (i: number) => i % 10 === 9;
const patientId = (i: number) => String((i % 1000) + 1);

/** How long the sequential loop runs before its wall time is projected. */
const SEQUENTIAL_BUDGET_MS = QUICK ? 2_000 : 5_000;

export async function fanOut(sim: SimProcess, client: ScaleClient, requestsPerSecond: number, latencyMs: number): Promise<FanOutResult> {
  await sim.reset();
  await sim.setThrottle({ requestsPerSecond, latencyMs });
  const calls = 10 * requestsPerSecond;
  let failed = 0;
  let done = 0;
  let projected = false;
  let repeatedCounted = true;
  const started = performance.now();
  if (client === 'sdk default' || client === 'sdk, rate set by hand') {
    const athena = new AthenaClient({
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      practiceId: sim.practiceId,
      baseUrl: sim.url,
      logLevel: 'off',
      ...(client === 'sdk, rate set by hand' ? { requestsPerSecond } : {}),
    });
    await Promise.all(
      Array.from({ length: calls }, (_, i) =>
        (isWrite(i) ? athena.patients.updatePatient(patientId(i), { email: `bench${i}@example.com` }) : athena.patients.getPatient(patientId(i))).then(
          () => done++,
          () => failed++,
        ),
      ),
    );
    athena.close();
  } else {
    const token = await fetchToken(sim);
    const agent = new http.Agent({ keepAlive: true });
    const api = axios.create({ baseURL: `${sim.url}/v1/${sim.practiceId}`, httpAgent: agent });
    api.interceptors.request.use((config) => {
      config.headers.set('authorization', `Bearer ${token}`);
      return config;
    });
    const call = (i: number) =>
      isWrite(i)
        ? api.put(`/patients/${patientId(i)}`, new URLSearchParams({ email: `bench${i}@example.com` }))
        : api.get(`/patients/${patientId(i)}`);
    // Neither client retries, so nothing can be applied twice; they send no call id to count by.
    repeatedCounted = false;
    if (client === 'axios + token interceptor, Promise.all') {
      await Promise.all(Array.from({ length: calls }, (_, i) => call(i).then(() => done++, () => failed++)));
    } else {
      const stopAt = started + SEQUENTIAL_BUDGET_MS;
      for (let i = 0; i < calls; i++) {
        if (performance.now() > stopAt) {
          projected = true;
          break;
        }
        await call(i).then(() => done++, () => failed++);
      }
    }
    agent.destroy();
  }
  let wallMs = performance.now() - started;
  const stats = await sim.stats();
  let throttled = stats.throttled;
  if (projected) {
    const share = calls / (done + failed);
    wallMs *= share;
    failed = Math.round(failed * share);
    throttled = Math.round(throttled * share);
  }
  return {
    client,
    requestsPerSecond,
    latencyMs,
    calls,
    wallMs,
    overLimit: wallMs / ((calls / requestsPerSecond) * 1000),
    throttled,
    failed,
    repeatedWrites: repeatedCounted ? stats.repeatedWrites : undefined,
    projected,
  };
}

export interface ScaleGrid {
  rates: number[];
  latencies: number[];
  clients: ScaleClient[];
}

export const FULL_GRID: ScaleGrid = { rates: [20, 150, 500], latencies: [10, 100], clients: SCALE_CLIENTS };
export const QUICK_GRID: ScaleGrid = { rates: [20, 150], latencies: [40], clients: SCALE_CLIENTS };

/** The targets of issue 15 for the SDK's default configuration. */
export function meetsTargets(r: FanOutResult): boolean {
  return r.overLimit <= 1.15 && r.throttled <= 0.02 * r.calls && r.failed === 0 && r.repeatedWrites === 0;
}

export async function measureFanOuts(grid: ScaleGrid, onResult?: (r: FanOutResult) => void): Promise<FanOutResult[]> {
  const sim = await startSimulatorProcess();
  const results: FanOutResult[] = [];
  try {
    for (const rate of grid.rates) {
      for (const latency of grid.latencies) {
        for (const client of grid.clients) {
          const result = await fanOut(sim, client, rate, latency);
          results.push(result);
          onResult?.(result);
        }
      }
    }
  } finally {
    await sim.stop();
  }
  return results;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export function fanOutTable(results: FanOutResult[]): string {
  const rows = [['R /s', 'latency', 'client', 'calls', 'wall / limit', '429s', 'failed calls', 'writes applied twice']];
  for (const r of results) {
    rows.push([
      String(r.requestsPerSecond),
      `${r.latencyMs} ms`,
      r.client,
      String(r.calls),
      `${fmt(r.overLimit, 2)}×${r.projected ? ' (projected)' : ''}`,
      `${r.throttled} (${fmt((100 * r.throttled) / r.calls, 1)}%)`,
      String(r.failed),
      r.repeatedWrites === undefined ? '– (no retries)' : String(r.repeatedWrites),
    ]);
  }
  return table(rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const grid = QUICK ? QUICK_GRID : FULL_GRID;
  const only = process.env.SCALE_CLIENTS?.split(',').map((s) => s.trim());
  const clients = only ? grid.clients.filter((c) => only.some((o) => c.startsWith(o))) : grid.clients;
  const rates = process.env.SCALE_RATES?.split(',').map(Number) ?? grid.rates;
  const latencies = process.env.SCALE_LATENCIES?.split(',').map(Number) ?? grid.latencies;
  const results = await measureFanOuts({ rates, latencies, clients }, (r) => console.error(JSON.stringify(r)));
  console.log(fanOutTable(results));
}
