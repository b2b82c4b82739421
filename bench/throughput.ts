/**
 * Section 1: getPatient throughput, median and p99 latency at concurrency 1, 16 and 64,
 * through the SDK and the alternatives, against the simulator in another process:
 * - raw keep-alive node:http and undici.request with a fixed token (the floor: the fastest
 *   a hand-written client can be, with no auth, retry, validation or decoding);
 * - global fetch with a fixed token;
 * - axios with an interceptor that adds the token (how most athena integrations in Node look).
 * Rounds interleave the clients so drift in machine load hits them alike; the best round is kept.
 */
import http from 'node:http';
import axios from 'axios';
import { Agent as UndiciAgent, request as undiciRequest } from 'undici';
import { fetchToken, runLoad, type LoadResult, type SimProcess, loadSdk } from './harness.js';

const { AthenaClient } = await loadSdk();

export interface ThroughputRow {
  concurrency: number;
  client: string;
  result: LoadResult;
}

export interface ThroughputResult {
  rows: ThroughputRow[];
  /** SDK req/s over the faster raw client (node:http or undici), per concurrency. */
  sdkVsFloor: Map<number, number>;
}

type Call = (i: number) => Promise<unknown>;

export const SDK = 'sdk';
const FLOOR_CLIENTS = ['raw node:http keep-alive', 'undici.request'];

export async function measureThroughput(sim: SimProcess, options: { durationMs: number; rounds: number; concurrencies: number[] }): Promise<ThroughputResult> {
  const token = await fetchToken(sim);
  const origin = new URL(sim.url);
  const patientId = (i: number) => String((i % 1000) + 1);
  const patientPath = (i: number) => `/v1/${sim.practiceId}/patients/${patientId(i)}`;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };

  const agent = new http.Agent({ keepAlive: true });
  const rawHttp: Call = (i) =>
    new Promise((resolve, reject) => {
      const req = http.request({ hostname: origin.hostname, port: origin.port, path: patientPath(i), agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))) : reject(new Error(String(res.statusCode)))));
      });
      req.on('error', reject);
      req.end();
    });

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

  const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
  await athena.practice.ping();
  const sdk: Call = (i) => athena.patients.getPatient(patientId(i));

  const clients: [string, Call][] = [
    [SDK, sdk],
    ['raw node:http keep-alive', rawHttp],
    ['undici.request', undici],
    ['global fetch', rawFetch],
    ['axios + token interceptor', viaAxios],
  ];

  const rows: ThroughputRow[] = [];
  const sdkVsFloor = new Map<number, number>();
  for (const concurrency of options.concurrencies) {
    const best = new Map<string, LoadResult>();
    for (let round = 0; round < options.rounds; round++) {
      for (const [name, call] of clients) {
        const result = await runLoad(call, concurrency, options.durationMs);
        if (result.errors) throw new Error(`${name} had ${result.errors} errors at concurrency ${concurrency}`);
        const previous = best.get(name);
        if (!previous || result.rps > previous.rps) best.set(name, result);
      }
    }
    for (const [client, result] of best) rows.push({ concurrency, client, result });
    const floor = Math.max(...FLOOR_CLIENTS.map((name) => (best.get(name) as LoadResult).rps));
    sdkVsFloor.set(concurrency, (best.get(SDK) as LoadResult).rps / floor);
  }

  athena.close();
  agent.destroy();
  await dispatcher.close();
  return { rows, sdkVsFloor };
}

/** The floor at a concurrency: the faster of the two raw clients. */
export function floorOf(rows: ThroughputRow[], concurrency: number): LoadResult {
  const floors = rows.filter((r) => r.concurrency === concurrency && FLOOR_CLIENTS.includes(r.client)).map((r) => r.result);
  return floors.reduce((a, b) => (b.rps > a.rps ? b : a));
}
