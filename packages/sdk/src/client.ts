/**
 * AthenaClient wires configuration, the token manager, the transport pipeline and
 * the resources together. It does not retry, log or parse: the policies do.
 */
import { TokenManager } from './auth/token-manager.js';
import { ClientCredentials } from './auth/client-credentials.js';
import { MemoryTokenStore, type TokenStore } from './auth/token-store.js';
import { resolveConfig, type AthenaClientOptions, type AthenaEnvironment } from './config.js';
import { OperationCaller, type RawResult } from './core/caller.js';
import { formEncode } from './core/encode.js';
import { InvalidRequestError } from './base/errors.js';
import { FhirClient } from './fhir/client.js';
import { createLevelledLogger } from './base/logger.js';
import { redactingLogger } from './base/redact.js';
import { refuseRequestOptionNames } from './core/request.js';
import { MemoryRateLimiter, type RateLimiter } from './transport/rate-limiter.js';
import type { HttpMethod } from './core/operation.js';
import type { RequestOptions } from './core/request-options.js';
import {
  AppointmentsResource,
  AppointmentTypesResource,
  AppointmentReasonsResource,
  ChartResource,
  EncountersResource,
  DocumentsResource,
  InsuranceResource,
  ClaimsResource,
  ReferenceResource,
  CustomFieldsResource,
  ChangesResource,
  PaymentsResource,
  AdminResource,
  DepartmentsResource,
  PatientsResource,
  PracticeResource,
  ProvidersResource,
} from './api/index.js';
import { practicePathPrefix } from './core/practice-path.js';
import { createPipeline } from './transport/pipeline.js';
import { createFetchSender } from './transport/send-fetch.js';
import { createNodeSender, isNodeRuntime } from './transport/send-node.js';
import { parseOrigin, type Sender } from './base/http.js';
import { SDK_VERSION } from './version.js';

export class AthenaClient {
  readonly practice: PracticeResource;
  readonly departments: DepartmentsResource;
  readonly providers: ProvidersResource;
  readonly patients: PatientsResource;
  /** athena's FHIR R4 server (`/fhir/r4`), same token and transport. */
  readonly fhir: FhirClient;
  readonly appointments: AppointmentsResource;
  readonly appointmentTypes: AppointmentTypesResource;
  readonly appointmentReasons: AppointmentReasonsResource;
  readonly chart: ChartResource;
  readonly encounters: EncountersResource;
  readonly documents: DocumentsResource;
  readonly insurance: InsuranceResource;
  readonly claims: ClaimsResource;
  readonly reference: ReferenceResource;
  readonly customFields: CustomFieldsResource;
  readonly changes: ChangesResource;
  readonly payments: PaymentsResource;
  readonly admin: AdminResource;

  readonly environment: AthenaEnvironment;
  readonly practiceId: string;
  /** The API origin, e.g. `https://api.preview.platform.athenahealth.com`. */
  readonly baseUrl: string;

  // Private fields: invisible to JSON.stringify and util.inspect, so the secret and tokens never show.
  readonly #caller: OperationCaller;
  readonly #close: () => void;

  constructor(given: AthenaClientOptions = {}) {
    // A null-prototype copy of the own options: a polluted Object.prototype (say, a `baseUrl`) must not configure the client.
    const options: AthenaClientOptions = given === null || typeof given !== 'object' ? given : Object.assign(Object.create(null) as AthenaClientOptions, given);
    const config = resolveConfig(options);
    this.environment = config.environment;
    this.practiceId = config.practiceId;
    this.baseUrl = config.baseUrl.origin;

    // The secret or key is checked here but a provider is not called: only when a token is needed.
    const credentials = new ClientCredentials({ ...config.credentials, clientId: config.clientId, providerTimeoutMs: config.timeoutMs });
    // The secret (as given and as the Basic credential) and the key material never reach a log line
    // (say, echoed in a server's request id). A live list: values from a provider join it as they arrive.
    const secrets = credentials.secrets;
    const baseLogger = redactingLogger(options.logger ?? console, secrets);
    const logger = createLevelledLogger(baseLogger, config.logLevel);

    let send: Sender;
    let closeSender = () => {};
    if (options.fetch || !isNodeRuntime()) {
      send = createFetchSender(options.fetch ?? ((input, init) => globalThis.fetch(input, init)));
    } else {
      const node = createNodeSender();
      send = node.send;
      closeSender = () => node.close();
    }

    const store: TokenStore = options.tokenStore ?? new MemoryTokenStore();
    const rateLimiter: RateLimiter =
      options.rateLimiter ??
      new MemoryRateLimiter({ requestsPerSecond: config.requestsPerSecond, adaptive: config.adaptiveRateLimit, maxInFlight: config.maxInFlight });
    // Shared stores and limiters warn through the client's logger when theirs is not set (e.g. Redis unreachable).
    if (logger) {
      store.setLogger?.(logger);
      rateLimiter.setLogger?.(logger);
    }

    const tokens = new TokenManager({
      send,
      endpoint: {
        origin: parseOrigin(config.tokenUrl),
        path: `${config.tokenUrl.pathname}${config.tokenUrl.search}`,
        url: config.tokenUrl.href,
        clientId: config.clientId,
        scope: config.scope,
      },
      credentials,
      store,
      refresh: config.tokenRefresh,
      tokenRequestsPerWindow: config.tokenRequestsPerMinute,
      windowMs: config.tokenRateWindowMs,
      requestTimeoutMs: config.timeoutMs,
      // A failing token endpoint is retried with the client's backoff and retry count.
      retry: { ...config.retry, maxRetries: config.maxRetries },
      logger,
    });

    // The policies and their order are the pipeline's to decide (transport/pipeline.ts).
    const pipeline = createPipeline({ retry: config.retry, rateLimiter, tokens, logger, policies: options.policies, sender: send });

    // Closing also ends token waits (budget, lock) whose timers would otherwise keep the process alive.
    this.#close = () => {
      closeSender();
      tokens.close();
    };

    this.#caller = new OperationCaller(pipeline, {
      origin: parseOrigin(config.baseUrl),
      practicePrefix: practicePathPrefix(config.practiceId),
      totalTimeoutMs: config.totalTimeoutMs,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
      maxResponseBytes: config.maxResponseBytes,
      prefetchPages: config.prefetchPages,
      userAgent: `athenahealth-sdk/${SDK_VERSION}`,
      secrets,
      logger,
    });

    this.practice = new PracticeResource(this.#caller);
    this.departments = new DepartmentsResource(this.#caller);
    this.providers = new ProvidersResource(this.#caller);
    this.patients = new PatientsResource(this.#caller);
    this.fhir = new FhirClient(this.#caller, config.practiceId);
    this.appointments = new AppointmentsResource(this.#caller);
    this.appointmentTypes = new AppointmentTypesResource(this.#caller);
    this.appointmentReasons = new AppointmentReasonsResource(this.#caller);
    this.chart = new ChartResource(this.#caller);
    this.encounters = new EncountersResource(this.#caller);
    this.documents = new DocumentsResource(this.#caller);
    this.insurance = new InsuranceResource(this.#caller);
    this.claims = new ClaimsResource(this.#caller);
    this.reference = new ReferenceResource(this.#caller);
    this.customFields = new CustomFieldsResource(this.#caller);
    this.changes = new ChangesResource(this.#caller);
    this.payments = new PaymentsResource(this.#caller);
    this.admin = new AdminResource(this.#caller);
  }

  /**
   * Calls any athena endpoint under `/v1/{practiceid}`, for operations the SDK
   * does not wrap yet. Parameters go to the query for GET and DELETE and to a
   * form body for POST and PUT. Returns the decoded body; failures throw typed errors.
   * @example
   * const body = await athena.request('GET', '/patients/1', { showinsurance: 'true' });
   */
  async request<T = unknown>(method: HttpMethod, path: string, params: Record<string, unknown> = {}, options?: RequestOptions): Promise<T> {
    return (await this.requestRaw(method, path, params, options)).body as T;
  }

  /**
   * Like {@link AthenaClient.request}, with the HTTP status and headers.
   * @example
   * const { response, body } = await athena.requestRaw('GET', '/patients/1');
   * console.log(response.status, response.headers['x-request-id'], body);
   */
  async requestRaw(method: HttpMethod, path: string, params: Record<string, unknown> = {}, options?: RequestOptions): Promise<RawResult> {
    if (!['GET', 'POST', 'PUT', 'DELETE'].includes(method)) throw new InvalidRequestError(`request: unsupported method.`);
    if (typeof path !== 'string' || !path.startsWith('/') || path.includes('..') || !isSafeRequestPath(path)) {
      throw new InvalidRequestError(
        `request: path must start with '/' and be percent-encoded (encodeURIComponent each id), without a query, '..', dot segments or an encoded '/' or '\\'.`,
      );
    }
    if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new InvalidRequestError('request: parameters must be an object.');
    refuseRequestOptionNames(params, 'request', (name) => `request(method, path, params, { ${name} })`);
    // Object.entries reads own properties only: a polluted prototype adds no parameter.
    const entries = Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => [name, typeof value === 'object' ? JSON.stringify(value) : String(value)] as const);
    const encoded = formEncode(entries);
    const isWrite = method === 'POST' || method === 'PUT';
    const fullPath = `${this.#caller.practicePrefix}${path}`;
    return this.#caller.raw(method, fullPath, isWrite ? { body: encoded } : { query: encoded }, options);
  }

  /**
   * Releases idle keep-alive sockets and ends pending token waits, so the process can exit promptly.
   * @example
   * try {
   *   await athena.practice.ping();
   * } finally {
   *   athena.close();
   * }
   */
  close(): void {
    this.#close();
  }

  toJSON(): Record<string, unknown> {
    return { environment: this.environment, baseUrl: this.baseUrl, practiceId: this.practiceId };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `AthenaClient { environment: '${this.environment}', baseUrl: '${this.baseUrl}', practiceId: '${this.practiceId}' }`;
  }
}

/**
 * RFC 3986 path characters only (so Node never refuses the request line), and no segment
 * that decodes to `.` or `..` or holds an encoded `/` or `\`: servers and proxies that
 * decode before routing would see a different path (`%2e%2e%2fadmin`).
 */
const PATH_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;

function isSafeRequestPath(path: string): boolean {
  if (!PATH_CHARACTERS.test(path)) return false;
  for (const segment of path.split('/')) {
    if (!segment.includes('%')) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    // `%2e%2e` is `..` to URL parsers and many servers; `%2F` and `%5C` split a segment for those that decode first.
    if (decoded === '.' || decoded === '..' || decoded.includes('/') || decoded.includes('\\')) return false;
  }
  return true;
}
