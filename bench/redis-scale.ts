/**
 * "At athena's scale", shared: 8 processes, each a default client with a RedisRateLimiter
 * on one redis-server of the benchmark's own, fan out 10 × R calls together (90% reads,
 * 10% writes) against the simulator's throttle. They learn one rate in Redis; the targets
 * are those of one process, for their total. Cold: the first fan-out on a new key; warm: new
 * processes join the rate a first fan-out learned.
 *
 * Run alone: `node --import tsx bench/redis-scale.ts` (SCALE_RATES=150,500 SCALE_REPEATS=3
 * SCALE_STARTS=cold,warm SCALE_LATENCY=40; BENCH_SOURCE=1 measures src/).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { startSimulatorProcess, table, type SimProcess } from './harness.js';

export interface SharedFanOutResult {
  processes: number;
  requestsPerSecond: number;
  latencyMs: number;
  /** The processes joined a rate learned by a first fan-out (only the second was measured). */
  warm: boolean;
  calls: number;
  overLimit: number;
  throttled: number;
  failed: number;
  repeatedWrites: number;
  /** The rate the processes learned together, as each read it at its end. */
  learned: number[];
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let attempt = 0; ; attempt++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) break;
    if (attempt > 200) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** One fan-out of `calls` by `processes` new worker processes sharing the limiter under `prefix`. */
async function workersFanOut(sim: SimProcess, redisUrl: string, prefix: string, calls: number, processes: number): Promise<{ wallMs: number; done: { failed: number; learned: number | undefined }[] }> {
  const children: ChildProcess[] = [];
  const reports: Promise<{ failed: number; learned: number | undefined }>[] = [];
  const readies: Promise<unknown>[] = [];
  const share = Math.ceil(calls / processes);
  for (let p = 0; p < processes; p++) {
    const child = fork(new URL('./redis-worker.ts', import.meta.url).pathname, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, REDIS_URL: redisUrl, PREFIX: prefix, SIM_URL: sim.url, CLIENT_ID: sim.clientId, CLIENT_SECRET: sim.clientSecret, PRACTICE_ID: sim.practiceId, CALLS: String(Math.min(share, calls - p * share)), OFFSET: String(p * share) },
    });
    children.push(child);
    readies.push(new Promise((resolve) => child.once('message', resolve)));
    reports.push(new Promise((resolve, reject) => {
      child.on('message', (m) => m !== 'ready' && resolve(m as { failed: number; learned: number | undefined }));
      child.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
    }));
  }
  await Promise.all(readies);
  const started = performance.now();
  for (const child of children) child.send('go');
  const done = await Promise.all(reports);
  return { wallMs: performance.now() - started, done };
}

/**
 * 8 processes fan out 10 × R calls together. `warm`: new processes join a rate learned in Redis by
 * a first fan-out under the same key (the learned rate persists for an hour); only the second is measured.
 */
export async function sharedFanOut(sim: SimProcess, redisUrl: string, requestsPerSecond: number, latencyMs: number, processes = 8, warm = false): Promise<SharedFanOutResult> {
  await sim.reset();
  await sim.setThrottle({ requestsPerSecond, latencyMs });
  const calls = 10 * requestsPerSecond;
  const prefix = `bench:${Date.now()}:${Math.random().toString(36).slice(2)}:`;
  if (warm) {
    await workersFanOut(sim, redisUrl, prefix, calls, processes);
    await sim.reset();
    await sim.setThrottle({ requestsPerSecond, latencyMs });
    // Start anywhere in the gateway's second, as a caller would.
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.random()));
  }
  const { wallMs, done } = await workersFanOut(sim, redisUrl, prefix, calls, processes);
  const stats = await sim.stats();
  return {
    processes,
    requestsPerSecond,
    latencyMs,
    warm,
    calls,
    overLimit: wallMs / ((calls / requestsPerSecond) * 1000),
    throttled: stats.throttled,
    failed: done.reduce((sum, r) => sum + r.failed, 0),
    repeatedWrites: stats.repeatedWrites,
    learned: done.map((r) => r.learned ?? NaN),
  };
}

/** The targets of issue 15, for the processes' total. */
export const sharedMeetsTargets = (x: SharedFanOutResult) => x.overLimit <= 1.15 && x.throttled <= 0.02 * x.calls && x.failed === 0 && x.repeatedWrites === 0;

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export function sharedTable(results: SharedFanOutResult[]): string {
  const rows = [['R /s', 'latency', 'processes', 'start', 'calls', 'wall / limit', '429s', 'failed calls', 'writes applied twice', 'rate learned (each process)', 'target']];
  for (const x of results) {
    const learned = [...new Set(x.learned.map((l) => fmt(l, 1)))].join(' / ');
    rows.push([String(x.requestsPerSecond), `${x.latencyMs} ms`, String(x.processes), x.warm ? 'warm' : 'cold', String(x.calls), `${fmt(x.overLimit, 2)}×`, `${x.throttled} (${fmt((100 * x.throttled) / x.calls, 1)}%)`, String(x.failed), String(x.repeatedWrites), learned, sharedMeetsTargets(x) ? 'ok' : 'MISSED']);
  }
  return table(rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rates = process.env.SCALE_RATES?.split(',').map(Number) ?? [150, 500];
  const latencyMs = Number(process.env.SCALE_LATENCY ?? 40);
  const repeats = Number(process.env.SCALE_REPEATS ?? 3);
  const starts = (process.env.SCALE_STARTS ?? 'cold,warm').split(',').map((s) => s.trim() === 'warm');
  const redis = await startRedis();
  const sim = await startSimulatorProcess();
  const results: SharedFanOutResult[] = [];
  for (const r of rates) {
    for (const warm of starts) {
      for (let run = 0; run < repeats; run++) {
        const x = await sharedFanOut(sim, redis.url, r, latencyMs, 8, warm);
        console.error(JSON.stringify({ ...x, load: os.loadavg()[0] }));
        results.push(x);
      }
    }
  }
  await sim.stop();
  await redis.stop();
  console.log(sharedTable(results));
}
