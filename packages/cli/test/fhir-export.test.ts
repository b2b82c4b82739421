import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AthenaClient } from 'athenahealth-sdk';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { runCli, simEnv, startCli, waitFor } from './run-cli.js';

let sim: Simulator;
/** `Type/id` of every resource the export holds, by type, read with the SDK. */
const expected: Record<string, string[]> = {};

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
  sim.bulk.configure({ pollsBeforeDone: 1, retryAfter: '0.01', resourcesPerFile: 7 });
  const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
  const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient', 'Condition'] });
  for await (const r of job.resources()) (expected[r.resourceType] ??= []).push(`${r.resourceType}/${r.id}`);
  athena.close();
});
afterEach(() => sim.faults.clear());
afterAll(async () => {
  await sim.stop();
});

function idsIn(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const r = JSON.parse(line) as { resourceType: string; id: string };
      return `${r.resourceType}/${r.id}`;
    });
}

const args = (dir: string) => ['fhir', 'export', '--group', sim.bulk.groupId, '--type', 'Patient,Condition', '--since', '2020-01-01', '--out', dir];

describe('athena fhir export', { timeout: 60_000 }, () => {
  it('writes one NDJSON file per type into DIR and leaves no state behind', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'athena-fhir-')), 'out');
    const result = await runCli(args(dir), { env: simEnv(sim) });
    expect(result.stderr).toBe(`Exported ${expected.Patient!.length + expected.Condition!.length} resources to ${dir} (Patient ${expected.Patient!.length}, Condition ${expected.Condition!.length} this run).\n`);
    expect(result.code).toBe(0);
    expect(idsIn(join(dir, 'Patient.ndjson'))).toEqual(expected.Patient);
    expect(idsIn(join(dir, 'Condition.ndjson'))).toEqual(expected.Condition);
    expect(existsSync(join(dir, '.athena-fhir-export.json'))).toBe(false);
    const kickOff = sim.requests.filter((r) => r.path.endsWith('/$export')).at(-1);
    expect(kickOff?.query).toMatchObject({ _type: 'Patient,Condition', _since: '2020-01-01T00:00:00Z' });

    const again = await runCli(args(dir), { env: simEnv(sim) });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds NDJSON files. Pass --force/);
  });

  it('after Ctrl-C mid-download, the same command resumes without reading finished files again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'athena-fhir-'));
    // The second Condition file never answers: the export is stuck there when interrupted.
    const patientFiles = Math.ceil(expected.Patient!.length / 7);
    const stuck = `Condition-${patientFiles + 2}.ndjson`;
    sim.faults.hangNext(1, { match: { path: new RegExp(`/${stuck}$`) } });
    const start = sim.requests.length;
    const run = startCli(args(dir), { env: simEnv(sim) });
    await waitFor(() => (sim.requests.slice(start).some((r) => r.path.endsWith(`/${stuck}`)) ? true : undefined), 30_000, 'the stuck download');
    run.child.kill('SIGINT');
    const interrupted = await run.done;
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(new RegExp(`Interrupted after ${expected.Patient!.length + 7} resources\\. .*run the same command again to resume\\.`));
    const state = join(dir, '.athena-fhir-export.json');
    expect(statSync(state).mode & 0o777).toBe(0o600);
    expect(idsIn(join(dir, 'Condition.ndjson'))).toEqual(expected.Condition!.slice(0, 7));

    const before = sim.requests.length;
    const resumed = await runCli(args(dir), { env: simEnv(sim) });
    expect(resumed.stderr).toContain(`Resuming the export in ${dir}.`);
    expect(resumed.code).toBe(0);
    expect(idsIn(join(dir, 'Patient.ndjson'))).toEqual(expected.Patient);
    expect(idsIn(join(dir, 'Condition.ndjson'))).toEqual(expected.Condition);
    const downloads = sim.requests.slice(before).filter((r) => r.path.startsWith('/fhir/bulkfiles/'));
    expect(downloads.map((r) => r.path.split('/').pop())[0]).toBe(stuck);
    expect(downloads.some((r) => r.path.endsWith(`/Condition-${patientFiles + 1}.ndjson`))).toBe(false);
    expect(downloads.some((r) => r.path.includes('/Patient-'))).toBe(false);
    expect(sim.requests.slice(before).some((r) => r.path.endsWith('/$export'))).toBe(false);
    expect(existsSync(state)).toBe(false);
  });

  it('refuses bad options before any request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'athena-fhir-'));
    const before = sim.requests.length;
    const both = await runCli(['fhir', 'export', '--group', 'g', '--patient', '--out', dir], { env: simEnv(sim) });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give --group or --patient, not both.');
    const since = await runCli(['fhir', 'export', '--patient', '--since', 'yesterday', '--out', dir], { env: simEnv(sim) });
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('since must be a Date');
    expect(sim.requests.length).toBe(before);
  });
});
