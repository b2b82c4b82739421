/**
 * `npm run soak`: many calls (default 100,000) against the simulator with tokens that expire
 * every 2 s and faults injected before about 1% of calls (5xx, 429, 401, dropped, reset and hung
 * connections, token-endpoint failures). Checks that every call's outcome is accounted for, that
 * no rejection goes unhandled, that no write was processed more often than it was called, and that
 * the heap stays flat. Not part of `npm test`.
 *
 * Options (env): SOAK_CALLS (default 100000), SOAK_CONCURRENCY (default 16),
 * SOAK_FAULT_RATE (default 0.01), SOAK_WRITE_RATE (default 0.1).
 */
import os from 'node:os';
import { AthenaClient } from '../packages/sdk/src/index.js';
import { startSimulator, type Simulator } from '../packages/sdk/src/simulator/index.js';
import { table } from './harness.js';

const calls = Number(process.env.SOAK_CALLS ?? 100_000);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 16);
const faultRate = Number(process.env.SOAK_FAULT_RATE ?? 0.01);
const writeRate = Number(process.env.SOAK_WRITE_RATE ?? 0.1);
const gc = (globalThis as { gc?: () => void }).gc;

const faults: [string, (sim: Simulator) => void][] = [
  ['API 503', (sim) => sim.faults.failNext(1, { status: 503 })],
  ['API 500', (sim) => sim.faults.failNext(1, { status: 500 })],
  ['API 502 gateway page', (sim) => sim.faults.failNext(1, { status: 502 })],
  ['API 429 Retry-After 0', (sim) => sim.faults.rateLimitNext(1, { retryAfter: '0' })],
  ['API 429 no Retry-After', (sim) => sim.faults.rateLimitNext(1)],
  ['API 401 valid token', (sim) => sim.faults.unauthorizeNext(1)],
  ['connection dropped', (sim) => sim.faults.dropNext(1)],
  ['reset mid-body', (sim) => sim.faults.resetMidBodyNext(1)],
  ['no answer (hang)', (sim) => sim.faults.hangNext(1)],
  ['API latency +50 ms for 100 ms', (sim) => {
    sim.faults.latency(50);
    setTimeout(() => sim.faults.latency(0), 100).unref();
  }],
  ['token endpoint 500', (sim) => sim.faults.failNext(1, { status: 500, target: 'token' })],
  ['token malformed JSON', (sim) => sim.faults.malformedTokenNext(1)],
  ['token without expires_in', (sim) => sim.faults.tokenWithoutExpiryNext(1)],
];

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

const sim = await startSimulator({ tokenTtlSeconds: 2, tokenRequestsPerWindow: 100_000, recordRequests: false, patientCount: 1000, dailyQuota: Number.POSITIVE_INFINITY });
const athena = new AthenaClient({
  clientId: sim.clientId,
  clientSecret: sim.clientSecret,
  practiceId: sim.practiceId,
  baseUrl: sim.url,
  logLevel: 'off',
  timeoutMs: 1000,
  totalTimeoutMs: 5000,
  retryDelays: { baseDelayMs: 20, maxDelayMs: 200 },
  tokenRequestsPerMinute: 1000,
});

const outcomes = new Map<string, number>();
const injected = new Map<string, number>();
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
let writesCalled = 0;
let writesSucceeded = 0;
const heap: { calls: number; mb: number }[] = [];
const sampleEvery = Math.max(1, Math.floor(calls / 20));

let next = 0;
let done = 0;
const started = performance.now();
console.log(`Soak: ${calls.toLocaleString('en-US')} calls, concurrency ${concurrency}, faults before ~${faultRate * 100}% of calls, ${writeRate * 100}% writes, 2 s tokens. Node ${process.version}, ${os.cpus().length} cores.`);

async function worker(): Promise<void> {
  while (next < calls) {
    const i = next++;
    if (Math.random() < faultRate) {
      const [name, inject] = faults[Math.floor(Math.random() * faults.length)] as (typeof faults)[number];
      inject(sim);
      count(injected, name);
    }
    const isWrite = Math.random() < writeRate;
    const patientid = String((i % 1000) + 1);
    try {
      if (isWrite) {
        writesCalled++;
        await athena.patients.updatePatient(patientid, { email: `soak${i}@example.com` });
        writesSucceeded++;
      } else {
        await athena.patients.getPatient(patientid);
      }
      count(outcomes, `${isWrite ? 'write' : 'read'}: ok`);
    } catch (error) {
      count(outcomes, `${isWrite ? 'write' : 'read'}: ${error instanceof Error ? error.name : 'non-Error thrown'}`);
    }
    if (++done % sampleEvery === 0) {
      gc?.();
      heap.push({ calls: done, mb: process.memoryUsage().heapUsed / 1024 / 1024 });
      process.stderr.write(`  ${done.toLocaleString('en-US')} calls, heap ${heap.at(-1)?.mb.toFixed(1)} MB\n`);
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsedS = (performance.now() - started) / 1000;
athena.close();
const stats = { ...sim.stats, byOperation: { ...sim.stats.byOperation } };
await sim.stop();
await new Promise((resolve) => setTimeout(resolve, 100));

const accounted = [...outcomes.values()].reduce((a, b) => a + b, 0);
const writesProcessed = stats.byOperation['patients.updatePatient'] ?? 0;
// Flat: from the first sample after warm-up (10% of the run) to the last.
const warm = heap[Math.min(1, heap.length - 1)];
const last = heap.at(-1);
const growthMb = warm && last ? last.mb - warm.mb : 0;

console.log(`\n## Outcomes (${elapsedS.toFixed(1)} s, ${(calls / elapsedS).toFixed(0)} calls/s)\n`);
console.log(table([['outcome', 'calls'], ...[...outcomes].sort().map(([k, v]) => [k, String(v)]), ['total', String(accounted)]]));
console.log(`\n## Faults injected\n`);
console.log(table([['fault', 'times'], ...[...injected].sort().map(([k, v]) => [k, String(v)]), ['total', String([...injected.values()].reduce((a, b) => a + b, 0))]]));
console.log(`\n## Checks\n`);
const checks: [string, string, boolean][] = [
  ['every call accounted for', `${accounted} of ${calls}`, accounted === calls],
  ['unhandled rejections', String(unhandled.length), unhandled.length === 0],
  ['writes processed by the server <= writes called', `${writesProcessed} <= ${writesCalled} (${writesSucceeded} succeeded)`, writesProcessed <= writesCalled && writesProcessed >= writesSucceeded],
  ['token requests (2 s tokens)', `${stats.tokenRequests} in ${elapsedS.toFixed(0)} s`, true],
  [`heap growth after warm-up (${gc ? 'after gc' : 'no --expose-gc: rough'})`, `${warm?.mb.toFixed(1)} MB -> ${last?.mb.toFixed(1)} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`, growthMb < 20],
];
console.log(table([['check', 'value', ''], ...checks.map(([name, value, ok]) => [name, value, ok ? 'ok' : 'FAILED'])]));
if (checks.some(([, , ok]) => !ok)) process.exitCode = 1;
