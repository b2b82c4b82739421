/**
 * A bulk export survives faults and restarts: cut downloads resume after the last complete
 * line (Range, or skipping), a saved job carries on in a new client without downloading
 * finished files again, polling rides out 429/5xx, and an expired job is a typed error.
 */
import { describe, expect } from 'vitest';
import { BulkExportError, type BulkExportResume, type FhirResource } from '../../../src/index.js';
import { it, json } from '../../fixtures.js';
import { simToken } from '../helpers.js';
import { collect, idsOf, quick, rawExport } from './helpers.js';

describe('bulk export resumption and faults', () => {
  for (const acceptRanges of [true, false]) {
    it(`a download cut mid-line resumes after the last complete line (${acceptRanges ? 'Range' : 'skipping, no Range support'})`, async ({ sim, athena }) => {
      quick(sim, { pollsBeforeDone: 0, acceptRanges });
      const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient', 'Observation'] });
      const expected = await rawExport(job, await simToken(sim));
      const downloadsBefore = sim.bulk.downloads;
      sim.bulk.cutNextDownloads(3);
      const resumes: BulkExportResume[] = [];
      job.on('resume', (r) => resumes.push(r));
      const all = await collect(job.resources());
      expect(idsOf(all)).toEqual(expected);
      expect(resumes).toHaveLength(3);
      expect(resumes.every((r) => r.usedRange === acceptRanges && r.lines > 0)).toBe(true);
      const files = (await job.files()).length;
      expect(sim.bulk.downloads - downloadsBefore).toBe(files + 3);
      const ranged = sim.requests.filter((r) => r.path.startsWith('/fhir/bulkfiles/') && r.headers.range !== undefined);
      expect(ranged).toHaveLength(3);
      expect(ranged.every((r) => r.status === (acceptRanges ? 206 : 200))).toBe(true);
    });
  }

  it('a saved job resumes in a new client: finished files are not downloaded again, the partial one carries on', async ({ sim, client }) => {
    quick(sim, { pollsBeforeDone: 1 });
    const first = client();
    const job = await first.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient', 'Condition'] });
    // Saved before the manifest: the resumed job polls on.
    const early = JSON.parse(JSON.stringify(job.save())) as unknown;
    const expected = await rawExport(job, await simToken(sim));
    const files = await job.files();
    const seen: FhirResource[] = [];
    // Two files and a half, then "crash".
    const stopAt = 7 * 2 + 3;
    for await (const r of job.resources()) {
      seen.push(r);
      if (seen.length === stopAt) break;
    }
    const saved = JSON.parse(JSON.stringify(job.save())) as { files: Record<string, { lines: number; done: boolean }> };
    expect(Object.values(saved.files).map((f) => [f.lines, f.done])).toEqual([[7, true], [7, true], [3, false]]);
    first.close();

    const downloadsBefore = sim.bulk.downloads;
    sim.resetStats();
    const second = client();
    const resumed = second.fhir.resumeBulkExport(saved);
    const rest = await collect(resumed.resources());
    expect(idsOf([...seen, ...rest])).toEqual(expected);
    expect(sim.bulk.downloads - downloadsBefore).toBe(files.length - 2);
    expect(sim.requests.filter((r) => r.path.startsWith('/fhir/bulkstatus/'))).toEqual([]);
    const firstRequest = sim.requests.find((r) => r.path.startsWith('/fhir/bulkfiles/'));
    expect(firstRequest?.path).toBe(new URL(files[2]?.url as string).pathname);
    expect(firstRequest?.headers.range).toMatch(/^bytes=\d+-$/);
    expect(firstRequest?.status).toBe(206);

    const fromEarly = second.fhir.resumeBulkExport(early, { pollIntervalMs: 5 });
    expect((await fromEarly.manifest()).output).toEqual(files.filter((f) => f.kind === 'output'));
  });

  it('refuses a state it cannot resume, with a bad-state BulkExportError and no request', async ({ sim, athena }) => {
    for (const state of [null, {}, { version: 2, statusUrl: `${sim.url}/x`, files: {} }, { version: 1, statusUrl: `${sim.url}/x`, files: { a: { lines: -1, bytes: 0, done: false } } }]) {
      expect(() => athena.fhir.resumeBulkExport(state)).toThrow(BulkExportError);
    }
    expect(() => athena.fhir.resumeBulkExport({ version: 1, statusUrl: 'http://example.com/status', files: {} })).toThrow(/only https/);
    expect(sim.requests).toEqual([]);
  });

  it('polling rides out 503s, a 429 and transient OperationOutcomes beyond the client’s retries; a lasting 500 is the server’s error', async ({ sim, athena }) => {
    quick(sim, { pollsBeforeDone: 1 });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient'], pollIntervalMs: 5 });
    const status = { path: /^\/fhir\/bulkstatus\// };
    const transient = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient', diagnostics: 'Try again.' }] };
    sim.faults.failNext(2, { status: 503, match: status });
    sim.faults.rateLimitNext(1, { retryAfter: '0', match: status });
    // More transient failures than the client's retries: the job polls again by itself.
    sim.faults.failNext(4, { status: 500, body: transient, match: status });
    const manifest = await job.manifest();
    expect(manifest.output.length).toBeGreaterThan(0);
    const polls = sim.requests.filter((r) => r.path.startsWith('/fhir/bulkstatus/')).map((r) => r.status);
    expect(polls).toEqual([503, 503, 429, 500, 500, 500, 500, 202, 200]);

    const failing = await athena.fhir.bulkExport({ group: sim.bulk.groupId, pollIntervalMs: 5 });
    sim.faults.failNext(20, { status: 500, match: status });
    await expect(failing.manifest()).rejects.toMatchObject({ status: 500 });
  });

  it('an expired status URL (410) is an expired BulkExportError (a deleted one, 404: see the cancel test)', async ({ sim, athena }) => {
    quick(sim, { pollsBeforeDone: 5 });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId });
    sim.bulk.expireJobs();
    await expect(job.manifest()).rejects.toMatchObject({ name: 'BulkExportError', code: 'expired', status: 410 });
  });

  it('an absurd Retry-After (an epoch timestamp) is cut to maxPollIntervalMs, not slept through', async ({ startStubServer, stubClient }) => {
    let polls = 0;
    const stub = await startStubServer((req, res) => {
      if ((req.url ?? '').includes('$export')) return json(res, 202, {}, { 'content-location': `${stub.url}/status/1` });
      if (++polls < 3) return json(res, 202, '', { 'retry-after': String(Date.now()), 'x-progress': 'busy' });
      json(res, 200, { transactionTime: '2026-12-02T10:00:00+00:00', request: 'x', requiresAccessToken: true, output: [], error: [] });
    });
    const job = await stubClient(stub).fhir.bulkExport({ patient: true, maxPollIntervalMs: 10 });
    const waits: number[] = [];
    job.on('progress', (p) => waits.push(p.nextPollMs));
    await job.manifest();
    expect(waits).toEqual([10, 10]);
  });

  it('a line that is not a resource, or longer than maxLineBytes, is a typed error naming no content', async ({ startStubServer, stubClient }) => {
    let body = '';
    const stub = await startStubServer((req, res) => {
      const url = req.url ?? '';
      if (url.includes('$export')) return json(res, 202, {}, { 'content-location': `${stub.url}/status/1` });
      if (url.startsWith('/status/')) return json(res, 200, { transactionTime: 't', request: 'x', requiresAccessToken: true, output: [{ type: 'Patient', url: `${stub.url}/f.ndjson` }] });
      res.writeHead(200);
      res.end(body);
    });
    body = '{"resourceType":"Patient","id":"p1"}\n{"name":"Jane Secret"}\n';
    const athena = stubClient(stub);
    const job = await athena.fhir.bulkExport({ patient: true });
    const error = await collect(job.resources()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BulkExportError', code: 'bad-answer' });
    expect((error as Error).message).toMatch(/line 2 of output file 1 \(Patient\)/);
    expect((error as Error).message).not.toContain('Secret');

    body = `{"resourceType":"Patient","id":"p1"}\n{"resourceType":"Patient","id":"${'x'.repeat(5000)}"}\n`;
    const small = await athena.fhir.bulkExport({ patient: true, maxLineBytes: 1000 });
    const got: string[] = [];
    const tooLong = await (async () => {
      for await (const r of small.resources()) got.push(r.id as string);
    })().catch((e: unknown) => e);
    expect(got).toEqual(['p1']);
    expect(tooLong).toMatchObject({ code: 'line-too-long' });
  });
});
