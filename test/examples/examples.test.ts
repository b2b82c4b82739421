/** The scripts in examples/ run as a user would run them, and print what they promise. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';

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

  it('book-appointment: looks for open slots through athena.request and explains a server without them', async () => {
    const { stdout, stderr } = await runExample('book-appointment.ts', ['1', '1', '1'], {
      ATHENA_BASE_URL: sim.url,
      ATHENA_CLIENT_ID: sim.clientId,
      ATHENA_CLIENT_SECRET: sim.clientSecret,
      ATHENA_PRACTICE_ID: sim.practiceId,
      ATHENA_LOG: 'off',
    });
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('This server does not serve appointments (the simulator does not yet).');
    expect(sim.requests.some((r) => r.path === '/v1/195900/appointments/open' && r.query.startdate !== undefined)).toBe(true);
  });
});
