/**
 * `withResponse()` on typed calls and `page.response` on list pages: the HTTP answer behind a
 * successful call (status, headers, both request ids, athena's quota), against the simulator
 * and, where exact header values matter, a stub server.
 */
import { describe, expect, expectTypeOf } from 'vitest';
import { InvalidRequestError, NotFoundError, type APIPromise, type Page, type Patient, type ResponseInfo } from '../../src/index.js';
import { it, json } from '../fixtures.js';

/** The `X-Request-Id` the simulator received on the last request whose path ends so. */
function sentRequestId(sim: { requests: readonly { path: string; headers: Record<string, string> }[] }, pathEnd: string): string | undefined {
  return [...sim.requests].reverse().find((r) => r.path.endsWith(pathEnd))?.headers['x-request-id'];
}

describe('withResponse() against the simulator', () => {
  it('gives the data with the status, both request ids, the headers and the quota', async ({ sim, athena }) => {
    const { data, response } = await athena.patients.getPatient('1').withResponse();

    expect(data.patientid).toBe('1');
    expect(response.status).toBe(200);
    expect(response.clientRequestId).toBe(sentRequestId(sim, '/patients/1'));
    expect(response.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    // The simulator's ids look like athena's: rrt-<digits>-c-sim-<n>.
    expect(response.requestId).toMatch(/^rrt-\d+-c-sim-\d+$/);
    expect(response.requestId).toBe(response.headers['x-request-id']);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.quotaLimit).toBe(50_000);
    expect(typeof response.quotaRemaining).toBe('number');
  });

  it('shows the quota going down from one call to the next', async ({ athena }) => {
    const first = await athena.patients.getPatient('1').withResponse();
    const second = await athena.departments.getDepartment('1').withResponse();
    expect(second.response.quotaRemaining).toBe((first.response.quotaRemaining as number) - 1);
    expect(second.response.requestId).not.toBe(first.response.requestId);
    expect(second.response.clientRequestId).not.toBe(first.response.clientRequestId);
  });

  it('leaves a plain await as it was: the same data, one request', async ({ sim, athena }) => {
    const plain = await athena.patients.getPatient('1');
    const { data } = await athena.patients.getPatient('1').withResponse();
    expect(data).toEqual(plain);
    expect(plain).not.toHaveProperty('response');

    // Awaiting the promise and calling withResponse() on it share the one request.
    const before = sim.stats.apiRequests;
    const call = athena.patients.getPatient('1');
    const [awaited, withResponse] = await Promise.all([call, call.withResponse()]);
    expect(withResponse.data).toBe(awaited);
    expect(sim.stats.apiRequests).toBe(before + 1);
  });

  it('rejects with the typed error when the call fails', async ({ sim, athena }) => {
    const failure = await athena.patients.getPatient('99999999').withResponse().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect((failure as NotFoundError).clientRequestId).toBe(sentRequestId(sim, '/patients/99999999'));
    expect((failure as NotFoundError).requestId).toMatch(/^rrt-\d+-c-sim-\d+$/);
  });

  it('gives each page of a list its own response', async ({ sim, athena }) => {
    const first = await athena.patients.searchPatients({ lastname: 'Smith', limit: 2 });
    expect(first.response.status).toBe(200);
    expect(first.response.clientRequestId).toBe(sentRequestId(sim, '/patients'));
    const second = await first.getNextPage();
    expect(second.response.clientRequestId).toBe(sentRequestId(sim, '/patients'));
    expect(second.response.clientRequestId).not.toBe(first.response.clientRequestId);
    expect(second.response.requestId).not.toBe(first.response.requestId);
    expect(second.response.quotaRemaining).toBe((first.response.quotaRemaining as number) - 1);
    // The rest of the page is as before.
    expect(first.items).toHaveLength(2);
    expect(first.hasNextPage()).toBe(true);
  });

  it('works on streamed uploads, and bad upload input still rejects through it', async ({ sim, athena }) => {
    const file = { data: new Uint8Array([37, 80, 68, 70]), filename: 'consent.pdf', contentType: 'application/pdf' };
    const { data, response } = await athena.documents.uploadDocumentFile('1', { departmentid: '1', documentsubclass: 'ADMIN_CONSENT' }, file).withResponse();
    expect(data.documentid).toBeTruthy();
    expect(response.status).toBe(200);
    expect(response.clientRequestId).toBe(sentRequestId(sim, '/patients/1/documents'));
    // @ts-expect-error not an encoding
    const refused = athena.documents.uploadDocumentFile('1', { documentsubclass: 'ADMIN_CONSENT' }, file, { encoding: 'zip' });
    await expect(refused.withResponse()).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refused).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('works on the generated methods too', async ({ athena }) => {
    const { data, response } = await athena.reference.listStates().withResponse();
    expect(Array.isArray(data)).toBe(true);
    expect(response.status).toBe(200);
  });
});

describe('withResponse() on FHIR reads and searches', () => {
  it('gives a read its response and a search its first Bundle with one', async ({ sim, athena }) => {
    const read = await athena.fhir.read('Patient', 'a-195900.E-1').withResponse();
    expect(read.data.id).toBe('a-195900.E-1');
    expect(read.response.status).toBe(200);
    expect(read.response.clientRequestId).toBe(sentRequestId(sim, '/Patient/a-195900.E-1'));
    expect(read.response.requestId).toMatch(/^rrt-\d+-c-sim-\d+$/);

    const search = athena.fhir.search('Patient', { family: 'Smith', birthdate: '1980-05-01' });
    const before = sim.stats.fhirRequests;
    const [bundle, withResponse] = await Promise.all([search, search.withResponse()]);
    expect(withResponse.data).toBe(bundle);
    expect(bundle.resourceType).toBe('Bundle');
    expect(withResponse.response.status).toBe(200);
    expect(withResponse.response.quotaRemaining).toBe((read.response.quotaRemaining as number) - 1);
    expect(sim.stats.fhirRequests).toBe(before + 1);
  });

  it('rejects withResponse() with the FHIR error', async ({ athena }) => {
    await expect(athena.fhir.read('Patient', 'a-195900.E-99999').withResponse()).rejects.toMatchObject({ name: 'FhirError', status: 404 });
  });
});

describe('withResponse() with exact headers from a stub server', () => {
  it('keeps an id-shaped request id, joins repeated headers and reads the quota', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => {
      res.setHeader('X-Request-Id', 'rrt-42-c-abc');
      res.setHeader('X-RateLimit-Limit', '100');
      res.setHeader('X-RateLimit-Remaining', '7');
      res.setHeader('X-Custom', ['a', 'b']);
      json(res, 200, [{ patientid: 5, lastname: 'Lovelace' }]);
    });
    const { data, response } = await stubClient(stub).patients.getPatient('5').withResponse();
    expect(data).toEqual({ patientid: '5', lastname: 'Lovelace' });
    expect(response).toMatchObject({ status: 200, requestId: 'rrt-42-c-abc', quotaLimit: 100, quotaRemaining: 7 });
    expect(response.headers['x-custom']).toBe('a, b');
  });

  it('drops a request id that is not id-shaped and a quota that is not a count, and redacts the call values in the id', async ({ startStubServer, stubClient }) => {
    let answer = 0;
    const stub = await startStubServer((_req, res) => {
      answer++;
      // First a sentence (could be anything), then an id echoing the searched last name.
      res.setHeader('X-Request-Id', answer === 1 ? 'patient Lovelace not found' : 'id-Lovelace-1');
      res.setHeader('X-RateLimit-Remaining', 'lots');
      json(res, 200, { patients: [], totalcount: 0 });
    });
    const athena = stubClient(stub);
    const sentence = await athena.patients.searchPatients({ lastname: 'Lovelace' });
    expect(sentence.response.requestId).toBeUndefined();
    expect(sentence.response.quotaRemaining).toBeUndefined();
    expect(sentence.response.quotaLimit).toBeUndefined();
    const echoing = await athena.patients.searchPatients({ lastname: 'Lovelace' });
    expect(echoing.response.requestId).toBe('id-[redacted]-1');
  });
});

describe('types', () => {
  it('keeps typed calls assignable to Promise<T> and types withResponse()', ({ athena }) => {
    // Type-level only: nothing is awaited, so nothing is sent.
    const call = () => athena.patients.getPatient('1');
    expectTypeOf(call).returns.toEqualTypeOf<APIPromise<Patient>>();
    expectTypeOf(call).returns.toMatchTypeOf<Promise<Patient>>();
    expectTypeOf<Awaited<ReturnType<typeof call>>>().toEqualTypeOf<Patient>();
    expectTypeOf<Awaited<ReturnType<ReturnType<typeof call>['withResponse']>>>().toEqualTypeOf<{ data: Patient; response: ResponseInfo }>();
    expectTypeOf<Page<Patient>['response']>().toEqualTypeOf<ResponseInfo>();
    expectTypeOf<ResponseInfo['quotaRemaining']>().toEqualTypeOf<number | undefined>();
  });
});
