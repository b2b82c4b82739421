/**
 * Builds the AthenaClient for a command from the environment or a profile. A
 * secret never comes from a command-line flag: it would end up in shell history
 * and in the process list. Tokens are kept between commands in a sealed file cache
 * (token-cache/), so a series of commands spends one of athena's token requests, not one each.
 */
import { readFileSync } from 'node:fs';
import { AthenaClient, ENVIRONMENTS, MemoryTokenStore, type AthenaClientOptions, type LogLevel, type StoredToken, type TokenStore } from 'athenahealth-sdk';
import { createCliLogger, isLogLevel, sdkLogLevel } from './cli-logger.js';
import { configPath, getProfile } from './config-file.js';
import { CliError } from './exit-codes.js';
import { note } from './output.js';
import { FileTokenStore } from './token-cache/file-token-store.js';
import { tokenCacheDir } from './token-cache/location.js';

export interface GlobalOptions {
  profile?: string;
  json?: boolean;
  verbose?: boolean;
}

/**
 * Wraps a store to remember the token the client used, so `auth check` can show its expiry
 * and scope. With `fresh`, it reports no cached token, so the client proves the credentials
 * with a new token request (which it still saves for the next commands).
 */
export class RecordingTokenStore implements TokenStore {
  last: StoredToken | undefined;
  readonly #inner: TokenStore;
  readonly #fresh: boolean;

  constructor(inner: TokenStore, options: { fresh?: boolean } = {}) {
    this.#inner = inner;
    this.#fresh = options.fresh === true;
  }

  /**
   * @example
   * const token = await recording.get(key); // undefined when created with { fresh: true }
   */
  async get(key: string): Promise<StoredToken | undefined> {
    if (this.#fresh) return undefined;
    const token = await this.#inner.get(key);
    if (token) this.last = token;
    return token;
  }

  /**
   * @example
   * await recording.set(key, token); recording.last === token;
   */
  async set(key: string, token: StoredToken): Promise<void> {
    this.last = token;
    await this.#inner.set(key, token);
  }

  /**
   * @example
   * await recording.delete(key, refusedAccessToken);
   */
  async delete(key: string, onlyIf?: string): Promise<void> {
    await this.#inner.delete(key, onlyIf);
  }
}

/** The SDK lines the user asked to see: all with --verbose, ATHENA_LOG's level, else none. */
function shownLogLevel(globals: GlobalOptions): LogLevel {
  if (globals.verbose) return 'debug';
  const fromEnv = process.env.ATHENA_LOG?.trim();
  if (!fromEnv) return 'off';
  if (!isLogLevel(fromEnv)) throw new CliError('ATHENA_LOG must be one of off, error, warn, info, debug.');
  return fromEnv;
}

export interface ClientSetup {
  /** Wraps the token store the command would use (the sealed file cache, when there is a secret). */
  wrapTokenStore?: (store: TokenStore) => TokenStore;
}

export function createClient(globals: GlobalOptions, setup: ClientSetup = {}): AthenaClient {
  const profileName = globals.profile ?? process.env.ATHENA_PROFILE;
  const shown = shownLogLevel(globals);
  const options: AthenaClientOptions = { logLevel: sdkLogLevel(shown), logger: createCliLogger(shown) };
  // What seals the token cache: the secret, or the private key's text when the SDK will use a key
  // (an ATHENA_PRIVATE_KEY or ATHENA_PRIVATE_KEY_FILE wins over ATHENA_CLIENT_SECRET in the SDK too).
  let clientSecret = privateKeyText() ?? process.env.ATHENA_CLIENT_SECRET?.trim();
  if (profileName) {
    const profile = getProfile(configPath(), profileName);
    // A profile is complete on its own: ATHENA_BASE_URL from the shell must not send its credentials elsewhere.
    const environment = profile.environment ?? 'preview';
    Object.assign(options, {
      clientId: profile.clientId,
      clientSecret: profile.clientSecret,
      practiceId: profile.practiceId,
      environment,
      baseUrl: profile.baseUrl ?? ENVIRONMENTS[environment].baseUrl,
    });
    clientSecret = profile.clientSecret;
  }
  // Without a secret or key the client refuses to start (its ConfigurationError names the variable); no cache is needed.
  const store: TokenStore = clientSecret
    ? new FileTokenStore({ dir: tokenCacheDir(), clientSecret, warn: (message) => note(`athena: ${message}`) })
    : new MemoryTokenStore();
  options.tokenStore = setup.wrapTokenStore ? setup.wrapTokenStore(store) : store;
  // Without a profile, AthenaClient reads ATHENA_CLIENT_ID, ATHENA_CLIENT_SECRET, ATHENA_PRACTICE_ID,
  // ATHENA_ENVIRONMENT and ATHENA_BASE_URL itself, and names the missing one in its ConfigurationError.
  return new AthenaClient(options);
}

/** The private key the SDK will read from the environment, if any (unreadable: none; the SDK reports it). */
function privateKeyText(): string | undefined {
  const inline = process.env.ATHENA_PRIVATE_KEY?.trim();
  if (inline) return inline;
  const file = process.env.ATHENA_PRIVATE_KEY_FILE?.trim();
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
