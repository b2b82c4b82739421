import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { baseEnv, runCli, simEnv, startCli } from './run-cli.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000, patientCount: 3000 });
});
afterAll(async () => {
  await sim.stop();
});

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('athena auth check', { timeout: 60_000 }, () => {
  it('prints environment, practice, scopes and expiry, and never the token unless asked', async () => {
    const plain = await runCli(['auth', 'check'], { env: simEnv(sim) });
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/environment\s+preview/);
    expect(plain.stdout).toMatch(/practiceId\s+195900/);
    expect(plain.stdout).toMatch(/scopes\s+athena\/service\/Athenanet\.MDP\.\*/);
    expect(plain.stdout).toMatch(/expiresAt\s+\d{4}-\d\d-\d\dT/);
    expect(plain.stdout).toMatch(/expiresInSeconds\s+3[56]\d\d/);
    expect(plain.stdout).not.toMatch(/accessToken/i);

    const shown = await runCli(['auth', 'check', '--show-token', '--json'], { env: simEnv(sim) });
    expect(shown.code).toBe(0);
    const info = JSON.parse(shown.stdout) as Record<string, unknown>;
    expect(typeof info.accessToken).toBe('string');
    expect((info.accessToken as string).length).toBeGreaterThan(10);
    expect(plain.stdout).not.toContain(info.accessToken as string);
    expect(plain.stdout).not.toContain(sim.clientSecret);
  });

  it('exits 3 with advice when the secret is wrong, without printing the secret', async () => {
    const result = await runCli(['auth', 'check'], { env: simEnv(sim, { ATHENA_CLIENT_SECRET: 'wrong-secret-value' }) });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^athena: Authentication failed: 401 .*Check ATHENA_CLIENT_ID, ATHENA_CLIENT_SECRET/);
    expect(result.stderr).not.toContain('wrong-secret-value');
  });

  it('exits 2 naming the missing variable when there are no credentials', async () => {
    const result = await runCli(['auth', 'check'], { env: baseEnv() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ATHENA_CLIENT_ID');
    expect(result.stderr).toContain('--profile');
  });

  it('exits 6 when athena cannot be reached', async () => {
    const port = await closedPort();
    const result = await runCli(['practice', 'info'], { env: simEnv(sim, { ATHENA_BASE_URL: `http://127.0.0.1:${port}` }) });
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(/Could not reach athena: .*Check ATHENA_BASE_URL/);
  });
});

describe('athena read commands', { timeout: 60_000 }, () => {
  it('practice info prints a field/value table', async () => {
    const result = await runCli(['practice', 'info'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^FIELD\s+VALUE$/);
    expect(result.stdout).toMatch(/practiceid\s+195900/);
  });

  it('departments list prints a table, and JSON with --json', async () => {
    const table = await runCli(['departments', 'list'], { env: simEnv(sim) });
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^DEPARTMENTID\s+NAME\s+CITY\s+STATE\s+PHONE$/);
    expect(lines.some((l) => /^1\s+Cambridge Family Medicine/.test(l))).toBe(true);

    const json = await runCli(['--json', 'departments', 'list'], { env: simEnv(sim) });
    const departments = JSON.parse(json.stdout) as { departmentid: string }[];
    expect(departments.length).toBe(lines.length - 1);
    expect(departments[0]?.departmentid).toBe('1');
  });

  it('providers list takes --json after the subcommand too', async () => {
    const result = await runCli(['providers', 'list', '--json', '--limit', '2'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    const providers = JSON.parse(result.stdout) as { providerid: string }[];
    expect(providers).toHaveLength(2);
    expect(typeof providers[0]?.providerid).toBe('string');
  });

  it('patients get prints one patient, and exits 4 for an unknown id', async () => {
    const found = await runCli(['patients', 'get', '1', '--json'], { env: simEnv(sim) });
    expect(found.code).toBe(0);
    expect((JSON.parse(found.stdout) as { patientid: string }).patientid).toBe('1');

    const missing = await runCli(['patients', 'get', '999999'], { env: simEnv(sim) });
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/^athena: Not found: 404 .*Check the id/);
  });

  it('patients search pages through athena and says when --limit cut the list', async () => {
    const result = await runCli(['patients', 'search', '--lastname', 'Smith', '--limit', '3'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^PATIENTID\s+LASTNAME\s+FIRSTNAME\s+DOB/);
    expect(rows.slice(1)).toHaveLength(3);
    expect(rows.slice(1).every((r) => /\sSmith\s/.test(r))).toBe(true);
    expect(result.stderr).toMatch(/Showing the first 3 of \d+ patients/);

    const all = await runCli(['patients', 'search', '--lastname', 'Smith', '--limit', '1000', '--json'], { env: simEnv(sim) });
    const patients = JSON.parse(all.stdout) as { lastname: string }[];
    expect(patients.length).toBeGreaterThan(3);
    expect(all.stderr).toBe('');
  });

  it('patients search refuses no criteria and a malformed --dob (exit 2), without echoing the value', async () => {
    const none = await runCli(['patients', 'search'], { env: simEnv(sim) });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Give at least one of --lastname');

    const badDob = await runCli(['patients', 'search', '--dob', '1980-13-45'], { env: simEnv(sim) });
    expect(badDob.code).toBe(2);
    expect(badDob.stderr).toContain('YYYY-MM-DD');
    expect(badDob.stderr).not.toContain('1980-13-45');
  });

  it('appointments open lists the open slots; book takes one, and a second booking of it exits 5 (409)', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const window = ['--department', '1', '--provider', '1', '--from', day(0), '--to', day(8)];
    const open = await runCli(['appointments', 'open', ...window, '--json'], { env: simEnv(sim) });
    expect(open.stderr).toBe('');
    expect(open.code).toBe(0);
    const slots = JSON.parse(open.stdout) as { appointmentid: string; providerid: string; appointmenttypeid: string; appointmentstatus: string }[];
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.providerid === '1' && s.appointmentstatus === 'o')).toBe(true);
    const sent = sim.requests.filter((r) => r.path === '/v1/195900/appointments/open').at(-1);
    const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
    expect(sent?.query).toMatchObject({ departmentid: '1', providerid: '1', startdate: us(day(0)), enddate: us(day(8)), reasonid: '-1' });

    const table = await runCli(['appointments', 'open', ...window, '--limit', '2'], { env: simEnv(sim) });
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^APPOINTMENTID\s+DATE\s+STARTTIME/);
    expect(table.stdout.trim().split('\n')).toHaveLength(3);
    expect(table.stderr).toMatch(/Showing the first 2 of \d+ open slots/);

    const slot = slots[0]!;
    const book = ['appointments', 'book', slot.appointmentid, '--patient', '1', '--appointment-type', slot.appointmenttypeid, '--json'];
    const booked = await runCli(book, { env: simEnv(sim) });
    expect(booked.stderr).toBe('');
    expect(booked.code).toBe(0);
    expect(JSON.parse(booked.stdout)).toMatchObject([{ appointmentid: slot.appointmentid, patientid: '1', appointmentstatus: 'f' }]);

    const bookedPuts = () => sim.requests.filter((r) => r.method === 'PUT' && r.path === `/v1/195900/appointments/${slot.appointmentid}`).length;
    const putsBefore = bookedPuts();
    const again = await runCli(book, { env: simEnv(sim) });
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/athena refused the request: 409 .*already booked/);
    expect(bookedPuts()).toBe(putsBefore + 1); // a write is sent once, never retried

    const after = await runCli(['appointments', 'open', ...window, '--json', '--limit', '10000'], { env: simEnv(sim) });
    const ids = (JSON.parse(after.stdout) as { appointmentid: string }[]).map((s) => s.appointmentid);
    expect(ids).not.toContain(slot.appointmentid);
    expect(ids).toHaveLength(slots.length - 1);

    const noProvider = await runCli(['appointments', 'open', '--department', '1', '--reason', '962', '--from', day(0), '--to', day(8)], { env: simEnv(sim) });
    expect(noProvider.code).toBe(2);
    expect(noProvider.stderr).toContain('--provider is required');
    const noType = await runCli(['appointments', 'book', slot.appointmentid, '--patient', '1'], { env: simEnv(sim) });
    expect(noType.code).toBe(2);
    expect(noType.stderr).toContain('Give --reason or --appointment-type');
  });

  it('request sends a raw call with its parameters and prints the JSON answer', async () => {
    const result = await runCli(['request', 'GET', '/patients/1', '--param', 'showinsurance=true'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { patientid: string | number }[];
    expect(String(body[0]?.patientid)).toBe('1');
    expect(sim.requests.filter((r) => r.path === '/v1/195900/patients/1').at(-1)?.query.showinsurance).toBe('true');
  });

  it('exits 5 when athena keeps failing with 5xx after the retries', async () => {
    sim.faults.failNext(3, { status: 500, match: { path: '/practiceinfo' } });
    const result = await runCli(['practice', 'info'], { env: simEnv(sim) });
    expect(result.code).toBe(5);
    // One line: the SDK's per-attempt log lines only show with --verbose.
    expect(result.stderr).toMatch(/^athena: athena refused the request: 500 .*\n$/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--verbose shows each attempt and retry without query values', async () => {
    sim.faults.failNext(1, { status: 503, match: { path: '/patients' } });
    const result = await runCli(['--verbose', 'patients', 'search', '--lastname', 'Smith', '--limit', '1'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/retrying after/);
    expect(result.stderr).toMatch(/GET \/v1\/195900\/patients -> 503/);
    expect(result.stderr).not.toContain('Smith');
    // Log lines never mix into the data on stdout.
    expect(result.stdout).not.toContain('retrying');
    expect(result.stdout).toMatch(/^PATIENTID/);
  });

  it('exits 2 on usage errors: unknown command, bad option value, bad method', async () => {
    const unknown = await runCli(['bogus'], { env: simEnv(sim) });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'bogus'");
    const badLimit = await runCli(['departments', 'list', '--limit', 'lots'], { env: simEnv(sim) });
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain('expected a whole number');
    const badMethod = await runCli(['request', 'PATCH', '/patients/1'], { env: simEnv(sim) });
    expect(badMethod.code).toBe(2);
    expect(badMethod.stderr).toContain('GET, POST, PUT, DELETE');
  });

  it('stops quietly when the reader closes the pipe early (athena … | head)', async () => {
    const run = startCli(['request', 'GET', '/patients', '--param', 'departmentid=1', '--param', 'limit=5000'], { env: simEnv(sim) });
    run.child.stdout?.once('data', () => run.child.stdout?.destroy());
    const result = await run.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('--help lists the exit codes and exits 0', async () => {
    const result = await runCli(['--help'], { env: baseEnv() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exit codes: 0 ok, 2 usage');
  });
});
