/**
 * "At athena's scale", memory (run in its own process with --expose-gc): fans out `count`
 * getPatient calls at once with Promise.all on a default client, against the simulator
 * (another process) with 5 ms latency and no throttle, so the in-flight cap (256) holds
 * nearly all of them in the limiter's queue. One second in, the heap above the baseline
 * is divided by the calls still pending: bytes per pending call (the caller's promise, the
 * SDK's call state and the queue entry). Then every call must complete. Prints one JSON line.
 *
 * Usage: node --expose-gc --import tsx bench/fan-out-memory.ts 100000
 */
import { loadSdk, startSimulatorProcess } from './harness.js';

const { AthenaClient } = await loadSdk();

const count = Number(process.argv[2] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const sim = await startSimulatorProcess();
await sim.setThrottle({ latencyMs: 5 });
const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
await athena.practice.ping();
gc();
gc();
const baseline = process.memoryUsage().heapUsed;
let done = 0;
let failed = 0;
const started = performance.now();
const all = Promise.all(Array.from({ length: count }, (_, i) => athena.patients.getPatient(String((i % 1000) + 1)).then(() => done++, () => failed++)));
await new Promise((resolve) => setTimeout(resolve, 1000));
gc();
const heap = process.memoryUsage().heapUsed;
const pending = count - done - failed;
await all;
const elapsedMs = performance.now() - started;
athena.close();
await sim.stop();
process.stdout.write(`${JSON.stringify({ count, pending, heapAboveBaseline: heap - baseline, bytesPerPendingCall: (heap - baseline) / pending, failed, elapsedMs })}\n`);
