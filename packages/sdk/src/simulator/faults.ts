import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { defaultErrorBody, gatewayHtml, isGatewayStatus, notAuthorizedHtml, tooManyRequests } from './athena-errors.js';
import { JSON_TYPE } from './http.js';
import type {
  FailOptions,
  FaultMatch,
  FaultScope,
  FaultTarget,
  RateLimitOptions,
  SimulatorFaults,
  SoftFailOptions,
} from './types.js';

export type FaultKind =
  | 'fail'
  | 'rateLimit'
  | 'unauthorize'
  | 'drop'
  | 'hang'
  | 'resetMidBody'
  | 'malformedToken'
  | 'tokenWithoutExpiry'
  | 'softFail';

export interface Fault {
  readonly kind: FaultKind;
  readonly target: FaultTarget;
  readonly match: FaultMatch | undefined;
  remaining: number;
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly retryAfter?: string;
  readonly errormessage?: string;
}

/** Pending faults, oldest first; the first one that matches a request is used once. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Omit<Fault, 'remaining'>, n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`simulator: fault count must be a positive integer, got ${n}`);
    this.faults.push({ ...fault, remaining: n });
  }

  /** Takes one use of the first fault that applies, or returns undefined (the common, cheap case). */
  take(target: FaultTarget, method: string, path: string, accept: (kind: FaultKind) => boolean): Fault | undefined {
    if (this.faults.length === 0) return undefined;
    const index = this.faults.findIndex(
      (f) => f.target === target && accept(f.kind) && matches(f.match, method, path),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index] as Fault;
    if (--fault.remaining === 0) this.faults.splice(index, 1);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (match === undefined) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

/** Runtime knobs the fault controller changes besides the queue. */
export interface FaultHooks {
  setLatency(ms: number): void;
  revokeAllTokens(): void;
}

export function createFaultController(queue: FaultQueue, hooks: FaultHooks): SimulatorFaults {
  const scoped = (kind: FaultKind, n: number, scope: FaultScope | undefined, extra: Partial<Fault> = {}) =>
    queue.add({ kind, target: scope?.target ?? 'api', match: scope?.match, ...extra }, n);
  return {
    failNext: (n, options: FailOptions) =>
      scoped('fail', n, options, { status: options.status, body: options.body, headers: options.headers }),
    rateLimitNext: (n, options?: RateLimitOptions) => scoped('rateLimit', n, options, { retryAfter: options?.retryAfter }),
    unauthorizeNext: (n, options) => scoped('unauthorize', n, { target: 'api', match: options?.match }),
    dropNext: (n, options) => scoped('drop', n, options),
    hangNext: (n, options) => scoped('hang', n, options),
    resetMidBodyNext: (n, options) => scoped('resetMidBody', n, options),
    malformedTokenNext: (n) => scoped('malformedToken', n, { target: 'token' }),
    tokenWithoutExpiryNext: (n) => scoped('tokenWithoutExpiry', n, { target: 'token' }),
    softFailNext: (n, options?: SoftFailOptions) =>
      scoped('softFail', n, { target: 'api', match: options?.match }, { errormessage: options?.errormessage }),
    latency: (ms) => hooks.setLatency(ms),
    revokeAllTokens: () => hooks.revokeAllTokens(),
    clear: () => queue.clear(),
  };
}

/** Faults that act before the request reaches athenaNet (gateway, network). */
export function isTransportFault(kind: FaultKind): boolean {
  return kind !== 'softFail' && kind !== 'malformedToken' && kind !== 'tokenWithoutExpiry';
}

/** The HTTP answer of a transport fault that has one (fail, rateLimit, unauthorize). */
export interface FaultAnswer {
  status: number;
  contentType: string;
  text: string;
  headers: OutgoingHttpHeaders;
}

/**
 * Carries out a transport fault. Returns the answer to send for the HTTP-level ones, or
 * undefined when the fault already dealt with the socket (drop, hang, reset mid-body).
 */
export function runTransportFault(fault: Fault, res: ServerResponse, headers: OutgoingHttpHeaders): FaultAnswer | undefined {
  switch (fault.kind) {
    case 'fail':
      return failAnswer(fault.status ?? 500, fault.body, { ...headers, ...fault.headers });
    case 'rateLimit':
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      return { status: 429, contentType: JSON_TYPE, text: JSON.stringify(tooManyRequests), headers };
    case 'unauthorize':
      return { status: 401, contentType: 'text/html', text: notAuthorizedHtml, headers };
    case 'drop':
      res.socket?.destroy();
      return undefined;
    case 'hang':
      // Nothing is written; stop() destroys the socket with closeAllConnections().
      return undefined;
    case 'resetMidBody':
      resetMidBody(res, headers);
      return undefined;
    default:
      throw new Error(`simulator: ${fault.kind} is not a transport fault`);
  }
}

function failAnswer(status: number, body: unknown, headers: OutgoingHttpHeaders): FaultAnswer {
  if (typeof body === 'string') return { status, contentType: guessType(body), text: body, headers };
  if (body !== undefined) return { status, contentType: JSON_TYPE, text: JSON.stringify(body), headers };
  if (isGatewayStatus(status)) return { status, contentType: 'text/html', text: gatewayHtml(status), headers };
  return { status, contentType: JSON_TYPE, text: JSON.stringify(defaultErrorBody(status)), headers };
}

function guessType(text: string): string {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? JSON_TYPE : first === '<' ? 'text/html' : 'text/plain';
}

/** Promises a full JSON body, sends its first part, then cuts the connection. */
function resetMidBody(res: ServerResponse, headers: OutgoingHttpHeaders): void {
  const part = '{"patients":[{"patientid":"1","firstname":"Jo';
  headers['content-type'] = JSON_TYPE;
  headers['content-length'] = part.length * 4;
  res.writeHead(200, headers);
  res.write(part, () => res.socket?.destroy());
}
