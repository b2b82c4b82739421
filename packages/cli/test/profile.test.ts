import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { baseEnv, runCli } from './run-cli.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
});
afterAll(async () => {
  await sim.stop();
});

describe('athena profile', { timeout: 60_000 }, () => {
  it('saves a profile with the secret read from stdin, in a 0600 file, and uses it with --profile', async () => {
    const env = baseEnv();
    const saved = await runCli(['profile', 'set', 'sim', '--client-id', sim.clientId, '--practice-id', sim.practiceId, '--base-url', sim.url], {
      env,
      stdin: `${sim.clientSecret}\n`,
    });
    expect(saved.code).toBe(0);
    expect(saved.stderr).toContain("Saved profile 'sim'");
    expect(saved.stdout + saved.stderr).not.toContain(sim.clientSecret);

    const path = env.ATHENA_CONFIG as string;
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const config = JSON.parse(readFileSync(path, 'utf8')) as { profiles: Record<string, { clientSecret: string }> };
    expect(config.profiles.sim?.clientSecret).toBe(sim.clientSecret);

    // No ATHENA_* credentials in the environment: they come from the profile, base URL included
    // (a stray ATHENA_BASE_URL in the shell does not redirect them).
    const used = await runCli(['--profile', 'sim', 'auth', 'check', '--json'], { env: { ...env, ATHENA_BASE_URL: 'http://127.0.0.1:9' } });
    expect(used.code).toBe(0);
    expect(JSON.parse(used.stdout)).toMatchObject({ practiceId: sim.practiceId, baseUrl: sim.url, ping: 'pong' });

    const listed = await runCli(['profile', 'list'], { env });
    expect(listed.stdout).toMatch(/^sim\s+sim-client-id\s+195900\s+preview/m);
    expect(listed.stdout).not.toContain(sim.clientSecret);
  });

  it('writes under $XDG_CONFIG_HOME/athena when ATHENA_CONFIG is not set', async () => {
    const env = baseEnv({ ATHENA_CONFIG: undefined });
    const saved = await runCli(['profile', 'set', 'prod', '--client-id', 'abc', '--practice-id', '1', '--environment', 'production'], { env, stdin: 's3cret' });
    expect(saved.code).toBe(0);
    const path = join(env.XDG_CONFIG_HOME as string, 'athena', 'config.json');
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(env.XDG_CONFIG_HOME as string, 'athena')).mode & 0o777).toBe(0o700);
  });

  it('has no flag for the secret, refuses an empty one, and names an unknown profile', async () => {
    const env = baseEnv();
    const flag = await runCli(['profile', 'set', 'x', '--client-id', 'a', '--practice-id', '1', '--client-secret', 'oops'], { env });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--client-secret'");

    const empty = await runCli(['profile', 'set', 'x', '--client-id', 'a', '--practice-id', '1'], { env, stdin: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No client secret given');

    const unknown = await runCli(['--profile', 'nope', 'practice', 'info'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("No profile named 'nope'");
    expect(unknown.stderr).toContain('athena profile set nope');
  });
});
