/**
 * "At athena's scale", shared: 8 processes, each a default client with a RedisRateLimiter
 * on one redis-server of the benchmark's own, fan out 10 × R calls together (90% reads,
 * 10% writes) against the simulator's throttle. They learn one rate in Redis; the targets
 * are those of one process, for their total.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import type { SimProcess } from './harness.js';

export interface SharedFanOutResult {
  processes: number;
  requestsPerSecond: number;
  latencyMs: number;
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

export async function sharedFanOut(sim: SimProcess, redisUrl: string, requestsPerSecond: number, latencyMs: number, processes = 8): Promise<SharedFanOutResult> {
  await sim.reset();
  await sim.setThrottle({ requestsPerSecond, latencyMs });
  const calls = 10 * requestsPerSecond;
  const prefix = `bench:${Date.now()}:`;
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
  const wallMs = performance.now() - started;
  const stats = await sim.stats();
  return {
    processes,
    requestsPerSecond,
    latencyMs,
    calls,
    overLimit: wallMs / ((calls / requestsPerSecond) * 1000),
    throttled: stats.throttled,
    failed: done.reduce((sum, r) => sum + r.failed, 0),
    repeatedWrites: stats.repeatedWrites,
    learned: done.map((r) => r.learned ?? NaN),
  };
}
