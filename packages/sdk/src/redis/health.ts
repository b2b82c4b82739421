/**
 * Keeps the SDK working when Redis is not: every Redis operation has an in-process
 * fallback, used while the client is not connected or when a command fails or
 * hangs. The first failure of an outage logs one warning; the first success after
 * it logs that Redis is back. One tracker per Redis client, so a store and a
 * limiter on the same client warn once between them.
 */
import type { Logger } from '../index.js';
import type { RedisClient } from './client.js';

/** How long one Redis command may take before the fallback answers instead. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 1_000;

const trackers = new WeakMap<RedisClient, RedisHealth>();

export class RedisHealth {
  readonly client: RedisClient;
  logger: Logger | undefined;
  commandTimeoutMs = DEFAULT_COMMAND_TIMEOUT_MS;
  #down = false;
  #connecting: Promise<boolean> | undefined;

  private constructor(client: RedisClient) {
    this.client = client;
  }

  /** The tracker of this client, shared by every store and limiter built on it. */
  static of(client: RedisClient): RedisHealth {
    let health = trackers.get(client);
    if (!health) {
      health = new RedisHealth(client);
      trackers.set(client, health);
    }
    return health;
  }

  /** Whether the last operation reached Redis. */
  get isDown(): boolean {
    return this.#down;
  }

  /** Runs `operation` on Redis, or `fallback` when Redis is not connected, fails or is too slow. */
  async run<T>(operation: (client: RedisClient) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (this.client.status !== 'ready' && !(await this.#firstConnection())) {
      this.#markDown(`connection ${this.client.status}`);
      return fallback();
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        // setImmediate: on a busy event loop the timer and the answer may be due together; the answer (I/O) goes first.
        timer = setTimeout(() => setImmediate(() => reject(new Error(`no answer within ${this.commandTimeoutMs} ms`))), this.commandTimeoutMs);
        timer.unref?.();
      });
      const result = await Promise.race([operation(this.client), timeout]);
      this.#markUp();
      return result;
    } catch (error) {
      // Redis' own errors (e.g. a script error) name no secret; only their first line is kept.
      this.#markDown(String((error as Error).message).split('\n')[0] ?? 'error');
      return fallback();
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A client created a moment ago is still connecting: wait for it (up to the command
   * timeout) rather than warn at every start. A client that lost its connection
   * (`reconnecting`, `close`, `end`) is not waited for.
   */
  #firstConnection(): Promise<boolean> {
    const { client } = this;
    if (!['wait', 'connecting', 'connect'].includes(client.status)) return Promise.resolve(false);
    // One listener however many calls wait.
    this.#connecting ??= new Promise<boolean>((resolve) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        client.removeListener('ready', onReady);
        resolve(client.status === 'ready');
      }, this.commandTimeoutMs);
      client.once('ready', onReady);
    }).finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  #markDown(reason: string): void {
    if (this.#down) return;
    this.#down = true;
    this.logger?.warn(`athena: Redis is unreachable (${reason}); using the in-process token store and rate limiter until it is back`);
  }

  #markUp(): void {
    if (!this.#down) return;
    this.#down = false;
    this.logger?.info('athena: Redis is reachable again; sharing the token and rate limit through it');
  }
}
