import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect } from 'vitest';
import { AthenaClient, InvalidRequestError, NotFoundError } from '../../src/index.js';
import { FAST_RETRIES, fileTest as it } from '../fixtures.js';

/** Every byte value, so a latin1/utf8 mix-up or a bad base64 join shows in the hash. */
function binary(size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + 7) % 256;
  return out;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncIterable<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.byteLength; i++) {
    const size = sizes[i % sizes.length] as number;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function storedDocument(athena: AthenaClient, patientId: string, documentid: string | undefined) {
  const page = await athena.documents.listDocuments(patientId, { departmentid: '1' });
  return page.items.find((d) => d.documentid === documentid);
}

describe('document uploads', () => {
  it('sends a file as multipart, byte for byte', async ({ athena }) => {
    const file = binary(1_000_003);
    const { documentid } = await athena.documents.uploadDocumentFile('1', { departmentid: '1', documentsubclass: 'ADMIN_CONSENT' }, { data: file, filename: 'consent.pdf', contentType: 'application/pdf' });
    expect(await storedDocument(athena, '1', documentid)).toMatchObject({ attachmentsize: file.byteLength, attachmentsha256: sha256(file), documentsubclass: 'ADMIN_CONSENT' });
  });

  it('sends a streamed file base64-encoded in the form field, across odd chunk boundaries', async ({ athena }) => {
    const file = binary(300_001);
    const { clinicaldocumentid } = await athena.documents.uploadClinicalDocumentFile('2', { departmentid: '1', documentsubclass: 'CLINICALDOCUMENT' }, { data: chunked(file, [1000, 7, 65537, 2]) }, { encoding: 'base64' });
    expect(await storedDocument(athena, '2', clinicaldocumentid)).toMatchObject({ attachmentsize: file.byteLength, attachmentsha256: sha256(file) });
  });

  it('sends a web ReadableStream as multipart with its declared size', async ({ athena }) => {
    const file = binary(70_000);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(file.subarray(0, 30_000));
        controller.enqueue(file.subarray(30_000));
        controller.close();
      },
    });
    const { documentid } = await athena.documents.uploadDocumentFile('3', { documentsubclass: 'ADMIN_CONSENT' }, { data: stream, size: file.byteLength });
    expect(await storedDocument(athena, '3', documentid)).toMatchObject({ attachmentsize: file.byteLength, attachmentsha256: sha256(file) });
  });

  it('works through the fetch sender too (the body is gathered there)', async ({ athena, client }) => {
    const viaFetch = client({ fetch: (input, init) => globalThis.fetch(input, init) });
    const file = binary(50_000);
    const { documentid } = await viaFetch.documents.uploadDocumentFile('4', { documentsubclass: 'ADMIN_CONSENT' }, { data: chunked(file, [4096]) });
    expect(await storedDocument(athena, '4', documentid)).toMatchObject({ attachmentsha256: sha256(file) });
  });

  it('refuses bad input before any request, and reports athena\'s refusals', async ({ sim, athena }) => {
    const before = sim.stats.apiRequests;
    // @ts-expect-error documentsubclass is required
    await expect(athena.documents.uploadDocumentFile('1', {}, { data: binary(10) })).rejects.toBeInstanceOf(InvalidRequestError);
    // @ts-expect-error not file data
    await expect(athena.documents.uploadDocumentFile('1', { documentsubclass: 'ADMIN_CONSENT' }, { data: 'text' })).rejects.toBeInstanceOf(InvalidRequestError);
    // @ts-expect-error not an encoding
    await expect(athena.documents.uploadDocumentFile('1', { documentsubclass: 'ADMIN_CONSENT' }, { data: binary(10) }, { encoding: 'zip' })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sim.stats.apiRequests).toBe(before);
    await expect(athena.documents.uploadDocumentFile('99999999', { documentsubclass: 'ADMIN_CONSENT' }, { data: binary(10) })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('streaming', () => {
  it('starts sending before the file has been read to the end (the Node sender never holds it whole)', async () => {
    let firstBytes!: () => void;
    const received = new Promise<void>((resolve) => (firstBytes = resolve));
    let total = 0;
    const server = http.createServer((req, res) => {
      if (req.url === '/oauth2/v1/token') {
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 't', expires_in: 3600 }));
        return;
      }
      req.on('data', (chunk: Buffer) => {
        total += chunk.length;
        firstBytes();
      });
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":"true","documentid":"1"}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new AthenaClient({ clientId: 'id', clientSecret: 'secret', practiceId: '1', baseUrl: `http://127.0.0.1:${port}`, logLevel: 'off', retryDelays: FAST_RETRIES });
    async function* file(): AsyncIterable<Uint8Array> {
      yield binary(64 * 1024);
      // The rest is produced only once the server has bytes: a sender that buffered the whole body would wait forever.
      await received;
      for (let i = 0; i < 16; i++) yield binary(64 * 1024);
    }
    try {
      const result = await client.documents.uploadDocumentFile('1', { documentsubclass: 'ADMIN_CONSENT' }, { data: file() }, { timeoutMs: 10_000 });
      expect(result.documentid).toBe('1');
      expect(total).toBeGreaterThan(17 * 64 * 1024);
    } finally {
      client.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
