import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect } from 'vitest';
import { AthenaClient, ConnectionError, RateLimitError, RequestAbortedError, ServerError, TimeoutError } from '../../src/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { it } from '../fixtures.js';

/** Requests the simulator received for an operation, answered or not (faults included). */
const attempts = (sim: Simulator, operationId: string) => {
  const [method, suffix] = ({
    'patients.getPatient': ['GET', '/patients/1'],
    'patients.createPatient': ['POST', '/patients'],
    'patients.updatePatient': ['PUT', '/patients/1'],
  } as Record<string, [string, string]>)[operationId] as [string, string];
  return sim.requests.filter((r) => r.method === method && r.path.split('?')[0]?.endsWith(suffix)).length;
};
const newPatient = { departmentid: '1', firstname: 'Wren', lastname: 'Once', dob: '1975-06-07' };

/**
 * A logger for a client with logLevel 'info' whose `retrying` promise resolves with the
 * first "retrying after ... in N ms" line: the retry policy logs it just before it
 * starts a backoff or Retry-After sleep. Lets a test act on, or rule out, that sleep
 * by order of events instead of by the clock.
 */
function retryWatch() {
  let seen!: (line: string) => void;
  const retrying = new Promise<string>((resolve) => (seen = resolve));
  const ignore = () => {};
  const logger = { error: ignore, warn: ignore, debug: ignore, info: (line: string) => void (line.includes(': retrying after ') && seen(line)) };
  return { logger, retrying };
}

describe('retries of reads', () => {
  it.for([429, 500, 502, 503, 504])('retries a GET answered %i and then succeeds', async (status, { sim, athena }) => {
    sim.faults.failNext(1, { status });
    await expect(athena.patients.getPatient('1')).resolves.toMatchObject({ patientid: '1' });
    expect(attempts(sim, 'patients.getPatient')).toBe(2);
  });

  it('gives up after 2 retries by default and throws the typed error', async ({ sim, athena }) => {
    sim.faults.failNext(5, { status: 503 });
    await expect(athena.patients.getPatient('1')).rejects.toBeInstanceOf(ServerError);
    expect(attempts(sim, 'patients.getPatient')).toBe(3);
  });

  it('respects maxRetries per request', async ({ sim, athena }) => {
    sim.faults.failNext(5, { status: 503 });
    await expect(athena.patients.getPatient('1', {}, { maxRetries: 0 })).rejects.toBeInstanceOf(ServerError);
    expect(attempts(sim, 'patients.getPatient')).toBe(1);
  });

  it('does not retry a 400 or 404', async ({ sim, athena }) => {
    await expect(athena.patients.getPatient('99999999')).rejects.toMatchObject({ status: 404 });
    expect(sim.requests.filter((r) => r.path.endsWith('/patients/99999999'))).toHaveLength(1);
    // One 400, then the patient is there: a retry would have turned the error into a success.
    sim.faults.failNext(1, { status: 400 });
    await expect(athena.patients.getPatient('1')).rejects.toMatchObject({ status: 400 });
    expect(attempts(sim, 'patients.getPatient')).toBe(1);
  });

  it('waits as long as Retry-After says', async ({ sim, athena }) => {
    sim.faults.rateLimitNext(1, { retryAfter: '1' });
    const started = Date.now();
    await athena.patients.getPatient('1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(attempts(sim, 'patients.getPatient')).toBe(2);
  });

  it('throws RateLimitError with retryAfterMs at once when Retry-After is over 60 s', async ({ sim, client }) => {
    // 90 s: over the 60 s the SDK waits for, and inside the call's default 120 s deadline, so the
    // deadline alone cannot be what makes the client report it instead of waiting.
    const watch = retryWatch();
    const athena = client({ logger: watch.logger, logLevel: 'info' });
    sim.faults.rateLimitNext(1, { retryAfter: '90' });
    // Whichever comes first: the call settling, or the client starting to wait (the only retry it would log).
    const error = await Promise.race([athena.patients.getPatient('1').catch((e: unknown) => e), watch.retrying]);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(90_000);
    expect(attempts(sim, 'patients.getPatient')).toBe(1);
  });

  it('ends the backoff sleep at once when the signal aborts', async ({ sim, client }) => {
    const watch = retryWatch();
    const athena = client({ retryDelays: { baseDelayMs: 10_000, maxDelayMs: 10_000 }, logger: watch.logger, logLevel: 'info' });
    sim.faults.failNext(1, { status: 503 });
    const controller = new AbortController();
    const call = athena.patients.getPatient('1', {}, { signal: controller.signal });
    let settled = false;
    call.then(
      () => (settled = true),
      () => (settled = true),
    );
    // The 503 is back and the 5-10 s backoff sleep has begun: abort it there, not while the request is in flight.
    await watch.retrying;
    controller.abort();
    // The abort rejects the sleep, and the call with it, in microtasks: settled before the event loop turns once more.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(true);
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    expect(attempts(sim, 'patients.getPatient')).toBe(1);
  });

  it('retries a read whose connection was reset in the middle of the body', async ({ sim, athena }) => {
    await athena.practice.ping();
    sim.faults.resetMidBodyNext(1);
    await expect(athena.patients.getPatient('1')).resolves.toMatchObject({ patientid: '1' });
  });

  it('retries a read that timed out', async ({ sim, client }) => {
    const athena = client({ timeoutMs: 300 });
    await athena.practice.ping();
    sim.faults.hangNext(1);
    await expect(athena.patients.getPatient('1')).resolves.toMatchObject({ patientid: '1' });
  });
});

describe('writes are never sent twice by accident', () => {
  it('does not retry a POST answered 503: it reached the server exactly once', async ({ sim, athena }) => {
    sim.faults.failNext(1, { status: 503, match: { method: 'POST' } });
    await expect(athena.patients.createPatient(newPatient)).rejects.toBeInstanceOf(ServerError);
    expect(attempts(sim, 'patients.createPatient')).toBe(1);
  });

  it('does not retry a POST whose connection dropped', async ({ sim, athena }) => {
    await athena.practice.ping();
    sim.faults.dropNext(1, { match: { method: 'POST' } });
    await expect(athena.patients.createPatient(newPatient)).rejects.toBeInstanceOf(ConnectionError);
    expect(attempts(sim, 'patients.createPatient')).toBe(1);
  });

  it('does not retry a PUT that timed out', async ({ sim, client }) => {
    const athena = client({ timeoutMs: 300 });
    await athena.practice.ping();
    sim.faults.hangNext(1, { match: { method: 'PUT' } });
    await expect(athena.patients.updatePatient('1', { email: 'x@example.com' })).rejects.toBeInstanceOf(TimeoutError);
    expect(attempts(sim, 'patients.updatePatient')).toBe(1);
  });

  it('retries a write when the caller opts in', async ({ sim, athena }) => {
    sim.faults.failNext(1, { status: 503, match: { method: 'POST' } });
    await expect(athena.patients.createPatient(newPatient, { retryWrites: true })).resolves.toHaveProperty('patientid');
    expect(attempts(sim, 'patients.createPatient')).toBe(2);
  });

  it('retries a write whose connection was refused, since it never reached the server', async () => {
    // Find a free port, leave it closed for the first attempt, then start listening.
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));

    const posts: string[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        if (req.url === '/oauth2/v1/token') return res.end('{"access_token":"t","expires_in":"3600"}');
        posts.push(body);
        res.end('[{"patientid":"77"}]');
      });
    });
    const athena = new AthenaClient({
      clientId: 'id', clientSecret: 'secret', practiceId: '195900', baseUrl: `http://127.0.0.1:${port}`,
      logLevel: 'off', retryDelays: { baseDelayMs: 300, maxDelayMs: 300 },
    });
    setTimeout(() => server.listen(port, '127.0.0.1'), 50);
    try {
      await expect(athena.patients.createPatient(newPatient)).resolves.toMatchObject({ patientid: '77' });
      expect(posts).toHaveLength(1);
    } finally {
      athena.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('timeouts and cancellation', () => {
  it('stops at the overall deadline across attempts', async ({ sim, athena }) => {
    await athena.practice.ping();
    sim.faults.hangNext(10);
    // Retries enough for all 10 hanging attempts, but each takes at least its 150 ms: only 3 can start within 400 ms.
    await expect(athena.patients.getPatient('1', {}, { timeoutMs: 150, totalTimeoutMs: 400, maxRetries: 9 })).rejects.toBeInstanceOf(TimeoutError);
    expect(attempts(sim, 'patients.getPatient')).toBeLessThanOrEqual(3);
  });

  it('aborts an in-flight request when the signal fires', async ({ sim, athena }) => {
    await athena.practice.ping();
    sim.faults.hangNext(1);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(athena.patients.getPatient('1', {}, { signal: controller.signal })).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it('sends nothing when the signal has already aborted', async ({ sim, athena }) => {
    await expect(athena.patients.getPatient('1', {}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(RequestAbortedError);
    expect(sim.stats.apiRequests).toBe(0);
  });
});

describe('request ids', () => {
  it('sends an X-Request-Id and reports both ids on errors', async ({ sim, athena }) => {
    const error = await athena.patients.getPatient('99999999').catch((e: unknown) => e as ServerError);
    const sent = sim.requests.find((r) => r.path.endsWith('/patients/99999999'))?.headers['x-request-id'];
    expect(sent).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.clientRequestId).toBe(sent);
    expect(error.requestId).toMatch(/^rrt-/);
    expect(error.message).toContain(error.requestId as string);
  });
});
