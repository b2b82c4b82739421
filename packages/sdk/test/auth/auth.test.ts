import { inspect } from 'node:util';
import { afterEach, describe, expect, vi } from 'vitest';
import { AuthenticationError, MemoryTokenStore, type StoredToken, type TokenStore } from '../../src/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { it } from '../fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

const bearerOf = (sim: Simulator, path: string) =>
  sim.requests.filter((r) => r.path.endsWith(path)).map((r) => r.headers.authorization);

describe('token acquisition (rules 1 and 2)', () => {
  it('makes no request at construction, then POSTs client credentials once and sends the bearer token', async ({ sim, client }) => {
    // The SDK's default scope, not the test clients' broader one.
    const athena = client({ scope: undefined });
    expect(sim.stats.tokenRequests).toBe(0);

    const patient = await athena.patients.getPatient('1');
    expect(patient.patientid).toBe('1');

    const tokenCall = sim.requests.find((r) => r.path === '/oauth2/v1/token');
    expect(tokenCall?.method).toBe('POST');
    expect(tokenCall?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenCall?.headers.authorization).toBe(`Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`);
    expect(tokenCall?.body).toBe('grant_type=client_credentials&scope=athena/service/Athenanet.MDP.*');

    const apiCall = sim.requests.find((r) => r.path.endsWith('/patients/1'));
    expect(apiCall?.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(sim.stats.tokenRequests).toBe(1);
  });

  it('accepts expires_in as a number as well as a string and caches the token', async ({ simulator, clientFor }) => {
    // Tokens of two hours: a client that could not read expires_in would assume athena's one hour instead.
    for (const expiresInAsString of [false, true]) {
      const sim = await simulator({ expiresInAsString, tokenTtlSeconds: 7200 });
      const athena = clientFor(sim);
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
      await athena.patients.getPatient('1');
      await athena.patients.getPatient('2');
      await athena.departments.getDepartment('1');
      // 59 min 50 s later the token has over an hour left; had the client assumed one hour, it would have 10 s and be replaced first.
      vi.setSystemTime(Date.now() + 3590_000);
      await athena.patients.getPatient('3');
      vi.useRealTimers();
      expect(sim.stats.tokenRequests).toBe(1);
      // Every API call carried that one token.
      const bearers = sim.requests.filter((r) => r.path.startsWith('/v1/')).map((r) => r.headers.authorization);
      expect(bearers).toHaveLength(4);
      expect(new Set(bearers).size).toBe(1);
      expect(bearers[0]).toMatch(/^Bearer \S+$/);
    }
  });
});

describe('refresh ahead of expiry (rule 3)', () => {
  it('refreshes in the background when 5 minutes or less remain, blocking when 30 seconds or less remain', async ({ simulator, clientFor }) => {
    const sim = await simulator({ tokenTtlSeconds: 3600 });
    const athena = clientFor(sim);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    await athena.patients.getPatient('1');
    const first = bearerOf(sim, '/patients/1')[0];

    // 4 minutes left: the call goes out with the current token and a refresh starts behind it.
    vi.setSystemTime(Date.now() + 56 * 60_000);
    await athena.patients.getPatient('2');
    expect(bearerOf(sim, '/patients/2')[0]).toBe(first);
    await vi.waitFor(() => expect(sim.stats.tokenRequests).toBe(2));
    await athena.patients.getPatient('3');
    const second = bearerOf(sim, '/patients/3')[0];
    expect(second).not.toBe(first);

    // 20 seconds left on the second token: the call waits for a new one.
    vi.setSystemTime(Date.now() + 3580_000);
    await athena.patients.getPatient('4');
    expect(sim.stats.tokenRequests).toBe(3);
    const third = bearerOf(sim, '/patients/4')[0];
    expect(third).not.toBe(second);
  });

  it('shares a token that lives 2 seconds between the calls made during its life', async ({ simulator, clientFor }) => {
    const sim = await simulator({ tokenTtlSeconds: 2 });
    const athena = clientFor(sim);
    await Promise.all(Array.from({ length: 50 }, (_, i) => athena.patients.getPatient(String((i % 20) + 1))));
    expect(sim.stats.tokenRequests).toBe(1);
    await new Promise((r) => setTimeout(r, 2100));
    await athena.patients.getPatient('1');
    expect(sim.stats.tokenRequests).toBe(2);
  });
});

describe('single flight (rule 4)', () => {
  it('shares one token request between 500 concurrent first calls', async ({ sim, athena }) => {
    await Promise.all(Array.from({ length: 500 }, (_, i) => athena.patients.getPatient(String((i % 50) + 1))));
    expect(sim.stats.tokenRequests).toBe(1);
  });

  it('keeps using a still-valid token when a refresh fails', async ({ simulator, clientFor, logger }) => {
    const sim = await simulator({ tokenTtlSeconds: 3600 });
    const athena = clientFor(sim, { logger, logLevel: 'warn' });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    await athena.patients.getPatient('1');
    // A 500 is retried twice (maxRetries): three failures make the refresh fail.
    sim.faults.failNext(3, { target: 'token', status: 500 });
    vi.setSystemTime(Date.now() + 3590_000); // 10 s left: a blocking refresh, which fails
    const patient = await athena.patients.getPatient('2');
    expect(patient.patientid).toBe('2');
    expect(sim.stats.tokenRequests).toBe(4);
    expect(logger.lines.some((l) => l.includes('token refresh failed'))).toBe(true);
  });
});

describe('401 replay (rule 5)', () => {
  it('drops a refused token, fetches a new one and replays the call once', async ({ sim, athena }) => {
    await athena.patients.getPatient('1');
    sim.faults.unauthorizeNext(1);
    const before = sim.stats.apiRequests;
    await expect(athena.patients.getPatient('2')).resolves.toMatchObject({ patientid: '2' });
    expect(sim.stats.apiRequests - before).toBe(2);
    expect(sim.stats.tokenRequests).toBe(2);
  });

  it('throws AuthenticationError on a second 401 without a third attempt', async ({ sim, athena }) => {
    sim.faults.unauthorizeNext(2);
    await expect(athena.patients.getPatient('1')).rejects.toBeInstanceOf(AuthenticationError);
    expect(sim.stats.apiRequests).toBe(2);
  });

  it('replays a write refused with 401 exactly once, so it is applied once', async ({ sim, athena }) => {
    await athena.practice.ping();
    sim.faults.unauthorizeNext(1);
    const { patientid } = await athena.patients.createPatient({ departmentid: '1', firstname: 'Ada', lastname: 'Replay', dob: '1990-02-03' });
    const posts = sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/patients'));
    expect(posts.map((r) => r.status)).toEqual([401, 200]);
    const found = await athena.patients.searchPatients({ lastname: 'Replay' });
    expect(found.items.map((p) => p.patientid)).toEqual([patientid]);
  });
});

describe('token budget (rule 6)', () => {
  it('never sends more token requests per window than its budget', async ({ sim, client }) => {
    const athena = client({ tokenRequestsPerMinute: 2, tokenRateWindowMs: 1000 });
    const started = Date.now();
    await athena.patients.getPatient('1');
    sim.faults.revokeAllTokens();
    await athena.patients.getPatient('1');
    sim.faults.revokeAllTokens();
    await athena.patients.getPatient('1');
    expect(sim.requests.filter((r) => r.path === '/oauth2/v1/token')).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('after a token-endpoint 429 waits for the next window instead of hammering', async ({ simulator, clientFor }) => {
    const sim = await simulator({ tokenRequestsPerWindow: 1, tokenRateWindowMs: 1000 });
    const athena = clientFor(sim, { tokenRateWindowMs: 1000 });
    await athena.patients.getPatient('1');
    sim.faults.revokeAllTokens();
    const results = await Promise.all(Array.from({ length: 20 }, () => athena.patients.getPatient('2')));
    expect(results.every((p) => p.patientid === '2')).toBe(true);
    const statuses = sim.requests.filter((r) => r.path === '/oauth2/v1/token').map((r) => r.status);
    // The first token, at most one 429 in the blocked window, then one token in the next window.
    expect(statuses.filter((s) => s === 429).length).toBeLessThanOrEqual(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
  });
});

describe('token store seam (rule 7)', () => {
  it('lets two clients share one token through a common store', async ({ sim, client }) => {
    const store = new MemoryTokenStore();
    await client({ tokenStore: store }).patients.getPatient('1');
    await client({ tokenStore: store }).patients.getPatient('2');
    expect(sim.stats.tokenRequests).toBe(1);
  });

  it('uses a custom store that serialises tokens, and its lock', async ({ sim, client }) => {
    const saved = new Map<string, string>();
    let locks = 0;
    let held = false;
    const store: TokenStore = {
      async get(key) {
        const text = saved.get(key);
        return text ? (JSON.parse(text) as StoredToken) : undefined;
      },
      async set(key, token) {
        saved.set(key, JSON.stringify(token));
      },
      async delete(key) {
        saved.delete(key);
      },
      async lock() {
        if (held) return undefined;
        held = true;
        locks++;
        return async () => {
          held = false;
        };
      },
    };
    await Promise.all([client({ tokenStore: store }).patients.getPatient('1'), client({ tokenStore: store }).patients.getPatient('2')]);
    expect(locks).toBe(1);
    expect(sim.stats.tokenRequests).toBe(1);
    const [stored] = [...saved.values()].map((t) => JSON.parse(t) as StoredToken);
    expect(stored?.expiresAt).toBeGreaterThan(Date.now());
  });
});

describe('secrets stay secret (rule 8)', () => {
  it('never shows the client secret or token in JSON, inspect, errors or logs', async ({ sim, client, logger }) => {
    const athena = client({ logger, logLevel: 'debug' });
    await athena.patients.getPatient('1');
    const token = sim.requests.find((r) => r.path.endsWith('/patients/1'))?.headers.authorization?.slice(7) ?? '';
    expect(token.length).toBeGreaterThan(10);

    sim.faults.failNext(1, { target: 'token', status: 401 });
    const wrong = client({ clientSecret: 'not-the-secret-123' });
    const error = await wrong.patients.getPatient('1').catch((e: unknown) => e as AuthenticationError);
    expect(error).toBeInstanceOf(AuthenticationError);

    const views = [
      JSON.stringify(athena),
      inspect(athena, { depth: 20, showHidden: true }),
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 20, showHidden: true }),
      ...logger.lines,
    ];
    for (const view of views) {
      expect(view).not.toContain(sim.clientSecret);
      expect(view).not.toContain('not-the-secret-123');
      expect(view).not.toContain(token);
      expect(view).not.toContain(Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64'));
    }
    expect(logger.lines.length).toBeGreaterThan(0);
  });
});
