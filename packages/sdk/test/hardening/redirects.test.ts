/**
 * Neither sender follows a redirect: a 3xx is the call's ApiError, and the server it
 * points to receives nothing (no query, no body, no Authorization).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type AthenaClientOptions } from '../../src/index.js';
import { startStubServer, stubClient, type StubServer } from '../helpers.js';

const SENDERS: [string, AthenaClientOptions][] = [
  ['node:http', {}],
  ['fetch', { fetch: (input, init) => globalThis.fetch(input, init) }],
];

const stubs: StubServer[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((s) => s.stop()));
});

describe.each(SENDERS)('redirects on the %s sender', (_name, senderOptions) => {
  it('turns a 307 to another origin into an ApiError; the other server receives nothing', async () => {
    const elsewhere = await startStubServer((_req, res) => res.end('{}'));
    stubs.push(elsewhere);
    const api = await startStubServer((req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}${req.url}` });
      res.end();
    });
    stubs.push(api);
    const athena = stubClient(api, senderOptions);

    const read = await athena.request('GET', '/patients/1', { lastname: 'Smith' }).catch((e: unknown) => e);
    const write = await athena.request('PUT', '/patients/1', { email: 'ann@example.com' }).catch((e: unknown) => e);
    athena.close();

    for (const error of [read, write]) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(307);
    }
    expect(elsewhere.requests).toHaveLength(0);
    expect(api.requests.filter((r) => r.url.startsWith('/v1/')).map((r) => r.method)).toEqual(['GET', 'PUT']);
  });
});

describe('fetch sender and opaque redirects', () => {
  it('asks fetch not to follow, and reports a hidden (status 0) redirect as a 3xx ApiError', async () => {
    const api = await startStubServer((_req, res) => res.end('{}'));
    stubs.push(api);
    const modes: (string | undefined)[] = [];
    const athena = stubClient(api, {
      fetch: (input, init) => {
        if (!input.includes('/v1/')) return globalThis.fetch(input, init);
        modes.push(init.redirect);
        // What a browser gives for redirect: 'manual': no status, no headers, no body.
        return Promise.resolve({ type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response);
      },
    });
    const error = await athena.request('GET', '/patients/1').catch((e: unknown) => e);
    athena.close();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBeGreaterThanOrEqual(300);
    expect((error as ApiError).status).toBeLessThan(400);
    expect(modes).toEqual(['manual']);
  });
});
