import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { cleanUp, connect, describeRedis, ready, uniquePrefix } from './helpers.js';
import { forkReadyWorkers } from './workers.js';

const WORKERS = 8;
const CALLS_PER_WORKER = 50;
const LIMIT = 50;
const WORKER = fileURLToPath(new URL('./fixtures/worker.ts', import.meta.url));

interface Report {
  done: number[];
  released: number[];
  reservations: number;
  failures: string[];
  warnings: string[];
}

describeRedis('several processes sharing Redis', (server) => {
  let redis: Redis;
  let sim: Simulator | undefined;
  let prefix = '';
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    redis = connect(server.url);
    await ready(redis);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
    await sim?.stop();
    await cleanUp(redis, prefix);
  });
  afterAll(() => redis.disconnect());

  // Asserted on counts, not on durations, so that a loaded 2-core machine cannot fail it: a wake-up
  // that comes too late gives its slot up (the run gets longer, never faster), and a stalled simulator
  // counts arrivals in the wrong second, so neither the end-to-end rate nor the simulator's 429 count
  // says whether the processes kept to the limit. What the processes did, counted per second, does.
  it(`fetches one token for ${WORKERS} cold processes and keeps them together at ${LIMIT} requests a second`, { timeout: 120_000 }, async () => {
    prefix = uniquePrefix();
    // athena's throttle at the same 50 a second; production's token budget.
    sim = await startSimulator({ requestsPerSecond: LIMIT, tokenRequestsPerWindow: 50, recordRequests: false });
    const { reports } = await forkReadyWorkers<Report>(
      WORKER,
      WORKERS,
      {
        REDIS_URL: server.url,
        SIM_URL: sim.url,
        PREFIX: prefix,
        CALLS: String(CALLS_PER_WORKER),
        RPS: String(LIMIT),
        ATHENA_CLIENT_ID: sim.clientId,
        ATHENA_CLIENT_SECRET: sim.clientSecret,
        ATHENA_PRACTICE_ID: sim.practiceId,
      },
      children,
    );

    const started = Date.now();
    for (const child of children) child.send('go');
    const results = await Promise.all(reports);
    const finished = Math.max(...results.flatMap((r) => r.done));

    const total = WORKERS * CALLS_PER_WORKER;
    const stats = JSON.stringify(sim.stats);
    expect(results.flatMap((r) => r.failures)).toEqual([]);
    expect(results.flatMap((r) => r.warnings).filter((line) => line.includes('Redis'))).toEqual([]);
    // One token for all eight cold processes.
    expect(sim.stats.tokenRequests, stats).toBe(1);
    // Every call answered; a 429 (if the loaded simulator counted one) cost exactly one retry.
    expect(sim.stats.byOperation['practice.ping'], stats).toBe(total);
    expect(sim.stats.apiRequests, stats).toBe(total + sim.stats.throttled);

    // Together under the limit: the calls the processes' limiters let go, counted in athena's
    // fixed one-second windows, never exceed it in any second.
    const released = results.flatMap((r) => r.released);
    expect(released).toHaveLength(total + sim.stats.throttled); // a retry takes a slot too
    const perSecond = new Map<number, number>();
    for (const t of released) perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
    const windows = [...perSecond].sort((x, y) => x[0] - y[0]).map(([, count]) => count);
    expect(Math.max(...windows), `calls let go per second: ${windows.join(' ')}`).toBeLessThanOrEqual(LIMIT);

    // Together at the limit: every call took its slot in the one shared schedule, which handed out
    // slots at the limit (less the 5% headroom) from the first call let go to the last, however many
    // of them late wake-ups gave up. Per-process schedules or pacing at LIMIT / WORKERS fall far outside.
    const reservations = results.reduce((n, r) => n + r.reservations, 0);
    expect(reservations).toBeGreaterThanOrEqual(released.length);
    const sorted = [...released].sort((x, y) => x - y);
    const spanSeconds = ((sorted.at(-1) as number) - (sorted[0] as number)) / 1000;
    const slotsPerSecond = (reservations - 1) / spanSeconds;
    console.log(
      `multi-process: ${total} calls from ${WORKERS} processes in ${finished - started} ms; per second ${windows.join(' ')}; ` +
        `${reservations} slots (${reservations - released.length} given up by late wake-ups), ${slotsPerSecond.toFixed(1)} slots/s; simulator throttled ${sim.stats.throttled}`,
    );
    expect(slotsPerSecond).toBeLessThanOrEqual(LIMIT * 1.1);
    expect(slotsPerSecond).toBeGreaterThanOrEqual(LIMIT * 0.9);
  });
});
