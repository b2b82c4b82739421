/**
 * A TokenStore shared by every process with the same credentials: one cached token,
 * one fetch at a time (a Redis lock), one token budget counted in Redis, tokens
 * encrypted at rest. When Redis is unreachable it answers from memory, so calls
 * keep working, and it goes back to Redis when Redis is back.
 */
import { randomBytes } from 'node:crypto';
import { TokenBudget } from '../internal.js';
import { ConfigurationError, MemoryTokenStore, type Logger, type StoredToken, type TokenStore } from '../index.js';
import { hashKey, type RedisClient } from './client.js';
import { RedisHealth } from './health.js';
import { DELETE_IF_TOKEN, RELEASE_LOCK, SET_IF_NEWER, TAKE_TOKEN_SLOT } from './scripts.js';
import { TokenCipher } from './token-cipher.js';

export interface RedisTokenStoreOptions {
  /** A connected ioredis client (`new Redis(url)`). The store never closes it. */
  client: RedisClient;
  /**
   * The client secret of the credentials whose tokens this store holds. Tokens are
   * encrypted with a key derived from it, so Redis alone does not give them away.
   * Default: `ATHENA_CLIENT_SECRET`. Never logged.
   */
  clientSecret?: string;
  /**
   * Any secret every sharing process knows, to encrypt the tokens with instead of the client
   * secret: for clients that authenticate with a private key and have no client secret (a value
   * from your secret manager, or the key's PEM text). Takes precedence over `clientSecret`.
   * @example
   * new RedisTokenStore({ client: redis, encryptionSecret: process.env.ATHENA_TOKEN_STORE_SECRET });
   */
  encryptionSecret?: string;
  /** Prefix of every Redis key this store writes. Default `athena:`. */
  keyPrefix?: string;
  /** Where Redis trouble is reported (one warning per outage). Default: the AthenaClient's logger. */
  logger?: Logger;
  /**
   * How long one Redis command may take before the in-process fallback answers. The
   * TokenStore interface carries no call deadline, so this fixed limit bounds every
   * command of the store. After a timeout Redis is skipped (the fallback answers at
   * once) until a background PING, once a second, is answered again. Default 1000.
   * @example
   * new RedisTokenStore({ client: redis, clientSecret: process.env.ATHENA_CLIENT_SECRET, commandTimeoutMs: 250 });
   */
  commandTimeoutMs?: number;
}

export type Release = () => Promise<void>;

export class RedisTokenStore implements TokenStore {
  readonly #health: RedisHealth;
  readonly #cipher: TokenCipher;
  readonly #prefix: string;
  /** Serves while Redis is unreachable, and keeps the last token so an outage needs no new one. */
  readonly #memory = new MemoryTokenStore();
  readonly #budgets = new Map<string, TokenBudget>();

  /**
   * @example
   * import { Redis } from 'ioredis';
   * const store = new RedisTokenStore({ client: new Redis(process.env.REDIS_URL), clientSecret: process.env.ATHENA_CLIENT_SECRET });
   * const athena = new AthenaClient({ tokenStore: store });
   */
  constructor(options: RedisTokenStoreOptions) {
    const secret = options.encryptionSecret ?? options.clientSecret ?? readEnv('ATHENA_CLIENT_SECRET');
    if (!secret) {
      throw new ConfigurationError('RedisTokenStore needs encryptionSecret or clientSecret (or ATHENA_CLIENT_SECRET): tokens are encrypted with a key derived from it.');
    }
    if (!options.client) throw new ConfigurationError('RedisTokenStore needs client: an ioredis client.');
    this.#cipher = new TokenCipher(secret);
    this.#prefix = options.keyPrefix ?? 'athena:';
    this.#health = RedisHealth.of(options.client);
    if (options.logger) this.#health.logger = options.logger;
    if (options.commandTimeoutMs !== undefined) this.#health.commandTimeoutMs = options.commandTimeoutMs;
  }

  /**
   * The token cached under `key`, decrypted; undefined when none, expired or sealed with another secret.
   * @example
   * const token = await store.get(key);
   */
  async get(key: string): Promise<StoredToken | undefined> {
    const redisKey = this.#key('token', key);
    return this.#health.run(
      async (client) => {
        const value = await client.get(redisKey);
        const token = value === null ? undefined : this.#cipher.decrypt(value, redisKey);
        if (token) this.#memory.set(key, token);
        return token;
      },
      () => this.#memory.get(key),
    );
  }

  /**
   * Stores a token encrypted until it expires, unless a newer one is already there.
   * @example
   * await store.set(key, { accessToken, tokenType: 'Bearer', expiresAt, obtainedAt });
   */
  async set(key: string, token: StoredToken): Promise<void> {
    this.#memory.set(key, token);
    const redisKey = this.#key('token', key);
    const ttlMs = Math.max(1, Math.ceil(token.expiresAt - Date.now()));
    await this.#health.run(
      (client) => SET_IF_NEWER.run(client, [redisKey], [this.#cipher.encrypt(token, redisKey), Math.floor(token.obtainedAt), ttlMs]),
      () => undefined,
    );
  }

  /**
   * Removes the token; with `onlyIf`, only while it is still that access token.
   * @example
   * await store.delete(key, refusedAccessToken);
   */
  async delete(key: string, onlyIf?: string): Promise<void> {
    this.#memory.delete(key, onlyIf);
    const redisKey = this.#key('token', key);
    await this.#health.run(
      (client) =>
        onlyIf === undefined
          ? client.eval("return redis.call('DEL', KEYS[1])", 1, redisKey)
          : DELETE_IF_TOKEN.run(client, [redisKey], [this.#cipher.fingerprint(onlyIf)]),
      () => undefined,
    );
  }

  /**
   * Takes the fetch lock (`SET NX PX`) for `ttlMs`; resolves to its release, or
   * undefined while another process holds it. The release deletes the lock only if
   * it is still ours. Without Redis the lock is per process (the TokenManager already
   * fetches once per process).
   * @example
   * const release = await store.lock(key, 10_000);
   * if (release) try { ... } finally { await release(); }
   */
  async lock(key: string, ttlMs: number): Promise<Release | undefined> {
    const lockKey = this.#key('lock', key);
    const owner = randomBytes(16).toString('hex');
    const localRelease: Release = async () => {};
    return this.#health.run<Release | undefined>(
      async (client) => {
        const taken = await client.eval("return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])", 1, lockKey, owner, Math.ceil(ttlMs));
        if (taken === null) return undefined;
        return async () => {
          await this.#health.run(
            (c) => RELEASE_LOCK.run(c, [lockKey], [owner]),
            () => undefined,
          );
        };
      },
      () => localRelease,
    );
  }

  /**
   * Takes one token request from the budget shared by all processes (a sliding log in
   * Redis); resolves to 0 with the slot taken, or to the ms to wait.
   * @example
   * const waitMs = await store.acquireTokenRequestSlot(key, 50, 60_000);
   */
  async acquireTokenRequestSlot(key: string, limit: number, windowMs: number): Promise<number> {
    const member = `${Date.now()}:${randomBytes(8).toString('hex')}`;
    return this.#health.run(
      async (client) => Number(await TAKE_TOKEN_SLOT.run(client, [this.#key('budget', key), this.#key('blocked', key)], [limit, Math.ceil(windowMs), member])),
      () => this.#localBudget(key, limit, windowMs),
    );
  }

  /**
   * Blocks token requests of every process until `untilMs` after athena answered 429.
   * @example
   * await store.reportTokenRateLimited(key, Date.now() + 30_000);
   */
  async reportTokenRateLimited(key: string, untilMs: number): Promise<void> {
    const ms = Math.max(1, Math.ceil(untilMs - Date.now()));
    await this.#health.run(
      (client) => client.eval("return redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])", 1, this.#key('blocked', key), ms),
      () => undefined,
    );
  }

  /**
   * Used by AthenaClient to hand over its logger when none was given.
   * @example
   * store.setLogger(console);
   */
  setLogger(logger: Logger): void {
    this.#health.logger ??= logger;
  }

  /** The Redis key of one kind of record for a store key: hashed, so no client id, URL or scope shows in Redis. */
  #key(kind: 'token' | 'lock' | 'budget' | 'blocked', key: string): string {
    return `${this.#prefix}${kind}:${hashKey(key)}`;
  }

  #localBudget(key: string, limit: number, windowMs: number): number {
    let budget = this.#budgets.get(key);
    if (!budget) {
      budget = new TokenBudget(limit, windowMs);
      this.#budgets.set(key, budget);
    }
    const waitMs = budget.waitMs();
    if (waitMs === 0) budget.record();
    return waitMs;
  }

  toJSON(): Record<string, unknown> {
    return { type: 'RedisTokenStore', keyPrefix: this.#prefix };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `RedisTokenStore { keyPrefix: '${this.#prefix}' }`;
  }
}

function readEnv(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}
