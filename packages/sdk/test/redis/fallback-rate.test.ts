/**
 * Redis dies under load: the processes switch to their per-process fallback limiters
 * (each at the shared limit divided by the number of processes). The slots they had
 * already reserved in Redis are still used after the switch, so a fallback that started
 * from an empty schedule sent on top of them (40/s shared became about 60/s for a
 * second). Counted over every one-second window of the times the limiters let calls go.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { describeRedis, uniquePrefix } from './helpers.js';
import { forkReadyWorkers } from './workers.js';

const WORKERS = 8;
const LOOPS = 4;
const LIMIT = 40;
const WORKER = fileURLToPath(new URL('./fixtures/loop-worker.ts', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Report {
  released: number[];
  failures: string[];
  warnings: string[];
}

/** The most times that fall within any one second [t, t + 1000). */
function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; start < sorted.length; start++) {
    while (end < sorted.length && (sorted[end] as number) < (sorted[start] as number) + 1000) end++;
    most = Math.max(most, end - start);
  }
  return most;
}

describeRedis('several processes when Redis dies', (server) => {
  let sim: Simulator | undefined;
  const children: ChildProcess[] = [];

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
    await sim?.stop();
  });

  it(`keep to ${LIMIT} requests a second (+10%) across the switch to their fallback limiters`, { timeout: 120_000 }, async () => {
    const prefix = uniquePrefix();
    sim = await startSimulator({ recordRequests: false });
    const { reports } = await forkReadyWorkers<Report>(
      WORKER,
      WORKERS,
      {
        REDIS_URL: server.url,
        SIM_URL: sim.url,
        PREFIX: prefix,
        LOOPS: String(LOOPS),
        RPS: String(LIMIT),
        FALLBACK_RPS: String(LIMIT / WORKERS),
        ATHENA_CLIENT_ID: sim.clientId,
        ATHENA_CLIENT_SECRET: sim.clientSecret,
        ATHENA_PRACTICE_ID: sim.practiceId,
      },
      children,
    );

    for (const child of children) child.send('go');
    await sleep(2_000); // all on the shared schedule, each caller with a slot reserved ahead
    const killedAt = Date.now();
    await server.kill();
    await sleep(3_000); // all on their fallback limiters
    for (const child of children) child.send('stop');
    const results = await Promise.all(reports);

    expect(results.flatMap((r) => r.failures)).toEqual([]);
    // Every process did switch: one warning each, and it kept calling after the switch.
    for (const r of results) {
      expect(r.warnings.filter((line) => line.includes('Redis is unreachable'))).toHaveLength(1);
      expect(r.released.filter((t) => t > killedAt + 1_000).length).toBeGreaterThan(0);
    }
    const released = results.flatMap((r) => r.released);
    const before = released.filter((t) => t < killedAt).length;
    const most = busiestSecond(released);
    console.log(`fallback-rate: ${released.length} calls let go (${before} before the kill); busiest second ${most}`);
    expect(most).toBeLessThanOrEqual(LIMIT * 1.1);
  });
});
