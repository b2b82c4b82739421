/**
 * "At athena's scale": the simulator (another process) throttles to R requests per
 * aligned second, answers 429 `Retry-After: 1` beyond, and adds latency to every answer.
 * A Promise.all fan-out of 10 × R calls (90% getPatient, 10% updatePatient) through:
 * - the SDK as configured by default (it learns the throttle), a new client: a cold start;
 * - the same, warm: the measured fan-out is a client's second (its first learned the throttle),
 *   as in a long-lived process, or processes sharing a RedisRateLimiter;
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

export type ScaleClient = 'sdk default' | 'sdk default, warm' | 'sdk, rate set by hand' | 'axios + token interceptor, Promise.all' | 'sequential loop (Go client pattern)';
export const SCALE_CLIENTS: ScaleClient[] = ['sdk default', 'sdk default, warm', 'sdk, rate set by hand', 'axios + token interceptor, Promise.all', 'sequential loop (Go client pattern)'];
/** The SDK's default configuration, cold and warm: the rows the targets apply to. */
export const isSdkDefault = (client: ScaleClient) => client === 'sdk default' || client === 'sdk default, warm';

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
  let started = performance.now();
  if (client !== 'axios + token interceptor, Promise.all' && client !== 'sequential loop (Go client pattern)') {
    const athena = new AthenaClient({
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      practiceId: sim.practiceId,
      baseUrl: sim.url,
      logLevel: 'off',
      ...(client === 'sdk, rate set by hand' ? { requestsPerSecond } : {}),
    });
    const fanOutOnce = () =>
      Promise.all(
        Array.from({ length: calls }, (_, i) =>
          (isWrite(i) ? athena.patients.updatePatient(patientId(i), { email: `bench${i}@example.com` }) : athena.patients.getPatient(patientId(i))).then(
            () => done++,
            () => failed++,
          ),
        ),
      );
    if (client === 'sdk default, warm') {
      // The first fan-out teaches the client the throttle; only the second is measured.
      await fanOutOnce();
      await sim.reset();
      await sim.setThrottle({ requestsPerSecond, latencyMs });
      done = failed = 0;
      // Start anywhere in the gateway's second, as a caller would.
      await new Promise((resolve) => setTimeout(resolve, 1000 * Math.random()));
      started = performance.now();
    }
    await fanOutOnce();
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
  /** Runs of each cell for the SDK's default rows (one run varies a lot: where in the gateway's second it starts, the machine's load). */
  repeats: number;
}

export const FULL_GRID: ScaleGrid = { rates: [20, 150, 500], latencies: [10, 100], clients: SCALE_CLIENTS, repeats: 3 };
export const QUICK_GRID: ScaleGrid = { rates: [20, 150], latencies: [40], clients: SCALE_CLIENTS, repeats: 1 };

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
          for (let run = 0; run < (isSdkDefault(client) ? grid.repeats : 1); run++) {
            const result = await fanOut(sim, client, rate, latency);
            results.push(result);
            onResult?.(result);
          }
        }
      }
    }
  } finally {
    await sim.stop();
  }
  return results;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** The runs of one cell (R, latency, client), in the order they ran. */
function cells(results: FanOutResult[]): FanOutResult[][] {
  const byKey = new Map<string, FanOutResult[]>();
  for (const r of results) {
    const key = `${r.requestsPerSecond}|${r.latencyMs}|${r.client}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return [...byKey.values()];
}

/** One number, or the median and range of several runs. */
function spread(values: number[], show: (n: number) => string): string {
  if (values.length === 1) return show(values[0] as number);
  const sorted = [...values].sort((a, b) => a - b);
  return `${show(sorted[Math.floor(sorted.length / 2)] as number)} (${show(sorted[0] as number)}–${show(sorted.at(-1) as number)})`;
}

export function fanOutTable(results: FanOutResult[]): string {
  const rows = [['R /s', 'latency', 'client', 'calls', 'runs', 'wall / limit', '429s (% of calls)', 'failed calls', 'writes applied twice', 'runs within targets']];
  for (const runs of cells(results)) {
    const r = runs[0] as FanOutResult;
    rows.push([
      String(r.requestsPerSecond),
      `${r.latencyMs} ms`,
      r.client,
      String(r.calls),
      String(runs.length),
      `${spread(runs.map((x) => x.overLimit), (n) => `${fmt(n, 2)}×`)}${r.projected ? ' (projected)' : ''}`,
      spread(runs.map((x) => (100 * x.throttled) / x.calls), (n) => `${fmt(n, 1)}%`),
      String(Math.max(...runs.map((x) => x.failed))),
      r.repeatedWrites === undefined ? '– (no retries)' : String(Math.max(...runs.map((x) => x.repeatedWrites ?? 0))),
      isSdkDefault(r.client) ? `${runs.filter(meetsTargets).length} of ${runs.length}` : '',
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
  const repeats = Number(process.env.SCALE_REPEATS ?? grid.repeats);
  const results = await measureFanOuts({ rates, latencies, clients, repeats }, (r) => console.error(JSON.stringify(r)));
  console.log(fanOutTable(results));
}
