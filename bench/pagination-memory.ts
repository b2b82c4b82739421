/**
 * Section 3 (run in its own process with --expose-gc): iterates `count` patients with
 * `for await` over searchPatients, 5,000 a page (athena's maximum), and samples the heap
 * after every item batch. Prints one JSON line: baseline, peak and the peak's excess over
 * the baseline, in bytes. Only the current page and the one fetched ahead may be held, so
 * the excess must not grow with the count. The simulator runs in another process: its
 * memory is not counted.
 *
 * Usage: node --expose-gc --import tsx bench/pagination-memory.ts 200000
 */
import { startSimulatorProcess, loadSdk } from './harness.js';

const { AthenaClient } = await loadSdk();

const count = Number(process.argv[2] ?? 200_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

// Every 7th seeded patient is a Smith, so 7 x count seeded patients give `count` Smiths.
const sim = await startSimulatorProcess({ SIM_PATIENTS: String(count * 7) });
const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off', timeoutMs: 120_000 });
await athena.practice.ping();

gc();
gc();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
let seen = 0;
const started = performance.now();
for await (const patient of athena.patients.searchPatients({ lastname: 'Smith', limit: 5000 })) {
  if (patient.patientid === '') throw new Error('patient without an id');
  // Sample often enough to catch each page at its largest (parsed page + the next one arriving).
  if (++seen % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
const elapsedMs = performance.now() - started;
athena.close();
await sim.stop();
if (seen !== count) throw new Error(`iterated ${seen} patients, expected ${count}`);
process.stdout.write(`${JSON.stringify({ count, seen, baseline, peak, excess: peak - baseline, elapsedMs })}\n`);
