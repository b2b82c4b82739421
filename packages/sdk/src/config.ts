/**
 * Client options, the athena environments, and the environment variables that
 * fill in what the options leave out.
 */
import { DEFAULT_SCOPE } from './auth/scopes.js';
import type { TokenStore } from './auth/token-store.js';
import { DEFAULT_TOKEN_REFRESH, type TokenRefreshSettings } from './auth/token-manager.js';
import type { ClientCredentialsOptions, ClientSecretOption, PrivateKeyOption } from './auth/client-credentials.js';
import { ConfigurationError } from './base/errors.js';
import { isJwsAlgorithm, JWS_ALGORITHMS, type JwsAlgorithm } from './base/signing-key.js';
import type { RateLimiter } from './transport/rate-limiter.js';
import { isLogLevel, type Logger, type LogLevel } from './base/logger.js';
import type { FetchLike } from './transport/send-fetch.js';
import { DEFAULT_MAX_RESPONSE_BYTES, MAX_RESPONSE_BYTES_CEILING } from './base/http.js';
import { isResponseByteLimit } from './core/request-options.js';
import type { PolicyPlacement } from './transport/pipeline.js';
import { DEFAULT_RETRY_SETTINGS, type RetrySettings } from './transport/policies/retry.js';

export { DEFAULT_SCOPE };

export type AthenaEnvironment = 'preview' | 'production';

export const ENVIRONMENTS: Record<AthenaEnvironment, { baseUrl: string; tokenRequestsPerMinute: number }> = {
  // athena blocks credentials that ask for more than 5 tokens a minute in preview, 50 in production.
  preview: { baseUrl: 'https://api.preview.platform.athenahealth.com', tokenRequestsPerMinute: 5 },
  production: { baseUrl: 'https://api.platform.athenahealth.com', tokenRequestsPerMinute: 50 },
};


export interface AthenaClientOptions {
  /** OAuth client id. Default: `ATHENA_CLIENT_ID`. */
  clientId?: string;
  /**
   * OAuth client secret, or a provider of it: a function returning the secret or a promise of
   * it (a secret manager lookup), called when a token is requested, never at construction.
   * Default: `ATHENA_CLIENT_SECRET`. Not needed with `privateKey`. Never logged or shown.
   * @example
   * const athena = new AthenaClient({ clientSecret: async () => (await vault.read('secret/athena')).data.clientSecret });
   */
  clientSecret?: ClientSecretOption;
  /**
   * Private key for client authentication with a signed JWT (`private_key_jwt`) instead of a
   * secret: a PEM string, a JWK, a Node `KeyObject` or a Web Crypto `CryptoKey`, or a provider of
   * one. Its public half is registered with athena as a JWKS. Default: `ATHENA_PRIVATE_KEY`
   * (PEM or JWK text) or the file named by `ATHENA_PRIVATE_KEY_FILE` (read at each token
   * request, so a replaced file is picked up). Never logged or shown.
   * @example
   * const athena = new AthenaClient({ privateKey: readFileSync('athena-key.pem', 'utf8'), keyId: 'my-key-2026' });
   */
  privateKey?: PrivateKeyOption;
  /**
   * The `kid` of the registered public key. Default: `ATHENA_KEY_ID`, else the JWK's own `kid`,
   * else the key's RFC 7638 thumbprint (the kid `athena keys generate` registers).
   */
  keyId?: string;
  /**
   * JWS algorithm of the assertion: `RS384` (default for RSA keys), `RS256`, `ES384` (P-384
   * keys) or `ES256` (P-256 keys). Default: the JWK's `alg`, else as the key's type implies.
   */
  algorithm?: JwsAlgorithm;
  /** Practice id, the `/v1/{practiceid}` path segment: digits, such as `195900`. Default: `ATHENA_PRACTICE_ID`. */
  practiceId?: string;
  /** Default: `ATHENA_ENVIRONMENT`, else `'preview'`. */
  environment?: AthenaEnvironment;
  /** API origin, e.g. `http://127.0.0.1:8787`. Default: `ATHENA_BASE_URL`, else the environment's host. Must be https unless loopback. */
  baseUrl?: string;
  /** Token endpoint. Default: `${baseUrl}/oauth2/v1/token`. */
  tokenUrl?: string;
  /** OAuth scope, or a list of scopes joined with spaces. Default: `athena/service/Athenanet.MDP.*`. */
  scope?: string | readonly string[];
  /**
   * Policies of your own in the request pipeline (tracing, metrics, headers), each placed
   * `before` or `after` a built-in one by name: `requestId`, `retry`, `rateLimit`, `auth`,
   * `log` (the last only with a logger). Without a place, a policy runs just before the
   * sender, once per attempt. See {@link PolicyPlacement}.
   */
  policies?: readonly PolicyPlacement[];
  /** Time limit of one attempt, in ms. Default 30 000. */
  timeoutMs?: number;
  /** Overall deadline of a call across attempts and backoff, in ms. Default 120 000. */
  totalTimeoutMs?: number;
  /** Retries of a failed read (writes are not retried). Default 2. */
  maxRetries?: number;
  /**
   * Most bytes of (decoded) response body a call reads before it fails with
   * ResponseTooLargeError; the connection is closed at once, so a runaway or hostile answer
   * cannot exhaust memory. Default 64 MiB: athena's largest answers (document downloads,
   * big list pages) are a few MB to tens of MB. Raise it per call with `RequestOptions`.
   * @example
   * const athena = new AthenaClient({ maxResponseBytes: 128 * 1024 * 1024 });
   */
  maxResponseBytes?: number;
  /**
   * While a `for await` loop over a list or FHIR search works on one page, fetch the next
   * (at most one page ahead; leaving the loop cancels it). Default true. Per call:
   * `RequestOptions.prefetchPages`.
   */
  prefetchPages?: boolean;
  /** Use this `fetch` instead of Node's HTTP modules. */
  fetch?: FetchLike;
  /** Console-like logger. Default: `console`. */
  logger?: Logger;
  /** Default: `ATHENA_LOG`, else `'warn'`. */
  logLevel?: LogLevel;
  /** Where tokens are cached. Default: in memory, per client. */
  tokenStore?: TokenStore;
  /** When to refresh the token ahead of its expiry. */
  tokenRefresh?: Partial<TokenRefreshSettings>;
  /** Token requests this client may send per minute. Default: athena's limit (5 in preview, 50 in production). */
  tokenRequestsPerMinute?: number;
  /** Length of the token budget's window, in ms (default 60 000, athena's minute). Meant for tests. */
  tokenRateWindowMs?: number;
  /**
   * Paces API requests before each attempt. Default: a MemoryRateLimiter with no fixed
   * rate that slows down when athena's daily quota runs low. Pass a RedisRateLimiter
   * (`athenahealth-sdk/redis`) to share one limit between processes.
   */
  rateLimiter?: RateLimiter;
  /**
   * Requests per second for the default in-process limiter, a ceiling it never goes above
   * (ignored when `rateLimiter` is given). Default: none; the limiter learns the gateway's
   * throttle from its 429s (see `adaptiveRateLimit`).
   */
  requestsPerSecond?: number;
  /**
   * Whether the default limiter learns the rate athena's gateway allows: it starts at 20
   * calls a second, grows while calls succeed, settles just under what got through when a
   * call was refused, and probes upward now and then. Default true. `false`: no learning, a
   * fixed spacing at `requestsPerSecond` (or none) and no cap on calls in flight.
   * @example
   * const athena = new AthenaClient({ adaptiveRateLimit: false, requestsPerSecond: 40 });
   */
  adaptiveRateLimit?: boolean;
  /** Most attempts in flight at once for the default limiter; the rest wait in order. Default 256 (no cap when not adaptive). */
  maxInFlight?: number;
  /** Backoff tuning: `baseDelayMs` (500), `maxDelayMs` (8 000), `maxRetryAfterMs` (60 000). */
  retryDelays?: Partial<RetrySettings>;
}

export interface ResolvedConfig {
  clientId: string;
  /** The secret or key (values or providers), unresolved: a provider is called only when a token is needed. */
  credentials: Omit<ClientCredentialsOptions, 'providerTimeoutMs' | 'clientId'>;
  practiceId: string;
  environment: AthenaEnvironment;
  baseUrl: URL;
  tokenUrl: URL;
  scope: string;
  totalTimeoutMs: number;
  maxRetries: number;
  timeoutMs: number;
  maxResponseBytes: number;
  prefetchPages: boolean;
  retry: RetrySettings;
  tokenRefresh: TokenRefreshSettings;
  tokenRequestsPerMinute: number;
  tokenRateWindowMs: number;
  requestsPerSecond: number | undefined;
  adaptiveRateLimit: boolean;
  maxInFlight: number | undefined;
  logLevel: LogLevel;
}

type Env = Record<string, string | undefined>;

export function readProcessEnv(): Env {
  return (globalThis as { process?: { env?: Env } }).process?.env ?? {};
}

export function resolveConfig(options: AthenaClientOptions, env: Env = readProcessEnv()): ResolvedConfig {
  const environment = options.environment ?? envValue(env, 'ATHENA_ENVIRONMENT') ?? 'preview';
  if (environment !== 'preview' && environment !== 'production') {
    throw new ConfigurationError(`environment must be 'preview' or 'production' (ATHENA_ENVIRONMENT).`);
  }
  const clientId = required(options.clientId ?? envValue(env, 'ATHENA_CLIENT_ID'), 'clientId', 'ATHENA_CLIENT_ID');
  const credentials = resolveCredentials(options, env);
  const practiceId = checkPracticeId(required(options.practiceId ?? envValue(env, 'ATHENA_PRACTICE_ID'), 'practiceId', 'ATHENA_PRACTICE_ID'));

  const baseUrl = safeUrl(options.baseUrl ?? envValue(env, 'ATHENA_BASE_URL') ?? ENVIRONMENTS[environment].baseUrl, 'baseUrl');
  const tokenUrl = safeUrl(options.tokenUrl ?? `${baseUrl.origin}/oauth2/v1/token`, 'tokenUrl');
  const scope = typeof options.scope === 'string' ? options.scope : (options.scope ?? [DEFAULT_SCOPE]).join(' ');
  if (scope.trim() === '') throw new ConfigurationError('scope must not be empty: athena refuses token requests without one.');

  const logLevel = options.logLevel ?? envValue(env, 'ATHENA_LOG') ?? 'warn';
  if (!isLogLevel(logLevel)) throw new ConfigurationError(`logLevel must be one of off, error, warn, info, debug (ATHENA_LOG).`);

  return {
    clientId,
    credentials,
    practiceId,
    environment,
    baseUrl,
    tokenUrl,
    scope,
    totalTimeoutMs: positive(options.totalTimeoutMs ?? 120_000, 'totalTimeoutMs'),
    maxRetries: nonNegativeInteger(options.maxRetries ?? 2, 'maxRetries'),
    timeoutMs: positive(options.timeoutMs ?? 30_000, 'timeoutMs'),
    maxResponseBytes: responseByteLimit(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
    prefetchPages: flag(options.prefetchPages ?? true, 'prefetchPages'),
    retry: { ...DEFAULT_RETRY_SETTINGS, ...options.retryDelays },
    tokenRefresh: { ...DEFAULT_TOKEN_REFRESH, ...options.tokenRefresh },
    tokenRequestsPerMinute: positive(options.tokenRequestsPerMinute ?? ENVIRONMENTS[environment].tokenRequestsPerMinute, 'tokenRequestsPerMinute'),
    tokenRateWindowMs: positive(options.tokenRateWindowMs ?? 60_000, 'tokenRateWindowMs'),
    requestsPerSecond: options.requestsPerSecond === undefined ? undefined : positive(options.requestsPerSecond, 'requestsPerSecond'),
    adaptiveRateLimit: booleanOption(options.adaptiveRateLimit ?? true, 'adaptiveRateLimit'),
    maxInFlight: options.maxInFlight === undefined ? undefined : atLeastOne(options.maxInFlight, 'maxInFlight'),
    logLevel,
  };
}

/**
 * The secret or the key, from the options, else from the environment. Options win over the
 * environment; in the environment a key (`ATHENA_PRIVATE_KEY` or `ATHENA_PRIVATE_KEY_FILE`)
 * wins over `ATHENA_CLIENT_SECRET`, so adding a key is enough to switch to it.
 */
function resolveCredentials(options: AthenaClientOptions, env: Env): ResolvedConfig['credentials'] {
  if (options.clientSecret !== undefined && options.privateKey !== undefined) {
    throw new ConfigurationError('Pass either clientSecret or privateKey, not both: athena authenticates a client one way.');
  }
  const algorithm = options.algorithm;
  if (algorithm !== undefined && !isJwsAlgorithm(algorithm)) throw new ConfigurationError(`algorithm must be one of ${JWS_ALGORITHMS.join(', ')}.`);
  const keyId = options.keyId ?? envValue(env, 'ATHENA_KEY_ID');
  if (keyId !== undefined && (typeof keyId !== 'string' || keyId.trim() === '')) throw new ConfigurationError('keyId must be a non-empty string (ATHENA_KEY_ID).');
  const keyOptions = { keyId, algorithm };

  if (options.privateKey !== undefined) return { privateKey: options.privateKey, privateKeySource: 'privateKey', ...keyOptions };
  if (options.clientSecret !== undefined) {
    if (typeof options.clientSecret === 'function') return { clientSecret: options.clientSecret };
    return { clientSecret: required(options.clientSecret, 'clientSecret', 'ATHENA_CLIENT_SECRET') };
  }
  const keyText = envValue(env, 'ATHENA_PRIVATE_KEY');
  const keyFile = envValue(env, 'ATHENA_PRIVATE_KEY_FILE');
  if (keyText !== undefined && keyFile !== undefined) throw new ConfigurationError('Set ATHENA_PRIVATE_KEY or ATHENA_PRIVATE_KEY_FILE, not both.');
  // A PEM in one line of a .env file has its newlines written as \n.
  if (keyText !== undefined) return { privateKey: keyText.replace(/\\n/g, '\n'), privateKeySource: 'ATHENA_PRIVATE_KEY', ...keyOptions };
  if (keyFile !== undefined) return { privateKey: () => readKeyFile(keyFile), privateKeySource: 'ATHENA_PRIVATE_KEY_FILE', ...keyOptions };
  const secret = envValue(env, 'ATHENA_CLIENT_SECRET');
  if (secret === undefined) {
    throw new ConfigurationError(
      'Missing clientSecret: pass it to new AthenaClient({ clientSecret }) or set the ATHENA_CLIENT_SECRET environment variable (or authenticate with a key: privateKey, ATHENA_PRIVATE_KEY_FILE).',
    );
  }
  return { clientSecret: secret };
}

/** Reads the key file named by ATHENA_PRIVATE_KEY_FILE; node:fs is loaded only here, so fetch runtimes never need it. */
async function readKeyFile(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ConfigurationError(`ATHENA_PRIVATE_KEY_FILE could not be read${typeof code === 'string' ? ` (${code})` : ''}.`);
  }
}

function envValue(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function required(value: string | undefined, option: string, variable: string): string {
  if (value !== undefined && typeof value !== 'string') throw new ConfigurationError(`${option} must be a string (${variable}).`);
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError(`Missing ${option}: pass it to new AthenaClient({ ${option} }) or set the ${variable} environment variable.`);
  }
  return value;
}

/**
 * athena's practice ids are numbers (`195900`, `1128700`); letters, `_` and `-` are allowed
 * for test doubles. Anything else (spaces, `/`, `..`, CR/LF, `%`) would change the path
 * of every request, so it is refused here, before any client exists. The value is not echoed.
 */
const PRACTICE_ID = /^[A-Za-z0-9_-]{1,32}$/;

function checkPracticeId(value: string): string {
  if (!PRACTICE_ID.test(value)) {
    throw new ConfigurationError(`practiceId must be athena's practice id: digits such as 195900 (letters, digits, '_' and '-' only, up to 32 characters) (ATHENA_PRACTICE_ID).`);
  }
  return value;
}

/** Refuses plain http except on loopback: tokens and patient data must not cross a network in clear text. */
function safeUrl(text: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(`${option} is not a valid URL.`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url;
  throw new ConfigurationError(`${option} must use https (plain http is allowed only for loopback hosts such as 127.0.0.1).`);
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

function booleanOption(value: unknown, option: string): boolean {
  if (typeof value !== 'boolean') throw new ConfigurationError(`${option} must be true or false.`);
  return value;
}

function atLeastOne(value: number, option: string): number {
  if (typeof value !== 'number' || !(value >= 1)) throw new ConfigurationError(`${option} must be a number, at least 1.`);
  return value;
}

function positive(value: number, option: string): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) throw new ConfigurationError(`${option} must be a positive number.`);
  return value;
}

function responseByteLimit(value: number): number {
  if (!isResponseByteLimit(value)) throw new ConfigurationError(`maxResponseBytes must be a whole number of bytes from 1 to ${MAX_RESPONSE_BYTES_CEILING}.`);
  return value;
}

function flag(value: boolean, option: string): boolean {
  if (typeof value !== 'boolean') throw new ConfigurationError(`${option} must be true or false.`);
  return value;
}

function nonNegativeInteger(value: number, option: string): number {
  if (!Number.isInteger(value) || value < 0) throw new ConfigurationError(`${option} must be a whole number, 0 or more.`);
  return value;
}
