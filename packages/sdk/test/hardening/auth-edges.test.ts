/**
 * Edges of the 401 replay: a streamed upload, whose stream can be read once, is not replayed
 * and fails as an AuthenticationError saying it was not applied; and an API that refuses
 * every token fails every call with AuthenticationError without spending one token per call.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, type AthenaClient } from '../../src/index.js';
import { json, startStubServer, stubClient, withSimulator, type StubServer } from '../helpers.js';

type Env = Awaited<ReturnType<typeof withSimulator>>;
let env: Env | undefined;
let stub: StubServer | undefined;
const clients: AthenaClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await env?.close();
  await stub?.stop();
  env = undefined;
  stub = undefined;
});

async function* streamOf(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes.subarray(0, 10);
  yield bytes.subarray(10);
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error);

describe('a 401 on a single-use streamed upload', () => {
  it('is not replayed: AuthenticationError saying it was not applied, while a Uint8Array upload is replayed', async () => {
    env = await withSimulator();
    const athena = env.client();
    await athena.practice.ping();
    const file = new Uint8Array(4096).map((_, i) => i % 251);
    const params = { departmentid: '1', documentsubclass: 'ADMIN_CONSENT' } as const;
    const uploads = () => env?.sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/patients/1/documents')) ?? [];

    const before = (await athena.documents.listDocuments('1', { departmentid: '1' })).items.length;
    env.sim.faults.unauthorizeNext(1);
    const error = await failure(athena.documents.uploadDocumentFile('1', params, { data: streamOf(file), contentType: 'application/pdf' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error?.message).toMatch(/not applied/);
    expect(error).toMatchObject({ status: 401, operation: 'POST /patients/{patientid}/documents' });
    expect(uploads().map((r) => r.status)).toEqual([401]);
    expect((await athena.documents.listDocuments('1', { departmentid: '1' })).items).toHaveLength(before);

    // Bytes can be read again, so the replay with a new token is safe and happens.
    env.sim.faults.unauthorizeNext(1);
    const { documentid } = await athena.documents.uploadDocumentFile('1', params, { data: file, contentType: 'application/pdf' });
    expect(documentid).toBeDefined();
    expect(uploads().map((r) => r.status)).toEqual([401, 401, 200]);
  });
});

describe('an API that answers 401 to every token', () => {
  async function refusingStub() {
    stub = await startStubServer((_req, res) => json(res, 401, { error: 'Unauthorized' }));
    return stub;
  }
  const tokenRequests = (s: StubServer) => s.requests.filter((r) => r.url === '/oauth2/v1/token').length;

  it('fails 10 sequential calls with AuthenticationError using at most 2 token requests, within preview budget', async () => {
    const server = await refusingStub();
    const athena = stubClient(server, { tokenRequestsPerMinute: 5, totalTimeoutMs: 5000 });
    clients.push(athena);
    const errors: (Error | undefined)[] = [];
    for (let i = 0; i < 10; i++) errors.push(await failure(athena.patients.getPatient('1')));
    expect(errors.map((e) => e?.name)).toEqual(Array(10).fill('AuthenticationError'));
    expect(tokenRequests(server)).toBeLessThanOrEqual(2);
  });

  it('fails 10 concurrent calls with AuthenticationError using at most 2 token requests', async () => {
    const server = await refusingStub();
    const athena = stubClient(server, { tokenRequestsPerMinute: 5, totalTimeoutMs: 5000 });
    clients.push(athena);
    const errors = await Promise.all(Array.from({ length: 10 }, () => failure(athena.patients.getPatient('1'))));
    expect(errors.every((e) => e instanceof AuthenticationError)).toBe(true);
    expect(tokenRequests(server)).toBeLessThanOrEqual(2);
    // And the calls after them fetch nothing more.
    await failure(athena.patients.getPatient('1'));
    expect(tokenRequests(server)).toBeLessThanOrEqual(2);
  });
});
