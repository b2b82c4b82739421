/**
 * The fault matrix: every failure of the token endpoint and the API that the SDK must survive,
 * as data. Each scenario starts a simulator (or a bare local server where the simulator cannot
 * produce the case), makes one call that carries patient data (a query value or a form body),
 * and says what the caller must see. The same table drives the fault matrix (run in a child
 * process, so a leaked timer or socket shows as a process that does not exit), the secrecy suite
 * and the soak test's fault mix.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AthenaClient, type AthenaClientOptions, type Logger } from '../../src/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

/** Patient data the calls carry: none of it may reach a log line or an error. */
export const PHI = {
  queryValue: 'PHIQUERY7731',
  bodyEmail: 'phi.body.5521@example.com',
  bodyLastname: 'Bodyphiname',
} as const;

export type Expected = 'ok' | 'ConnectionError' | 'TimeoutError' | 'AuthenticationError' | 'RateLimitError' | 'ServerError';

export interface Running {
  client: AthenaClient;
  /** Makes the scenario's call. */
  call(): Promise<unknown>;
  /** Times the write under test reached the API (not refused by the gateway with 401 or 429); undefined for reads. */
  writesReached(): number | undefined;
  /** Values that must never be shown: the secret, the Basic header, every access token, the patient data. */
  secrets(): string[];
  /** Closes the client and stops the server; after this nothing may keep the process alive. */
  close(): Promise<void>;
}

export interface Scenario {
  name: string;
  expected: Expected;
  /** The call must settle within this long (its deadline plus a margin for a loaded machine). */
  withinMs: number;
  start(logger?: Logger): Promise<Running>;
  /** The same scenario with a client that authenticates with a private key (private_key_jwt) instead of a secret. */
  withKey?(): Scenario;
}

/** The key of the key-authenticated variants: an EC P-384 key (ES384), as PEM, and its public JWK to register. */
const KEY = (() => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const jwk = privateKey.export({ format: 'jwk' }) as Record<string, string>;
  return {
    pem: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    d: jwk.d as string,
    publicJwk: { ...(publicKey.export({ format: 'jwk' }) as { kty: string }), kid: 'scenario-key' },
  };
})();

/** What must never be shown of the key: the PEM (whole and each line), its private scalar, and every assertion signed with it. */
function keySecrets(sim: Simulator): string[] {
  const lines = KEY.pem.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----'));
  const assertions = sim.requests.map((r) => new URLSearchParams(r.body).get('client_assertion')).filter((a): a is string => !!a);
  return [KEY.pem, KEY.d, ...lines, ...assertions, ...assertions.map((a) => a.slice(a.lastIndexOf('.') + 1))];
}

/** Short timeouts and fast backoff so every scenario settles in about a second or two. */
const BASE_OPTIONS: AthenaClientOptions = {
  logLevel: 'off',
  timeoutMs: 400,
  totalTimeoutMs: 2500,
  retryDelays: { baseDelayMs: 20, maxDelayMs: 100 },
  tokenRequestsPerMinute: 1000,
};
const MARGIN_MS = 2500;

const read = (athena: AthenaClient) => athena.patients.getPatient('1', { departmentid: PHI.queryValue });
const write = (athena: AthenaClient) => athena.patients.updatePatient('1', { email: PHI.bodyEmail, lastname: PHI.bodyLastname });
const WRITE_MATCH = { method: 'PUT', path: '/patients/1' };

function basicValue(clientId: string, clientSecret: string): string {
  return Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
}

function loggingOptions(logger: Logger | undefined): AthenaClientOptions {
  return logger ? { logger, logLevel: 'debug' } : {};
}

interface SimScenario {
  name: string;
  expected: Expected;
  sim?: SimulatorOptions;
  client?: AthenaClientOptions | ((sim: Simulator) => AthenaClientOptions);
  /** Runs before the call: a warm-up call, faults to inject. */
  before?(sim: Simulator, athena: AthenaClient): Promise<void> | void;
  call?: 'read' | 'write';
}

function simScenario(spec: SimScenario, auth: 'secret' | 'key' = 'secret'): Scenario {
  const options = { ...BASE_OPTIONS };
  return {
    name: auth === 'key' ? `${spec.name} [private key]` : spec.name,
    expected: spec.expected,
    ...(auth === 'secret' ? { withKey: () => simScenario(spec, 'key') } : {}),
    withinMs: ((typeof spec.client === 'object' ? spec.client.totalTimeoutMs : undefined) ?? (options.totalTimeoutMs as number)) + MARGIN_MS,
    async start(logger) {
      const sim = await startSimulator({ tokenRequestsPerWindow: 1000, jwks: { keys: [KEY.publicJwk] }, ...spec.sim });
      const extra = typeof spec.client === 'function' ? spec.client(sim) : spec.client;
      const client = new AthenaClient({
        clientId: sim.clientId,
        ...(auth === 'key' ? { privateKey: KEY.pem, keyId: KEY.publicJwk.kid } : { clientSecret: sim.clientSecret }),
        practiceId: sim.practiceId,
        baseUrl: sim.url,
        ...options,
        ...extra,
        ...loggingOptions(logger),
      });
      await spec.before?.(sim, client);
      const isWrite = spec.call === 'write';
      return {
        client,
        call: () => (isWrite ? write(client) : read(client)),
        writesReached: () =>
          isWrite ? sim.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/patients/1') && r.status !== 401 && r.status !== 429).length : undefined,
        secrets: () => [
          ...(auth === 'key' ? keySecrets(sim) : []),
          sim.clientSecret,
          basicValue(sim.clientId, sim.clientSecret),
          ...sim.requests.map((r) => r.headers.authorization?.replace(/^Bearer /, '')).filter((t): t is string => !!t && !t.startsWith('Basic')),
          ...Object.values(PHI),
        ],
        async close() {
          client.close();
          await sim.stop();
        },
      };
    },
  };
}

/** A bare server on 127.0.0.1 for shapes the simulator does not produce. */
export interface BareServer {
  url: string;
  requests: { method: string; url: string; body: string }[];
  stop(): Promise<void>;
}

export const BARE_TOKEN = 'bare-access-token-9f3c';

export async function startBareServer(handle: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void): Promise<BareServer> {
  const requests: BareServer['requests'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', body });
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function answerToken(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ access_token: BARE_TOKEN, token_type: 'Bearer', expires_in: '3600' }));
}

/** A port with nothing listening on it (connection refused). */
export async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface BareScenario {
  name: string;
  expected: Expected;
  handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void;
  client?: AthenaClientOptions;
  call: 'read' | 'write' | ((athena: AthenaClient) => Promise<unknown>);
}

function bareScenario(spec: BareScenario): Scenario {
  const options = { ...BASE_OPTIONS, ...spec.client };
  return {
    name: spec.name,
    expected: spec.expected,
    withinMs: (options.totalTimeoutMs as number) + MARGIN_MS,
    async start(logger) {
      const server = await startBareServer(spec.handle);
      const client = new AthenaClient({ clientId: 'bare-id', clientSecret: 'bare-secret-77aa', practiceId: '195900', baseUrl: server.url, ...options, ...loggingOptions(logger) });
      const call = spec.call === 'read' ? read : spec.call === 'write' ? write : spec.call;
      return {
        client,
        call: () => call(client),
        writesReached: () => (spec.call === 'write' ? server.requests.filter((r) => r.method === 'PUT').length : undefined),
        secrets: () => ['bare-secret-77aa', basicValue('bare-id', 'bare-secret-77aa'), BARE_TOKEN, ...Object.values(PHI)],
        async close() {
          client.close();
          await server.stop();
        },
      };
    },
  };
}

/** Headers and the start of a body, then nothing more, with the connection left open. */
function neverEndingBody(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.url === '/oauth2/v1/token') return answerToken(res);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '10000' });
  res.write('[{"patientid":"1","firstname":"Jo');
}

function loopingPages(loopTo: (url: string) => string) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url === '/oauth2/v1/token') return answerToken(res);
    const url = req.url ?? '';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ patients: [{ patientid: String(url.length) }], totalcount: 1000, next: loopTo(url) }));
  };
}

async function iterateAll(athena: AthenaClient): Promise<number> {
  let n = 0;
  for await (const _ of athena.patients.searchPatients({ lastname: PHI.queryValue })) n++;
  return n;
}

export const scenarios: Scenario[] = [
  // The token endpoint.
  simScenario({
    name: 'token endpoint down (connection refused)',
    expected: 'ConnectionError',
    client: { tokenUrl: 'http://127.0.0.1:1/oauth2/v1/token' },
  }),
  bareScenario({
    name: 'token endpoint slow (answers after 600 ms)',
    expected: 'ok',
    client: { timeoutMs: 2000, totalTimeoutMs: 4000 },
    handle(req, res) {
      if (req.url === '/oauth2/v1/token') return void setTimeout(() => answerToken(res), 600);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"patientid":"1"}]');
    },
    call: 'read',
  }),
  simScenario({
    name: 'token endpoint never answers',
    expected: 'TimeoutError',
    before: (sim) => sim.faults.hangNext(10, { target: 'token' }),
  }),
  simScenario({
    name: 'token endpoint answers 500 once (retried)',
    expected: 'ok',
    before: (sim) => sim.faults.failNext(1, { status: 500, target: 'token' }),
  }),
  simScenario({
    name: 'token endpoint answers 503 every time',
    expected: 'ServerError',
    before: (sim) => sim.faults.failNext(10, { status: 503, target: 'token' }),
  }),
  simScenario({
    name: 'token endpoint answers 429, and its window rolls over',
    expected: 'ok',
    client: { tokenRateWindowMs: 500 },
    before: (sim) => sim.faults.rateLimitNext(1, { target: 'token', retryAfter: '1' }),
  }),
  simScenario({
    name: 'token endpoint answers 429 and the window lasts longer than the call may wait',
    expected: 'TimeoutError',
    // Windows align to the clock (like athena's minute); a day-long one cannot roll over during the call.
    client: { tokenRateWindowMs: 86_400_000 },
    before: (sim) => sim.faults.rateLimitNext(1, { target: 'token', retryAfter: '60' }),
  }),
  simScenario({
    name: 'token endpoint answers malformed JSON',
    expected: 'AuthenticationError',
    before: (sim) => sim.faults.malformedTokenNext(1),
  }),
  simScenario({
    name: 'token without expires_in',
    expected: 'ok',
    before: (sim) => sim.faults.tokenWithoutExpiryNext(1),
  }),
  simScenario({
    name: 'token endpoint resets the connection mid-body',
    expected: 'ConnectionError',
    before: (sim) => sim.faults.resetMidBodyNext(10, { target: 'token' }),
  }),

  // The API: 401s.
  simScenario({
    name: 'API 401 with a valid token, once (read)',
    expected: 'ok',
    before: (sim) => sim.faults.unauthorizeNext(1),
  }),
  simScenario({
    name: 'API 401 with a valid token, once (write: replayed, processed once)',
    expected: 'ok',
    call: 'write',
    before: (sim) => sim.faults.unauthorizeNext(1, { match: WRITE_MATCH }),
  }),
  simScenario({
    name: 'API 401 twice in a row',
    expected: 'AuthenticationError',
    before: (sim) => sim.faults.unauthorizeNext(2),
  }),
  simScenario({
    name: 'every token revoked after the first call',
    expected: 'ok',
    async before(sim, athena) {
      await athena.practice.ping();
      sim.faults.revokeAllTokens();
    },
  }),

  // The API: 429s.
  simScenario({
    name: 'API 429 with Retry-After: 1',
    expected: 'ok',
    before: (sim) => sim.faults.rateLimitNext(1, { retryAfter: '1' }),
  }),
  simScenario({
    name: 'API 429 without Retry-After',
    expected: 'ok',
    before: (sim) => sim.faults.rateLimitNext(2),
  }),
  simScenario({
    name: 'API 429 with Retry-After: 120 (longer than the SDK waits)',
    expected: 'RateLimitError',
    before: (sim) => sim.faults.rateLimitNext(1, { retryAfter: '120' }),
  }),
  simScenario({
    // The gateway refused it before athenaNet: nothing was applied, so the write is sent again.
    name: 'API 429 on a write (retried: refused at the gateway)',
    expected: 'ok',
    call: 'write',
    before: (sim) => sim.faults.rateLimitNext(1, { match: WRITE_MATCH }),
  }),

  // The API: 5xx bursts.
  simScenario({
    name: 'API 503 burst shorter than the retries',
    expected: 'ok',
    before: (sim) => sim.faults.failNext(2, { status: 503 }),
  }),
  simScenario({
    name: 'API 500 burst longer than the retries',
    expected: 'ServerError',
    before: (sim) => sim.faults.failNext(10, { status: 500 }),
  }),
  simScenario({
    name: 'API 502 gateway page on a write (not retried)',
    expected: 'ServerError',
    call: 'write',
    before: (sim) => sim.faults.failNext(1, { status: 502, match: WRITE_MATCH }),
  }),

  // The API: broken connections.
  simScenario({
    name: 'connection reset mid-body (read: retried)',
    expected: 'ok',
    before: async (sim, athena) => {
      await athena.practice.ping();
      sim.faults.resetMidBodyNext(1);
    },
  }),
  simScenario({
    name: 'connection reset mid-body on every attempt (read)',
    expected: 'ConnectionError',
    before: async (sim, athena) => {
      await athena.practice.ping();
      sim.faults.resetMidBodyNext(10);
    },
  }),
  simScenario({
    name: 'connection reset mid-body (write: not retried)',
    expected: 'ConnectionError',
    call: 'write',
    before: async (sim, athena) => {
      await athena.practice.ping();
      sim.faults.resetMidBodyNext(1, { match: WRITE_MATCH });
    },
  }),
  simScenario({
    name: 'connection dropped before any answer (write: not retried)',
    expected: 'ConnectionError',
    call: 'write',
    before: async (sim, athena) => {
      await athena.practice.ping();
      sim.faults.dropNext(1, { match: WRITE_MATCH });
    },
  }),
  simScenario({
    name: 'API never answers (read: every attempt times out)',
    expected: 'TimeoutError',
    before: async (sim, athena) => {
      await athena.practice.ping();
      sim.faults.hangNext(10);
    },
  }),
  simScenario({
    name: 'API never answers (write: not retried)',
    expected: 'TimeoutError',
    call: 'write',
    before: async (sim, athena) => {
      await athena.practice.ping();
      sim.faults.hangNext(1, { match: WRITE_MATCH });
    },
  }),
  simScenario({
    name: 'API slower than usual but within the timeout',
    expected: 'ok',
    before: (sim) => sim.faults.latency(150),
  }),
  bareScenario({
    name: 'response body that never ends (read)',
    expected: 'TimeoutError',
    handle: neverEndingBody,
    call: 'read',
  }),
  bareScenario({
    name: 'response body that never ends (write: not retried)',
    expected: 'TimeoutError',
    handle: neverEndingBody,
    call: 'write',
  }),

  // Pagination.
  bareScenario({
    name: 'next link that points back at its own page',
    expected: 'ok',
    handle: loopingPages((url) => url),
    call: iterateAll,
  }),
  bareScenario({
    name: 'next links that cycle between two pages',
    expected: 'ok',
    handle: loopingPages((url) => (url.includes('offset=1') ? `/v1/195900/patients?LASTNAME=${PHI.queryValue}&offset=2` : `/v1/195900/patients?LASTNAME=${PHI.queryValue}&offset=1`)),
    call: iterateAll,
  }),
];

export function findScenario(name: string): Scenario {
  const scenario = scenarios.find((s) => s.name === name);
  if (!scenario) throw new Error(`no scenario named ${name}`);
  return scenario;
}
