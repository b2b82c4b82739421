/** The scripts in examples/ run as a user would run them, and print what they promise. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { describeRedis } from '../../packages/sdk/test/redis/helpers.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

function runExample(name: string, args: string[] = [], env: Record<string, string> = {}) {
  return run(process.execPath, ['--import', 'tsx', `examples/${name}`, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 100 });
});
afterAll(async () => {
  await sim.stop();
});

describe('examples', { timeout: 60_000 }, () => {
  it('token-sharing: two clients, one token request', async () => {
    const { stdout } = await runExample('token-sharing.ts');
    expect(stdout.trim()).toBe('4 calls from 2 clients, 1 token request(s).');
  });

  it('paging: walks every page of a search', async () => {
    const { stdout } = await runExample('paging.ts');
    expect(stdout).toMatch(/^first page: 20 of (\d+) patients; more: true$/m);
    const total = Number(/of (\d+) patients/.exec(stdout)?.[1]);
    const listed = [...stdout.matchAll(/^page \d+: (.*)$/gm)].flatMap((m) => (m[1] ?? '').split(', '));
    expect(listed).toHaveLength(total);
    expect(new Set(listed).size).toBe(total);
  });

  it('book-appointment: lists open slots, books the first, and a second booking of it is a ConflictError', async () => {
    const { stdout, stderr } = await runExample('book-appointment.ts', ['1', '1', '1'], {
      ATHENA_BASE_URL: sim.url,
      ATHENA_CLIENT_ID: sim.clientId,
      ATHENA_CLIENT_SECRET: sim.clientSecret,
      ATHENA_PRACTICE_ID: sim.practiceId,
      ATHENA_LOG: 'off',
    });
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^[1-9]\d* open slot\(s\) in the next two weeks\.$/);
    const id = /^Booked appointment (\d+) on \d\d\/\d\d\/\d{4} at \d\d:\d\d \(status f\)\.$/.exec(lines[1] ?? '')?.[1];
    expect(id).toBeDefined();
    expect(lines[2]).toBe('Booking it again: 409, someone has it already; pick another slot.');
    expect(lines).toHaveLength(3);
    // One PUT per booking attempt: the SDK retried neither write.
    expect(sim.requests.filter((r) => r.method === 'PUT' && r.path === `/v1/195900/appointments/${id}`)).toHaveLength(2);
    const open = sim.requests.find((r) => r.path === '/v1/195900/appointments/open');
    expect(open?.query).toMatchObject({ departmentid: '1', providerid: '1', reasonid: '-1' });
    expect(open?.query.startdate).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it('book-appointment: runs with one command against a simulator of its own', async () => {
    const { stdout } = await runExample('book-appointment.ts');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^[1-9]\d* open slot\(s\) in the next two weeks\.$/);
    expect(lines[2]).toBe('Booking it again: 409, someone has it already; pick another slot.');
  });

  it('fhir-tour: reads and searches FHIR resources of the simulator', async () => {
    const { stdout } = await runExample('fhir-tour.ts');
    expect(stdout).toMatch(/Patient\s+a-195900\.E-12 /);
    expect(stdout).toMatch(/refused locally\s+fhir\.search\(Condition\)/);
    expect(stdout).toMatch(/FhirError\s+404 /);
  });

  it('watch-changes: a create and an update reach the handler once each', async () => {
    const { stdout } = await runExample('watch-changes.ts');
    const lines = stdout.trim().split('\n');
    const id = /^2 changes delivered for patient (\d+)$/.exec(lines.at(-1) ?? '')?.[1];
    expect(id).toBeDefined();
    expect(lines.slice(0, -1)).toEqual([`change: patient ${id}`, `change: patient ${id}`]);
  });
});

describeRedis('the Redis example', (redis) => {
  // The example shows no 429 as well; that part is not asserted here, where other test files may stall the simulator.
  it('redis-shared-token: three processes, one token request, every call answered', { timeout: 120_000 }, async () => {
    const { stdout } = await runExample('redis-shared-token.ts', [], { REDIS_URL: redis.url });
    expect(stdout).toMatch(/^simulator: 1 token request\(s\), \d+ API requests, \d+ throttled \(429\)$/m);
    expect(stdout.match(/: 20\/20 calls answered/g)).toHaveLength(3);
  });
});
