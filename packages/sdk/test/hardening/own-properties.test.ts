/**
 * Prototype pollution elsewhere in an app must not become parameter or header injection:
 * only own properties are read from params, bodies, headers and options. The test pollutes
 * Object.prototype (cleaned up in `finally`) and records what a local server receives.
 */
import { describe, expect, it } from 'vitest';
import { AthenaClient, ENVIRONMENTS } from '../../src/index.js';
import { json, startStubServer, stubClient, type StubServer } from '../helpers.js';

const POLLUTION = { status: 'd', 'x-polluted': 'yes', retryWrites: true } as const;

/** Runs `body` with Object.prototype polluted, removing the pollution however it ends. */
async function polluted<T>(body: () => Promise<T>): Promise<T> {
  const proto = Object.prototype as Record<string, unknown>;
  try {
    for (const [key, value] of Object.entries(POLLUTION)) proto[key] = value;
    return await body();
  } finally {
    for (const key of Object.keys(POLLUTION)) delete proto[key];
  }
}

function expectNothingPolluted(stub: StubServer): void {
  expect(stub.requests.length).toBeGreaterThan(0);
  for (const request of stub.requests) {
    const where = `${request.method} ${request.url}`;
    expect(request.url, where).not.toMatch(/status=|x-polluted|retryWrites/);
    expect(request.body, where).not.toMatch(/status=|"status":"d"|x-polluted|retryWrites/);
    expect(Object.keys(request.headers), where).not.toContain('x-polluted');
    expect(Object.keys(request.headers), where).not.toContain('status');
  }
}

describe('a polluted Object.prototype', () => {
  it('adds no parameter or header to REST, request(), FHIR or token requests', async () => {
    const stub = await startStubServer((req, res) => {
      if (req.url?.startsWith('/fhir/')) json(res, 200, { resourceType: 'Bundle', type: 'searchset', entry: [] });
      else if (req.method === 'PUT') json(res, 200, { success: 'true' });
      else json(res, 200, [{ patientid: '1' }]);
    });
    try {
      await polluted(async () => {
        // A fresh client: its first call fetches a token, through the same sender.
        const athena = stubClient(stub);
        await athena.patients.getPatient('1');
        // `status: 'd'` would delete the patient.
        await athena.patients.updatePatient('1', { email: 'a@example.com' });
        await athena.request('GET', '/patients/1', { showinsurance: 'true' });
        await athena.request('POST', '/patients/1/notes', { notetext: 'hi' });
        await athena.fhir.searchBundle('Patient', { family: 'Smith', birthdate: '1980-05-01' });
        await athena.fhir.operation('Patient/$everything' as never, { id: 'a-195900.E-1' }).catch(() => undefined);
        athena.close();
      });
      expect(stub.requests.some((r) => r.url === '/oauth2/v1/token')).toBe(true);
      expect(stub.requests.some((r) => r.method === 'PUT')).toBe(true);
      expectNothingPolluted(stub);
    } finally {
      await stub.stop();
    }
  });

  it('does not make a write retryable (Object.prototype.retryWrites)', async () => {
    const stub = await startStubServer((_req, res) => json(res, 503, { error: 'busy' }));
    try {
      await polluted(async () => {
        const athena = stubClient(stub, { maxRetries: 2 });
        const error = await athena.patients.updatePatient('1', { email: 'a@example.com' }, { timeoutMs: 5_000 }).catch((e: unknown) => e);
        expect(error).toMatchObject({ status: 503 });
        athena.close();
      });
      expect(stub.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    } finally {
      await stub.stop();
    }
  });

  it('does not configure the client (Object.prototype.baseUrl)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.baseUrl = 'https://collector.invalid';
      const athena = new AthenaClient({ clientId: 'id', clientSecret: 'secret', practiceId: '195900', logLevel: 'off' });
      expect(athena.baseUrl).toBe(ENVIRONMENTS.preview.baseUrl);
      athena.close();
    } finally {
      delete proto.baseUrl;
    }
  });

  // (A polluted `alg` is not tried: Node's own Web Crypto reads it when importing any JWK, ours included.)
  it("does not change a JWK's kid (Object.prototype.kid): the header names the key's own thumbprint", async () => {
    const { generateKeyPairSync, createHash } = await import('node:crypto');
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as Record<string, string>;
    const stub = await startStubServer((_req, res) => json(res, 200, { ping: 'pong' }));
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.kid = 'polluted-kid';
      const athena = stubClient(stub, { clientSecret: undefined, privateKey: { ...jwk, kty: 'EC' } });
      await athena.practice.ping();
      athena.close();
    } finally {
      delete proto.kid;
      await stub.stop();
    }
    const assertion = new URLSearchParams(stub.requests.find((r) => r.url === '/oauth2/v1/token')?.body).get('client_assertion') as string;
    const header = JSON.parse(Buffer.from(assertion.split('.')[0] as string, 'base64url').toString('utf8')) as Record<string, string>;
    const thumbprint = createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: 'EC', x: jwk.x, y: jwk.y })).digest('base64url');
    expect(header).toEqual({ alg: 'ES256', kid: thumbprint, typ: 'JWT' });
  });
});
