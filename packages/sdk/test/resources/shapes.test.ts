import { describe, expect } from 'vitest';
import { ApiError, NotFoundError, ServerError } from '../../src/index.js';
import { it, json } from '../fixtures.js';

describe("athena's odd response shapes", () => {
  it('reads bodies that start with newlines', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => json(res, 200, '\n\n  [{"patientid":"5","firstname":"Lea"}]'));
    await expect(stubClient(stub).patients.getPatient('5')).resolves.toMatchObject({ patientid: '5', firstname: 'Lea' });
  });

  it('accepts a single record as an object as well as in an array', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => json(res, 200, { departmentid: 21, name: 'Oak' }));
    await expect(stubClient(stub).departments.getDepartment('21')).resolves.toEqual({ departmentid: '21', name: 'Oak' });
  });

  it('turns ids that arrive as numbers into strings, at any depth', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) =>
      json(res, 200, [{ patientid: 12, insurances: [{ insuranceid: 3, copay: 20 }], balance: 5, amountpaid: 7, npi: 1234567890 }]),
    );
    const patient = await stubClient(stub).patients.getPatient('12');
    expect(patient).toEqual({ patientid: '12', insurances: [{ insuranceid: '3', copay: 20 }], balance: 5, amountpaid: 7, npi: '1234567890' });
  });

  it('treats an empty array for a single record as NotFoundError', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => json(res, 200, []));
    await expect(stubClient(stub).patients.getPatient('1')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads a bare scalar 1 from a write as success and a bare string as a failure', async ({ startStubServer, stubClient }) => {
    let answer = '1';
    const stub = await startStubServer((_req, res) => json(res, 200, answer));
    await expect(stubClient(stub).patients.updatePatient('1', { zip: '02139' })).resolves.toEqual({ success: true });
    answer = '"Invalid PROVIDERID input"';
    const error = await stubClient(stub).patients.updatePatient('1', { zip: '02139' }).catch((e: unknown) => e as ApiError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(200);
    expect(error.error).toBe('Invalid PROVIDERID input');
  });

  it('keeps gateway HTML out of error messages', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const error = await stubClient(stub, { maxRetries: 0 }).patients.getPatient('1').catch((e: unknown) => e as ServerError);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(502);
    expect(error.message).not.toContain('<');
  });

  it('throws ApiError for a write athena answers 200 with success "false"', async ({ sim, athena }) => {
    sim.faults.softFailNext(1, { errormessage: 'Patient record is locked.' });
    const error = await athena.patients.updatePatient('1', { zip: '02139' }).catch((e: unknown) => e as ApiError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(200);
    expect(error.error).toBe('Patient record is locked.');
  });

  it('throws ApiError for a create athena answers 200 with a non-empty errormessage', async ({ athena }) => {
    const error = await athena.patients
      .createPatient({ departmentid: '424242', firstname: 'Nia', lastname: 'Nowhere', dob: '2001-01-01' })
      .catch((e: unknown) => e as ApiError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toContain('Invalid department ID');
    expect(error.error).toBe('Invalid department ID.');
  });
});
