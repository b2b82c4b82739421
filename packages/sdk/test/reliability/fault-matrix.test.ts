/**
 * The fault matrix (scenarios.ts), each scenario in a child process. For every one: the call
 * succeeds or throws the documented error within its deadline, nothing is rejected unhandled,
 * a write reaches athena at most once, and the process exits by itself once the client is
 * closed and the server stopped (no timer or socket keeps it alive).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios.js';

interface ChildReport {
  outcome: string;
  athenaError: boolean;
  elapsedMs: number;
  writesReached: number | undefined;
  unhandled: string[];
  pending: string[];
}

/** How long the child may live after it reported (closed everything). Generous: the machine may be loaded. */
const EXIT_WITHIN_MS = 5000;

function runChild(name: string): Promise<{ report: ChildReport; exitAfterReportMs: number; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./scenario-child.ts', import.meta.url).pathname, name], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let reportedAt: number | undefined;
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('\n')) reportedAt ??= performance.now();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(killer);
      const exitedAt = performance.now();
      const line = out.trim().split('\n')[0];
      if (!line) return reject(new Error(`scenario child printed nothing (code ${code}): ${stderr}`));
      resolve({ report: JSON.parse(line) as ChildReport, exitAfterReportMs: exitedAt - (reportedAt ?? exitedAt), code, stderr });
    });
  });
}

describe.concurrent('fault matrix', () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: ${scenario.expected === 'ok' ? 'succeeds' : `throws ${scenario.expected}`}, and the process exits after close()`, async () => {
      const { report, exitAfterReportMs, code, stderr } = await runChild(scenario.name);
      const seen = `child report ${JSON.stringify(report)}, exit code ${code}, exited ${Math.round(exitAfterReportMs)} ms after it, stderr: ${stderr}`;
      expect(report.outcome, seen).toBe(scenario.expected);
      expect(report.athenaError, seen).toBe(true);
      expect(report.elapsedMs, seen).toBeLessThan(scenario.withinMs);
      expect(report.unhandled, seen).toEqual([]);
      if (report.writesReached !== undefined) expect(report.writesReached, seen).toBeLessThanOrEqual(1);
      expect(code, seen).toBe(0);
      expect(stderr, seen).toBe('');
      expect(exitAfterReportMs, `still alive after close(); active resources: ${report.pending.join(', ')}; ${seen}`).toBeLessThan(EXIT_WITHIN_MS);
    }, 40_000);
  }
});
