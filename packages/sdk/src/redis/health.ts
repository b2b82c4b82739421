/**
 * Keeps the SDK working when Redis is not: every Redis operation has an in-process
 * fallback, used while the client is not connected or when a command fails or
 * hangs. The first failure of an outage logs one warning; the first success after
 * it logs that Redis is back. One tracker per Redis client, so a store and a
 * limiter on the same client warn once between them.
 *
 * A hung server (stopped, or stuck on a slow command) keeps its connection open and
 * never answers, so without more every operation would wait a full command timeout.
 * After a timeout the tracker therefore stops sending commands (a cool-off): every
 * operation takes its fallback at once, and a background PING decides when Redis is
 * answering again.
 */
import type { Logger } from '../index.js';
import type { RedisClient } from './client.js';

/** How long one Redis command may take before the fallback answers instead. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 1_000;

/** How often Redis is probed (PING) during a cool-off. */
export const PROBE_INTERVAL_MS = 1_000;

/**
 * A timeout this short (a call near its deadline) says more about the call than about
 * Redis: that call takes the fallback, but Redis is not declared down because of it.
 */
const MIN_VERDICT_MS = 50;

const trackers = new WeakMap<RedisClient, RedisHealth>();

class NoAnswer extends Error {
  constructor(readonly limitMs: number) {
    super(`no answer within ${Math.round(limitMs)} ms`);
  }
}

export class RedisHealth {
  readonly client: RedisClient;
  logger: Logger | undefined;
  commandTimeoutMs = DEFAULT_COMMAND_TIMEOUT_MS;
  #down = false;
  /** Set after a timeout: no command is sent until a probe is answered. */
  #coolingOff = false;
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

  /** Whether Redis is skipped until a probe is answered (after a timeout). */
  get isCoolingOff(): boolean {
    return this.#coolingOff;
  }

  /**
   * Runs `operation` on Redis, or `fallback` when Redis is not connected, fails, is too
   * slow, or is cooling off after a timeout. With `deadline` (epoch ms, the calling
   * call's), the wait on Redis takes at most half of the time left, so the call still
   * has time to go on with the fallback.
   */
  async run<T>(operation: (client: RedisClient) => Promise<T>, fallback: () => T | Promise<T>, deadline?: number): Promise<T> {
    if (this.#coolingOff) return fallback();
    const limitMs = deadline === undefined ? this.commandTimeoutMs : Math.min(this.commandTimeoutMs, (deadline - Date.now()) / 2);
    if (limitMs <= 0) return fallback();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        // setImmediate: on a busy event loop the timer and the answer may be due together; the answer (I/O) goes first.
        timer = setTimeout(() => setImmediate(() => reject(new NoAnswer(limitMs))), limitMs);
        timer.unref?.();
      });
      if (this.client.status !== 'ready' && !(await Promise.race([this.#firstConnection(), timeout]))) {
        this.#markDown(`connection ${this.client.status}`);
        return await fallback();
      }
      const result = await Promise.race([operation(this.client), timeout]);
      this.#markUp();
      return result;
    } catch (error) {
      if (error instanceof NoAnswer) {
        if (limitMs >= Math.min(MIN_VERDICT_MS, this.commandTimeoutMs)) this.#coolOff(error.message);
        return fallback();
      }
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
   * (`reconnecting`, `close`, `end`) is not waited for. A handshake that does not end
   * within the command timeout (a hung server accepts connections but never answers)
   * counts as a timeout.
   */
  #firstConnection(): Promise<boolean> {
    const { client } = this;
    if (!['wait', 'connecting', 'connect'].includes(client.status)) return Promise.resolve(false);
    // One listener however many calls wait.
    this.#connecting ??= new Promise<boolean>((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        client.removeListener('ready', onReady);
        if (client.status === 'ready') resolve(true);
        else reject(new NoAnswer(this.commandTimeoutMs));
      }, this.commandTimeoutMs);
      client.once('ready', onReady);
    }).finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  /** Redis did not answer in time: skip it until a probe is answered. */
  #coolOff(reason: string): void {
    this.#markDown(reason);
    if (this.#coolingOff) return;
    this.#coolingOff = true;
    this.#scheduleProbe();
  }

  #scheduleProbe(): void {
    // unref: a probe never keeps the process alive.
    setTimeout(() => void this.#probe(), PROBE_INTERVAL_MS).unref?.();
  }

  async #probe(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      if (this.client.status !== 'ready') throw new Error('not connected');
      await Promise.race([
        this.client.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new NoAnswer(this.commandTimeoutMs)), this.commandTimeoutMs);
          timer.unref?.();
        }),
      ]);
      this.#coolingOff = false;
      this.#markUp();
    } catch {
      this.#scheduleProbe();
    } finally {
      clearTimeout(timer);
    }
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
