/** Shared pieces of the benchmarks: a simulator in a child process and a closed-loop load runner. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface SimProcess {
  url: string;
  clientId: string;
  clientSecret: string;
  practiceId: string;
  stop(): Promise<void>;
  stats(): Promise<SimStats>;
  /** Zeroes the stats and restores the start throttle (admin reset). */
  reset(): Promise<void>;
  /** Sets the API throttle and/or latency while it runs (`requestsPerSecond: null`: none). */
  setThrottle(settings: { requestsPerSecond?: number | null; latencyMs?: number }): Promise<void>;
}

export interface SimStats {
  tokenRequests: number;
  apiRequests: number;
  /** 429s of the throttle (and daily quota). */
  throttled: number;
  /** Writes that reached their handler again with the same X-Request-Id (a call applied twice). */
  repeatedWrites: number;
  byOperation: Record<string, number>;
  statusCounts: Record<string, number>;
}

type Sdk = typeof import('../packages/sdk/src/index.js');

/**
 * The SDK as users get it: the built `dist/` (run `npm run build` first). tsx, which runs the
 * benchmarks, compiles `src/` with esbuild's keepNames, which wraps every closure in a
 * `__name()` call: measurable on a hot path, and absent from the published build.
 * `BENCH_SOURCE=1` measures `src/` through tsx instead.
 */
export async function loadSdk(): Promise<Sdk> {
  const path = process.env.BENCH_SOURCE === '1' ? '../packages/sdk/src/index.ts' : '../packages/sdk/dist/index.js';
  return (await import(new URL(path, import.meta.url).href)) as Sdk;
}

/** `BENCH_QUICK=1` shortens every section, for developing the benchmarks rather than reading them. */
export const QUICK = process.env.BENCH_QUICK === '1';

export async function startSimulatorProcess(env: Record<string, string> = {}): Promise<SimProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', new URL('./simulator-process.ts', import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [first] = (await once(lines, 'line')) as [string];
  const info = JSON.parse(first) as Omit<SimProcess, 'stop' | 'stats'>;
  return {
    ...info,
    async stop() {
      child.stdin?.end();
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
    async stats() {
      const response = await fetch(`${info.url}/_simulator/stats`);
      return (await response.json()) as SimStats;
    },
    async reset() {
      const response = await fetch(`${info.url}/_simulator/reset`, { method: 'POST' });
      if (response.status !== 204) throw new Error(`simulator reset answered ${response.status}`);
    },
    async setThrottle(settings) {
      const response = await fetch(`${info.url}/_simulator/throttle`, { method: 'POST', body: JSON.stringify(settings) });
      if (response.status !== 204) throw new Error(`simulator throttle answered ${response.status}: ${await response.text()}`);
    },
  };
}

export async function fetchToken(sim: SimProcess): Promise<string> {
  const response = await fetch(`${sim.url}/oauth2/v1/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=athena/service/Athenanet.MDP.*',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * The floor of the throughput benchmarks: `getPatient` by hand over keep-alive node:http with a
 * fixed token, no auth, retry, validation or decoding. `close` destroys its sockets.
 */
export function rawGetPatient(sim: SimProcess, token: string): { call: (i: number) => Promise<unknown>; close(): void } {
  const origin = new URL(sim.url);
  const agent = new http.Agent({ keepAlive: true });
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const call = (i: number) =>
    new Promise((resolve, reject) => {
      const path = `/v1/${sim.practiceId}/patients/${(i % 1000) + 1}`;
      const req = http.request({ hostname: origin.hostname, port: origin.port, path, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))) : reject(new Error(String(res.statusCode)))));
      });
      req.on('error', reject);
      req.end();
    });
  return { call, close: () => agent.destroy() };
}

export interface LoadResult {
  requests: number;
  rps: number;
  medianMs: number;
  p99Ms: number;
  errors: number;
  /** CPU time of this (client) process per request, in microseconds: less noisy than req/s. */
  cpuUsPerRequest: number;
}

/** Runs `call` from `concurrency` loops for `durationMs` after a warm-up; latency per call. */
export async function runLoad(call: (i: number) => Promise<unknown>, concurrency: number, durationMs: number, warmupMs = 300): Promise<LoadResult> {
  const warmEnd = Date.now() + warmupMs;
  await Promise.all(Array.from({ length: concurrency }, async (_, w) => {
    for (let i = w; Date.now() < warmEnd; i += concurrency) await call(i).catch(() => undefined);
  }));
  const latencies: number[] = [];
  let errors = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const end = start + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = w; performance.now() < end; i += concurrency) {
        const t0 = performance.now();
        try {
          await call(i);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    rps: (latencies.length / elapsed) * 1000,
    medianMs: at(0.5),
    p99Ms: at(0.99),
    errors,
    cpuUsPerRequest: (cpu.user + cpu.system) / latencies.length,
  };
}

/** A Markdown table (readable as plain text too), so the output can be pasted into BENCHMARKS.md. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(3, ...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Runs a bench script in a fresh Node process (own heap, own flags) and returns its last stdout line as JSON. */
export async function runChild<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', new URL(script, import.meta.url).pathname, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  const last = out.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}
