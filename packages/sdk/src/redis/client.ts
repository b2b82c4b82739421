/**
 * The slice of an ioredis client this module uses. Declared structurally so the
 * module never imports ioredis: the caller brings its own client (ioredis 5 or 6).
 */
import { createHash } from 'node:crypto';

export interface RedisClient {
  /** ioredis' connection state; commands are sent only while it is `ready`. */
  readonly status: string;
  /** ioredis is an EventEmitter: used to wait for `ready` while the first connection is being made. */
  once(event: 'ready', listener: () => void): unknown;
  removeListener(event: 'ready', listener: () => void): unknown;
  get(key: string): Promise<string | null>;
  hget(key: string, field: string): Promise<string | null>;
  /** Probes a server that stopped answering (see health.ts). */
  ping(): Promise<unknown>;
  evalsha(sha1: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/** A Lua script run by its SHA-1 (EVALSHA), loaded with EVAL the first time a server does not know it. */
export class LuaScript {
  readonly #source: string;
  readonly #sha1: string;

  constructor(source: string) {
    this.#source = source;
    this.#sha1 = createHash('sha1').update(source).digest('hex');
  }

  async run(client: RedisClient, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await client.evalsha(this.#sha1, keys.length, ...keys, ...args);
    } catch (error) {
      // A restarted or flushed server forgets its scripts.
      if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
      return client.eval(this.#source, keys.length, ...keys, ...args);
    }
  }
}

/** SHA-256 of a store key: Redis keys name no client id, URL or scope in clear. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
