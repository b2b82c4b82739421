import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AthenaClient } from 'athenahealth-sdk';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { CLI_ENTRY, ROOT, runCli, simEnv, startCli, waitFor } from './run-cli.js';

let sim: Simulator;
let expectedIds: string[];

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000, patientCount: 200 });
  const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
  expectedIds = [];
  for await (const patient of athena.patients.searchPatients({ departmentid: '1', limit: 50 })) expectedIds.push(patient.patientid);
  athena.close();
});
afterEach(() => {
  sim.faults.clear();
  sim.faults.latency(0);
});
afterAll(async () => {
  await sim.stop();
});

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'athena-export-'));
}

function idsIn(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { patientid: string }).patientid);
}

function stateCount(out: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(`${out}.state.json`, 'utf8')) as { count: number }).count;
  } catch {
    return undefined;
  }
}

const exportArgs = (out: string, pageSize = 5) => ['export', 'patients', '--department', '1', '--out', out, '--page-size', String(pageSize)];

describe('athena export', { timeout: 60_000 }, () => {
  it('writes every record as NDJSON, page by page, and leaves only the complete file', async () => {
    expect(expectedIds.length).toBeGreaterThan(20);
    const out = join(workDir(), 'patients.ndjson');
    const result = await runCli(exportArgs(out), { env: simEnv(sim) });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Exported ${expectedIds.length} patients to ${out}.\n`);
    expect(idsIn(out)).toEqual(expectedIds);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.state.json`)).toBe(false);

    const again = await runCli(exportArgs(out), { env: simEnv(sim) });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists. Pass --force');
    const forced = await runCli([...exportArgs(out), '--force'], { env: simEnv(sim) });
    expect(forced.code).toBe(0);
    expect(idsIn(out)).toEqual(expectedIds);
  });

  it('keeps a marked partial file when a page fails, and resumes from the last complete page', async () => {
    const out = join(workDir(), 'patients.ndjson');
    sim.faults.latency(60);
    const run = startCli(exportArgs(out), { env: simEnv(sim) });
    await waitFor(() => ((stateCount(out) ?? 0) >= 10 ? true : undefined), 30_000, 'two pages');
    // The next request and both of its retries fail.
    sim.faults.failNext(3, { status: 503, match: { path: '/patients' } });
    const failed = await run.done;
    expect(failed.code).toBe(5);
    expect(failed.stderr).toMatch(/Export stopped after \d+ patients: .*503.* run the same command again to resume\./);
    expect(existsSync(out)).toBe(false);
    const written = stateCount(out) as number;
    expect(written).toBeGreaterThanOrEqual(10);
    expect(written).toBeLessThan(expectedIds.length);
    expect(idsIn(`${out}.partial`)).toEqual(expectedIds.slice(0, written));

    sim.faults.latency(0);
    const before = sim.requests.length;
    const resumed = await runCli(exportArgs(out), { env: simEnv(sim) });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`Resuming the export of patients after record ${written}.`);
    expect(idsIn(out)).toEqual(expectedIds);
    // It did not start over: the first page it asked for starts at the recorded offset.
    const firstPage = sim.requests.slice(before).find((r) => r.path === '/v1/195900/patients');
    expect(firstPage?.query.offset).toBe(String(written));
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.state.json`)).toBe(false);
  });

  it('recovers from a kill in the middle of a page: bytes past the last recorded page are dropped', async () => {
    const out = join(workDir(), 'patients.ndjson');
    sim.faults.latency(60);
    const run = startCli(exportArgs(out), { env: simEnv(sim) });
    await waitFor(() => ((stateCount(out) ?? 0) >= 5 ? true : undefined), 30_000, 'a page');
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    // As if the process died while writing a page: half a record after the last complete page.
    appendFileSync(`${out}.partial`, '{"patientid":"99999","firstna');

    sim.faults.latency(0);
    const resumed = await runCli(exportArgs(out), { env: simEnv(sim) });
    expect(resumed.code).toBe(0);
    expect(idsIn(out)).toEqual(expectedIds);
  });

  it('stops on Ctrl-C with exit 130 and a partial file to resume from', async () => {
    const out = join(workDir(), 'patients.ndjson');
    sim.faults.latency(80);
    const run = startCli(exportArgs(out), { env: simEnv(sim) });
    await waitFor(() => ((stateCount(out) ?? 0) >= 5 ? true : undefined), 30_000, 'a page');
    run.child.kill('SIGINT');
    const interrupted = await run.done;
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(/Interrupted after \d+ patients\. The records so far are in .*\.partial; run the same command again to resume\./);
    expect(existsSync(out)).toBe(false);

    sim.faults.latency(0);
    const resumed = await runCli(exportArgs(out), { env: simEnv(sim) });
    expect(resumed.code).toBe(0);
    expect(idsIn(out)).toEqual(expectedIds);
  });

  it('refuses to resume a partial export with other options unless --restart', async () => {
    const out = join(workDir(), 'patients.ndjson');
    sim.faults.failNext(3, { status: 503, match: { path: '/patients' } });
    const failed = await runCli(exportArgs(out), { env: simEnv(sim) });
    expect(failed.code).toBe(5);

    const other = await runCli(['export', 'patients', '--department', '21', '--out', out], { env: simEnv(sim) });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('holds a partial export with other options');

    const restarted = await runCli(['export', 'patients', '--department', '21', '--out', out, '--restart'], { env: simEnv(sim) });
    expect(restarted.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { departmentid: string });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((p) => p.departmentid === '21')).toBe(true);
  });

  it('exports departments and providers too', async () => {
    const dir = workDir();
    for (const list of ['departments', 'providers']) {
      const out = join(dir, `${list}.ndjson`);
      const result = await runCli(['export', list, '--out', out, '--page-size', '2'], { env: simEnv(sim) });
      expect(result.code).toBe(0);
      const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records.length).toBeGreaterThan(2);
      expect(Object.keys(records[0] ?? {})).toContain(list === 'departments' ? 'departmentid' : 'providerid');
    }
  });

  it('shows a progress bar with count, rate and ETA when stderr is a terminal', async () => {
    const out = join(workDir(), 'patients.ndjson');
    // `script` runs the tool on a pseudo-terminal, as in an interactive shell.
    const command = [process.execPath, '--import', 'tsx', CLI_ENTRY, ...exportArgs(out, 10)].join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: simEnv(sim), stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(output).toMatch(new RegExp(`${expectedIds.length}/${expectedIds.length} patients \\| \\d+/s \\| ETA \\d+s`));
    expect(output).toContain(`Exported ${expectedIds.length} patients`);
    expect(idsIn(out)).toEqual(expectedIds);
  });
});
