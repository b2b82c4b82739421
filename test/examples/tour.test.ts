/** `npm start`: the tour runs against the embedded simulator and shows each step's code beside its result. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

describe('the tour (npm start)', { timeout: 60_000 }, () => {
  it('walks six steps against the simulator, printing the code of each before its result', async () => {
    // No ATHENA_* variables: the tour starts its own simulator.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/tour.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });

    expect(stdout).toMatch(/^Tour against the embedded athena simulator at http:\/\/127\.0\.0\.1:\d+/);
    const steps = stdout.split(/\n(?=\d\. )/).slice(1);
    expect(steps.map((s) => s.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    for (const step of steps) {
      const lines = step.split('\n');
      const firstCode = lines.findIndex((l) => l.startsWith('   │ '));
      const firstResult = lines.findIndex((l) => l.startsWith('   → '));
      expect(firstCode, step).toBeGreaterThan(0);
      expect(firstResult, step).toBeGreaterThan(firstCode);
    }
    expect(stdout).toContain("│ const patient = await athena.patients.getPatient('1');");
    expect(stdout).toMatch(/→ token requests\s+1\n/);
    expect(stdout).toMatch(/→ NotFoundError\s+404 /);
    expect(stdout.trim().endsWith('Done.')).toBe(true);
  });
});
