import { afterEach, describe, expect } from 'vitest';
import { it } from '../fixtures.js';

afterEach(() => {
  delete process.env.ATHENA_LOG;
});

describe('logging', () => {
  it('logs method, path, status, duration and request ids, and no patient data', async ({ sim, client, logger }) => {
    const athena = client({ logger, logLevel: 'debug' });
    await athena.patients.searchPatients({ lastname: 'Smith', dob: '1970-01-01' }).catch(() => undefined);
    await athena.patients.createPatient({ departmentid: '1', firstname: 'Zelda', lastname: 'Quill', dob: '1961-04-05', ssn: '123-45-6789' });
    sim.faults.failNext(1, { status: 503 });
    await athena.patients.getPatient('1');

    const text = logger.lines.join('\n');
    expect(text).toMatch(/GET \/v1\/195900\/patients -> 200 in \d+ ms \(request id [0-9a-f-]{36}, server rrt-/);
    expect(text).toMatch(/POST \/v1\/195900\/patients -> 200/);
    expect(text).toMatch(/warn athena GET \/v1\/195900\/patients\/1 -> 503/);
    expect(text).toMatch(/retrying after HTTP 503/);
    for (const secret of ['Smith', '01/01/1970', 'Zelda', 'Quill', '123-45-6789', '04/05/1961', sim.clientSecret, 'Bearer', 'Basic']) {
      expect(text).not.toContain(secret);
    }
  });

  it('logs nothing for successful calls at the default level', async ({ client, logger }) => {
    const athena = client({ logger, logLevel: undefined });
    await athena.patients.getPatient('1');
    expect(logger.lines).toEqual([]);
  });

  it('takes its level from ATHENA_LOG', async ({ client, logger }) => {
    process.env.ATHENA_LOG = 'debug';
    const athena = client({ logger, logLevel: undefined });
    await athena.patients.getPatient('1');
    expect(logger.lines.some((l) => l.startsWith('debug athena GET'))).toBe(true);
  });
});
