/**
 * Section 4 (own process, run with --expose-gc and a large young generation): the cost of the
 * SDK's own work per call, with the network out of the picture. `fetch` is an in-process stub that
 * answers every request with a prebuilt patient body, so what remains is validation, path
 * encoding, the pipeline (request id, retry, auth, log), the fetch sender and decoding.
 * The same stub called directly (and its body parsed) is the baseline.
 *
 * Allocations: with a young generation larger than a batch allocates, no GC runs during the batch
 * (checked with a `gc` PerformanceObserver), so heap growth over the batch / calls = bytes per call.
 *
 * Usage: node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 --import tsx bench/transport-cost.ts [calls]
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { generatePatient } from '../packages/sdk/src/simulator/data/patient-generator.js';
import { median, loadSdk } from './harness.js';

const { AthenaClient } = await loadSdk();

const calls = Number(process.argv[2] ?? 20_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const body = JSON.stringify([generatePatient(42)]);
const responseHeaders = { 'content-type': 'application/json', 'x-request-id': 'rrt-1' };
const tokenBody = JSON.stringify({ access_token: 'stub-token', token_type: 'Bearer', expires_in: '3600' });
const stubFetch = async (input: string): Promise<Response> =>
  new Response(input.endsWith('/oauth2/v1/token') ? tokenBody : body, { status: 200, headers: responseHeaders });

const athena = new AthenaClient({ clientId: 'id', clientSecret: 'secret', practiceId: '195900', baseUrl: 'http://127.0.0.1:1', logLevel: 'off', fetch: stubFetch });
const viaSdk = () => athena.patients.getPatient('42');
const direct = async () => {
  const response = await stubFetch('http://127.0.0.1:1/v1/195900/patients/42');
  return JSON.parse(await response.text()) as unknown;
};

let gcRuns = 0;
new PerformanceObserver((list) => (gcRuns += list.getEntries().length)).observe({ entryTypes: ['gc'] });

async function timePerCall(call: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await call();
  return Number(process.hrtime.bigint() - start) / 1000 / calls;
}

/** Bytes allocated per call over a batch small enough to fit the young generation; NaN if a GC ran anyway. */
async function bytesPerCall(call: () => Promise<unknown>, batch = 2000): Promise<number> {
  gc?.();
  // Let the observer report that collection before counting from here.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const runsBefore = gcRuns;
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < batch; i++) await call();
  const grown = process.memoryUsage().heapUsed - before;
  // The observer reports asynchronously: let it catch up before reading the count.
  await new Promise((resolve) => setTimeout(resolve, 10));
  return gcRuns === runsBefore ? grown / batch : NaN;
}

// Warm up both paths (JIT, token fetch), then alternate rounds so drift hits both alike.
for (let i = 0; i < 2000; i++) {
  await viaSdk();
  await direct();
}
const sdkUs: number[] = [];
const directUs: number[] = [];
const sdkBytes: number[] = [];
const directBytes: number[] = [];
for (let round = 0; round < 5; round++) {
  sdkUs.push(await timePerCall(viaSdk));
  directUs.push(await timePerCall(direct));
  sdkBytes.push(await bytesPerCall(viaSdk));
  directBytes.push(await bytesPerCall(direct));
}
const clean = (xs: number[]) => xs.filter((x) => Number.isFinite(x));
process.stdout.write(
  `${JSON.stringify({
    calls,
    sdkUs: median(sdkUs),
    directUs: median(directUs),
    sdkBytes: median(clean(sdkBytes)),
    directBytes: median(clean(directBytes)),
  })}\n`,
);
