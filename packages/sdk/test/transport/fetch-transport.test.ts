import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionError, NotFoundError, RequestAbortedError, TimeoutError } from '../../src/index.js';
import { withSimulator } from '../helpers.js';

let env: Awaited<ReturnType<typeof withSimulator>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

// The transport used on Bun, Deno, edge runtimes and when the caller passes `fetch`.
describe('fetch transport', () => {
  it('authenticates, reads, pages and maps errors like the Node transport', async () => {
    env = await withSimulator({ patientCount: 100 });
    let calls = 0;
    const athena = env.client({
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
    expect(env.sim.stats.tokenRequests).toBe(1);
  });

  it('times out, aborts and reports dropped connections', async () => {
    env = await withSimulator();
    const athena = env.client({ fetch: (input, init) => fetch(input, init), maxRetries: 0 });
    await athena.practice.ping();
    env.sim.faults.hangNext(1);
    await expect(athena.patients.getPatient('1', {}, { timeoutMs: 200 })).rejects.toBeInstanceOf(TimeoutError);
    env.sim.faults.hangNext(1);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(athena.patients.getPatient('1', {}, { signal: controller.signal })).rejects.toBeInstanceOf(RequestAbortedError);
    env.sim.faults.dropNext(1);
    await expect(athena.patients.getPatient('1')).rejects.toBeInstanceOf(ConnectionError);
  });
});
