/**
 * Test helpers: a simulator per test with a client pointed at it, and a bare
 * HTTP server for shapes the simulator does not produce. Everything listens on
 * 127.0.0.1; no test reaches outside this machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AthenaClient, type AthenaClientOptions, type Logger } from '../src/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';

/** Fast backoff so retry tests take milliseconds, not seconds. */
export const FAST_RETRIES = { baseDelayMs: 5, maxDelayMs: 20 } as const;

export async function withSimulator(
  options: SimulatorOptions = {},
): Promise<{ sim: Simulator; client: (extra?: AthenaClientOptions) => AthenaClient; close: () => Promise<void> }> {
  // Generous token budget on the simulator side unless a test is about that budget.
  const sim = await startSimulator({ tokenRequestsPerWindow: 1000, ...options });
  const clients: AthenaClient[] = [];
  return {
    sim,
    client(extra = {}) {
      const c = new AthenaClient({
        clientId: sim.clientId,
        clientSecret: sim.clientSecret,
        practiceId: sim.practiceId,
        baseUrl: sim.url,
        logLevel: 'off',
        retryDelays: FAST_RETRIES,
        tokenRequestsPerMinute: 1000,
        ...extra,
      });
      clients.push(c);
      return c;
    },
    async close() {
      for (const c of clients) c.close();
      await sim.stop();
    },
  };
}

/** A logger that keeps every line, for redaction and warning tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => {
    lines.push(`${level} ${message}`);
  };
  return { lines, error: keep('error'), warn: keep('warn'), info: keep('info'), debug: keep('debug') };
}

export interface StubServer {
  url: string;
  /** `rawHeaders` is the header list as read off the wire: names as sent, repeats kept (`headers` merges or drops them). */
  requests: { method: string; url: string; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string }[];
  stop(): Promise<void>;
}

/**
 * A bare server answering with whatever `handle` writes; token requests get a
 * token so the client can reach the API path under test.
 */
export async function startStubServer(handle: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void): Promise<StubServer> {
  const requests: StubServer['requests'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, rawHeaders: req.rawHeaders, body });
      if (req.url === '/oauth2/v1/token') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'stub-token', token_type: 'Bearer', expires_in: '3600' }));
        return;
      }
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function stubClient(stub: StubServer, extra: AthenaClientOptions = {}): AthenaClient {
  return new AthenaClient({
    clientId: 'id',
    clientSecret: 'secret',
    practiceId: '195900',
    baseUrl: stub.url,
    logLevel: 'off',
    retryDelays: FAST_RETRIES,
    ...extra,
  });
}

export function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
