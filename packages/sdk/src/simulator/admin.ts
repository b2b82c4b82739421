import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJson, readBody, sendJson } from './http.js';
import type { LiveThrottle } from './throttle.js';
import type { FaultMatch, FaultTarget, PublicJwk, SimulatorFaults, SimulatorStats, ThrottleSettings } from './types.js';

/** The admin surface for other processes (CLI, multi-process tests); not counted as API traffic. */
export const ADMIN_PREFIX = '/_simulator/';

export interface AdminHooks {
  stats: SimulatorStats;
  faults: SimulatorFaults;
  /** Resets stats, pending faults, and the throttle and latency set at run time. */
  reset(): void;
  rotateClientSecret(secret?: string): string;
  registerJwks(jwks: { keys: PublicJwk[] }): void;
  throttle: Readonly<LiveThrottle>;
  /** Throws RangeError on a bad value. */
  setThrottle(settings: ThrottleSettings): void;
}

/**
 * `GET /_simulator/stats`, `POST /_simulator/faults` with `{kind, n, ...options}`
 * (kind: a method name of `sim.faults`; `match.pathRegex` stands for a RegExp path),
 * `GET /_simulator/throttle`, `POST /_simulator/throttle` with `{requestsPerSecond?, latencyMs?}`
 * (`requestsPerSecond: null`: no throttle), `POST /_simulator/reset`, `POST /_simulator/client-secret`
 * with `{secret?}` (answers the new `{secret}`), `POST /_simulator/jwks` with a JWKS `{keys: [...]}`.
 */
export async function handleAdmin(hooks: AdminHooks, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const route = `${req.method} ${path.slice(ADMIN_PREFIX.length)}`;
  if (route === 'GET stats') return sendJson(res, 200, hooks.stats);
  if (route === 'POST reset') {
    await readBody(req);
    hooks.reset();
    return noContent(res);
  }
  if (route === 'POST client-secret') {
    const body = parseJson(await readBody(req));
    const given = isRecord(body) ? body.secret : undefined;
    if (given !== undefined && (typeof given !== 'string' || given === '')) return sendJson(res, 400, { error: 'secret must be a non-empty string' });
    return sendJson(res, 200, { secret: hooks.rotateClientSecret(given) });
  }
  if (route === 'POST jwks') {
    const body = parseJson(await readBody(req));
    if (!isRecord(body) || !Array.isArray(body.keys)) return sendJson(res, 400, { error: 'the body must be a JWKS: {"keys": [...]}' });
    hooks.registerJwks({ keys: body.keys as PublicJwk[] });
    return noContent(res);
  }
  if (route === 'GET throttle') return sendJson(res, 200, { requestsPerSecond: hooks.throttle.requestsPerSecond ?? null, latencyMs: hooks.throttle.latencyMs });
  if (route === 'POST throttle') {
    const spec = parseJson(await readBody(req));
    const problem = isRecord(spec) ? setThrottle(hooks, spec) : 'the body must be a JSON object';
    if (problem !== undefined) return sendJson(res, 400, { error: problem });
    return noContent(res);
  }
  if (route === 'POST faults') {
    const spec = parseJson(await readBody(req));
    const problem = isRecord(spec) ? applyFault(hooks.faults, spec) : 'the body must be a JSON object';
    if (problem !== undefined) return sendJson(res, 400, { error: problem });
    return noContent(res);
  }
  sendJson(res, 404, { error: `No admin endpoint ${route}.` });
}

function noContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

/** Calls the fault method named by `kind`; returns what was wrong, if anything. */
function applyFault(faults: SimulatorFaults, spec: Record<string, unknown>): string | undefined {
  const n = typeof spec.n === 'number' ? spec.n : 1;
  const target = spec.target as FaultTarget | undefined;
  try {
    const match = toMatch(spec.match);
    switch (spec.kind) {
      case 'failNext':
        if (typeof spec.status !== 'number') return 'failNext needs a numeric status';
        faults.failNext(n, { status: spec.status, body: spec.body, headers: spec.headers as Record<string, string>, target, match });
        return undefined;
      case 'rateLimitNext':
        faults.rateLimitNext(n, { retryAfter: spec.retryAfter as string | undefined, target, match });
        return undefined;
      case 'unauthorizeNext':
        faults.unauthorizeNext(n, { match });
        return undefined;
      case 'dropNext':
      case 'hangNext':
      case 'resetMidBodyNext':
        faults[spec.kind](n, { target, match });
        return undefined;
      case 'malformedTokenNext':
      case 'tokenWithoutExpiryNext':
        faults[spec.kind](n);
        return undefined;
      case 'softFailNext':
        faults.softFailNext(n, { errormessage: spec.errormessage as string | undefined, match });
        return undefined;
      case 'latency':
        faults.latency(typeof spec.ms === 'number' ? spec.ms : 0);
        return undefined;
      case 'revokeAllTokens':
      case 'clear':
        faults[spec.kind]();
        return undefined;
      default:
        return `unknown fault kind ${JSON.stringify(spec.kind)}`;
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function setThrottle(hooks: AdminHooks, spec: Record<string, unknown>): string | undefined {
  const { requestsPerSecond, latencyMs } = spec;
  if (requestsPerSecond !== undefined && requestsPerSecond !== null && typeof requestsPerSecond !== 'number') return 'requestsPerSecond must be a number or null';
  if (latencyMs !== undefined && typeof latencyMs !== 'number') return 'latencyMs must be a number';
  try {
    hooks.setThrottle({ requestsPerSecond, latencyMs });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function toMatch(value: unknown): FaultMatch | undefined {
  if (!isRecord(value)) return undefined;
  const path = typeof value.pathRegex === 'string' ? new RegExp(value.pathRegex) : (value.path as string | undefined);
  return { method: value.method as string | undefined, path };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
