/**
 * Owns the client-credentials token: cached with its expiry, refreshed ahead of
 * time, fetched by one request however many calls need it, never more often than
 * athena's per-minute budget allows, and shared through a TokenStore.
 */
import { AuthenticationError, TimeoutError } from '../base/errors.js';
import type { Logger } from '../base/logger.js';
import { sleep, throwIfAborted } from '../base/abort.js';
import { Deadline } from '../base/deadline.js';
import type { TokenCallContext, TokenSource } from '../base/token-source.js';
import type { Sender } from '../base/http.js';
import { TokenBudget } from './token-budget.js';
import { requestToken, TokenRateLimited, type TokenEndpoint } from './token-endpoint.js';
import type { StoredToken, TokenStore } from './token-store.js';

export interface TokenRefreshSettings {
  /** Refresh in the background once this little time is left (default 5 min). */
  backgroundMs: number;
  /** Refresh before the call once this little time is left (default 30 s). */
  blockingMs: number;
  /** After a failed background refresh, wait this long before trying again (default 5 s). */
  backgroundRetryDelayMs: number;
}

export const DEFAULT_TOKEN_REFRESH: TokenRefreshSettings = {
  backgroundMs: 5 * 60_000,
  blockingMs: 30_000,
  backgroundRetryDelayMs: 5_000,
};

export interface TokenManagerOptions {
  send: Sender;
  endpoint: TokenEndpoint;
  store: TokenStore;
  refresh: TokenRefreshSettings;
  /** Token requests allowed per window (athena: 50 a minute in production, 5 in preview). */
  tokenRequestsPerWindow: number;
  windowMs: number;
  /** Time limit of one token request. */
  requestTimeoutMs: number;
  logger?: Logger | undefined;
}

interface CachedToken extends StoredToken {
  /** From here on, calls use the token but start a background refresh. */
  backgroundAt: number;
  /** From here on, calls wait for a new token. */
  blockingAt: number;
}

/** How long to wait for another process holding the store's lock before trying ourselves. */
const LOCK_TTL_MS = 10_000;
const LOCK_POLL_MS = 50;

export class TokenManager implements TokenSource {
  readonly #options: TokenManagerOptions;
  readonly #storeKey: string;
  readonly #budget: TokenBudget;
  #current: CachedToken | undefined;
  #inflight: Promise<CachedToken> | undefined;
  #nextBackgroundAttempt = 0;
  /** Aborted by close(): ends waits for the token budget or another process's lock, whose timers would keep the process alive. */
  #closing = new AbortController();

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    // The store key names client, endpoint and scope; never the secret. Shared stores hash it further.
    this.#storeKey = `athena-token:${options.endpoint.clientId}:${options.endpoint.origin.href}${options.endpoint.path}:${options.endpoint.scope}`;
    this.#budget = new TokenBudget(options.tokenRequestsPerWindow, options.windowMs);
  }

  /** The cached token when it needs no refresh yet: the synchronous fast path of every call. */
  peekFreshToken(): string | undefined {
    const token = this.#current;
    return token && Date.now() < token.backgroundAt ? token.accessToken : undefined;
  }

  /** A usable access token for one call, refreshing first when it is about to expire. */
  async getAccessToken(context: TokenCallContext): Promise<string> {
    let token = this.#current;
    const now = Date.now();
    if (token && now < token.backgroundAt) return token.accessToken;

    // Near expiry or missing here: another process may already have stored a newer one.
    const stored = await this.#options.store.get(this.#storeKey);
    // A refresh may have finished while the store answered: the token in hand may be newer than `stored`.
    token = this.#current;
    if (stored && stored.accessToken !== token?.accessToken && stored.expiresAt > Math.max(now, token?.expiresAt ?? 0)) token = this.#adopt(stored);
    if (token && now < token.backgroundAt) return token.accessToken;

    if (token && now < token.blockingAt) {
      this.#refreshInBackground();
      return token.accessToken;
    }
    try {
      return (await this.#waitForRefresh(context)).accessToken;
    } catch (error) {
      // A failed refresh leaves a still-valid token in use.
      if (token && Date.now() < token.expiresAt && !(error instanceof TimeoutError)) {
        this.#options.logger?.warn(`athena token refresh failed (${(error as Error).name}); using the current token until it expires`);
        return token.accessToken;
      }
      throw error;
    }
  }

  /** Forgets a token the API refused (401), so the next call fetches a new one. */
  async invalidate(accessToken: string): Promise<void> {
    if (this.#current?.accessToken === accessToken) this.#current = undefined;
    await this.#options.store.delete(this.#storeKey, accessToken);
  }

  #adopt(token: StoredToken): CachedToken {
    // For short-lived tokens the thresholds shrink with the lifetime (at most 1/10 and 1/20 of it),
    // so a token that lives seconds is still shared by the calls made during its life.
    const lifetime = Math.max(0, token.expiresAt - token.obtainedAt);
    const { backgroundMs, blockingMs } = this.#options.refresh;
    const cached: CachedToken = {
      ...token,
      backgroundAt: token.expiresAt - Math.min(backgroundMs, lifetime / 10),
      blockingAt: token.expiresAt - Math.min(blockingMs, lifetime / 20),
    };
    this.#current = cached;
    return cached;
  }

  #refreshInBackground(): void {
    const now = Date.now();
    if (this.#inflight || now < this.#nextBackgroundAttempt) return;
    this.#startRefresh().catch((error: Error) => {
      this.#nextBackgroundAttempt = Date.now() + this.#options.refresh.backgroundRetryDelayMs;
      this.#options.logger?.warn(`athena background token refresh failed (${error.name}); retrying in ${this.#options.refresh.backgroundRetryDelayMs} ms`);
    });
  }

  /** Joins the single in-flight refresh, bounded by this call's own signal and deadline. */
  #waitForRefresh(context: TokenCallContext): Promise<CachedToken> {
    throwIfAborted(context.signal);
    const remaining = context.deadline.remainingMs();
    // Checked before a refresh starts: a refresh nobody waits for would reject unhandled and end the process.
    if (remaining <= 0) return Promise.reject(context.deadline.exceeded(context.operation));
    const shared = this.#inflight ?? this.#startRefresh();
    return new Promise<CachedToken>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(context.deadline.exceeded(context.operation));
      }, remaining);
      const onAbort = () => {
        cleanup();
        try {
          throwIfAborted(context.signal);
        } catch (error) {
          reject(error);
        }
      };
      const cleanup = () => {
        clearTimeout(timer);
        context.signal?.removeEventListener('abort', onAbort);
      };
      context.signal?.addEventListener('abort', onAbort, { once: true });
      shared.then(
        (token) => {
          cleanup();
          resolve(token);
        },
        (error: unknown) => {
          cleanup();
          reject(error);
        },
      );
    });
  }

  /** Starts the one shared refresh. It is not tied to any caller's signal: one caller's cancel must not fail the others. */
  #startRefresh(): Promise<CachedToken> {
    const refresh = this.#refreshWithLock().finally(() => {
      if (this.#inflight === refresh) this.#inflight = undefined;
    });
    this.#inflight = refresh;
    return refresh;
  }

  async #refreshWithLock(): Promise<CachedToken> {
    // A caller that saw no token before its await may start a refresh after another one just finished.
    const current = this.#current;
    if (current && Date.now() < current.backgroundAt) return current;
    const { store } = this.#options;
    if (!store.lock) return this.#fetchAndStore();
    const giveUpWaitingAt = Date.now() + LOCK_TTL_MS;
    for (;;) {
      const release = await store.lock(this.#storeKey, LOCK_TTL_MS);
      if (release) {
        try {
          const fresh = await this.#freshFromStore();
          return fresh ?? (await this.#fetchAndStore());
        } finally {
          await release();
        }
      }
      // Another process is fetching: wait for its token rather than spending the budget twice.
      await sleep(LOCK_POLL_MS, this.#closing.signal);
      const fresh = await this.#freshFromStore();
      if (fresh) return fresh;
      if (Date.now() > giveUpWaitingAt) return this.#fetchAndStore();
    }
  }

  async #freshFromStore(): Promise<CachedToken | undefined> {
    // Another call of this process may have adopted a new token while this refresh waited.
    const current = this.#current;
    if (current && Date.now() < current.backgroundAt) return current;
    const stored = await this.#options.store.get(this.#storeKey);
    if (!stored || stored.accessToken === this.#current?.accessToken) return undefined;
    const cached = this.#adopt(stored);
    return Date.now() < cached.blockingAt ? cached : undefined;
  }

  async #fetchAndStore(): Promise<CachedToken> {
    // One wait for the next window after a 429, then give up: never hammer the endpoint.
    for (let attempt = 0; ; attempt++) {
      await this.#takeTokenRequestSlot();
      try {
        const token = await requestToken(this.#options.send, this.#options.endpoint, {
          timeoutMs: this.#options.requestTimeoutMs,
          deadline: Deadline.after(this.#options.requestTimeoutMs),
        });
        await this.#options.store.set(this.#storeKey, token);
        return this.#adopt(token);
      } catch (error) {
        if (!(error instanceof TokenRateLimited)) throw error;
        const blockedMs = this.#budget.blockUntilNextWindow();
        await this.#options.store.reportTokenRateLimited?.(this.#storeKey, Date.now() + blockedMs);
        this.#options.logger?.warn(`athena token endpoint answered 429; no token request for ${blockedMs} ms`);
        if (attempt >= 1) {
          throw new AuthenticationError({ ...errorDetails(error), retryAfterMs: this.#budget.waitMs() });
        }
      }
    }
  }

  /** Waits for the token budget, counted by the store when it offers a shared one, else in this process alone. */
  async #takeTokenRequestSlot(): Promise<void> {
    const { store, tokenRequestsPerWindow, windowMs } = this.#options;
    if (!store.acquireTokenRequestSlot) {
      const waitMs = this.#budget.waitMs();
      if (waitMs > 0) {
        this.#options.logger?.info(`athena token budget spent; next token request in ${waitMs} ms`);
        await sleep(waitMs, this.#closing.signal);
      }
      this.#budget.record();
      return;
    }
    for (;;) {
      // The local block after a 429 holds even if the shared store forgot it; it is checked first so no shared slot is wasted.
      const blockedMs = this.#budget.waitMs();
      const waitMs = blockedMs > 0 ? blockedMs : await store.acquireTokenRequestSlot(this.#storeKey, tokenRequestsPerWindow, windowMs);
      if (waitMs <= 0) return;
      this.#options.logger?.info(`athena token budget spent; next token request in ${waitMs} ms`);
      await sleep(waitMs, this.#closing.signal);
    }
  }

  /**
   * Ends any wait for the token budget or a lock at once (the refresh fails; callers see their own
   * error), so no timer outlives the client. The manager stays usable: later calls may refresh again.
   */
  close(): void {
    this.#closing.abort();
    this.#closing = new AbortController();
  }

  toJSON(): Record<string, unknown> {
    return { type: 'TokenManager', hasToken: this.#current !== undefined };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `TokenManager { hasToken: ${this.#current !== undefined} }`;
  }
}

function errorDetails(error: AuthenticationError) {
  return { status: error.status, error: error.error, operation: error.operation, requestId: error.requestId };
}
