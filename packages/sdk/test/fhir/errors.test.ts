import { describe, expect } from 'vitest';
import { AuthenticationError, FhirError, InvalidRequestError, NotFoundError, ServerError } from '../../src/index.js';
import { fileTest as it, json } from '../fixtures.js';
import { PRACTICE_PARAM, rawFhir, simToken } from './helpers.js';

describe('athena FHIR errors from the simulator', () => {
  it('an unknown id is a FhirError 404 with its issue listed', async ({ athena }) => {
    const error = await athena.fhir.read('Patient', 'a-195900.E-99999').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirError);
    const fhirError = error as FhirError;
    expect(fhirError.status).toBe(404);
    expect(fhirError.issues).toEqual([{ severity: 'error', code: 'not-found', diagnostics: undefined, detailsText: 'The requested Patient resource was not found.' }]);
    expect(fhirError.message).toContain('404 The requested Patient resource was not found (GET /fhir/r4/Patient/{id})');
    expect(fhirError.message).not.toContain('99999');
    expect(fhirError.requestId).toMatch(/^rrt-/);
    await expect(athena.fhir.read('Condition', 'a-195900.condition-12-9')).rejects.toMatchObject({ status: 404 });
    await expect(athena.fhir.read('Practitioner', 'a-195900.Provider-999')).rejects.toMatchObject({ status: 404 });
  });

  it('a request without ah-practice gets athena 400 OperationOutcome', async ({ sim }) => {
    const token = await simToken(sim);
    const { status, body } = await rawFhir(sim, '/Patient/a-195900.E-12', token);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ details: { text: 'Could not determine what practice the request was for. Add the `ah-practice` search parameter to your request.' } }],
    });
    const withPractice = await rawFhir(sim, `/Patient/a-195900.E-12?${PRACTICE_PARAM}`, token);
    expect(withPractice.status).toBe(200);
  });

  it('a search without a required combination gets athena fatal/forbidden outcome', async ({ sim }) => {
    const token = await simToken(sim, 'system/Patient.read system/Condition.read');
    const { status, body } = await rawFhir(sim, `/Condition?${PRACTICE_PARAM}&code=I10`, token);
    expect(status).toBe(400);
    expect(body).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'fatal',
          code: 'forbidden',
          details: { text: 'The search query could not be performed because one of the required parameter combinations [[patient],[encounter],[_id]] was not provided.' },
        },
      ],
    });
    const patient = await rawFhir(sim, `/Patient?${PRACTICE_PARAM}&family=Smith`, token);
    expect(JSON.stringify(patient.body)).toContain('[[_id],[identifier],[name],[family,birthdate],[family,gender],[family,given]]');
  });

  it('answers a foreign practice, a bad _count or cursor, and an unsupported method with OperationOutcomes', async ({ sim }) => {
    const token = await simToken(sim);
    const foreign = await rawFhir(sim, '/Patient/a-195900.E-12?ah-practice=Organization%2Fa-1.Practice-1', token);
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'forbidden' }] });
    const count = await rawFhir(sim, `/Patient?${PRACTICE_PARAM}&name=Smith&_count=zero`, token);
    expect(count.status).toBe(400);
    expect(count.body).toMatchObject({ issue: [{ code: 'invalid' }] });
    const cursor = await rawFhir(sim, `/Patient?${PRACTICE_PARAM}&name=Smith&cursor=nonsense`, token);
    expect(cursor.status).toBe(400);
    const post = await fetch(`${sim.url}/fhir/r4/Patient?${PRACTICE_PARAM}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
      body: '{"resourceType":"Patient"}',
    });
    expect(post.status).toBe(405);
    expect(await post.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-supported' }] });
  });

  it('bearer tokens are checked as on the REST side; /metadata needs none', async ({ sim }) => {
    const none = await rawFhir(sim, `/Patient/a-195900.E-12?${PRACTICE_PARAM}`);
    expect(none.status).toBe(401);
    expect(none.text).toBe('Developer Inactive');
    const bad = await rawFhir(sim, `/Patient/a-195900.E-12?${PRACTICE_PARAM}`, 'not-a-token');
    expect(bad.status).toBe(401);
    expect((await rawFhir(sim, '/metadata')).status).toBe(200);
  });

  it('a revoked token is replaced once and the read replayed', async ({ sim, client: newClient }) => {
    const client = newClient();
    await client.fhir.read('Patient', 'a-195900.E-1');
    sim.faults.revokeAllTokens();
    const before = sim.stats.tokensIssued;
    await expect(client.fhir.read('Patient', 'a-195900.E-1')).resolves.toMatchObject({ id: 'a-195900.E-1' });
    expect(sim.stats.tokensIssued).toBe(before + 1);
  });

  it('reads are retried on 503 through the shared pipeline; gateway pages keep their REST error classes', async ({ sim, athena }) => {
    sim.faults.failNext(1, { status: 503, match: { path: '/Patient/a-195900.E-2' } });
    await expect(athena.fhir.read('Patient', 'a-195900.E-2')).resolves.toMatchObject({ id: 'a-195900.E-2' });
    sim.faults.failNext(3, { status: 502, match: { path: '/Patient/a-195900.E-2' } });
    await expect(athena.fhir.read('Patient', 'a-195900.E-2')).rejects.toBeInstanceOf(ServerError);
  });

  it('unknown resource types are a FhirError from the server', async ({ athena }) => {
    await expect(athena.fhir.read('Binary', 'x1')).rejects.toMatchObject({ name: 'FhirError', status: 404, issues: [{ code: 'not-supported' }] });
  });
});

describe('refused before any request', () => {
  it('searches missing athena combinations name the accepted ones, and nothing is sent', async ({ sim, athena }) => {
    sim.resetStats();
    const cases: [string, Record<string, string>, string][] = [
      ['Patient', { family: 'Smith' }, '_id | identifier | name | family+birthdate | family+gender | family+given'],
      ['Condition', { code: 'I10' }, 'patient | encounter | _id'],
      ['MedicationRequest', { patient: 'a-195900.E-1' }, 'patient+intent | _id'],
      ['Encounter', {}, 'patient | _id'],
      ['Practitioner', { name: 'Bricker' }, '_id | identifier'],
      ['Appointment', { patient: 'a-195900.E-1' }, '_id | _query+base-appointment-id | _query+group-appointment-id'],
      ['Observation', { patient: '  ' }, 'patient | _id'],
    ];
    for (const [type, params, accepted] of cases) {
      expect(() => athena.fhir.search(type as 'Patient', params)).toThrow(InvalidRequestError);
      expect(() => athena.fhir.search(type as 'Patient', params)).toThrow(accepted);
      await expect(athena.fhir.searchBundle(type as 'Patient', params)).rejects.toBeInstanceOf(InvalidRequestError);
    }
    // Modifiers count for their parameter.
    expect(() => athena.fhir.search('Patient', { 'family:exact': 'Smith', gender: 'male' })).not.toThrow();
    expect(sim.stats.fhirRequests).toBe(0);
  });

  it('bad ids, types, parameters and a foreign ah-practice are refused', async ({ sim, athena }) => {
    sim.resetStats();
    await expect(athena.fhir.read('Patient', '../v1/195900/patients')).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.fhir.read('Patient', '..')).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.fhir.read('Patient', '')).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.fhir.read('patient/x' as 'Patient', '1')).rejects.toBeInstanceOf(InvalidRequestError);
    expect(() => athena.fhir.search('Patient', { _id: { a: 1 } as never })).toThrow(InvalidRequestError);
    expect(() => athena.fhir.search('Patient', { _id: 'a-1.E-1', 'ah-practice': 'Organization/a-1.Practice-1' })).toThrow(/ah-practice/);
    await expect(athena.fhir.read('Patient', 'a-195900.E-1', { timeoutMs: -1 })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(() => athena.fhir.search('Patient', { _id: 'a-195900.E-1' }, { maxRetries: -1 })).toThrow(InvalidRequestError);
    expect(sim.stats.fhirRequests).toBe(0);
  });
});

describe('FhirError mapping', () => {
  it('keeps every issue and the status; the message holds athena text only, never the query', async ({ startStubServer, stubClient, logger }) => {
    const stub = await startStubServer((_req, res) =>
      json(res, 422, {
        resourceType: 'OperationOutcome',
        issue: [
          { severity: 'error', code: 'invalid', diagnostics: 'birthdate is not a valid date' },
          { severity: 'warning', code: 'informational', details: { text: 'second' } },
        ],
      }),
    );
    const client = stubClient(stub, { logger, logLevel: 'debug' });
    const error = (await client.fhir.searchBundle('Patient', { family: 'Secretname', birthdate: '1999-99-99' }).catch((e: unknown) => e)) as FhirError;
    expect(error).toBeInstanceOf(FhirError);
    expect(error.status).toBe(422);
    expect(error.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'invalid'], ['warning', 'informational']]);
    expect(error.message).toBe('422 birthdate is not a valid date (and 1 more issue) (GET /fhir/r4/Patient).');
    expect(JSON.stringify(error)).not.toContain('Secretname');
    expect(logger.lines.join('\n')).not.toContain('Secretname');
  });

  it('a 429 OperationOutcome keeps Retry-After as retryAfterMs', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) =>
      json(res, 429, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'throttled', diagnostics: 'Too many requests' }] }, { 'retry-after': '120' }),
    );
    const client = stubClient(stub);
    const error = (await client.fhir.read('Patient', 'a-1.E-1').catch((e: unknown) => e)) as FhirError;
    expect(error).toBeInstanceOf(FhirError);
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.issues[0]?.code).toBe('throttled');
  });

  it('a body that is not an OperationOutcome maps like REST errors', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => json(res, 404, { error: 'nope' }));
    const client = stubClient(stub);
    await expect(client.fhir.read('Patient', 'a-1.E-1')).rejects.toBeInstanceOf(NotFoundError);
    const unauthorized = await startStubServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'text/html' });
      res.end('<h1>Not Authorized</h1>');
    });
    const c2 = stubClient(unauthorized);
    await expect(c2.fhir.read('Patient', 'a-1.E-1')).rejects.toBeInstanceOf(AuthenticationError);
  });
});
