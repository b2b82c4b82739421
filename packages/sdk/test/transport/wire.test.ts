import { spawn } from 'node:child_process';
import { inspect } from 'node:util';
import { describe, expect } from 'vitest';
import { newRequestId } from '../../src/transport/policies/request-id.js';
import { parseOrigin } from '../../src/base/http.js';
import { it, json } from '../fixtures.js';

describe('the request as athena receives it (Node sender)', () => {
  it('sends Host, Accept, User-Agent, X-Request-Id and the bearer token, each once', async ({ startStubServer, stubClient }) => {
    // A bare server, to read the raw header list: Node's parsed headers keep only the first
    // Host, User-Agent or Authorization and join repeated Accept or X-Request-Id values.
    const stub = await startStubServer((_req, res) => json(res, 200, [{ patientid: '1' }]));
    await stubClient(stub).patients.getPatient('1');
    const seen = stub.requests.at(-1);
    const port = new URL(stub.url).port;
    expect(seen?.headers).toMatchObject({
      host: `127.0.0.1:${port}`,
      accept: 'application/json',
      'user-agent': expect.stringMatching(/^athenahealth-sdk\/\d+\.\d+\.\d+/),
      'x-request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
      authorization: expect.stringMatching(/^Bearer \S+$/),
    });
    const names = (seen?.rawHeaders ?? []).filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase());
    for (const name of ['host', 'accept', 'user-agent', 'x-request-id', 'authorization']) {
      expect(names.filter((n) => n === name), `${name} in ${names.join(', ')}`).toHaveLength(1);
    }
  });

  it('gives every call its own UUID-shaped X-Request-Id', async ({ sim, athena }) => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => athena.patients.getPatient(String((i % 5) + 1))));
    const ids = sim.requests.filter((r) => r.path.includes('/patients/')).map((r) => r.headers['x-request-id']);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives a form body with non-ASCII text its length in bytes, so athena reads all of it', async ({ athena }) => {
    const created = await athena.patients.createPatient({ departmentid: '1', firstname: 'Zoë', lastname: 'Ångström', dob: '1980-01-02' });
    const patient = await athena.patients.getPatient(created.patientid);
    expect(patient).toMatchObject({ firstname: 'Zoë', lastname: 'Ångström' });
  });

  it('reads response headers by lower-case name and joins repeated ones', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => {
      res.writeHead(429, [['Retry-After', '0'], ['X-Request-Id', 'first'], ['X-Request-Id', 'second'], ['Content-Type', 'application/json']]);
      res.end('{"error":"slow down"}');
    });
    const lines: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (line: string) => lines.push(line), error: () => {} };
    const athena = stubClient(stub, { logger, logLevel: 'warn', maxRetries: 0 });
    // Twice: the second response's header names come from the sender's name cache.
    for (let call = 0; call < 2; call++) {
      const error = await athena.practice.ping().catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 429, requestId: 'first, second', retryAfterMs: 0 });
    }
    // The log line reads the id by name from the raw headers, before any record is built.
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain('server first, second)');
  });

  it('requestRaw gives a plain response whose headers show in spread and inspection', async ({ client }) => {
    const { response, body } = await client().requestRaw('GET', '/ping');
    expect(body).toMatchObject({ pong: 'true' });
    expect({ ...response }).toMatchObject({ status: 200, headers: { 'x-request-id': expect.stringMatching(/^rrt-/) } });
    expect(inspect(response)).toContain('x-request-id');
  });

  it('keeps a header named like an Object member as the server sent it', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => {
      res.writeHead(200, [['Content-Type', 'application/json'], ['Constructor', 'c'], ['toString', 't']]);
      res.end('{"pong":"true"}');
    });
    const athena = stubClient(stub);
    const { response } = await athena.requestRaw('GET', '/ping');
    expect(response.headers.constructor).toBe('c');
    expect(response.headers.tostring).toBe('t');
  });

  it('times out an attempt that gets no answer, in a process with nothing else to wait on', async ({ startStubServer }) => {
    // The token is answered; the API request is accepted and left hanging.
    const stub = await startStubServer(() => {});
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./silent-server-child.ts', import.meta.url).pathname, stub.url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    clearTimeout(killer);
    expect(code).toBe(0);
    // Without the timer firing, the child would exit early with no line, or never.
    const report = JSON.parse(out.trim()) as { outcome: string; elapsedMs: number };
    expect(report.outcome).toBe('TimeoutError');
    expect(report.elapsedMs).toBeGreaterThanOrEqual(290);
  });
});

describe('wire details', () => {
  it.each([
    ['https://api.platform.athenahealth.com', 'api.platform.athenahealth.com', 443],
    ['https://api.example.com:8443', 'api.example.com:8443', 8443],
    ['http://127.0.0.1:80', '127.0.0.1', 80],
    ['http://[::1]:8787', '[::1]:8787', 8787],
  ])('the Host header of %s is %s', (url, host, port) => {
    expect(parseOrigin(new URL(url))).toMatchObject({ host, port });
  });

  it('request ids are UUID-shaped (version 4, RFC variant) and never repeat', () => {
    const ids = Array.from({ length: 10_000 }, newRequestId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
