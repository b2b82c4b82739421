import { request, Agent } from 'node:http';
import type { Socket } from 'node:net';
import { describe, expect } from 'vitest';
import { it } from '../fixtures.js';
import { callApi, getToken } from './helpers.js';

describe('admin surface', () => {
  it('serves stats, takes faults as JSON and resets, without counting as API traffic', async ({ sim }) => {
    const token = await getToken(sim);
    await callApi(sim, token, '/ping');
    const stats = (await (await fetch(`${sim.url}/_simulator/stats`)).json()) as Record<string, unknown>;
    expect(stats).toMatchObject({ tokenRequests: 1, tokensIssued: 1, apiRequests: 1, byOperation: { 'practice.ping': 1 } });
    expect(stats.statusCounts).toEqual({ '200': 2 });

    const post = (path: string, body?: unknown) =>
      fetch(`${sim.url}/_simulator/${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
    expect((await post('faults', { kind: 'failNext', n: 1, status: 502, match: { path: '/ping' } })).status).toBe(204);
    expect((await callApi(sim, token, '/ping')).status).toBe(502);
    expect((await post('faults', { kind: 'rateLimitNext', retryAfter: '7', match: { pathRegex: '^/patients/' } })).status).toBe(204);
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
    expect((await callApi(sim, token, '/patients/1')).headers.get('retry-after')).toBe('7');

    const bad = await post('faults', { kind: 'explode' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: expect.stringContaining('explode') });
    expect((await post('faults', { kind: 'failNext' })).status).toBe(400);
    expect(sim.stats.apiRequests).toBe(4);

    expect((await post('faults', { kind: 'dropNext', n: 3 })).status).toBe(204);
    expect((await post('reset')).status).toBe(204);
    expect(sim.stats).toMatchObject({ tokenRequests: 0, apiRequests: 0, byOperation: {}, statusCounts: {} });
    expect(sim.requests).toHaveLength(0);
    expect((await callApi(sim, token, '/ping')).status).toBe(200);
  });
});

describe('lifecycle', () => {
  it('stop() closes keep-alive sockets so the process can exit', async ({ sim }) => {
    const agent = new Agent({ keepAlive: true });
    try {
      const socket = await new Promise<Socket>((resolve, reject) => {
        const req = request(`${sim.url}/v1/${sim.practiceId}/ping`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(req.socket as Socket));
        });
        req.on('error', reject);
        req.end();
      });
      expect(socket.destroyed).toBe(false);
      const socketClosed = new Promise((closed) => socket.once('close', closed));
      const started = performance.now();
      await sim.stop();
      await socketClosed;
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      agent.destroy();
    }
  });

  it('stop() destroys a hanging request and resolves at once; a second stop() is harmless', async ({ sim }) => {
    const token = await getToken(sim);
    sim.faults.hangNext(1);
    const pending = callApi(sim, token, '/ping');
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await sim.stop();
    await expect(pending).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
    await sim.stop();
  });

  it('keeps no requests when recordRequests is false, and only the last 1000 otherwise', async ({ simulator }) => {
    const quiet = await simulator({ recordRequests: false });
    const loud = await simulator();
    await callApi(quiet, undefined, '/ping');
    expect(quiet.requests).toHaveLength(0);
    let sent = 0;
    const worker = async () => {
      while (sent < 1005) await callApi(loud, undefined, `/ping?n=${sent++}`);
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(loud.requests).toHaveLength(1000);
    expect(loud.requests.at(-1)?.query.n).toBe('1004');
    expect(loud.stats.apiRequests).toBe(1005);
  });

  it('applies latencyMs from the options', async ({ simulator }) => {
    const slow = await simulator({ latencyMs: 100 });
    const started = performance.now();
    await callApi(slow, undefined, '/ping');
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });
});
