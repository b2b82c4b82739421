/**
 * Section 1: getPatient throughput, median and p99 latency at concurrency 1, 16 and 64,
 * through the SDK and the alternatives, against the simulator in another process:
 * - raw keep-alive node:http and undici.request with a fixed token (the floor: the fastest
 *   a hand-written client can be, with no auth, retry, validation or decoding);
 * - global fetch with a fixed token;
 * - axios with an interceptor that adds the token (how most athena integrations in Node look).
 * - the SDK with its learned rate switched off (`adaptiveRateLimit: false`): the same code but
 *   for the limiter, so its ratio to the default SDK is what learning costs per call (item 6 of
 *   issue 15). The ratio to raw node:http also carries everything else the SDK does per call.
 * Rounds interleave the clients, each round starting with a different one, and the heap is
 * collected before every run, so one client's garbage or a slow spell of the machine is not
 * charged to the next client. Ratios are the median over rounds of ratios within a round.
 */
import http from 'node:http';
import axios from 'axios';
import { Agent as UndiciAgent, request as undiciRequest } from 'undici';
import { fetchToken, median, rawGetPatient, runLoad, type LoadResult, type SimProcess, loadSdk } from './harness.js';

const { AthenaClient } = await loadSdk();

export interface ThroughputRow {
  concurrency: number;
  client: string;
  /** Median of each measure over the rounds. */
  result: LoadResult;
  /** Median over rounds of this client's req/s over the floor's in the same round. */
  vsFloor: number;
  /** Median over rounds of the SDK's req/s over this client's in the same round. */
  sdkVsIt: number;
}

export interface ThroughputResult {
  rows: ThroughputRow[];
  /** SDK req/s over the faster raw client (node:http or undici), per concurrency. */
  sdkVsFloor: Map<number, number>;
  /** The default SDK's req/s over the same SDK's with learning off, per concurrency: learning's cost. */
  learningCost: Map<number, number>;
  /** The new SDK client's warm-up, slow start included: its concurrency and result. */
  sdkWarmup: { concurrency: number; result: LoadResult };
}

type Call = (i: number) => Promise<unknown>;

export const SDK = 'sdk';
export const SDK_UNLEARNED = 'sdk, learning off';
const FLOOR_CLIENTS = ['raw node:http keep-alive', 'undici.request'];

export async function measureThroughput(sim: SimProcess, options: { durationMs: number; rounds: number; concurrencies: number[]; sdkWarmupMs?: number }): Promise<ThroughputResult> {
  const token = await fetchToken(sim);
  const patientId = (i: number) => String((i % 1000) + 1);
  const patientPath = (i: number) => `/v1/${sim.practiceId}/patients/${patientId(i)}`;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };

  const raw = rawGetPatient(sim, token);
  const rawHttp: Call = raw.call;

  const dispatcher = new UndiciAgent({ connections: 128 });
  const undici: Call = async (i) => {
    const { statusCode, body } = await undiciRequest(`${sim.url}${patientPath(i)}`, { headers, dispatcher });
    const parsed = await body.json();
    if (statusCode !== 200) throw new Error(String(statusCode));
    return parsed;
  };

  const rawFetch: Call = async (i) => {
    const response = await fetch(`${sim.url}${patientPath(i)}`, { headers });
    if (response.status !== 200) throw new Error(String(response.status));
    return response.json();
  };

  // The usual hand-rolled integration: an axios instance whose interceptor adds the bearer token.
  const axiosClient = axios.create({ baseURL: `${sim.url}/v1/${sim.practiceId}`, httpAgent: new http.Agent({ keepAlive: true }) });
  axiosClient.interceptors.request.use((config) => {
    config.headers.set('authorization', `Bearer ${token}`);
    return config;
  });
  const viaAxios: Call = async (i) => (await axiosClient.get(`/patients/${patientId(i)}`)).data;

  const sdkOptions = { clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' } as const;
  const athena = new AthenaClient(sdkOptions);
  await athena.practice.ping();
  const sdk: Call = (i) => athena.patients.getPatient(patientId(i));
  const unlearned = new AthenaClient({ ...sdkOptions, adaptiveRateLimit: false });
  await unlearned.practice.ping();
  const sdkUnlearned: Call = (i) => unlearned.patients.getPatient(patientId(i));
  // A new client's learned rate starts at 20/s and slow-starts (section 8 measures that, against a
  // throttle); on loopback that takes up to a second, longer than a run's 300 ms warm-up, and would
  // pace the SDK's first round. Warm it up first: the rounds measure the cost of each call.
  const warmupConcurrency = Math.max(...options.concurrencies);
  const sdkWarmup = await runLoad(sdk, warmupConcurrency, options.sdkWarmupMs ?? 2000, 0);

  const clients: [string, Call][] = [
    [SDK, sdk],
    [SDK_UNLEARNED, sdkUnlearned],
    ['raw node:http keep-alive', rawHttp],
    ['undici.request', undici],
    ['global fetch', rawFetch],
    ['axios + token interceptor', viaAxios],
  ];

  const rows: ThroughputRow[] = [];
  const sdkVsFloor = new Map<number, number>();
  const learningCost = new Map<number, number>();
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  for (const concurrency of options.concurrencies) {
    const results = new Map<string, LoadResult[]>(clients.map(([name]) => [name, []]));
    for (let round = 0; round < options.rounds; round++) {
      for (let k = 0; k < clients.length; k++) {
        const [name, call] = clients[(round + k) % clients.length] as [string, Call];
        collectGarbage?.();
        const result = await runLoad(call, concurrency, options.durationMs);
        if (result.errors) throw new Error(`${name} had ${result.errors} errors at concurrency ${concurrency}`);
        results.get(name)?.push(result);
      }
    }
    const rpsOf = (name: string) => (results.get(name) as LoadResult[]).map((r) => r.rps);
    const floorRps = rpsOf(SDK).map((_, round) => Math.max(...FLOOR_CLIENTS.map((name) => rpsOf(name)[round] as number)));
    const sdkRps = rpsOf(SDK);
    for (const [client] of clients) {
      const rps = rpsOf(client);
      rows.push({
        concurrency,
        client,
        result: medianResult(results.get(client) as LoadResult[]),
        vsFloor: median(rps.map((value, round) => value / (floorRps[round] as number))),
        sdkVsIt: median(rps.map((value, round) => (sdkRps[round] as number) / value)),
      });
    }
    sdkVsFloor.set(concurrency, median(sdkRps.map((value, round) => value / (floorRps[round] as number))));
    const unlearnedRps = rpsOf(SDK_UNLEARNED);
    learningCost.set(concurrency, median(sdkRps.map((value, round) => value / (unlearnedRps[round] as number))));
  }

  athena.close();
  unlearned.close();
  raw.close();
  await dispatcher.close();
  return { rows, sdkVsFloor, learningCost, sdkWarmup: { concurrency: warmupConcurrency, result: sdkWarmup } };
}

/** Each measure's median over the rounds (not one round's figures: the rounds are noisy independently). */
function medianResult(results: LoadResult[]): LoadResult {
  const of = (pick: (r: LoadResult) => number) => median(results.map(pick));
  return {
    requests: of((r) => r.requests),
    rps: of((r) => r.rps),
    medianMs: of((r) => r.medianMs),
    p99Ms: of((r) => r.p99Ms),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    cpuUsPerRequest: of((r) => r.cpuUsPerRequest),
  };
}
