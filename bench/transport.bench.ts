/**
 * `npm run bench`: getPatient throughput and latency through the SDK against the
 * fastest raw client (node:http with keep-alive and a fixed token) and global
 * fetch, at concurrency 1, 16 and 64, against the simulator in another process.
 * Prints ratios to the fastest client measured in the same run; then counts the
 * token requests made by 1,000 concurrent first calls (must be 1).
 *
 * Options (env): BENCH_DURATION_MS (per run, default 3000), BENCH_ROUNDS (default 3).
 */
import http from 'node:http';
import os from 'node:os';
import { AthenaClient } from '../src/index.js';
import { fetchToken, runLoad, startSimulatorProcess, table, type LoadResult } from './harness.js';

const durationMs = Number(process.env.BENCH_DURATION_MS ?? 3000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const concurrencies = [1, 16, 64];

const sim = await startSimulatorProcess();
const token = await fetchToken(sim);
const origin = new URL(sim.url);
const patientPath = (i: number) => `/v1/${sim.practiceId}/patients/${(i % 1000) + 1}`;

const agent = new http.Agent({ keepAlive: true });
function rawHttp(i: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: origin.hostname, port: origin.port, path: patientPath(i), agent, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))) : reject(new Error(String(res.statusCode)))));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function rawFetch(i: number): Promise<unknown> {
  const response = await fetch(`${sim.url}${patientPath(i)}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  if (response.status !== 200) throw new Error(String(response.status));
  return response.json();
}

const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
await athena.practice.ping();
const sdk = (i: number) => athena.patients.getPatient(String((i % 1000) + 1));

const clients: [string, (i: number) => Promise<unknown>][] = [
  ['sdk (node:http)', sdk],
  ['raw node:http keep-alive', rawHttp],
  ['raw global fetch', rawFetch],
];

console.log(`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${new Date().toISOString()}`);
console.log(`getPatient against the simulator on loopback; ${rounds} rounds of ${durationMs} ms per client and concurrency; best round kept.\n`);

const summary: string[][] = [['concurrency', 'client', 'req/s', 'median ms', 'p99 ms', 'vs fastest']];
let sdkFloorRatioMin = Infinity;
for (const concurrency of concurrencies) {
  const best = new Map<string, LoadResult>();
  // Rounds interleave the clients so drift in machine load hits them alike.
  for (let round = 0; round < rounds; round++) {
    for (const [name, call] of clients) {
      const result = await runLoad(call, concurrency, durationMs);
      if (result.errors) throw new Error(`${name} had ${result.errors} errors`);
      if (!best.has(name) || result.rps > (best.get(name) as LoadResult).rps) best.set(name, result);
    }
  }
  const fastest = Math.max(...[...best.values()].map((r) => r.rps));
  for (const [name, r] of best) {
    summary.push([String(concurrency), name, r.rps.toFixed(0), r.medianMs.toFixed(3), r.p99Ms.toFixed(3), (r.rps / fastest).toFixed(2)]);
  }
  const floor = Math.max((best.get('raw node:http keep-alive') as LoadResult).rps, (best.get('raw global fetch') as LoadResult).rps);
  sdkFloorRatioMin = Math.min(sdkFloorRatioMin, (best.get('sdk (node:http)') as LoadResult).rps / floor);
}
console.log(table(summary));
console.log(`\nSDK vs fastest raw client, worst concurrency: ${sdkFloorRatioMin.toFixed(2)} (target >= 0.90)`);
athena.close();
agent.destroy();

// Token requests from 1,000 concurrent first calls on a cold client.
const before = (await sim.stats()).tokenRequests;
const cold = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
await Promise.all(Array.from({ length: 1000 }, (_, i) => cold.patients.getPatient(String((i % 1000) + 1))));
const tokenRequests = (await sim.stats()).tokenRequests - before;
console.log(`Token requests made by 1,000 concurrent first calls: ${tokenRequests} (must be 1)`);
cold.close();
await sim.stop();
if (tokenRequests !== 1) process.exitCode = 1;
