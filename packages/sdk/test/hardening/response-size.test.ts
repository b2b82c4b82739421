/**
 * maxResponseBytes: both senders stop reading a body past the limit, close the connection
 * and fail the call with ResponseTooLargeError, never retried, never showing the body.
 */
import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { AthenaError, ConfigurationError, InvalidRequestError, ResponseTooLargeError, type AthenaClientOptions } from '../../src/index.js';
import { startStubServer, stubClient, type StubServer } from '../helpers.js';

const KIB = 1024;
const LIMIT = 64 * KIB;
const SENDERS: [string, AthenaClientOptions][] = [
  ['node:http', {}],
  ['fetch', { fetch: (input, init) => globalThis.fetch(input, init) }],
];

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.stop();
  stub = undefined;
});

/** Writes `text` until the client goes away, at most `maxBytes`; resolves how many bytes were written. */
function drip(res: http.ServerResponse, text: string, maxBytes: number, written: { bytes: number; closedEarly: boolean }): void {
  const chunk = Buffer.from(text.repeat(Math.ceil((16 * KIB) / text.length)));
  res.on('close', () => (written.closedEarly = !res.writableFinished));
  const next = () => {
    if (res.destroyed) return;
    if (written.bytes >= maxBytes) {
      res.end();
      return;
    }
    written.bytes += chunk.length;
    if (res.write(chunk)) setImmediate(next);
    else res.once('drain', next);
  };
  next();
}

describe.each(SENDERS)('maxResponseBytes on the %s sender', (_name, senderOptions) => {
  it('stops an endless body at the limit instead of reading until the timeout, and closes the connection', async () => {
    const written = { bytes: 0, closedEarly: false };
    stub = await startStubServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      drip(res, '{"secret":"patient"}', Number.POSITIVE_INFINITY, written);
    });
    const athena = stubClient(stub, { ...senderOptions, maxResponseBytes: LIMIT, timeoutMs: 15_000, maxRetries: 2 });
    const error = await athena.request('GET', '/endless').catch((e: unknown) => e);
    athena.close();
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(AthenaError);
    const tooLarge = error as ResponseTooLargeError;
    expect(tooLarge.limitBytes).toBe(LIMIT);
    expect(tooLarge.message).toContain(String(LIMIT));
    expect(tooLarge.message).toContain('maxResponseBytes');
    expect(tooLarge.message).not.toContain('patient');
    expect(JSON.stringify(tooLarge)).not.toContain('patient');
    // A read, yet not retried: the same request would get the same answer.
    expect(stub.requests.filter((r) => r.url.includes('/endless'))).toHaveLength(1);
    await expect.poll(() => written.closedEarly, { timeout: 10_000 }).toBe(true);
  });

  it('refuses a body over the limit with or without Content-Length, and reads it when the call raises the limit', async () => {
    const body = JSON.stringify({ items: 'x'.repeat(2 * LIMIT) });
    stub = await startStubServer((req, res) => {
      if (req.url?.includes('chunked')) res.writeHead(200, { 'content-type': 'application/json' });
      else res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    });
    const athena = stubClient(stub, { ...senderOptions, maxResponseBytes: LIMIT });
    await expect(athena.request('GET', '/sized')).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(athena.request('GET', '/chunked')).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(athena.request('GET', '/sized', {}, { maxResponseBytes: 4 * LIMIT })).resolves.toEqual({ items: 'x'.repeat(2 * LIMIT) });
    await expect(athena.request('GET', '/chunked', {}, { maxResponseBytes: 4 * LIMIT })).resolves.toEqual({ items: 'x'.repeat(2 * LIMIT) });
    // A write that gets a huge answer is not sent again either.
    await expect(athena.request('POST', '/sized', { a: '1' })).rejects.toBeInstanceOf(ResponseTooLargeError);
    athena.close();
    expect(stub.requests.filter((r) => r.method === 'POST' && r.url.includes('/sized'))).toHaveLength(1);
  });

  it('counts decoded bytes: a small gzip body that inflates past the limit is refused', async () => {
    const inflated = Buffer.alloc(16 * LIMIT, 0x20);
    const gzipped = gzipSync(inflated);
    expect(gzipped.length).toBeLessThan(LIMIT / 4);
    stub = await startStubServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(gzipped.length) });
      res.end(gzipped);
    });
    const athena = stubClient(stub, { ...senderOptions, maxResponseBytes: LIMIT });
    const outcome = await athena.request('GET', '/bomb').then(
      (body) => ({ body }),
      (error: unknown) => ({ error }),
    );
    athena.close();
    // The Node sender does not ask for or inflate gzip: it reads the small body as it is.
    if ('error' in outcome) expect(outcome.error).toBeInstanceOf(ResponseTooLargeError);
    else expect(senderOptions.fetch).toBeUndefined();
  });
});

describe('maxResponseBytes validation', () => {
  it('refuses a bad limit before any request is sent', async () => {
    stub = await startStubServer((_req, res) => res.end('{}'));
    expect(() => stubClient(stub as StubServer, { maxResponseBytes: 0 })).toThrow(ConfigurationError);
    expect(() => stubClient(stub as StubServer, { maxResponseBytes: 1.5 })).toThrow(ConfigurationError);
    const athena = stubClient(stub);
    await expect(athena.request('GET', '/x', {}, { maxResponseBytes: -1 })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.request('GET', '/x', {}, { maxResponseBytes: Number.POSITIVE_INFINITY })).rejects.toBeInstanceOf(InvalidRequestError);
    athena.close();
    expect(stub.requests).toHaveLength(0);
  });
});
