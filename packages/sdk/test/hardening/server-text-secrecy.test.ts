/**
 * Server text in errors and logs: a hostile local server echoes everything the call sent
 * (query and form values, the Authorization header) and the client secret back in every
 * error field and in X-Request-Id, as given, URL-encoded and upper-cased. None of it may
 * reach an error's message, String(), toJSON(), util.inspect or a log line; the raw body
 * stays reachable on the non-enumerable `unsafeServerText`.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, AthenaClient, AuthenticationError, FhirError } from '../../src/index.js';
import { memoryLogger, withSimulator } from '../helpers.js';

const CLIENT_ID = 'hostile-client';
const CLIENT_SECRET = 'HostileSecret_7f3a9c2b';
const TOKEN = 'tok-9e8d7c6b5a4f3e2d1c0b';
const BASIC = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
/** Patient data the calls carry (id-shaped, so a server could pass it off as a request id). */
const PHI = { lastname: 'Quixotefamily', firstname: 'Dulcineapat', email: 'dulcinea.phi@example.com', dob: '05/17/1961', fhirFamily: 'Fhirfamilyname' };

interface Echo {
  /** What goes into X-Request-Id: a function of what the request carried. */
  requestId: (carried: Carried) => string;
  /** Whether the token endpoint refuses instead of issuing a token; `code` answers a bare registered code. */
  refuseTokens?: boolean | 'code';
}

interface Carried {
  values: string[];
  authorization: string;
}

/** Everything echoed, as given, URL-encoded and upper-cased: what a message could leak. */
function echoText(carried: Carried): string {
  const parts = [...carried.values, carried.authorization, CLIENT_SECRET];
  return `Expecting type integer, but value is ${parts.join(' | ')} / ${parts.map(encodeURIComponent).join(' | ')} / ${parts.map((p) => p.toUpperCase()).join(' | ')}`;
}

let echo: Echo = { requestId: () => 'rid-1' };
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const values = [...url.searchParams.values()];
      const type = req.headers['content-type'] ?? '';
      if (body && !type.includes('json')) values.push(...new URLSearchParams(body).values());
      if (body && type.includes('json')) values.push(body);
      const carried: Carried = { values, authorization: req.headers.authorization ?? '' };
      const text = echoText(carried);
      const headers = { 'content-type': 'application/json', 'x-request-id': echo.requestId(carried) };

      if (url.pathname === '/oauth2/v1/token') {
        if (echo.refuseTokens) {
          res.writeHead(401, headers);
          res.end(JSON.stringify({ error: echo.refuseTokens === 'code' ? 'invalid_client' : `invalid_client ${text}`, error_description: text }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: TOKEN, token_type: 'Bearer', expires_in: '3600' }));
        return;
      }
      if (url.pathname.startsWith('/fhir/')) {
        res.writeHead(400, headers);
        res.end(
          JSON.stringify({
            resourceType: 'OperationOutcome',
            issue: [
              { severity: 'error', code: values[0] ?? 'invalid', diagnostics: text, details: { text } },
              { severity: carried.authorization, code: 'invalid', diagnostics: text },
            ],
          }),
        );
        return;
      }
      if (req.method === 'PUT') {
        // athena reports some failed writes with HTTP 200 and an errormessage.
        res.writeHead(200, headers);
        res.end(JSON.stringify({ success: 'false', errormessage: text }));
        return;
      }
      res.writeHead(400, headers);
      res.end(JSON.stringify({ error: text, message: text, detailedmessage: text, missingfields: [...values, carried.authorization], invalidfields: [CLIENT_SECRET] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function client(logger = memoryLogger()) {
  const athena = new AthenaClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, practiceId: '195900', baseUrl, logger, logLevel: 'debug', maxRetries: 0 });
  return { athena, logger };
}

/** The values that must never be shown, with their encoded and upper-cased forms. */
function secrets(...values: string[]): string[] {
  const all = [CLIENT_SECRET, TOKEN, BASIC, ...values];
  return [...new Set(all.flatMap((value) => [value, encodeURIComponent(value), value.toUpperCase()]))];
}

/** The error a call fails with; the test fails if it succeeds. */
async function failure<E>(promise: PromiseLike<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to fail');
}

function renderings(error: ApiError): string[] {
  return [error.message, String(error), error.stack ?? '', JSON.stringify(error), JSON.stringify(error.toJSON()), inspect(error, { depth: 10 })];
}

function expectNothingShown(error: unknown, lines: string[], hidden: string[]): void {
  expect(error).toBeInstanceOf(ApiError);
  const shown = [...renderings(error as ApiError), ...lines];
  for (const secret of hidden) {
    for (const text of shown) expect(text, `'${secret}' was shown`).not.toContain(secret);
  }
}

/** X-Request-Id variants a hostile server may send: each secret alone (id-shaped), or with text around it. */
const REQUEST_ID_ECHOES: [string, Echo['requestId']][] = [
  ['the client secret', () => CLIENT_SECRET],
  ['the bearer token', () => `srv-${TOKEN}`],
  ['a query value', (c) => `id.${c.values[0] ?? ''}`],
  ['the Authorization header', (c) => c.authorization],
  ['a long id', () => `a${'1'.repeat(200)}`],
];

describe('REST errors from a server echoing the request', () => {
  for (const [what, requestId] of REQUEST_ID_ECHOES) {
    it(`a 400 echoing query values; X-Request-Id echoing ${what}`, async () => {
      echo = { requestId };
      const { athena, logger } = client();
      const error = await failure<ApiError>(athena.patients
        .searchPatients({ lastname: PHI.lastname, firstname: PHI.firstname, dob: PHI.dob })
        );
      athena.close();
      expectNothingShown(error, logger.lines, secrets(PHI.lastname, PHI.firstname, PHI.dob));
      // athena's text stays useful: its words are kept, the values replaced and the length bounded.
      expect(error.error).toMatch(/^Expecting type integer, but value is \[redacted\]/);
      expect(error.error!.length).toBeLessThanOrEqual(300);
      expect(error.detailedMessage!.length).toBeLessThanOrEqual(300);
      expect(error.message).toContain('400 Expecting type integer');
      // The raw body is still there, for whoever needs it, but not enumerable.
      expect(error.unsafeServerText).toContain(PHI.lastname);
      expect(error.unsafeServerText).toContain(CLIENT_SECRET);
      expect(error.unsafeServerText).toContain(TOKEN);
      expect(Object.keys(error)).not.toContain('unsafeServerText');
      // The log line still names the call.
      expect(logger.lines.some((line) => line.includes('GET /v1/195900/patients -> 400'))).toBe(true);
    });
  }

  it('keeps an id-shaped request id from a server that echoes nothing', async () => {
    echo = { requestId: () => 'rrt-5f2c9.a:1' };
    const { athena, logger } = client();
    const error = await failure<ApiError>(athena.patients.getPatient('1', { departmentid: 'PHIDEPT77' }));
    athena.close();
    expectNothingShown(error, logger.lines, secrets('PHIDEPT77'));
    expect(error.requestId).toBe('rrt-5f2c9.a:1');
    expect(error.message).toContain('[request id rrt-5f2c9.a:1]');
    expect(logger.lines.some((line) => line.includes('server rrt-5f2c9.a:1'))).toBe(true);
  });

  it('a failed write reported with HTTP 200 echoing the form body', async () => {
    echo = { requestId: (c) => c.values.find((v) => v.includes('@')) ?? 'none' };
    const { athena, logger } = client();
    const error = await failure<ApiError>(athena.patients.updatePatient('1', { email: PHI.email, lastname: PHI.lastname }));
    athena.close();
    expectNothingShown(error, logger.lines, secrets(PHI.email, PHI.lastname));
    expect(error.unsafeServerText).toContain(PHI.email);
  });

  it('athena.request() echoing its query', async () => {
    echo = { requestId: () => CLIENT_SECRET };
    const { athena, logger } = client();
    const error = await failure<ApiError>(athena.request('GET', '/patients', { lastname: PHI.lastname, note: 'Free text, with spaces & symbols' }));
    athena.close();
    expectNothingShown(error, logger.lines, secrets(PHI.lastname, 'Free text, with spaces & symbols', 'Free+text%2C+with+spaces+%26+symbols'));
  });
});

describe('FHIR errors from a server echoing the request', () => {
  it('an OperationOutcome echoing search values in diagnostics, details, code and severity', async () => {
    echo = { requestId: () => TOKEN };
    const { athena, logger } = client();
    const error = await failure<FhirError>(athena.fhir.searchBundle('Patient', { family: PHI.fhirFamily, birthdate: '1961-05-17' }));
    athena.close();
    expect(error).toBeInstanceOf(FhirError);
    expectNothingShown(error, logger.lines, secrets(PHI.fhirFamily, '1961-05-17'));
    expect(error.issues).toHaveLength(2);
    expect(error.issues[0]?.diagnostics).toMatch(/^Expecting type integer, but value is \[redacted\]/);
    expect(error.unsafeServerText).toContain(PHI.fhirFamily);
  });

  it('a write whose JSON body values are echoed', async () => {
    echo = { requestId: () => 'rid' };
    const { athena, logger } = client();
    const answer = 'Answerphitext with spaces';
    const error = await failure<FhirError>(athena.fhir
      .create({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: '1', answer: [{ valueString: answer }] }] })
      );
    athena.close();
    expectNothingShown(error, logger.lines, secrets(answer));
    expect(error.unsafeServerText).toContain(answer);
  });
});

describe('token endpoint errors from a server echoing the request', () => {
  it('keeps only a registered OAuth error code, and no credential', async () => {
    echo = { requestId: () => CLIENT_SECRET, refuseTokens: true };
    const { athena, logger } = client();
    const error = await failure<AuthenticationError>(athena.patients.getPatient('1'));
    athena.close();
    expect(error).toBeInstanceOf(AuthenticationError);
    expectNothingShown(error, logger.lines, secrets());
    // `invalid_client <echo>` is not a registered code: a generic text instead.
    expect(error.error).toBe('token request refused');
    expect(error.unsafeServerText).toContain(CLIENT_SECRET);
    expect(error.unsafeServerText).toContain(BASIC);
  });

  it('a registered OAuth error code is kept; its description is not', async () => {
    echo = { requestId: () => 'rid-7', refuseTokens: 'code' };
    const { athena, logger } = client();
    const error = await failure<AuthenticationError>(athena.practice.ping());
    athena.close();
    expectNothingShown(error, logger.lines, secrets());
    expect(error.error).toBe('token request refused: invalid_client');
    expect(error.requestId).toBe('rid-7');
  });

  it('X-Request-Id echoing the Basic credential is dropped or redacted', async () => {
    echo = { requestId: () => `id-${CLIENT_SECRET}-x`, refuseTokens: true };
    const { athena, logger } = client();
    const error = await failure<AuthenticationError>(athena.practice.ping());
    athena.close();
    expectNothingShown(error, logger.lines, secrets());
    expect(error.requestId).toBe('id-[redacted]-x');
  });
});

describe('key and provider credentials echoed by the token endpoint', () => {
  it('a private key client: the assertion (in the text and, as its signature, in X-Request-Id) and the key are never shown', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    const { d } = privateKey.export({ format: 'jwk' }) as { d: string };
    let assertion = '';
    echo = {
      requestId: (c) => {
        assertion = c.values.find((v) => v.split('.').length === 3 && v.length > 100) ?? '';
        return assertion.slice(assertion.lastIndexOf('.') + 1);
      },
      refuseTokens: 'code',
    };
    const logger = memoryLogger();
    const athena = new AthenaClient({ clientId: CLIENT_ID, privateKey: pem, keyId: 'k', practiceId: '195900', baseUrl, logger, logLevel: 'debug', maxRetries: 0 });
    const error = await failure<AuthenticationError>(athena.practice.ping());
    athena.close();
    expect(assertion).not.toBe('');
    const pemLines = pem.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----'));
    const signature = assertion.slice(assertion.lastIndexOf('.') + 1);
    expectNothingShown(error, [...logger.lines, JSON.stringify(athena), inspect(athena, { depth: 10 })], [assertion, signature, d, pem, ...pemLines]);
    expect(error.error).toBe('token request refused: invalid_client');
    expect(error.requestId).toBe('[redacted]');
  });

  it('a secret from a provider (unknown at construction) echoed in text and X-Request-Id is never shown', async () => {
    echo = { requestId: () => CLIENT_SECRET, refuseTokens: true };
    const logger = memoryLogger();
    const athena = new AthenaClient({ clientId: CLIENT_ID, clientSecret: async () => CLIENT_SECRET, practiceId: '195900', baseUrl, logger, logLevel: 'debug', maxRetries: 0 });
    const error = await failure<AuthenticationError>(athena.practice.ping());
    athena.close();
    expectNothingShown(error, [...logger.lines, JSON.stringify(athena), inspect(athena, { depth: 10 })], secrets());
    // `invalid_client <echo>` is no registered code, so not a refusal of the value: the provider is not asked again.
    expect(logger.lines.some((line) => line.includes('asking the credential provider again'))).toBe(false);
  });
});

describe("the simulator's own echo", () => {
  it("athena's 'Expecting type integer, but value is …' keeps its words without the value", async () => {
    const env = await withSimulator();
    try {
      const logger = memoryLogger();
      const athena = env.client({ logger, logLevel: 'debug' });
      const error = await failure<ApiError>(athena.request('GET', '/patients', { lastname: 'Smith', offset: 'Dob 05/17/1961 Quixote' }));
      expectNothingShown(error, logger.lines, ['Dob 05/17/1961 Quixote', 'Quixote', '05/17/1961']);
      expect(error.error).toBe('The data provided is invalid.');
      expect(error.detailedMessage).toBe('Expecting type integer, but value is [redacted]');
      expect(error.unsafeServerText).toContain('Dob 05/17/1961 Quixote');
    } finally {
      await env.close();
    }
  });
});
