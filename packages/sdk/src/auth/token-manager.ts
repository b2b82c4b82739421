/**
 * Owns the client-credentials token: cached with its expiry, refreshed ahead of
 * time, fetched by one request however many calls need it, never more often than
 * athena's per-minute budget allows, and shared through a TokenStore.
 */
import { RateLimitError, TimeoutError } from '../base/errors.js';
import type { Logger } from '../base/logger.js';
import { sleep, throwIfAborted } from '../base/abort.js';
import { Deadline } from '../base/deadline.js';
import type { TokenCallContext, TokenSource } from '../base/token-source.js';
import type { Sender } from '../base/http.js';
import { TokenBudget } from './token-budget.js';
import { ClientCredentialsRefused, requestToken, TokenEndpointTimedOut, TokenRateLimited, type TokenEndpoint } from './token-endpoint.js';
import type { ClientCredentials } from './client-credentials.js';
import { DEFAULT_TOKEN_RETRY, tokenRetryDelayMs, type TokenRetrySettings } from './token-retry.js';
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
  /** The client secret or private key, or a provider of either: asked once per token request. */
  credentials: ClientCredentials;
  store: TokenStore;
  refresh: TokenRefreshSettings;
  /** Token requests allowed per window (athena: 50 a minute in production, 5 in preview). */
  tokenRequestsPerWindow: number;
  windowMs: number;
  /** Time limit of one token request. */
  requestTimeoutMs: number;
  /** Retries of a token endpoint that fails (5xx, 408); default 2 retries, 500 ms doubling. */
  retry?: Partial<TokenRetrySettings> | undefined;
  logger?: Logger | undefined;
}

interface CachedToken extends StoredToken {
  /** From here on, calls use the token but start a background refresh. */
  backgroundAt: number;
  /** From here on, calls wait for a new token. */
  blockingAt: number;
  /** Fetched to replace a refused token, and not yet accepted by the API. */
  unproven?: boolean;
}

/** How long to wait for another process holding the store's lock before trying ourselves. */
const LOCK_TTL_MS = 10_000;
const LOCK_POLL_MS = 50;

/**
 * How long a token that athena refused right after it replaced a refused one (before the API
 * accepted it even once) is kept without asking for another. An API that answers 401 to every
 * token would otherwise spend one token per call and drain the per-minute budget (5 in
 * preview); with this hold a 401 loop costs at most two token requests a minute, and every
 * call fails fast with AuthenticationError. One minute: athena's token budget window.
 */
export const REFUSED_TOKEN_HOLD_MS = 60_000;

export class TokenManager implements TokenSource {
  readonly #options: TokenManagerOptions;
  readonly #storeKey: string;
  readonly #budget: TokenBudget;
  #current: CachedToken | undefined;
  #inflight: Promise<CachedToken> | undefined;
  /** The latest deadline of the calls waiting for the in-flight refresh: a retry ending later helps no one. */
  #inflightWaitUntil = 0;
  /** A token refused on its replay: kept, and its refusals no longer drop it, until `until`. */
  #held: { accessToken: string; until: number } | undefined;
  /** A refused token was dropped: the next token fetched replaces it, unproven until accepted. */
  #replacingRefused = false;
  readonly #retry: TokenRetrySettings;
  #nextBackgroundAttempt = 0;
  /** Aborted by close(): ends waits for the token budget or another process's lock, whose timers would keep the process alive. */
  #closing = new AbortController();

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    // The store key names client, endpoint and scope; never the secret. Shared stores hash it further.
    this.#storeKey = `athena-token:${options.endpoint.clientId}:${options.endpoint.origin.href}${options.endpoint.path}:${options.endpoint.scope}`;
    this.#budget = new TokenBudget(options.tokenRequestsPerWindow, options.windowMs);
    this.#retry = { ...DEFAULT_TOKEN_RETRY, ...options.retry };
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
      if (token && Date.now() < token.expiresAt && (!(error instanceof TimeoutError) || error instanceof TokenEndpointTimedOut)) {
        this.#options.logger?.warn(`athena token refresh failed (${(error as Error).name}); using the current token until it expires`);
        return token.accessToken;
      }
      throw error;
    }
  }

  /**
   * Forgets a token the API refused (401), so the next call fetches a new one, and resolves
   * to true. A token refused on the replay (`onReplay`), or one that replaced a refused token
   * and was refused before the API accepted it once, is kept instead and held for
   * REFUSED_TOKEN_HOLD_MS: while held, its refusals resolve to false (do not replay) rather
   * than each fetching a token the API would refuse too.
   */
  async invalidate(accessToken: string, how?: { onReplay?: boolean }): Promise<boolean> {
    const now = Date.now();
    if (this.#held?.accessToken === accessToken && now < this.#held.until) return false;
    const current = this.#current;
    if (how?.onReplay || (current?.accessToken === accessToken && current.unproven)) {
      this.#held = { accessToken, until: now + REFUSED_TOKEN_HOLD_MS };
      this.#options.logger?.warn(`athena refused a new access token at once; no other token is fetched for refused calls for ${REFUSED_TOKEN_HOLD_MS} ms`);
      return false;
    }
    if (current?.accessToken === accessToken) {
      this.#current = undefined;
      this.#replacingRefused = true;
    }
    await this.#options.store.delete(this.#storeKey, accessToken);
    return true;
  }

  /** The API accepted this token: a replacement is proven good, so its later refusal means it was revoked. */
  accepted(accessToken: string): void {
    const current = this.#current;
    if (current?.unproven && current.accessToken === accessToken) current.unproven = false;
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
    if (remaining <= 0) return Promise.reject(tokenWaitExceeded(context.operation));
    const shared = this.#inflight ?? this.#startRefresh();
    this.#inflightWaitUntil = Math.max(this.#inflightWaitUntil, context.deadline.at);
    return new Promise<CachedToken>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(tokenWaitExceeded(context.operation));
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
    // A background refresh has no waiting call: its retries get one request time limit.
    this.#inflightWaitUntil = Date.now() + this.#options.requestTimeoutMs;
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
    // After a 429: one wait for the next window, then give up (never hammer the endpoint).
    // After a 5xx or 408: a few retries with backoff, only while a waiting call's deadline
    // leaves room for them and the budget has a slot before it.
    // After an invalid_client refusal of a provider's value: the provider once more (a rotated secret), and one more request.
    const { credentials } = this.#options;
    // Asked before a budget slot is taken: a failing provider spends no token request.
    let credential = await credentials.get({ refused: false });
    let askedAgain = false;
    let rateLimited = false;
    let retries = 0;
    let retrying: Error | undefined;
    for (;;) {
      const gotSlot = await this.#takeTokenRequestSlot(retrying ? this.#inflightWaitUntil : undefined);
      if (!gotSlot) throw retrying;
      try {
        const token = await requestToken(this.#options.send, this.#options.endpoint, credential, {
          timeoutMs: this.#options.requestTimeoutMs,
          deadline: Deadline.after(this.#options.requestTimeoutMs),
        });
        await this.#options.store.set(this.#storeKey, token);
        const cached = this.#adopt(token);
        if (this.#replacingRefused) cached.unproven = true;
        this.#replacingRefused = false;
        return cached;
      } catch (error) {
        retrying = undefined;
        if (error instanceof ClientCredentialsRefused && credentials.fromProvider && !askedAgain) {
          askedAgain = true;
          this.#options.logger?.warn('athena refused the client credentials (invalid_client); asking the credential provider again');
          credential = await credentials.get({ refused: true });
          retrying = error;
          continue;
        }
        if (error instanceof TokenRateLimited) {
          const blockedMs = this.#budget.blockUntilNextWindow(Date.now(), error.retryAfterMs);
          await this.#options.store.reportTokenRateLimited?.(this.#storeKey, Date.now() + blockedMs);
          this.#options.logger?.warn(`athena token endpoint answered 429; no token request for ${blockedMs} ms`);
          if (rateLimited) throw new RateLimitError({ ...errorDetails(error), retryAfterMs: this.#budget.waitMs(), fromTokenEndpoint: true });
          rateLimited = true;
          continue;
        }
        const delayMs = tokenRetryDelayMs(error, retries, this.#retry);
        if (delayMs === undefined || Date.now() + delayMs >= this.#inflightWaitUntil) throw error;
        retries++;
        retrying = error as Error;
        this.#options.logger?.warn(`athena token endpoint failed (${retrying.name}); retrying in ${Math.round(delayMs)} ms`);
        await sleep(delayMs, this.#closing.signal);
      }
    }
  }

  /**
   * Waits for the token budget, counted by the store when it offers a shared one, else in this
   * process alone. With `giveUpAt` (a retry), resolves to false instead of waiting past it.
   */
  async #takeTokenRequestSlot(giveUpAt?: number): Promise<boolean> {
    const { store, tokenRequestsPerWindow, windowMs } = this.#options;
    const tooLate = (waitMs: number) => giveUpAt !== undefined && Date.now() + waitMs >= giveUpAt;
    if (!store.acquireTokenRequestSlot) {
      const waitMs = this.#budget.waitMs();
      if (waitMs > 0) {
        if (tooLate(waitMs)) return false;
        this.#options.logger?.info(`athena token budget spent; next token request in ${waitMs} ms`);
        await sleep(waitMs, this.#closing.signal);
      }
      this.#budget.record();
      return true;
    }
    for (;;) {
      // The local block after a 429 holds even if the shared store forgot it; it is checked first so no shared slot is wasted.
      const blockedMs = this.#budget.waitMs();
      const waitMs = blockedMs > 0 ? blockedMs : await store.acquireTokenRequestSlot(this.#storeKey, tokenRequestsPerWindow, windowMs);
      if (waitMs <= 0) return true;
      if (tooLate(waitMs)) return false;
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

function errorDetails(error: RateLimitError) {
  return { status: error.status, error: error.error, operation: error.operation, requestId: error.requestId };
}

/** The call's deadline ran out while it waited for a token: its API request was never sent. */
function tokenWaitExceeded(operation: string): TimeoutError {
  return new TimeoutError(`${operation}: the overall deadline for this call ran out while waiting for an access token.`, { requestNotSent: true, fromTokenEndpoint: true });
}
