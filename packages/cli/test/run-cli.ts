/**
 * Runs the real `athena` tool as a child process (`node --import tsx src/cli/index.ts`)
 * and collects what a user sees: stdout, stderr and the exit code. Asynchronous on
 * purpose: the simulator answering the child runs in this test's own event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Simulator } from 'athenahealth-sdk/simulator';

export const ROOT = resolve(import.meta.dirname, '..');
export const CLI_ENTRY = join(ROOT, 'src/index.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<CliResult>;
}

/** A clean environment: no ATHENA_* from the developer's shell, a private HOME and config file. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'athena-cli-home-'));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    ATHENA_CONFIG: join(home, 'athena-config.json'),
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The variables `athena simulator` prints, for a simulator started by the test. */
export function simEnv(sim: Simulator, extra: Record<string, string | undefined> = {}): Record<string, string> {
  return baseEnv({
    ATHENA_BASE_URL: sim.url,
    ATHENA_CLIENT_ID: sim.clientId,
    ATHENA_CLIENT_SECRET: sim.clientSecret,
    ATHENA_PRACTICE_ID: sim.practiceId,
    ...extra,
  });
}

export function startCli(args: string[], options: { env: Record<string, string>; cwd?: string; stdin?: string }): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI_ENTRY, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin?.end(options.stdin ?? '');
  const done = new Promise<CliResult>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: string[], options: { env: Record<string, string>; cwd?: string; stdin?: string }): Promise<CliResult> {
  return startCli(args, options).done;
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
