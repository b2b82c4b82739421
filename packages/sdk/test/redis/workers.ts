/**
 * Worker processes for the multi-process Redis tests. Each worker says `ready` over IPC once
 * its client is set up, waits for `go`, then sends one report and exits.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface Workers<R> {
  /** One report per worker; rejects if a worker exits before reporting. */
  reports: Promise<R>[];
}

/** Forks `count` workers of `script` with `env` added to this process's (each pushed to `into`, for the caller to stop), and waits until each is ready. */
export async function forkReadyWorkers<R>(script: string, count: number, env: Record<string, string>, into: ChildProcess[]): Promise<Workers<R>> {
  const reports: Promise<R>[] = [];
  const readies: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } });
    into.push(child);
    readies.push(new Promise((resolve) => child.once('message', () => resolve())));
    reports.push(
      new Promise((resolve, reject) => {
        child.on('message', (message) => {
          if (message !== 'ready') resolve(message as R);
        });
        child.once('exit', (code) => reject(new Error(`worker exited with ${code} before reporting`)));
      }),
    );
  }
  await Promise.all(readies);
  return { reports };
}
