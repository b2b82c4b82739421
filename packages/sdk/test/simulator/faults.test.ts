import { describe, expect } from 'vitest';
import { callApi, getToken, requestToken, tokenTest as it } from './helpers.js';

// One simulator for the file; no test's faults outlive it.
it.afterEach(({ sim }) => sim.faults.clear());

describe('failNext', () => {
  it('answers the next n requests with the status and an athena-like JSON body, then recovers', async ({ sim, token }) => {
    sim.faults.failNext(2, { status: 500 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await callApi(sim, token, '/ping'));
    expect(statuses.map((s) => s.status)).toEqual([500, 500, 200]);
    expect(statuses[0]?.json).toMatchObject({ error: expect.any(String) });
    expect(statuses[0]?.headers.get('x-request-id')).toMatch(/^rrt-/);
  });

  it('answers 502/503/504 with a gateway HTML body that is not JSON', async ({ sim, token }) => {
    for (const status of [502, 503, 504]) {
      sim.faults.failNext(1, { status });
      const res = await callApi(sim, token, '/ping');
      expect(res.status).toBe(status);
      expect(res.json).toBeUndefined();
      expect(res.text).toContain(`<h1>${status}`);
    }
  });

  it('sends a given body and headers', async ({ sim, token }) => {
    sim.faults.failNext(1, { status: 409, body: { error: 'taken' }, headers: { 'x-extra': 'yes' } });
    const res = await callApi(sim, token, '/ping');
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ error: 'taken' });
    expect(res.headers.get('x-extra')).toBe('yes');
  });

  it('applies only to matching requests', async ({ sim, token }) => {
    sim.faults.failNext(1, { status: 500, match: { method: 'GET', path: '/patients/1' } });
    expect((await callApi(sim, token, '/patients/2')).status).toBe(200);
    expect((await callApi(sim, token, '/patients/1', { method: 'PUT', form: { email: 'a@b.c' } })).status).toBe(200);
    expect((await callApi(sim, token, '/patients/1')).status).toBe(500);
    sim.faults.failNext(1, { status: 500, match: { path: /^\/patients\/\d+$/ } });
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
    expect((await callApi(sim, token, '/patients/77')).status).toBe(500);
  });

  it('targets the token endpoint when asked', async ({ sim, token }) => {
    sim.faults.failNext(1, { status: 503, target: 'token' });
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
    const res = await requestToken(sim);
    expect(res.status).toBe(503);
    expect((await requestToken(sim)).status).toBe(200);
  });
});

describe('rateLimitNext', () => {
  it('answers 429 with Retry-After only when given', async ({ sim, token }) => {
    sim.faults.rateLimitNext(1, { retryAfter: '120' });
    sim.faults.rateLimitNext(1);
    const withHeader = await callApi(sim, token, '/ping');
    const without = await callApi(sim, token, '/ping');
    expect([withHeader.status, without.status]).toEqual([429, 429]);
    expect(withHeader.headers.get('retry-after')).toBe('120');
    expect(without.headers.get('retry-after')).toBeNull();
    expect(sim.stats.throttled).toBe(0);
  });

  it('rate-limits the token endpoint', async ({ sim }) => {
    sim.faults.rateLimitNext(1, { target: 'token', retryAfter: '1' });
    const res = await requestToken(sim);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
  });
});

describe('token faults', () => {
  it('unauthorizeNext answers 401 to a valid token once', async ({ sim, token }) => {
    sim.faults.unauthorizeNext(1);
    const refused = await callApi(sim, token, '/ping');
    expect(refused.status).toBe(401);
    expect(refused.json).toBeUndefined();
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
  });

  it('malformedTokenNext answers 200 with a body that is not JSON', async ({ sim }) => {
    sim.faults.malformedTokenNext(1);
    const res = await requestToken(sim);
    expect(res.status).toBe(200);
    expect(() => JSON.parse(res.text as unknown as string)).toThrow();
    await expect(res.json()).rejects.toThrow();
  });

  it('tokenWithoutExpiryNext answers a usable token without expires_in', async ({ sim }) => {
    sim.faults.tokenWithoutExpiryNext(1);
    const body = (await (await requestToken(sim)).json()) as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.any(String), token_type: 'Bearer' });
    expect((await callApi(sim, body.access_token as string, '/ping')).status).toBe(200);
  });

  it('revokeAllTokens makes every issued token answer 401', async ({ simulator }) => {
    const own = await simulator();
    const t = await getToken(own);
    own.faults.revokeAllTokens();
    expect((await callApi(own, t, '/ping')).status).toBe(401);
    expect((await callApi(own, await getToken(own), '/ping')).status).toBe(200);
  });
});

describe('network faults', () => {
  it('dropNext closes the connection without a response', async ({ sim, token }) => {
    sim.faults.dropNext(1);
    await expect(callApi(sim, token, '/ping')).rejects.toThrow();
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
  });

  it('dropNext on the token endpoint', async ({ sim }) => {
    sim.faults.dropNext(1, { target: 'token' });
    await expect(requestToken(sim)).rejects.toThrow();
  });

  it('hangNext never answers, so the client times out', async ({ sim, token }) => {
    sim.faults.hangNext(1);
    await expect(callApi(sim, token, '/ping', { signal: AbortSignal.timeout(150) })).rejects.toThrow(/abort|timeout/i);
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
  });

  it('resetMidBodyNext sends headers and part of the body, then cuts the connection', async ({ sim, token }) => {
    sim.faults.resetMidBodyNext(1);
    const res = await fetch(`${sim.url}/v1/${sim.practiceId}/patients/1`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });
});

describe('softFailNext', () => {
  it('answers a write with HTTP 200 success:"false" and leaves the data unchanged', async ({ sim, token }) => {
    sim.faults.softFailNext(1, { errormessage: 'Patient is locked.' });
    // Reads do not use up a soft failure.
    const [before] = (await callApi(sim, token, '/patients/20')).json as Record<string, unknown>[];
    const res = await callApi(sim, token, '/patients/20', { method: 'PUT', form: { firstname: 'Changed' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ success: 'false', errormessage: 'Patient is locked.' });
    const [after] = (await callApi(sim, token, '/patients/20')).json as Record<string, unknown>[];
    expect(after?.firstname).toBe(before?.firstname);
    const applied = await callApi(sim, token, '/patients/20', { method: 'PUT', form: { firstname: 'Changed' } });
    expect(applied.json).toEqual([{ patientid: '20' }]);
  });
});

describe('latency and clear', () => {
  it('latency(ms) delays each API answer', async ({ sim, token }) => {
    sim.faults.latency(120);
    try {
      const started = performance.now();
      await callApi(sim, token, '/ping');
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    } finally {
      sim.faults.latency(0);
    }
  });

  it('clear() removes pending faults', async ({ sim, token }) => {
    sim.faults.failNext(5, { status: 500 });
    sim.faults.dropNext(5);
    sim.faults.clear();
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
  });

  it('refuses a fault count that is not a positive integer', ({ sim }) => {
    expect(() => sim.faults.failNext(0, { status: 500 })).toThrow(RangeError);
  });
});
