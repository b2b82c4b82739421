import { describe, expect } from 'vitest';
import { ConnectionError, NotFoundError, RequestAbortedError, TimeoutError } from '../../src/index.js';
import { it } from '../fixtures.js';

// The transport used on Bun, Deno, edge runtimes and when the caller passes `fetch`.
describe('fetch transport', () => {
  it('authenticates, reads, pages and maps errors like the Node transport', async ({ clientFor, simulator }) => {
    const sim = await simulator({ patientCount: 100 });
    let calls = 0;
    const athena = clientFor(sim, {
      fetch: (input, init) => {
        calls++;
        return fetch(input, init);
      },
    });
    await expect(athena.patients.getPatient('1')).resolves.toMatchObject({ patientid: '1' });
    const all = await athena.patients.searchPatients({ lastname: 'Smith', limit: 5 }).toArray({ limit: 1000 });
    expect(all.length).toBeGreaterThan(5);
    await expect(athena.patients.getPatient('424242424')).rejects.toBeInstanceOf(NotFoundError);
    expect(calls).toBeGreaterThan(3);
    expect(sim.stats.tokenRequests).toBe(1);
  });

  it('times out, aborts and reports dropped connections', async ({ sim, client }) => {
    const athena = client({ fetch: (input, init) => fetch(input, init), maxRetries: 0 });
    await athena.practice.ping();
    sim.faults.hangNext(1);
    await expect(athena.patients.getPatient('1', {}, { timeoutMs: 200 })).rejects.toBeInstanceOf(TimeoutError);
    sim.faults.hangNext(1);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(athena.patients.getPatient('1', {}, { signal: controller.signal })).rejects.toBeInstanceOf(RequestAbortedError);
    sim.faults.dropNext(1);
    await expect(athena.patients.getPatient('1')).rejects.toBeInstanceOf(ConnectionError);
  });

  it('ends a call whose answer or body read never settles, even when the runtime ignores the abort', async ({ sim, client }) => {
    // Node's fetch can leave a body read pending forever when the request is aborted as the
    // connection resets mid-body (nodejs/node#56917), and a fetch passed in may ignore the
    // signal: here the answer, or its body, never comes, never fails and ignores the signal,
    // so only the SDK's own timeout and abort can end the call.
    let stall: 'answer' | 'body' = 'body';
    let stalled = 0;
    const athena = client({
      maxRetries: 0,
      fetch: (input, init) => {
        if (String(input).includes('/oauth2/')) return fetch(input, init);
        stalled++;
        if (stall === 'answer') return new Promise<Response>(() => {});
        const body = new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}) });
        return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
      },
    });
    for (const which of ['body', 'answer'] as const) {
      stall = which;
      await expect(athena.patients.getPatient('1', {}, { timeoutMs: 200 })).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      await expect(athena.patients.getPatient('1', {}, { signal: controller.signal, timeoutMs: 60_000 })).rejects.toBeInstanceOf(RequestAbortedError);
    }
    expect(stalled).toBe(4);
    expect(sim.stats.tokenRequests).toBe(1);
  });
});
