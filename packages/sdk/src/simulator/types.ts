/** Public types of the embedded athenahealth simulator. */
import type { PublicJwk } from './client-assertion.js';
import type { SimulatorBulkExport } from './fhir/bulk-types.js';

export type { PublicJwk };

export interface SimulatorOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on. Default `0`: an ephemeral port, read it back from `sim.url`. */
  port?: number;
  /** Default `sim-client-id`. */
  clientId?: string;
  /** Default `sim-client-secret`. */
  clientSecret?: string;
  /**
   * The client's public keys (a JWKS, each key with its `kid`): token requests authenticated
   * with a JWT assertion (`private_key_jwt`) signed by one of them are accepted. Default: none.
   * `sim.registerJwks()` replaces them at run time.
   */
  jwks?: { keys: PublicJwk[] };
  /** The one practice the simulator serves. Default `195900` (athena's shared sandbox). */
  practiceId?: string;
  /** Lifetime of issued tokens. Default 3600. */
  tokenTtlSeconds?: number;
  /** athena sends `"expires_in":"3600"` as a string; `false` sends a number. Default `true`. */
  expiresInAsString?: boolean;
  /** Token requests allowed per window before 429. Default 5 (athena preview; production is 50). */
  tokenRequestsPerWindow?: number;
  /** Length of the token rate window, aligned to `Math.floor(Date.now() / window)`. Default 60000. */
  tokenRateWindowMs?: number;
  /**
   * API requests allowed per one-second window (aligned to whole seconds) before 429
   * `Retry-After: 1`. Default: no limit. Change it while running with `sim.setThrottle`.
   */
  requestsPerSecond?: number;
  /**
   * Daily API quota (per UTC day) reported in `X-RateLimit-*` and enforced with 429. Default 50000.
   * `Infinity` turns it off and drops the headers (long benchmarks).
   */
  dailyQuota?: number;
  /** Number of seeded patients, generated on demand from their index. Default 120. */
  patientCount?: number;
  /** Delay added before each API answer (throttled ones too). Default 0. Change it while running with `sim.setThrottle`. */
  latencyMs?: number;
  /** Keep the last 1000 requests in `sim.requests`. Default `true`. */
  recordRequests?: boolean;
}

export interface SimulatorStats {
  /** Every POST to the token endpoint, whatever its answer. */
  tokenRequests: number;
  tokensIssued: number;
  /** Every request under `/v1/`, whatever its answer. */
  apiRequests: number;
  /** Every request under `/fhir/r4/`, whatever its answer. */
  fhirRequests: number;
  /** 429s from the API throttle (`requestsPerSecond`) and the daily quota; injected faults excluded. */
  throttled: number;
  /**
   * Writes (not GET) that reached their handler carrying the `X-Request-Id` of a write
   * that reached it before: one call applied twice (the SDK keeps a call's id across attempts).
   */
  repeatedWrites: number;
  /** API requests that matched an operation, by operation id. */
  byOperation: Record<string, number>;
  /** Answers by HTTP status, token endpoint and API together (dropped or hung requests have none). */
  statusCounts: Record<string, number>;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query, e.g. `/v1/195900/patients/1`. */
  path: string;
  /** Query parameters as sent (repeated names joined with commas). */
  query: Record<string, string>;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  body: string;
  operationId?: string;
  /** Status answered; 0 while pending, or when the request was dropped or left hanging. */
  status: number;
}

export type FaultTarget = 'token' | 'api';

/**
 * Restricts a fault to some requests. `path` is compared without `/v1/{practiceid}`, e.g. `/patients/1`,
 * or, for FHIR, without `/fhir/r4`, e.g. `/Patient/a-195900.E-1`.
 */
export interface FaultMatch {
  method?: string;
  path?: string | RegExp;
}

export interface FaultScope {
  /** Default `api`. */
  target?: FaultTarget;
  match?: FaultMatch;
}

export interface FailOptions extends FaultScope {
  status: number;
  /** A string is sent as is, anything else as JSON. Default: an athena-like error for the status. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RateLimitOptions extends FaultScope {
  /** `Retry-After` header value, e.g. `'1'` or `'120'`; no header when absent. */
  retryAfter?: string;
}

export interface SoftFailOptions {
  errormessage?: string;
  match?: FaultMatch;
}

/** Each `...Next(n)` fault applies to the next `n` matching requests, then disappears. */
export interface SimulatorFaults {
  /**
   * Answers the next `n` matching requests with this status (and body).
   * @example
   * sim.faults.failNext(2, { status: 503, match: { path: '/patients/1' } });
   */
  failNext(n: number, options: FailOptions): void;
  /**
   * Answers the next `n` matching requests with 429.
   * @example
   * sim.faults.rateLimitNext(1, { retryAfter: '2' });
   */
  rateLimitNext(n: number, options?: RateLimitOptions): void;
  /**
   * The API answers 401 although the token is valid.
   * @example
   * sim.faults.unauthorizeNext(1); // the SDK refreshes the token and replays once
   */
  unauthorizeNext(n: number, options?: { match?: FaultMatch }): void;
  /**
   * Destroys the socket without any response, after reading the request.
   * @example
   * sim.faults.dropNext(1, { match: { method: 'GET' } });
   */
  dropNext(n: number, options?: FaultScope): void;
  /**
   * Never answers; the socket is destroyed on `stop()`.
   * @example
   * sim.faults.hangNext(1); // the client's timeoutMs ends the attempt
   */
  hangNext(n: number, options?: FaultScope): void;
  /**
   * Sends headers and part of a body, then destroys the socket.
   * @example
   * sim.faults.resetMidBodyNext(1, { match: { path: '/patients' } });
   */
  resetMidBodyNext(n: number, options?: FaultScope): void;
  /**
   * The token endpoint answers 200 with a body that is not JSON.
   * @example
   * sim.faults.malformedTokenNext(1);
   */
  malformedTokenNext(n: number): void;
  /**
   * The token endpoint answers 200 with `{access_token, token_type}` and no `expires_in`.
   * @example
   * sim.faults.tokenWithoutExpiryNext(1);
   */
  tokenWithoutExpiryNext(n: number): void;
  /**
   * A write answers HTTP 200 `{"success":"false","errormessage":...}` without applying the change.
   * @example
   * sim.faults.softFailNext(1, { errormessage: 'Patient is locked.' });
   */
  softFailNext(n: number, options?: SoftFailOptions): void;
  /**
   * Sets the delay added before each API answer.
   * @example
   * sim.faults.latency(250); // every API answer 250 ms later
   */
  latency(ms: number): void;
  /**
   * Every token issued so far answers 401 from now on.
   * @example
   * sim.faults.revokeAllTokens();
   */
  revokeAllTokens(): void;
  /**
   * Removes all pending faults.
   * @example
   * afterEach(() => sim.faults.clear());
   */
  clear(): void;
}

/** The API throttle and added latency, for `sim.setThrottle` and `POST /_simulator/throttle`. */
export interface ThrottleSettings {
  /** Requests allowed per aligned second before 429; `null` turns the throttle off. Left out: unchanged. */
  requestsPerSecond?: number | null;
  /** Delay added before each API answer, in ms. Left out: unchanged. */
  latencyMs?: number;
}

export interface Simulator {
  /** API origin, e.g. `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** `${url}/oauth2/v1/token`. */
  readonly tokenUrl: string;
  readonly clientId: string;
  /** The client's current secret (it changes with `rotateClientSecret`). */
  readonly clientSecret: string;
  readonly practiceId: string;
  /**
   * Replaces the client's secret, as a rotation in athena's developer portal does: the old
   * one is refused (`invalid_client`) from now on; tokens already issued stay valid.
   * Returns the new secret (random when none is given).
   * @example
   * const next = sim.rotateClientSecret();
   */
  rotateClientSecret(secret?: string): string;
  /**
   * Replaces the public keys registered for the client (its JWKS).
   * @example
   * sim.registerJwks({ keys: [publicJwk] });
   */
  registerJwks(jwks: { keys: PublicJwk[] }): void;
  /** Live counters. */
  readonly stats: SimulatorStats;
  /** The last 1000 requests, oldest first (empty when `recordRequests` is false). */
  readonly requests: readonly RecordedRequest[];
  readonly faults: SimulatorFaults;
  /** FHIR Bulk Data export: settings and faults of its own (see {@link SimulatorBulkExport}). */
  readonly bulk: SimulatorBulkExport;
  /** The throttle and latency in force now. */
  readonly throttle: { readonly requestsPerSecond: number | undefined; readonly latencyMs: number };
  /**
   * Changes the API throttle and/or the added latency while the simulator runs (a benchmark
   * halving the throttle mid-run). Throws RangeError on a bad value and then changes nothing.
   * `reset` (admin) restores the values it started with.
   * @example
   * sim.setThrottle({ requestsPerSecond: 75 }); // from the next request on
   * sim.setThrottle({ requestsPerSecond: null, latencyMs: 40 }); // no throttle, 40 ms per answer
   */
  setThrottle(settings: ThrottleSettings): void;
  /**
   * Closes the server and every socket, keep-alive and hanging ones included.
   * @example
   * const sim = await startSimulator();
   * try {
   *   await runTheTests(sim.url);
   * } finally {
   *   await sim.stop();
   * }
   */
  stop(): Promise<void>;
  /**
   * Zeroes the counters and the daily quota, and empties `requests`.
   * @example
   * sim.resetStats();
   * await athena.patients.getPatient('1');
   * expect(sim.stats.apiRequests).toBe(1);
   */
  resetStats(): void;
}
