import { describe, expect } from 'vitest';
import { it } from '../fixtures.js';
import { callApi, getToken } from './helpers.js';

/** Sends `n` pings at once; returns how many were answered 429. */
async function burst(sim: Parameters<typeof callApi>[0], token: string, n: number): Promise<number> {
  const answers = await Promise.all(Array.from({ length: n }, () => callApi(sim, token, '/ping')));
  return answers.filter((answer) => answer.status === 429).length;
}

/** Waits for the start of a fresh aligned second, so a burst falls in one window of the throttle. */
async function freshSecond(): Promise<void> {
  const msLeft = 1000 - (Date.now() % 1000);
  // Too close to the edge: the burst could straddle two windows.
  await new Promise((resolve) => setTimeout(resolve, msLeft + 20));
}

describe('throttle and latency at run time', () => {
  it('starts with the throttle given, and follows setThrottle while running', async ({ simulator }) => {
    const sim = await simulator({ requestsPerSecond: 5 });
    const token = await getToken(sim);
    expect(sim.throttle).toEqual({ requestsPerSecond: 5, latencyMs: 0 });
    await freshSecond();
    expect(await burst(sim, token, 8)).toBe(3);

    sim.setThrottle({ requestsPerSecond: 10 });
    await freshSecond();
    expect(await burst(sim, token, 8)).toBe(0);

    sim.setThrottle({ requestsPerSecond: null });
    expect(await burst(sim, token, 30)).toBe(0);
    expect(sim.stats.throttled).toBe(3);
  });

  it('changes the added latency, and refuses bad values without changing anything', async ({ simulator }) => {
    const sim = await simulator({ latencyMs: 0 });
    const token = await getToken(sim);
    sim.setThrottle({ latencyMs: 300 });
    const started = performance.now();
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
    // A lower bound only: a busy machine can only add.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);

    expect(() => sim.setThrottle({ requestsPerSecond: 0, latencyMs: 5 })).toThrow(RangeError);
    expect(() => sim.setThrottle({ latencyMs: -1 })).toThrow(/latencyMs/);
    expect(sim.throttle).toEqual({ requestsPerSecond: undefined, latencyMs: 300 });
  });

  it('takes the throttle from the admin endpoint, and reset restores the start values', async ({ simulator }) => {
    const sim = await simulator({ requestsPerSecond: 50, latencyMs: 1 });
    const post = (path: string, body?: unknown) =>
      fetch(`${sim.url}/_simulator/${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
    expect((await post('throttle', { requestsPerSecond: 4, latencyMs: 2 })).status).toBe(204);
    expect(await (await fetch(`${sim.url}/_simulator/throttle`)).json()).toEqual({ requestsPerSecond: 4, latencyMs: 2 });
    const token = await getToken(sim);
    await freshSecond();
    expect(await burst(sim, token, 6)).toBe(2);

    const bad = await post('throttle', { requestsPerSecond: 'fast' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: expect.stringContaining('requestsPerSecond') });
    expect((await post('throttle', { latencyMs: -5 })).status).toBe(400);
    expect((await post('throttle', { requestsPerSecond: null })).status).toBe(204);
    expect(sim.throttle.requestsPerSecond).toBeUndefined();

    expect((await post('reset')).status).toBe(204);
    expect(sim.throttle).toEqual({ requestsPerSecond: 50, latencyMs: 1 });
  });
});

describe('repeated writes', () => {
  it('counts a write whose call id reached a handler before', async ({ sim }) => {
    const token = await getToken(sim);
    const put = (id: string) =>
      fetch(`${sim.url}/v1/${sim.practiceId}/patients/1`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'x-request-id': id, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'firstname=Ann',
      });
    expect((await put('call-1')).status).toBe(200);
    expect((await put('call-2')).status).toBe(200);
    expect(sim.stats.repeatedWrites).toBe(0);
    expect((await put('call-1')).status).toBe(200);
    expect(sim.stats.repeatedWrites).toBe(1);
  });
});
