/**
 * The pipeline: the ordered policies every attempt passes through, and the deadline of
 * each call. This file alone decides both.
 *
 * Order, outermost first, and why:
 * 1. `requestId`: one `X-Request-Id` per call, kept across its attempts.
 * 2. `retry`: outside the rate limit and auth, so each attempt waits for its own slot and
 *    gets a current token.
 * 3. `rateLimit`: every attempt counts against athena's throttle and quota.
 * 4. `auth`: the bearer token; a 401 is replayed once inside, without a second slot.
 * 5. `log`: closest to the wire, one line per attempt (only when a logger is set).
 * Then the sender (node:http or fetch). Policies added by the user are placed before or
 * after a named one; by default just before the sender, where they see every attempt.
 */
import { Deadline } from '../base/deadline.js';
import { ConfigurationError } from '../base/errors.js';
import type { HttpRequest, HttpResponse, Sender } from '../base/http.js';
import type { Logger } from '../base/logger.js';
import type { TokenSource } from '../base/token-source.js';
import { createAuthPolicy } from './policies/auth.js';
import { createLogPolicy } from './policies/log.js';
import { createRateLimitPolicy } from './policies/rate-limit.js';
import { requestIdPolicy } from './policies/request-id.js';
import { createRetryPolicy, type RetrySettings } from './policies/retry.js';
import type { NamedPolicy } from './policy.js';
import type { RateLimiter } from './rate-limiter.js';

export type { NamedPolicy };

/** The names of the built-in policies, outermost first. */
export type BuiltInPolicyName = 'requestId' | 'retry' | 'rateLimit' | 'auth' | 'log';

/**
 * A policy of the user's, e.g. for tracing or metrics, with where it goes: `before` or
 * `after` a built-in (or earlier added) policy by name. Without either it runs last,
 * just before the sender, once per attempt.
 * @example
 * const attempts = { count: 0 };
 * const athena = new AthenaClient({
 *   policies: [{ name: 'count-attempts', after: 'retry', send: (request, next) => (attempts.count++, next(request)) }],
 * });
 */
export interface PolicyPlacement extends NamedPolicy {
  readonly before?: string;
  readonly after?: string;
}

/** Everything about a call but its deadline, which the pipeline sets when the call starts. */
export type CallRequest = Omit<HttpRequest, 'deadline'>;

export interface Pipeline {
  /** The policies in order, outermost first (for docs and tests). */
  readonly names: readonly string[];
  /** Starts a call: creates its deadline, `totalTimeoutMs` from now, and sends it through every policy. */
  send(request: CallRequest, totalTimeoutMs: number): Promise<HttpResponse>;
}

export interface PipelineSettings {
  retry: RetrySettings;
  rateLimiter: RateLimiter;
  tokens: TokenSource;
  /** Without one, there is no log policy. */
  logger?: Logger | undefined;
  /** The user's policies, placed by name. */
  policies?: readonly PolicyPlacement[] | undefined;
  sender: Sender;
}

/** Builds the built-in policies in the order above, places the user's, and composes them around the sender, once per client. */
export function createPipeline(settings: PipelineSettings): Pipeline {
  const { logger } = settings;
  const builtIn: NamedPolicy[] = [
    requestIdPolicy,
    createRetryPolicy(settings.retry, (request, reason, delayMs) =>
      logger?.info(`athena ${request.operation}: retrying after ${reason} in ${Math.round(delayMs)} ms`),
    ),
    createRateLimitPolicy(settings.rateLimiter),
    createAuthPolicy(settings.tokens),
  ];
  if (logger) builtIn.push(createLogPolicy(logger));
  const ordered = placePolicies(builtIn, settings.policies ?? []);
  const sender = settings.sender;
  const first = ordered.reduceRight<Sender>((next, policy) => (request) => policy.send(request, next), sender);
  return {
    names: ordered.map((policy) => policy.name),
    send(request, totalTimeoutMs) {
      const call = request as HttpRequest;
      call.deadline = Deadline.after(totalTimeoutMs);
      return first(call);
    },
  };
}

function placePolicies(builtIn: readonly NamedPolicy[], added: readonly PolicyPlacement[]): NamedPolicy[] {
  const ordered: NamedPolicy[] = [...builtIn];
  for (const policy of added) {
    if (typeof policy?.name !== 'string' || policy.name === '' || typeof policy.send !== 'function') {
      throw new ConfigurationError('policies: each policy needs a name and a send(request, next) function.');
    }
    if (ordered.some((existing) => existing.name === policy.name)) {
      throw new ConfigurationError(`policies: a policy named '${policy.name}' is already in the pipeline.`);
    }
    if (policy.before !== undefined && policy.after !== undefined) {
      throw new ConfigurationError(`policies: '${policy.name}' names both before and after; give one.`);
    }
    const anchor = policy.before ?? policy.after;
    if (anchor === undefined) {
      ordered.push(policy);
      continue;
    }
    const at = ordered.findIndex((existing) => existing.name === anchor);
    if (at === -1) {
      throw new ConfigurationError(`policies: '${policy.name}' is placed relative to '${anchor}', which is not in the pipeline (${ordered.map((p) => p.name).join(', ')}).`);
    }
    ordered.splice(policy.before !== undefined ? at : at + 1, 0, policy);
  }
  return ordered;
}
