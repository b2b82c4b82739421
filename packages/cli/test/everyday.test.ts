import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { buildProgram } from '../src/program.js';
import { allCommands, checkCommandLine, exampleLines, helpOf } from './command-line-check.js';
import { baseEnv, ROOT, runCli, simEnv } from './run-cli.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
});
afterAll(async () => {
  await sim.stop();
});

/** Every .ts file under src. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('everyday use of the athena tool', { timeout: 90_000 }, () => {
  it('--verbose logs each successful attempt too, without query values', async () => {
    const result = await runCli(['--verbose', 'patients', 'search', '--lastname', 'Smith', '--limit', '1'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/athena GET \/v1\/195900\/patients -> 200 in \d+ ms/);
    expect(result.stderr).not.toContain('Smith');
    expect(result.stdout).not.toContain('-> 200');
    const quiet = await runCli(['patients', 'search', '--lastname', 'Smith', '--limit', '1'], { env: simEnv(sim) });
    expect(quiet.stderr).not.toContain('-> 200');
  });

  it('export --out - writes NDJSON to stdout and no file named -', async () => {
    // The tool runs in ROOT (tsx resolves from there): a file named '-' would land there.
    const dash = join(ROOT, '-');
    rmSync(dash, { force: true });
    const result = await runCli(['export', 'departments', '--out', '-', '--page-size', '3'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((line) => (JSON.parse(line) as { departmentid: string }).departmentid)).toContain('1');
    expect(result.stderr).toMatch(/^Exported \d+ departments to stdout\.\n$/);
    expect(existsSync(dash)).toBe(false);
    expect(existsSync(`${dash}.partial`)).toBe(false);
  });

  it('refuses a filter that the list does not take, naming the ones it does (exit 2, before any request)', async () => {
    const before = sim.stats.apiRequests + sim.stats.tokenRequests;
    const providers = await runCli(['export', 'providers', '--lastname', 'x', '--out', '-'], { env: simEnv(sim) });
    expect(providers.code).toBe(2);
    expect(providers.stderr).toMatch(/--lastname does not filter providers: it takes no filter\./);
    expect(providers.stdout).toBe('');
    const departments = await runCli(['export', 'departments', '--department', '1', '--dob', '1980-01-01', '--out', '-'], { env: simEnv(sim) });
    expect(departments.code).toBe(2);
    expect(departments.stderr).toContain('--department, --dob do not filter departments');
    expect(sim.stats.apiRequests + sim.stats.tokenRequests).toBe(before);
    // The patients list names what it takes when a filter is missing.
    const patients = await runCli(['export', 'patients', '--out', '-'], { env: simEnv(sim) });
    expect(patients.code).toBe(2);
    expect(patients.stderr).toContain('--department, --lastname, --firstname, --dob');
  });

  it('every hint in the source names a real command with real options', () => {
    const program = buildProgram();
    const hints = sourceFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/(?<=[\s:])'(athena [^']+)'/g), ...text.matchAll(/with: (athena [^`'"]+)/g)].map((m) => m[1]!);
    });
    expect(hints).toEqual(expect.arrayContaining(["athena export patients --out FILE", 'athena profile set NAME', 'athena auth logout']));
    expect(hints.map((hint) => checkCommandLine(program, hint)).filter(Boolean)).toEqual([]);
    // The checker does catch the hint that used to be printed.
    expect(checkCommandLine(program, 'athena export open slots')).toMatch(/is not|invalid|needs/);
  });

  it('appointments open: the "more" hint names no missing command, and --from/--to default to the coming week', async () => {
    const result = await runCli(['appointments', 'open', '--department', '1', '--provider', '1', '--limit', '2'], { env: simEnv(sim) });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
    expect(result.stderr).toMatch(/^Showing the first 2 of \d+ open slots; raise --limit \(up to 10000\) or narrow --from and --to\.\n$/);
    expect(result.stderr).not.toContain('athena export');
  });

  it('a busy port is a usage error that says what to do (exit 2)', async () => {
    const server: Server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const result = await runCli(['simulator', '--port', String(port)], { env: baseEnv() });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`port ${port} is in use; pick another with --port`);
      expect(result.stderr).not.toMatch(/Unexpected error|EADDRINUSE/);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('every command has an example in its help, and each example is a real command', () => {
    const program = buildProgram();
    const problems: string[] = [];
    for (const command of allCommands(program)) {
      const examples = exampleLines(helpOf(command));
      if (examples.length === 0) problems.push(`no example: ${command.name()}`);
      for (const line of examples) {
        const wrong = checkCommandLine(program, line);
        if (wrong) problems.push(wrong);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows the example in the help a user gets', async () => {
    const result = await runCli(['patients', 'search', '--help'], { env: baseEnv() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nExample: athena patients search --lastname Smith/);
  });

  it('completion bash|zsh|fish prints a script naming every top-level command; bash accepts the bash one', async () => {
    const topLevel = buildProgram().commands.map((c) => c.name());
    expect(topLevel).toContain('completion');
    for (const shell of ['bash', 'zsh', 'fish']) {
      const result = await runCli(['completion', shell], { env: baseEnv() });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      for (const name of topLevel) expect(result.stdout, `${shell}: ${name}`).toMatch(new RegExp(`\\b${name}\\b`));
      if (shell === 'bash' && spawnSync('bash', ['--version']).status === 0) {
        const dir = baseEnv().HOME!;
        const file = join(dir, 'athena.bash');
        writeFileSync(file, result.stdout);
        expect(spawnSync('bash', ['-n', file]).status).toBe(0);
        // And it completes: `athena --json auth <TAB>` offers auth's subcommands.
        const probe = spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(athena --json auth ""); COMP_CWORD=3; _athena_completion; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' });
        expect(probe.stdout.split(' ')).toEqual(expect.arrayContaining(['check', 'logout']));
      }
    }
    const bad = await runCli(['completion', 'powershell'], { env: baseEnv() });
    expect(bad.code).toBe(2);
  });
});
