/**
 * Redis for tests: every `describeRedis` suite starts its own `redis-server` on a
 * free 127.0.0.1 port (no persistence, not daemonized), hands it to the suite and
 * stops it afterwards. Test files run in parallel forks, so each file having its own
 * server keeps them apart (and an outage test can kill its server without hurting
 * the others). No server needs to be running beforehand and REDIS_URL is not read.
 *
 * Without `redis-server` on PATH the suites are skipped with a message, unless
 * ATHENA_REQUIRE_REDIS or CI is set: then they fail, so CI never passes without them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, beforeAll, describe, it } from 'vitest';

/** The first executable `name` on PATH, or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const REDIS_SERVER = onPath('redis-server');
/** Linux: the server gets SIGKILL if the test process dies without stopping it (no orphans). */
const SETPRIV = process.platform === 'linux' ? onPath('setpriv') : undefined;
const REQUIRED = Boolean(process.env.ATHENA_REQUIRE_REDIS || process.env.CI);
const INSTALL_HINT = 'install Redis so that redis-server is on PATH (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis)';

/** A client that fails fast instead of retrying forever (for probes and raw checks). */
export function connect(url: string, extra: RedisOptions = {}): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, ...extra });
  // ioredis prints unhandled 'error' events; outages are expected here.
  client.on('error', () => {});
  return client;
}

/**
 * `describe` for suites that need Redis: `body` gets the suite's own server, started
 * before its tests (its `url` is valid from the suite's `beforeAll` hooks on) and
 * stopped after them. Without redis-server: skipped with a message, failed when required.
 */
export function describeRedis(name: string, body: (server: RedisServer) => void): void {
  const server = new RedisServer();
  if (REDIS_SERVER === undefined) {
    if (REQUIRED) {
      describe(name, () => {
        it('needs redis-server', () => {
          throw new Error(`redis-server is not on PATH (ATHENA_REQUIRE_REDIS or CI is set, so the Redis tests may not be skipped): ${INSTALL_HINT}.`);
        });
      });
      return;
    }
    console.warn(`Skipping "${name}": redis-server is not on PATH; ${INSTALL_HINT}.`);
    describe.skip(name, () => body(server));
    return;
  }
  describe(name, () => {
    beforeAll(() => server.start());
    afterAll(() => server.stop());
    body(server);
  });
}

/** A key prefix no other test run uses. */
export function uniquePrefix(): string {
  return `athena-test:${process.pid}:${randomUUID()}:`;
}

/** Deletes every key under `prefix`. */
export async function cleanUp(client: Redis, prefix: string): Promise<void> {
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(...keys);
}

/** Waits until `client` is connected. */
export async function ready(client: Redis, timeoutMs = 10_000): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Redis did not become ready')), timeoutMs);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const running = new Set<ChildProcess>();
// A test process that ends without its afterAll (a hook timeout, a crash) still takes its servers down.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A redis-server of a test's own on 127.0.0.1, without persistence. The first start
 * picks a free port; later starts (after `kill`, to end an outage) reuse it, so
 * clients reconnect to the same URL.
 */
export class RedisServer {
  #process: ChildProcess | undefined;
  #port: number | undefined;

  get port(): number {
    if (this.#port === undefined) throw new Error('RedisServer: not started (use it from beforeAll or a test)');
    return this.#port;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** The running server's process id (to pause it with SIGSTOP in a hang test). */
  get pid(): number {
    const pid = this.#process?.pid;
    if (pid === undefined) throw new Error('RedisServer: not running');
    return pid;
  }

  async start(): Promise<void> {
    if (this.#process) throw new Error(`RedisServer: already running on port ${this.#port}`);
    if (this.#port !== undefined) return this.#launch(this.#port);
    // Another process may take the free port before redis-server binds it: then try another.
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = await freePort();
      try {
        await this.#launch(port);
        this.#port = port;
        return;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  /** SIGKILL: no goodbye to the clients, as in a crash. */
  async kill(): Promise<void> {
    await this.#signal('SIGKILL');
  }

  /** SIGTERM (SIGKILL if it lingers): the normal end of a suite. */
  async stop(): Promise<void> {
    const child = this.#process;
    const escalate = setTimeout(() => child?.kill('SIGKILL'), 5_000);
    try {
      await this.#signal('SIGTERM');
    } finally {
      clearTimeout(escalate);
    }
  }

  async #signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.#process;
    this.#process = undefined;
    if (!child) return;
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    }
    running.delete(child);
  }

  async #launch(port: number): Promise<void> {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'];
    const [command, argv] = SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', '--', REDIS_SERVER as string, ...args]] : [REDIS_SERVER as string, args];
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-2_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited = false;
    child.once('exit', () => {
      exited = true;
      running.delete(child);
    });
    child.once('error', (error) => {
      exited = true;
      keep(Buffer.from(String(error)));
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (exited) throw new Error(`redis-server exited before answering on port ${port}:\n${output}`);
      // Another process may hold the port (ours then exits): only our own server's pid counts.
      const pid = await serverPid(port);
      if (pid !== undefined && pid === child.pid) break;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not answer on port ${port} within 10 s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    this.#process = child;
  }
}

/** The process id of the Redis server answering on `port` (INFO server), or undefined when none answers. */
async function serverPid(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    const done = (pid: number | undefined) => {
      socket.destroy();
      resolve(pid);
    };
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('INFO server\r\n'));
    socket.on('data', (data) => {
      reply += data.toString();
      if (reply.startsWith('-')) return done(undefined); // e.g. -LOADING
      const match = /process_id:(\d+)\r\n/.exec(reply);
      if (match) done(Number(match[1]));
    });
    socket.once('error', () => done(undefined));
    socket.once('timeout', () => done(undefined));
    socket.once('end', () => done(undefined));
  });
}
