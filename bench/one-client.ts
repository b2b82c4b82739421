/**
 * One client alone in this process, against the simulator in another, at one concurrency:
 * req/s and this process's CPU per call. Section 1 rotates five clients through one process,
 * where each can slow the others (they share Node's HTTP code and its inline caches); this
 * measures a client as a user's process runs it, and compares builds: run it in a worktree
 * of another commit, alternating with this one (see BENCHMARKS.md, third pass).
 *
 *   npm run build && CLIENT=sdk node --import tsx bench/one-client.ts
 *
 * Env: CLIENT=sdk|sdk-unlearned|raw (sdk-unlearned: `adaptiveRateLimit: false`),
 * CONCURRENCY (default 16), DURATION_MS (default 6000, after a 2-s warm-up).
 */
import { fetchToken, loadSdk, rawGetPatient, runLoad, startSimulatorProcess } from './harness.js';

const client = process.env.CLIENT ?? 'sdk';
const concurrency = Number(process.env.CONCURRENCY ?? 16);
const durationMs = Number(process.env.DURATION_MS ?? 6000);
const patientId = (i: number) => String((i % 1000) + 1);

const sim = await startSimulatorProcess();
let call: (i: number) => Promise<unknown>;
let close: () => void;
if (client === 'raw') {
  ({ call, close } = rawGetPatient(sim, await fetchToken(sim)));
} else if (client === 'sdk' || client === 'sdk-unlearned') {
  const { AthenaClient } = await loadSdk();
  const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off', adaptiveRateLimit: client === 'sdk' });
  call = (i) => athena.patients.getPatient(patientId(i));
  close = () => athena.close();
} else {
  throw new Error(`CLIENT must be sdk, sdk-unlearned or raw, not ${client}`);
}

const result = await runLoad(call, concurrency, durationMs, 2000);
console.log(JSON.stringify({ client, concurrency, requests: result.requests, rps: Math.round(result.rps), cpuUsPerRequest: Math.round(result.cpuUsPerRequest), errors: result.errors }));
close();
await sim.stop();
