import { describe, expect, it } from 'vitest';
import { baseEnv, runCli, startCli, waitFor } from './run-cli.js';

describe('athena simulator', { timeout: 60_000 }, () => {
  it('prints the variables that point the tool at it, serves them, and stops cleanly on SIGTERM', async () => {
    const server = startCli(['simulator', '--port', '0', '--token-ttl', '120', '--qps', '50'], { env: baseEnv() });
    let stdout = '';
    server.child.stdout?.on('data', (chunk: string) => (stdout += chunk));
    const exports = await waitFor(() => {
      const lines = stdout.split('\n').filter((l) => l.startsWith('export ATHENA_'));
      return lines.length === 4 ? lines : undefined;
    }, 30_000, 'the export lines');
    const env = Object.fromEntries(exports.map((l) => l.slice('export '.length).split('=', 2) as [string, string]));
    expect(Object.keys(env).sort()).toEqual(['ATHENA_BASE_URL', 'ATHENA_CLIENT_ID', 'ATHENA_CLIENT_SECRET', 'ATHENA_PRACTICE_ID']);
    expect(env.ATHENA_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const check = await runCli(['auth', 'check', '--json'], { env: baseEnv(env) });
    expect(check.code).toBe(0);
    const info = JSON.parse(check.stdout) as { expiresInSeconds: number; practiceId: string };
    expect(info.practiceId).toBe(env.ATHENA_PRACTICE_ID);
    // --token-ttl reached the token endpoint.
    expect(info.expiresInSeconds).toBeGreaterThan(100);
    expect(info.expiresInSeconds).toBeLessThanOrEqual(120);

    server.child.kill('SIGTERM');
    const stopped = await server.done;
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toMatch(/athena simulator stopped \(SIGTERM\); it served 1 API and 1 token requests\./);
  });

  it('refuses a non-loopback host (exit 2)', async () => {
    const result = await runCli(['simulator', '--host', '0.0.0.0'], { env: baseEnv() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('loopback');
  });
});
