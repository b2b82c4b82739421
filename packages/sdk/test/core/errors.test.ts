import { describe, expect } from 'vitest';
import {
  ApiError,
  AthenaError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from '../../src/index.js';
import { fileTest as it } from '../fixtures.js';

it.override({ athenaOptions: { maxRetries: 0 } });

describe('each status maps to its error class', () => {
  it.for([
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
  ] as const)('%i -> %o', async ([status, ErrorClass], { sim, athena }) => {
    // 401 must survive the replay, so it is injected twice.
    if (status === 401) sim.faults.unauthorizeNext(2);
    else sim.faults.failNext(1, { status });
    const error = await athena.patients.getPatient('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(AthenaError);
    expect((error as ApiError).status).toBe(status);
    expect((error as ApiError).operation).toBe('GET /patients/{patientid}');
  });

  it("400 carries athena's error and missing fields", async ({ athena }) => {
    // The escape hatch skips client-side validation, so athena's own 400 shows.
    const error = await athena.request<never>('GET', '/patients/bestmatch', { lastname: 'Smith' }).catch((e: unknown) => e as BadRequestError);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.error).toBe('Additional fields are required.');
    expect(error.missingFields).toContain('dob');
    expect(error.message).toContain('400 Additional fields are required (GET');
  });

  it('a dropped connection is a ConnectionError', async ({ sim, athena }) => {
    sim.faults.dropNext(1);
    await expect(athena.patients.getPatient('1')).rejects.toBeInstanceOf(ConnectionError);
  });

  it('errors serialise to JSON with their fields', async ({ athena }) => {
    const error = await athena.patients.getPatient('55555555').catch((e: unknown) => e as NotFoundError);
    const view = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(view).toMatchObject({ name: 'NotFoundError', status: 404, operation: 'GET /patients/{patientid}' });
  });
});
