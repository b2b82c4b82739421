/**
 * A token endpoint that fails rather than refuses: 5xx, 408 and 429 are retried by the one
 * shared refresh, within the calls' deadlines and the token budget, and a persistent failure
 * surfaces as ServerError / TimeoutError / ConnectionError / RateLimitError marked
 * `fromTokenEndpoint`, never as AuthenticationError (which stays for refused credentials).
 * A token fetch that failed on the network leaves the API request `requestNotSent`, and a
 * malformed access_token is refused on receipt and never cached.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AthenaClient,
  AuthenticationError,
  ConnectionError,
  MemoryTokenStore,
  RateLimitError,
  ServerError,
  TimeoutError,
  type AthenaClientOptions,
} from '../../src/index.js';
import { FAST_RETRIES } from '../helpers.js';

/** What the token endpoint does with its n-th request (0-based). */
type TokenAction =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { token: string }
  | 'reset'
  | 'hang';

interface TokenServer {
  url: string;
  tokenRequests: () => number;
  /** API requests that reached the server, by method and path. */
  api: { method: string; url: string }[];
  stop(): Promise<void>;
}

/** A local server whose token endpoint follows `script`; the API answers every call with a patient. */
async function startTokenServer(script: (n: number) => TokenAction): Promise<TokenServer> {
  let tokenRequests = 0;
  const api: TokenServer['api'] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url === '/oauth2/v1/token') {
        const action = script(tokenRequests++);
        if (action === 'hang') return;
        if (action === 'reset') return void req.socket.destroy();
        if ('token' in action) {
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end(JSON.stringify({ access_token: action.token, token_type: 'Bearer', expires_in: '3600' }));
        }
        res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
        return void res.end(JSON.stringify(action.body ?? { error: 'upstream failure' }));
      }
      api.push({ method: req.method ?? '', url: req.url ?? '' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"patientid":"1"}]');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tokenRequests: () => tokenRequests,
    api,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let servers: TokenServer[] = [];
let clients: AthenaClient[] = [];
afterEach(async () => {
  for (const c of clients) c.close();
  for (const s of servers) await s.stop();
  servers = [];
  clients = [];
});

async function setup(script: (n: number) => TokenAction, extra: AthenaClientOptions = {}) {
  const server = await startTokenServer(script);
  servers.push(server);
  const athena = new AthenaClient({
    clientId: 'id',
    clientSecret: 'secret',
    practiceId: '195900',
    baseUrl: server.url,
    logLevel: 'off',
    retryDelays: FAST_RETRIES,
    tokenRequestsPerMinute: 1000,
    ...extra,
  });
  clients.push(athena);
  return { server, athena };
}

const read = (athena: AthenaClient) => athena.patients.getPatient('1');
const write = (athena: AthenaClient) => athena.patients.updatePatient('1', { email: 'a@example.com' });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error);

describe('token endpoint 5xx, 408 and 429 are retried', () => {
  it('retries a 503 and a 408 from the token endpoint, and the call succeeds', async () => {
    // Every b64token character and trailing padding: a valid token passes validation on receipt.
    const { server, athena } = await setup((n) => (n === 0 ? { status: 503 } : n === 1 ? { status: 408 } : { token: 'Az09-._~+/xyz==' }));
    await expect(read(athena)).resolves.toMatchObject({ patientid: '1' });
    expect(server.tokenRequests()).toBe(3);
  });

  it('a persistent 5xx is a ServerError from the token endpoint, never AuthenticationError, after maxRetries retries', async () => {
    const { server, athena } = await setup(() => ({ status: 503 }));
    const error = await failure(read(athena));
    expect(error).toBeInstanceOf(ServerError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 503, fromTokenEndpoint: true, operation: 'POST /oauth2/v1/token' });
    expect(server.tokenRequests()).toBe(3); // the first attempt and maxRetries (2) retries
    expect(server.api).toHaveLength(0);
  });

  it('concurrent callers share one retry sequence', async () => {
    const { server, athena } = await setup((n) => (n < 2 ? { status: 502 } : { token: 'tok-shared' }));
    const results = await Promise.all(Array.from({ length: 20 }, () => read(athena)));
    expect(results.every((p) => p.patientid === '1')).toBe(true);
    expect(server.tokenRequests()).toBe(3);
  });

  it('concurrent callers all see the ServerError of one shared sequence when it persists', async () => {
    // All 20 at once at the token manager: no learning limiter pacing them (it would start at 10 a second).
    const { server, athena } = await setup(() => ({ status: 500 }), { adaptiveRateLimit: false });
    const errors = await Promise.all(Array.from({ length: 20 }, () => failure(read(athena))));
    expect(errors.every((e) => e instanceof ServerError && e.fromTokenEndpoint)).toBe(true);
    expect(server.tokenRequests()).toBe(3);
  });

  it('does not retry when Retry-After would end after the call deadline', async () => {
    const { server, athena } = await setup(() => ({ status: 503, headers: { 'retry-after': '30' } }), { totalTimeoutMs: 3000 });
    const error = await failure(read(athena));
    expect(error).toBeInstanceOf(ServerError);
    expect(server.tokenRequests()).toBe(1);
  });

  it('retries only within the token budget, and reports the ServerError rather than a timeout', async () => {
    const { server, athena } = await setup(() => ({ status: 503 }), { tokenRequestsPerMinute: 2, totalTimeoutMs: 3000 });
    const error = await failure(read(athena));
    expect(error).toBeInstanceOf(ServerError);
    expect(server.tokenRequests()).toBe(2);
  });

  it('a second 429 is a RateLimitError from the token endpoint, not AuthenticationError', async () => {
    const limited = { status: 429, headers: { 'retry-after': '0' }, body: { error: 'rate limited' } };
    const { server, athena } = await setup(() => limited, { tokenRateWindowMs: 200 });
    const error = await failure(read(athena));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, fromTokenEndpoint: true });
    expect(server.tokenRequests()).toBe(2); // one wait for the next window, then give up
  });
});

describe('refused credentials stay AuthenticationError, without retries', () => {
  for (const [status, code] of [
    [401, 'invalid_client'],
    [400, 'invalid_grant'],
    [400, 'invalid_scope'],
    [400, 'unauthorized_client'],
    [403, undefined],
  ] as const) {
    it(`${status} ${code ?? '(no code)'}`, async () => {
      const { server, athena } = await setup(() => ({ status, body: code ? { error: code } : {} }));
      const error = await failure(read(athena));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(server.tokenRequests()).toBe(1);
    });
  }
});

describe('a token fetch that failed on the network leaves the API request unsent', () => {
  it('a reset at the token endpoint on a write is ConnectionError with requestNotSent, from the token endpoint', async () => {
    const { server, athena } = await setup(() => 'reset', { maxRetries: 0 });
    const error = await failure(write(athena));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ requestNotSent: true, fromTokenEndpoint: true });
    expect(server.api).toHaveLength(0);
  });

  it('so the write is retried after a reset at the token endpoint, and applied once', async () => {
    const { server, athena } = await setup((n) => (n === 0 ? 'reset' : { token: 'tok-after-reset' }));
    await expect(write(athena)).resolves.toBeDefined();
    expect(server.api.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('a token request that times out on a write is TimeoutError with requestNotSent, and the write is retried', async () => {
    const { server, athena } = await setup((n) => (n === 0 ? 'hang' : { token: 'tok-after-hang' }), { timeoutMs: 300, totalTimeoutMs: 10_000 });
    await expect(write(athena)).resolves.toBeDefined();
    expect(server.api.filter((r) => r.method === 'PUT')).toHaveLength(1);

    const hanging = await setup(() => 'hang', { timeoutMs: 300, totalTimeoutMs: 10_000, maxRetries: 0 });
    const error = await failure(write(hanging.athena));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ requestNotSent: true, fromTokenEndpoint: true });
    expect(hanging.server.api).toHaveLength(0);
  });
});

describe('tokens are validated on receipt', () => {
  for (const [what, token] of [
    ['CR/LF', 'abc\r\nx-injected: 1'],
    ['a space', 'abc def'],
    ['a quote', 'abc"def'],
    ['padding inside', 'ab=cd'],
  ] as const) {
    it(`refuses an access_token with ${what} as AuthenticationError and never caches it`, async () => {
      const store = new MemoryTokenStore();
      const saved: string[] = [];
      const set = store.set.bind(store);
      store.set = (key, value) => (saved.push(value.accessToken), set(key, value));
      const { server, athena } = await setup(() => ({ token }), { tokenStore: store });
      for (let i = 0; i < 2; i++) {
        const error = await failure(read(athena));
        expect(error).toBeInstanceOf(AuthenticationError);
        expect(error?.message).toMatch(/malformed access_token/);
        expect(error?.message).not.toContain(token);
      }
      expect(server.tokenRequests()).toBe(2); // asked again: nothing was cached
      expect(saved).toEqual([]);
      expect(server.api).toHaveLength(0);
    });
  }
});
