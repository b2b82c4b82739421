import type { Deadline } from './deadline.js';

/** What a call that needs a token brings: its signal, its deadline, and its name for errors. */
export interface TokenCallContext {
  signal?: AbortSignal | undefined;
  deadline: Deadline;
  operation: string;
}

/**
 * Where the auth policy gets bearer tokens. `auth/TokenManager` is the SDK's own; the
 * policy knows only this interface, so the transport does not depend on how tokens are
 * fetched, cached or shared.
 */
export interface TokenSource {
  /** A cached token with time to spare, without waiting; undefined when a fetch or refresh is due. */
  peekFreshToken(): string | undefined;
  /** A valid token, fetched or refreshed as needed, within the call's signal and deadline. */
  getAccessToken(context: TokenCallContext): Promise<string>;
  /**
   * Drops a token the server refused, so the next `getAccessToken` fetches a new one. With
   * `onReplay`, the token was refused on the replay after a refresh. Resolves to false when
   * the source kept the token (a new one would be refused too): the caller does not replay.
   */
  invalidate(refusedToken: string, how?: { onReplay?: boolean }): Promise<boolean | void>;
  /** The server accepted the token (any answer but 401); optional. */
  accepted?(token: string): void;
}
