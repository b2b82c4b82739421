/**
 * Property-based tests (fast-check) over what callers and servers may send:
 * - path ids: either refused before any request (InvalidRequestError) or sent as exactly one
 *   path segment that decodes back to the id; nothing outside that segment is reachable;
 * - query values and form bodies: round-trip through URLSearchParams on the server side;
 * - response bodies: the decoder and the client never throw anything but an AthenaError.
 * The requests go over real sockets to a bare local server that records the raw request line.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AthenaClient, AthenaError, InvalidRequestError } from '../../src/index.js';
import { errorFromResponse, parseBody } from '../../src/base/decode.js';
import { normalizeIds, shapeResult } from '../../src/core/shape.js';
import type { ResponseShape } from '../../src/core/operation.js';
import { answerToken, startBareServer, type BareServer } from './scenarios.js';

/** Strings with the characters that matter for paths and queries, lone surrogates included. */
const nastyChar = fc.constantFrom('/', '\\', '.', '..', '%', '%2e', '%2F', '?', '#', '&', '=', '+', ' ', ';', ':', '@', '\u0000', '\n', '\u007f', '\uD800', '\uDC00', 'é', '😀', 'a', '1');
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(nastyChar, { maxLength: 8 }).map((parts) => parts.join('')),
);

let server: BareServer;
let athena: AthenaClient;
/** What the server answers to API requests; the token endpoint always gets a token. */
let answer: { status: number; body: Uint8Array | string; contentType: string } = { status: 200, body: '[{"patientid":"1"}]', contentType: 'application/json' };

beforeAll(async () => {
  server = await startBareServer((req, res) => {
    if (req.url === '/oauth2/v1/token') return answerToken(res);
    res.writeHead(answer.status, { 'content-type': answer.contentType });
    res.end(answer.body);
  });
  athena = new AthenaClient({ clientId: 'id', clientSecret: 'secret', practiceId: '195900', baseUrl: server.url, logLevel: 'off', maxRetries: 0 });
});
afterAll(async () => {
  athena.close();
  await server.stop();
});

/** The API requests the server received while `action` ran. */
async function requestsDuring(action: () => Promise<unknown>): Promise<{ outcome: unknown; sent: BareServer['requests'] }> {
  const before = server.requests.length;
  let outcome: unknown;
  try {
    outcome = await action();
  } catch (error) {
    outcome = error;
  }
  return { outcome, sent: server.requests.slice(before).filter((r) => r.url !== '/oauth2/v1/token') };
}

describe('path ids', () => {
  it('are refused before any request, or reach exactly /v1/{practice}/patients/{one segment that decodes to the id}', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString, async (id) => {
        const { outcome, sent } = await requestsDuring(() => athena.patients.getPatient(id));
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(InvalidRequestError);
          expect(sent).toEqual([]);
          return;
        }
        expect(sent).toHaveLength(1);
        const url = (sent[0] as { url: string }).url;
        const match = /^\/v1\/195900\/patients\/([^/?#]+)$/.exec(url);
        expect(match, url).not.toBeNull();
        expect(decodeURIComponent((match as RegExpExecArray)[1] as string)).toBe(id);
        // A server or proxy that normalises the path (dot segments, decoding) still lands on the same resource.
        expect(new URL(url, 'http://x').pathname).toBe(url);
      }),
      { numRuns: 300 },
    );
  });
});

describe('client.request paths', () => {
  it('are refused before any request, or sent under /v1/{practice} exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString.map((p) => `/${p}`), async (path) => {
        const { outcome, sent } = await requestsDuring(() => athena.request('GET', path));
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(InvalidRequestError);
          expect(sent).toEqual([]);
          return;
        }
        expect(sent.map((r) => r.url)).toEqual([`/v1/195900${path}`]);
        // No dot segment can climb out of the practice.
        expect(new URL(`/v1/195900${path}`, 'http://x').pathname.startsWith('/v1/195900/')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('query values and form bodies', () => {
  it('round-trip a query value through URLSearchParams, or are refused before any request', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString, async (value) => {
        const { outcome, sent } = await requestsDuring(() => athena.patients.getPatient('1', { departmentid: value }));
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(InvalidRequestError);
          expect(sent).toEqual([]);
          return;
        }
        const url = (sent[0] as { url: string }).url;
        const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
        expect([...query]).toEqual([['departmentid', value]]);
        expect(url.slice(0, url.indexOf('?'))).toBe('/v1/195900/patients/1');
      }),
      { numRuns: 300 },
    );
  });

  it('round-trip any parameter names and values through a form body (client.request POST)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(nastyString, nastyString), { selector: ([name]) => name, maxLength: 5 }), async (entries) => {
        const params = Object.fromEntries(entries);
        const { outcome, sent } = await requestsDuring(() => athena.request('POST', '/patients', params));
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(InvalidRequestError);
          expect(sent).toEqual([]);
          return;
        }
        expect(sent).toHaveLength(1);
        const request = sent[0] as { url: string; body: string };
        expect(request.url).toBe('/v1/195900/patients');
        expect([...new URLSearchParams(request.body)]).toEqual(Object.entries(params));
      }),
      { numRuns: 200 },
    );
  });
});

describe('response bodies', () => {
  const context = { operation: 'GET /patients/{patientid}', clientRequestId: 'c-1' };
  const shapes: ResponseShape[] = [{ kind: 'record' }, { kind: 'record', collectionKey: 'patients' }, { kind: 'array' }, { kind: 'write' }, { kind: 'page', collectionKey: 'patients' }, { kind: 'raw' }];
  const bodyText = fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => ` \n${JSON.stringify(v)}`));

  it('parseBody never throws', () => {
    fc.assert(fc.property(bodyText, (text) => void parseBody(text)), { numRuns: 1000 });
  });

  it('errorFromResponse always returns an AthenaError for any status, headers and body', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.dictionary(fc.constantFrom('x-request-id', 'retry-after', 'retry-after-ms', 'content-type'), fc.string()), bodyText, (status, headers, body) => {
        expect(errorFromResponse({ status, headers, body }, context)).toBeInstanceOf(AthenaError);
      }),
      { numRuns: 1000 },
    );
  });

  it('shaping any JSON value throws nothing but an AthenaError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), fc.constantFrom(...shapes), (body, shape) => {
        try {
          shapeResult(structuredCloneSafe(body), shape, { status: 200, headers: {}, body: '' }, context);
        } catch (error) {
          expect(error).toBeInstanceOf(AthenaError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('survives bodies nested deeper than the call stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}{"patientid":1}${']'.repeat(100_000)}`) as unknown;
    expect(() => normalizeIds(deep)).not.toThrow();
  });

  it('a record nested deeper than the call stack reaches the caller as data, not a RangeError', async () => {
    answer = { status: 200, body: `${'['.repeat(50_000)}{"patientid":1}${']'.repeat(50_000)}`, contentType: 'application/json' };
    try {
      await expect(athena.request('GET', '/patients/1')).resolves.toBeDefined();
    } finally {
      answer = { status: 200, body: '[{"patientid":"1"}]', contentType: 'application/json' };
    }
  });

  it('a server answering any status with any bytes makes calls resolve or throw an AthenaError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 599 }),
        fc.oneof(fc.uint8Array({ maxLength: 200 }), bodyText),
        fc.constantFrom('application/json', 'text/html', 'application/octet-stream'),
        fc.boolean(),
        async (status, body, contentType, list) => {
          answer = { status, body, contentType };
          try {
            if (list) for await (const _ of athena.patients.searchPatients({ lastname: 'x' })) void _;
            else await athena.patients.getPatient('1');
          } catch (error) {
            expect(error).toBeInstanceOf(AthenaError);
          }
        },
      ),
      { numRuns: 300 },
    );
    answer = { status: 200, body: '[{"patientid":"1"}]', contentType: 'application/json' };
  });
});

/** fc.anything() may produce values with getters or prototypes JSON never gives; keep what a decoder could see. */
function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return null;
  }
}
