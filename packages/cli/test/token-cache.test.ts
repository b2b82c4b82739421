import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { runCli, simEnv, startCli, waitFor } from './run-cli.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
});
afterAll(async () => {
  await sim.stop();
});

/** The default cache folder of a run's private HOME: ~/.cache/athena/tokens. */
const tokensDir = (env: Record<string, string>) => join(env.HOME!, '.cache', 'athena', 'tokens');
const lastBearer = () => sim.requests.filter((r) => r.path.startsWith('/v1/')).at(-1)?.headers.authorization?.replace(/^Bearer /, '');

describe('the token cache between commands', { timeout: 90_000 }, () => {
  it('three commands in a row make one token request; the cache file is 0600 and holds neither token nor secret', async () => {
    const env = simEnv(sim);
    const before = sim.stats.tokenRequests;
    for (let run = 0; run < 3; run++) {
      const result = await runCli(['practice', 'info'], { env });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/practiceid\s+195900/);
    }
    expect(sim.stats.tokenRequests - before).toBe(1);

    const files = readdirSync(tokensDir(env));
    expect(files).toHaveLength(1);
    const file = join(tokensDir(env), files[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(tokensDir(env)).mode & 0o777).toBe(0o700);
    const text = readFileSync(file, 'utf8');
    const token = lastBearer()!;
    expect(token.length).toBeGreaterThan(10);
    expect(text).not.toContain(token);
    expect(text).not.toContain(sim.clientSecret);
    expect(files[0]).not.toContain(sim.clientId);
    expect(text).not.toContain(sim.clientId);
  });

  it('ATHENA_CACHE_DIR and XDG_CACHE_HOME move the cache', async () => {
    const base = simEnv(sim);
    const moved = { ...base, ATHENA_CACHE_DIR: join(base.HOME!, 'elsewhere') };
    expect((await runCli(['practice', 'info'], { env: moved })).code).toBe(0);
    expect(readdirSync(join(moved.ATHENA_CACHE_DIR, 'tokens'))).toHaveLength(1);
    const xdg = { ...base, XDG_CACHE_HOME: join(base.HOME!, 'xdg-cache') };
    expect((await runCli(['practice', 'info'], { env: xdg })).code).toBe(0);
    expect(readdirSync(join(xdg.XDG_CACHE_HOME, 'athena', 'tokens'))).toHaveLength(1);
  });

  it('a wrong secret cannot use the cached token: it asks athena, which refuses (exit 3)', async () => {
    const env = simEnv(sim);
    expect((await runCli(['practice', 'info'], { env })).code).toBe(0);
    const before = sim.stats.tokenRequests;
    const wrong = await runCli(['practice', 'info'], { env: { ...env, ATHENA_CLIENT_SECRET: 'rotated-secret-value' } });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/Authentication failed/);
    expect(sim.stats.tokenRequests - before).toBe(1);
    // The right secret still opens the cache written with it.
    expect((await runCli(['practice', 'info'], { env })).code).toBe(0);
    expect(sim.stats.tokenRequests - before).toBe(1);
  });

  it('auth check proves the credentials with a new token and caches it; auth logout deletes the cache', async () => {
    const env = simEnv(sim);
    const before = sim.stats.tokenRequests;
    expect((await runCli(['auth', 'check'], { env })).code).toBe(0);
    expect((await runCli(['auth', 'check'], { env })).code).toBe(0);
    expect(sim.stats.tokenRequests - before).toBe(2);
    expect((await runCli(['practice', 'info'], { env })).code).toBe(0);
    expect(sim.stats.tokenRequests - before).toBe(2);

    const logout = await runCli(['auth', 'logout'], { env });
    expect(logout.code).toBe(0);
    expect(logout.stderr).toMatch(/^Deleted 1 cached token from /);
    expect(readdirSync(tokensDir(env))).toHaveLength(0);
    expect((await runCli(['practice', 'info'], { env })).code).toBe(0);
    expect(sim.stats.tokenRequests - before).toBe(3);

    const again = await runCli(['auth', 'logout'], { env: { ...env, ATHENA_CLIENT_SECRET: '' } });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^Deleted 1 cached token/);
    expect((await runCli(['auth', 'logout'], { env })).stderr).toMatch(/^No cached token in /);
  });

  it("says on stderr how long it waits when athena's token budget is spent", async () => {
    sim.faults.rateLimitNext(1, { target: 'token', retryAfter: '45' });
    const run = startCli(['practice', 'info'], { env: simEnv(sim) });
    let stderr = '';
    run.child.stderr?.on('data', (chunk: string) => (stderr += chunk));
    const line = await waitFor(() => /^athena: .*limit on token requests.*waiting (\d+) s.*$/m.exec(stderr) ?? undefined, 30_000, 'the waiting line');
    expect(Number(line[1])).toBeGreaterThanOrEqual(45);
    expect(line[0]).not.toContain('ms');
    expect(line[0].split('waiting')).toHaveLength(2);
    run.child.kill('SIGTERM');
    await run.done;
    // Told once, although the SDK logs the 429 and then the wait.
    expect(stderr.match(/limit on token requests/g)).toHaveLength(1);
  });
});
