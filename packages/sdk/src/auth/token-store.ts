/**
 * Where access tokens are cached. The in-memory store is the default; a shared
 * store (Redis, a key server) lets many processes use one token, as athena's
 * best practices recommend given its 50-tokens-a-minute limit.
 */
import type { Logger } from '../base/logger.js';

/** A serialisable access token. Times are epoch milliseconds. */
export interface StoredToken {
  accessToken: string;
  tokenType: string;
  /** When athena will stop accepting the token. */
  expiresAt: number;
  /** When the token request was sent (the lifetime is counted from here, to be safe). */
  obtainedAt: number;
  scope?: string | undefined;
}

export interface TokenStore {
  /**
   * The token cached under `key`, if any.
   * @example
   * async get(key) {
   *   const text = await redis.get(key);
   *   return text ? (JSON.parse(text) as StoredToken) : undefined;
   * }
   */
  get(key: string): Promise<StoredToken | undefined> | StoredToken | undefined;
  /**
   * Caches a new token under `key`; it may expire from the store at `token.expiresAt`.
   * @example
   * async set(key, token) {
   *   await redis.set(key, JSON.stringify(token), { PXAT: token.expiresAt });
   * }
   */
  set(key: string, token: StoredToken): Promise<void> | void;
  /**
   * Removes the token under `key`. When `onlyIf` is given, removes it only if it is
   * still that access token (so a process does not delete a newer token another one stored).
   * @example
   * async delete(key, onlyIf) {
   *   const current = await this.get(key);
   *   if (onlyIf === undefined || current?.accessToken === onlyIf) await redis.del(key);
   * }
   */
  delete(key: string, onlyIf?: string): Promise<void> | void;
  /**
   * Optional cross-process lock around a token fetch. Resolves to a release function
   * when the lock was taken, or `undefined` when another holder has it (the caller then
   * waits for that holder's token to appear in the store).
   * @example
   * async lock(key, ttlMs) {
   *   const taken = await redis.set(`${key}:lock`, '1', { NX: true, PX: ttlMs });
   *   return taken ? async () => void (await redis.del(`${key}:lock`)) : undefined;
   * }
   */
  lock?(key: string, ttlMs: number): Promise<(() => Promise<void>) | undefined>;
  /**
   * Optional shared token budget. Takes a slot for one token request under `key` when
   * fewer than `limit` were sent in the last `windowMs` (resolves to 0), or resolves to
   * the milliseconds to wait before asking again. Without it the TokenManager counts
   * in process. A shared store counts here so that all processes together stay
   * within athena's per-minute limit.
   * @example
   * const waitMs = await store.acquireTokenRequestSlot(key, 50, 60_000);
   * if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
   */
  acquireTokenRequestSlot?(key: string, limit: number, windowMs: number): Promise<number>;
  /**
   * athena answered 429 to a token request: no process may ask again before `untilMs` (epoch ms).
   * @example
   * await store.reportTokenRateLimited(key, Math.ceil(Date.now() / 60_000) * 60_000);
   */
  reportTokenRateLimited?(key: string, untilMs: number): Promise<void>;
  /**
   * The client hands over its logger when the store has none of its own.
   * @example
   * store.setLogger(console);
   */
  setLogger?(logger: Logger): void;
}

/** The default store: one process, no sharing. */
export class MemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, StoredToken>();

  /**
   * @example
   * const store = new MemoryTokenStore();
   * const athena = new AthenaClient({ tokenStore: store });
   * await athena.practice.ping();
   * store.get(key)?.expiresAt; // key: the one the client passed to set()
   */
  get(key: string): StoredToken | undefined {
    return this.#tokens.get(key);
  }

  /**
   * @example
   * store.set('athena-token:my-client', { accessToken, tokenType: 'Bearer', expiresAt, obtainedAt: Date.now() });
   */
  set(key: string, token: StoredToken): void {
    this.#tokens.set(key, token);
  }

  /**
   * @example
   * store.delete('athena-token:my-client'); // the next call fetches a new token
   */
  delete(key: string, onlyIf?: string): void {
    if (onlyIf === undefined || this.#tokens.get(key)?.accessToken === onlyIf) this.#tokens.delete(key);
  }

  toJSON(): Record<string, unknown> {
    return { type: 'MemoryTokenStore', size: this.#tokens.size };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `MemoryTokenStore { size: ${this.#tokens.size} }`;
  }
}
