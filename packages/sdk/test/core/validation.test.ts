import { describe, expect } from 'vitest';
import { InvalidRequestError } from '../../src/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { fileTest as it } from '../fixtures.js';

async function refused(sim: Simulator, call: () => unknown): Promise<InvalidRequestError> {
  const before = { api: sim.stats.apiRequests, token: sim.stats.tokenRequests };
  const error = await Promise.resolve().then(call).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidRequestError);
  // Refused before the network: neither a token nor an API request was sent.
  expect(sim.stats.apiRequests).toBe(before.api);
  expect(sim.stats.tokenRequests).toBe(before.token);
  return error as InvalidRequestError;
}

describe('path segments', () => {
  it.for(['1/../../x', '../1', '..', '.', '', '   ', 'a\\b', 'a\nb', '1\u0000', 'x/y'])('refuses the id %j', async (id, { sim, athena }) => {
    await refused(sim, () => athena.patients.getPatient(id));
  });

  it('refuses a non-string id', async ({ sim, athena }) => {
    await refused(sim, () => athena.patients.getPatient({} as unknown as string));
  });

  it('percent-encodes characters that are allowed', async ({ sim, athena }) => {
    await athena.patients.getPatient('a b?c').catch(() => undefined);
    expect(sim.requests.at(-1)?.path).toContain('/patients/a%20b%3Fc');
  });
});

describe('parameters', () => {
  it('names a missing required parameter without sending anything', async ({ sim, athena }) => {
    const error = await refused(sim, () =>
      athena.patients.createPatient({ departmentid: '1', firstname: 'A', lastname: 'B' } as unknown as Parameters<typeof athena.patients.createPatient>[0]),
    );
    expect(error.message).toContain("'dob'");
  });

  it('asks for one of a group when athena needs at least one', async ({ sim, athena }) => {
    const error = await refused(sim, () => athena.patients.searchPatients({ limit: 5 }));
    expect(error.message).toContain("'lastname'");
  });

  it("enforces athena's field limits without quoting the value", async ({ sim, athena }) => {
    const long = 'Bartholomew-Maximilian';
    const error = await refused(sim, () => athena.patients.updatePatient('1', { firstname: long }));
    expect(error.message).toContain('firstname');
    expect(error.message).not.toContain(long);
  });

  it('refuses values outside an enumeration and malformed dates', async ({ sim, athena }) => {
    await refused(sim, () => athena.patients.updatePatient('1', { sex: 'X' as 'M' }));
    await refused(sim, () => athena.patients.updatePatient('1', { dob: 'yesterday' }));
    await refused(sim, () => athena.patients.updatePatient('1', { dob: new Date('nope') }));
  });

  it('refuses invalid request options', async ({ sim, athena }) => {
    await refused(sim, () => athena.patients.getPatient('1', {}, { timeoutMs: -1 }));
    await refused(sim, () => athena.patients.getPatient('1', {}, { maxRetries: 1.5 }));
  });

  it('refuses a bad list call at the call site', async ({ sim, athena }) => {
    await refused(sim, () => athena.patients.searchPatients({ dob: 'not a date' }).then((page) => page));
  });
});
