/**
 * AthenaClient wires configuration, the token manager, the transport pipeline and
 * the resources together. It does not retry, log or parse: the policies do.
 */
import { TokenManager } from './auth/token-manager.js';
import { MemoryTokenStore } from './auth/token-store.js';
import { resolveConfig, type AthenaClientOptions, type AthenaEnvironment } from './config.js';
import { OperationCaller, type RawResult } from './core/caller.js';
import { formEncode } from './core/encode.js';
import { InvalidRequestError } from './core/errors.js';
import { FhirClient } from './fhir/client.js';
import { createLevelledLogger } from './core/logger.js';
import type { HttpMethod } from './core/operation.js';
import type { RequestOptions } from './core/request-options.js';
import { DepartmentsResource } from './resources/departments.js';
import { PatientsResource } from './resources/patients.js';
import { PracticeResource } from './resources/practice.js';
import { ProvidersResource } from './resources/providers.js';
import { createAuthPolicy } from './transport/auth.js';
import { createLogPolicy } from './transport/log.js';
import { requestIdPolicy } from './transport/request-id.js';
import { createRetryPolicy } from './transport/retry.js';
import { createFetchSender } from './transport/send-fetch.js';
import { createNodeSender, isNodeRuntime } from './transport/send-node.js';
import { composePipeline, parseOrigin, type Policy, type Sender } from './transport/types.js';
import { SDK_VERSION } from './version.js';

export class AthenaClient {
  readonly practice: PracticeResource;
  readonly departments: DepartmentsResource;
  readonly providers: ProvidersResource;
  readonly patients: PatientsResource;
  /** athena's FHIR R4 server (`/fhir/r4`), same token and transport. */
  readonly fhir: FhirClient;

  readonly environment: AthenaEnvironment;
  readonly practiceId: string;
  /** The API origin, e.g. `https://api.preview.platform.athenahealth.com`. */
  readonly baseUrl: string;

  // Private fields: invisible to JSON.stringify and util.inspect, so the secret and tokens never show.
  readonly #caller: OperationCaller;
  readonly #close: () => void;

  constructor(options: AthenaClientOptions = {}) {
    const config = resolveConfig(options);
    this.environment = config.environment;
    this.practiceId = config.practiceId;
    this.baseUrl = config.baseUrl.origin;

    const baseLogger = options.logger ?? console;
    const logger = createLevelledLogger(baseLogger, config.logLevel);

    let send: Sender;
    if (options.fetch || !isNodeRuntime()) {
      send = createFetchSender(options.fetch ?? ((input, init) => globalThis.fetch(input, init)));
      this.#close = () => {};
    } else {
      const node = createNodeSender();
      send = node.send;
      this.#close = () => node.close();
    }

    const tokens = new TokenManager({
      send,
      endpoint: {
        origin: parseOrigin(config.tokenUrl),
        path: `${config.tokenUrl.pathname}${config.tokenUrl.search}`,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        scope: config.scope,
      },
      store: options.tokenStore ?? new MemoryTokenStore(),
      refresh: config.tokenRefresh,
      tokenRequestsPerWindow: config.tokenRequestsPerMinute,
      windowMs: config.tokenRateWindowMs,
      requestTimeoutMs: config.timeoutMs,
      logger,
    });

    // Order matters: one request id per call, retries outside auth (each attempt
    // gets a current token), logging closest to the wire (one line per attempt).
    const policies: Policy[] = [
      requestIdPolicy,
      createRetryPolicy(config.retry, (request, reason, delayMs) =>
        logger?.info(`athena ${request.operation}: retrying after ${reason} in ${Math.round(delayMs)} ms`),
      ),
      createAuthPolicy(tokens),
    ];
    if (logger) policies.push(createLogPolicy(logger));

    this.#caller = new OperationCaller(composePipeline(policies, send), {
      origin: parseOrigin(config.baseUrl),
      practiceId: config.practiceId,
      totalTimeoutMs: config.totalTimeoutMs,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
      userAgent: `athenahealth-sdk/${SDK_VERSION}`,
    });

    this.practice = new PracticeResource(this.#caller);
    this.departments = new DepartmentsResource(this.#caller);
    this.providers = new ProvidersResource(this.#caller);
    this.patients = new PatientsResource(this.#caller);
    this.fhir = new FhirClient(this.#caller, config.practiceId);
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
    if (typeof path !== 'string' || !path.startsWith('/') || path.includes('..') || path.includes('?') || hasControlCharacters(path)) {
      throw new InvalidRequestError(`request: path must start with '/', without '..', a query or control characters.`);
    }
    const entries = Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => [name, typeof value === 'object' ? JSON.stringify(value) : String(value)] as const);
    const encoded = formEncode(entries);
    const isWrite = method === 'POST' || method === 'PUT';
    const fullPath = `/v1/${encodeURIComponent(this.practiceId)}${path}`;
    return this.#caller.raw(method, fullPath, isWrite ? { body: encoded } : { query: encoded }, options);
  }

  /**
   * Releases idle keep-alive sockets so the process can exit promptly.
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

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
