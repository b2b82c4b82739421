import { describe, expect } from 'vitest';
import { ConnectionError, RateLimitError, ServerError } from '../../src/index.js';
import { isThrottleAnswer } from '../../src/base/throttle-answer.js';
import { it, json } from '../fixtures.js';

/** Apigee's fault bodies for its rate-limit policies. */
const spikeArrest = { fault: { faultstring: 'Spike arrest violation. Allowed rate : 10ps', detail: { errorcode: 'policies.ratelimit.SpikeArrestViolation' } } };
const quotaViolation = { fault: { faultstring: 'Rate limit quota violation. Quota limit exceeded.', detail: { errorcode: 'policies.ratelimit.QuotaViolation' } } };

/** A server that answers the first `refusals` writes with `refusal` and the rest 200; counts the writes that arrived. */
function refusingServer(refusals: number, refusal: (res: Parameters<typeof json>[0]) => void) {
  let writes = 0;
  return {
    writes: () => writes,
    handle: (req: { method?: string }, res: Parameters<typeof json>[0]) => {
      if (req.method === 'GET') return json(res, 200, { pong: 'true' });
      writes++;
      if (writes <= refusals) return refusal(res);
      json(res, 200, { success: 'true' });
    },
  };
}

describe('a throttle answer is retried for writes too: the gateway refused it, nothing was applied', () => {
  it('retries a PUT answered 429, and it arrives twice: once refused, once applied', async ({ startStubServer, stubClient }) => {
    const server = refusingServer(1, (res) => json(res, 429, { error: 'Too many requests' }, { 'retry-after': '0' }));
    const athena = stubClient(await startStubServer(server.handle));
    await expect(athena.patients.updatePatient('1', { email: 'a@example.com' })).resolves.toMatchObject({});
    expect(server.writes()).toBe(2);
  });

  it.for([
    ['a 500 naming a spike-arrest violation', 500, spikeArrest],
    ['a 503 naming a quota violation', 503, quotaViolation],
    ['a 429 naming a quota violation', 429, quotaViolation],
  ] as const)('retries a POST refused with %s', async ([, status, body], { startStubServer, stubClient }) => {
    const server = refusingServer(2, (res) => json(res, status, body));
    const athena = stubClient(await startStubServer(server.handle));
    await athena.patients.createPatient({ firstname: 'Ann', lastname: 'Lee', dob: '01/02/1990', departmentid: '1' });
    expect(server.writes()).toBe(3);
  });

  it('retries throttle answers beyond maxRetries, but not with maxRetries: 0, and reports RateLimitError', async ({ startStubServer, stubClient }) => {
    const server = refusingServer(3, (res) => json(res, 500, spikeArrest));
    const athena = stubClient(await startStubServer(server.handle), { maxRetries: 1 });
    await athena.patients.updatePatient('1', { email: 'a@example.com' });
    expect(server.writes()).toBe(4);

    const refusing = refusingServer(1, (res) => json(res, 500, spikeArrest));
    const once = stubClient(await startStubServer(refusing.handle), { maxRetries: 0 });
    const error = await once.patients.updatePatient('1', { email: 'a@example.com' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).status).toBe(500);
    expect(refusing.writes()).toBe(1);
  });

  it.for([500, 502, 503, 504])('still sends a write once after a plain %i', async (status, { startStubServer, stubClient }) => {
    const server = refusingServer(1, (res) => json(res, status, { error: 'There was an error processing your request.' }));
    const athena = stubClient(await startStubServer(server.handle));
    await expect(athena.patients.updatePatient('1', { email: 'a@example.com' })).rejects.toBeInstanceOf(ServerError);
    expect(server.writes()).toBe(1);
  });

  it('still sends a write once after a reset', async ({ startStubServer, stubClient }) => {
    const server = refusingServer(1, (res) => res.socket?.destroy());
    const athena = stubClient(await startStubServer(server.handle));
    await expect(athena.patients.updatePatient('1', { email: 'a@example.com' })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.writes()).toBe(1);
  });

  it('does not mistake athena text or success bodies for a throttle', () => {
    expect(isThrottleAnswer({ status: 200, body: JSON.stringify(spikeArrest) })).toBe(false);
    expect(isThrottleAnswer({ status: 500, body: '{"error":"Spike arrest violation"}' })).toBe(false);
    expect(isThrottleAnswer({ status: 400, body: JSON.stringify(quotaViolation) })).toBe(true);
    expect(isThrottleAnswer({ status: 429, body: '' })).toBe(true);
  });
});
