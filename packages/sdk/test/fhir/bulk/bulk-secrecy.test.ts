/**
 * Where the token goes during a bulk export: to the FHIR server's origin only, and not even
 * there when the manifest says files need none; never to a storage host, a redirect target
 * elsewhere, or a plain-http host. Signed URLs are used exactly as given and never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect } from 'vitest';
import { BulkExportError } from '../../../src/index.js';
import { it, json, memoryLogger, type StubServer } from '../../fixtures.js';
import { collect, idsOf, quick, rawExport } from './helpers.js';

/** A FHIR server stub: kick-off 202 → status `statusUrl` → this manifest; other paths to `files`. */
function exportServer(manifest: () => unknown, options: { statusUrl?: (base: string) => string; files?: (req: IncomingMessage, res: ServerResponse) => void } = {}) {
  let base = '';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    if (url.includes('/$export')) return json(res, 202, { resourceType: 'OperationOutcome', issue: [] }, { 'content-location': options.statusUrl?.(base) ?? `${base}/bulkstatus/1` });
    if (url.startsWith('/bulkstatus/')) return json(res, 200, manifest());
    if (options.files) return options.files(req, res);
    json(res, 404, {});
  };
  return { handler, setBase: (url: string) => (base = url) };
}

const NDJSON = '{"resourceType":"Patient","id":"p1"}\n{"resourceType":"Patient","id":"p2"}\n';
const manifestFor = (url: string, requiresAccessToken: boolean) => ({ transactionTime: '2026-12-02T10:00:00+00:00', request: 'x', requiresAccessToken, output: [{ type: 'Patient', url }], error: [] });

describe('bulk export secrecy', () => {
  it('with requiresAccessToken false, files come from the storage origin without the token; the FHIR origin always gets it', async ({ sim, client }) => {
    quick(sim, { requiresAccessToken: false });
    const logger = memoryLogger();
    const athena = client({ logger, logLevel: 'debug' });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient', 'Immunization'] });
    const manifest = await job.manifest();
    expect(manifest.requiresAccessToken).toBe(false);
    const storage = new URL(manifest.output[0]?.url as string);
    expect(storage.origin).not.toBe(sim.url);
    const all = await collect(job.resources());

    const toStorage = sim.requests.filter((r) => r.path.startsWith('/storage/'));
    expect(toStorage.length).toBe(manifest.output.length);
    expect(toStorage.every((r) => r.status === 200)).toBe(true);
    expect(toStorage.map((r) => r.headers.authorization)).toEqual(toStorage.map(() => undefined));
    const toFhir = sim.requests.filter((r) => r.path.startsWith('/fhir/'));
    expect(toFhir.length).toBeGreaterThan(2);
    expect(toFhir.every((r) => /^Bearer /.test(r.headers.authorization ?? ''))).toBe(true);
    expect(idsOf(all)).toEqual(await rawExport(job));
    // The signature is a credential: no log line carries it (nor the token).
    const signature = storage.searchParams.get('sig') as string;
    expect(logger.lines.some((l) => l.includes(`GET ${storage.pathname}`))).toBe(true);
    expect(logger.lines.filter((l) => l.includes(signature) || /Bearer|sig=/.test(l))).toEqual([]);
  });

  it('a file that needs the token but sits on another origin is refused before anything is sent there', async ({ startStubServer, stubClient }) => {
    const elsewhere = await startStubServer((_req, res) => json(res, 200, NDJSON));
    const server = exportServer(() => manifestFor(`${elsewhere.url}/files/patient.ndjson`, true));
    const fhir = await startStubServer(server.handler);
    server.setBase(fhir.url);
    const job = await stubClient(fhir).fhir.bulkExport({ patient: true });
    await expect(collect(job.resources())).rejects.toMatchObject({ name: 'BulkExportError', code: 'unsafe-url' });
    expect(elsewhere.requests).toEqual([]);
  });

  it('plain http is refused unless loopback; a status URL on another origin is refused before it is polled', async ({ startStubServer, stubClient }) => {
    const server = exportServer(() => manifestFor('http://files.example.com/patient.ndjson', false));
    const fhir = await startStubServer(server.handler);
    server.setBase(fhir.url);
    const job = await stubClient(fhir).fhir.bulkExport({ patient: true });
    const error = await collect(job.resources()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkExportError);
    expect(error).toMatchObject({ code: 'unsafe-url' });
    expect(String((error as Error).message)).not.toContain('files.example.com');

    const other = await startStubServer((_req, res) => json(res, 200, {}));
    const moved = exportServer(() => ({}), { statusUrl: () => `${other.url}/bulkstatus/1` });
    const fhir2 = await startStubServer(moved.handler);
    await expect(stubClient(fhir2).fhir.bulkExport({ patient: true })).rejects.toMatchObject({ code: 'unsafe-url' });
    expect(other.requests).toEqual([]);
  });

  it('a redirect from the FHIR origin to a storage host is followed without the token, the signed URL unchanged', async ({ startStubServer, stubClient }) => {
    const signed = '/bucket/patient.ndjson?X-Amz-Signature=ab%2Fcd%3D&X-Amz-Expires=300&empty=';
    const storage = await startStubServer((req, res) => {
      if (req.url !== signed) return json(res, 403, 'signature mismatch');
      res.writeHead(200, { 'content-type': 'application/fhir+ndjson' });
      res.end(NDJSON);
    });
    const server = exportServer(() => manifestFor(`${base()}/files/patient.ndjson`, true), {
      files: (_req, res) => {
        res.writeHead(307, { location: `${storage.url}${signed}` });
        res.end();
      },
    });
    const fhir = await startStubServer(server.handler);
    const base = () => fhir.url;
    server.setBase(fhir.url);
    const job = await stubClient(fhir).fhir.bulkExport({ patient: true });
    expect(idsOf(await collect(job.resources()))).toEqual(['Patient/p1', 'Patient/p2']);
    const fileRequest = fhir.requests.find((r) => r.url === '/files/patient.ndjson') as StubServer['requests'][number];
    expect(fileRequest.headers.authorization).toBe('Bearer stub-token');
    expect(storage.requests.map((r) => r.url)).toEqual([signed]);
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
  });
});
