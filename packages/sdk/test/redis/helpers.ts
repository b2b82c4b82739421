/**
 * Redis for tests: the server at REDIS_URL (default redis://127.0.0.1:6379), a
 * unique key prefix per run, and a spare redis-server on its own port for outage
 * tests. Without a reachable Redis the suites are skipped with a message, unless
 * CI is set: then they fail, so CI never passes without having run them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Redis, type RedisOptions } from 'ioredis';
import { describe, it } from 'vitest';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A client that fails fast instead of retrying forever (for probes and raw checks). */
export function connect(url = REDIS_URL, extra: RedisOptions = {}): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, ...extra });
  // ioredis prints unhandled 'error' events; outages are expected here.
  client.on('error', () => {});
  return client;
}

async function probe(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, retryStrategy: () => null, connectTimeout: 1_000, maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const available = await probe();

/** `describe` for suites that need Redis: skipped with a message locally, failed under CI. */
export function describeRedis(name: string, body: () => void): void {
  if (available) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs a Redis server', () => {
        throw new Error(`No Redis answers at ${REDIS_URL}; CI must start one (see .ci/run).`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": no Redis answers at ${REDIS_URL} (start redis-server or set REDIS_URL).`);
  describe.skip(name, body);
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

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A throwaway redis-server on 127.0.0.1:`port`, without persistence, that a test can kill and start again. */
export class SpareRedis {
  #process: ChildProcess | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.#process = child;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (await answersPing(this.port)) return;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`redis-server did not start on port ${this.port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** SIGKILL: no goodbye to the clients, as in a crash. */
  async kill(): Promise<void> {
    const child = this.#process;
    this.#process = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
