/**
 * Input checked at the edges, before anything is sent: request() paths whose segments
 * decode to `/` or `\`, practice ids that are not ids, request options passed in the params
 * position, and parameter names that differ from a declared one only in case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AthenaClient, ConfigurationError, InvalidRequestError } from '../../src/index.js';
import { json, memoryLogger, startStubServer, stubClient, type StubServer } from '../helpers.js';

let stub: StubServer;
beforeAll(async () => {
  stub = await startStubServer((req, res) => {
    if (req.url?.startsWith('/fhir/')) json(res, 200, { resourceType: 'Bundle', type: 'searchset', entry: [] });
    else json(res, 200, { patients: [{ patientid: '1' }], totalcount: 1 });
  });
});
afterAll(() => stub.stop());

/** The API requests the stub has seen (token requests aside). */
const apiRequests = () => stub.requests.filter((r) => r.url !== '/oauth2/v1/token');

describe('request() paths', () => {
  it('refuses segments that decode to / or \\ before sending, and still sends other encoded ids', async () => {
    const athena = stubClient(stub);
    const before = apiRequests().length;
    for (const path of ['/patients/%2e%2e%2fadmin', '/patients/1%2Fnotes', '/patients/1%2fnotes', '/patients/..%5Cadmin', '/patients/a%5cb']) {
      const error: unknown = await athena.request('GET', path).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(InvalidRequestError);
      expect((error as Error).message).toContain("encoded '/'");
    }
    expect(apiRequests().length).toBe(before);
    await athena.request('GET', `/patients/${encodeURIComponent('a b:c')}`);
    athena.close();
    expect(apiRequests().at(-1)?.url).toBe('/v1/195900/patients/a%20b%3Ac');
  });
});

describe('practiceId', () => {
  const base = { clientId: 'id', clientSecret: 'secret', baseUrl: 'http://127.0.0.1:1', logLevel: 'off' } as const;

  it("refuses what is not a practice id at construction, without echoing it, and accepts athena's", () => {
    for (const practiceId of ['../1', '1/2', '195900\r\nX-Injected: 1', '195900\n', '%2e%2e', '1.2', ' 4321', 'a b', '1?x=1', 'x'.repeat(33), 195900 as unknown as string]) {
      let error: unknown;
      try {
        new AthenaClient({ ...base, practiceId });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(practiceId)).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain('practiceId');
      if (String(practiceId).length > 3) expect((error as Error).message).not.toContain(practiceId);
    }
    for (const practiceId of ['195900', '1', 'a-1_B']) {
      const athena = new AthenaClient({ ...base, practiceId });
      expect(athena.practiceId).toBe(practiceId);
      athena.close();
    }
  });
});

describe('request options in the params position', () => {
  it.each(['timeoutMs', 'maxRetries', 'totalTimeoutMs', 'retryWrites', 'signal'])('refuses %s with a pointer to the options argument', async (name) => {
    const athena = stubClient(stub);
    const before = apiRequests().length;
    const value = name === 'signal' ? new AbortController().signal : name === 'retryWrites' ? true : 500;
    const error: unknown = await athena.patients.getPatient('1', { [name]: value } as never).catch((e: unknown) => e);
    athena.close();
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toBe(
      `patients.getPatient: '${name}' is a request option, not an athena parameter; pass it as the last argument: getPatient(patientid, params, { ${name} }).`,
    );
    expect(apiRequests().length).toBe(before);
  });

  it('refuses them in a paged list, in request() and in a FHIR search too', async () => {
    const athena = stubClient(stub);
    const before = apiRequests().length;
    expect(() => athena.patients.searchPatients({ lastname: 'Smith', timeoutMs: 500 } as never)).toThrow(/'timeoutMs' is a request option/);
    await expect(athena.request('GET', '/patients/1', { maxRetries: 0 })).rejects.toThrow(
      "request: 'maxRetries' is a request option, not a parameter; pass it as the last argument: request(method, path, params, { maxRetries }).",
    );
    expect(() => athena.fhir.search('Patient', { family: 'Smith', birthdate: '1980-05-01', timeoutMs: 500 } as never)).toThrow(
      /fhir.search\(Patient\): 'timeoutMs' is a request option.*fhir.search\(type, params, \{ timeoutMs \}\)/,
    );
    athena.close();
    expect(apiRequests().length).toBe(before);
  });
});

describe('parameter names', () => {
  it("refuses a declared name in the wrong case: did you mean 'lastname'?", async () => {
    const athena = stubClient(stub);
    const before = apiRequests().length;
    expect(() => athena.patients.searchPatients({ lastName: 'Smith' } as never)).toThrow(
      new InvalidRequestError("patients.searchPatients: unknown parameter 'lastName'; did you mean 'lastname'?"),
    );
    athena.close();
    expect(apiRequests().length).toBe(before);
  });

  it('sends other undeclared names as given, with one debug line per operation and name', async () => {
    const logger = memoryLogger();
    const athena = stubClient(stub, { logger, logLevel: 'debug' });
    await athena.patients.searchPatients({ lastname: 'Smith', newathenaflag: 'PHIVALUE1' });
    await athena.patients.searchPatients({ lastname: 'Jones', newathenaflag: 'PHIVALUE2' });
    await athena.patients.getPatient('1', { newathenaflag: 'x' } as never).catch(() => undefined);
    athena.close();
    expect(apiRequests().at(-2)?.url).toContain('newathenaflag=PHIVALUE2');
    const notes = logger.lines.filter((line) => line.includes("parameter 'newathenaflag'"));
    expect(notes).toEqual([
      "debug athena patients.searchPatients: parameter 'newathenaflag' is not in the SDK's operation table; sent as given",
      "debug athena patients.getPatient: parameter 'newathenaflag' is not in the SDK's operation table; sent as given",
    ]);
    expect(logger.lines.join('\n')).not.toContain('PHIVALUE');
  });
});
