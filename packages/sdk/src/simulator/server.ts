import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allOperations } from '../internal.js';
import { ADMIN_PREFIX, handleAdmin, type AdminHooks } from './admin.js';
import { notFound } from './athena-errors.js';
import { handleApiRequest } from './api.js';
import { handleFhirRequest, isFhirPath } from './fhir/handler.js';
import { bulkControl, handleBulkRequest, isBulkPath, stopBulkExports } from './fhir/bulk-export.js';
import { createData } from './data/index.js';
import { createFaultController, FaultQueue } from './faults.js';
import { JSON_TYPE, readBody } from './http.js';
import { resolveOptions } from './options.js';
import { decodeParams } from './params.js';
import { Router } from './router.js';
import { buildHandlers } from './routes/index.js';
import { respond, type Exchange, type SimState } from './state.js';
import { clearStats, createStats, RequestLog } from './stats.js';
import { applyThrottle, WindowCounter } from './throttle.js';
import { handleTokenRequest, TOKEN_PATH } from './token.js';
import { TokenStore } from './token-store.js';
import { SeenAssertions, type PublicJwk } from './client-assertion.js';
import type { Simulator, SimulatorOptions, ThrottleSettings } from './types.js';

const DAY_MS = 86_400_000;

/**
 * Starts a local athenahealth: the OAuth token endpoint, the REST API under
 * `/v1/{practiceid}` driven by the SDK's operation table, seeded data, and fault injection.
 *
 * @example
 * const sim = await startSimulator({ patientCount: 1000 });
 * // point the client at sim.url / sim.tokenUrl with sim.clientId / sim.clientSecret
 * sim.faults.failNext(1, { status: 503 });
 * await sim.stop();
 */
export async function startSimulator(options?: SimulatorOptions): Promise<Simulator> {
  const resolved = resolveOptions(options);
  const stats = createStats();
  const log = new RequestLog(resolved.recordRequests);
  const faultQueue = new FaultQueue();
  // Looks like the gateway's ids (rrt-<digits>-c-<site>-<n>) without claiming to be one.
  const requestIdPrefix = `rrt-${randomInt(1e9, 1e10 - 1)}${randomInt(1e8, 1e9 - 1)}-c-sim-`;
  let requestCount = 0;

  const state: SimState = {
    options: resolved,
    stats,
    log,
    tokens: new TokenStore(),
    client: { secret: resolved.clientSecret, jwks: [...resolved.jwks.keys], assertions: new SeenAssertions() },
    tokenWindow: new WindowCounter(resolved.tokenRateWindowMs),
    apiSecond: new WindowCounter(1000),
    apiDay: new WindowCounter(DAY_MS),
    faults: faultQueue,
    router: new Router(allOperations),
    handlers: buildHandlers(allOperations),
    data: createData(resolved.patientCount),
    throttle: { requestsPerSecond: resolved.requestsPerSecond, latencyMs: resolved.latencyMs },
    appliedWrites: new Set(),
    nextRequestId: () => requestIdPrefix + ++requestCount,
  };
  const faults = createFaultController(faultQueue, {
    setLatency: (ms) => (state.throttle.latencyMs = ms),
    revokeAllTokens: () => state.tokens.revokeAll(),
  });
  const resetStats = () => {
    clearStats(stats);
    log.clear();
    state.apiDay.reset();
    state.apiSecond.reset();
    state.appliedWrites.clear();
  };
  const reset = () => {
    resetStats();
    faults.clear();
    applyThrottle(state.throttle, { requestsPerSecond: resolved.requestsPerSecond ?? null, latencyMs: resolved.latencyMs });
  };
  const setThrottle = (settings: ThrottleSettings) => applyThrottle(state.throttle, settings);

  const rotateClientSecret = (secret?: string): string => {
    state.client.secret = secret ?? `sim-secret-${randomBytes(12).toString('base64url')}`;
    return state.client.secret;
  };
  const registerJwks = (jwks: { keys: PublicJwk[] }): void => {
    if (!jwks || !Array.isArray(jwks.keys)) throw new TypeError('registerJwks needs a JWKS: { keys: [...] }.');
    state.client.jwks = [...jwks.keys];
  };
  const admin: AdminHooks = { stats, faults, reset, rotateClientSecret, registerJwks, throttle: state.throttle, setThrottle };
  const server = createServer((req, res) => {
    dispatch(state, req, res, admin).catch(() => {
      // A body that cannot be read (client gone, too large): nothing left to answer.
      req.socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const url = `http://${host}:${port}`;
  let stopped: Promise<void> | undefined;

  return {
    url,
    tokenUrl: `${url}${TOKEN_PATH}`,
    clientId: resolved.clientId,
    get clientSecret() {
      return state.client.secret;
    },
    practiceId: resolved.practiceId,
    rotateClientSecret,
    registerJwks,
    stats,
    requests: log.entries,
    faults,
    bulk: bulkControl(state),
    throttle: state.throttle,
    setThrottle,
    resetStats,
    stop: () =>
      (stopped ??= Promise.all([
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive and hanging sockets would otherwise hold the process open.
          server.closeAllConnections();
        }),
        stopBulkExports(state),
      ]).then(() => undefined)),
  };
}

async function dispatch(
  state: SimState,
  req: IncomingMessage,
  res: ServerResponse,
  admin: AdminHooks,
): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (path.startsWith(ADMIN_PREFIX)) return handleAdmin(admin, req, res, path);

  const body = await readBody(req);
  const query = q < 0 ? {} : decodeParams(url.slice(q + 1), {}, false);
  const ex: Exchange = {
    req,
    res,
    method: req.method ?? 'GET',
    path,
    query,
    body,
    entry: state.log.record(req, path, query, body),
  };
  if (path.startsWith('/v1/')) return handleApiRequest(state, ex);
  if (isFhirPath(path)) return handleFhirRequest(state, ex);
  if (isBulkPath(path)) return handleBulkRequest(state, ex);
  if (path === TOKEN_PATH && ex.method === 'POST') return handleTokenRequest(state, ex);
  respond(state, ex, 404, JSON_TYPE, JSON.stringify(notFound(ex.method, path)), {});
}
