/**
 * A failing token endpoint is "athena is failing", not "your credentials are wrong": the CLI
 * exits 5 (api) or 6 (network), never 3 (auth), and does not tell the user to check the secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { runCli, simEnv } from './run-cli.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
});
afterAll(async () => {
  await sim.stop();
});

describe('athena auth check against a failing token endpoint', { timeout: 60_000 }, () => {
  it('exits 5 on a persistent token-endpoint 503, not 3, and does not blame the credentials', async () => {
    sim.faults.failNext(20, { status: 503, target: 'token' });
    const result = await runCli(['auth', 'check'], { env: simEnv(sim) });
    sim.faults.clear();
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/token endpoint is failing: 503/);
    expect(result.stderr).not.toMatch(/Authentication failed|ATHENA_CLIENT_SECRET/);
    expect(result.stderr).not.toContain(sim.clientSecret);
  });

  it('exits 0 when the token endpoint fails once and the retry gets a token', async () => {
    sim.faults.failNext(1, { status: 502, target: 'token' });
    const result = await runCli(['auth', 'check'], { env: simEnv(sim) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
