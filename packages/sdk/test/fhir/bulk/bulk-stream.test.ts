/**
 * The streamed download underneath bulk export: lines cut at any byte (inside UTF-8
 * characters too), the fetch sender's stream, an idle stall ended by timeoutMs and resumed,
 * and files far larger than maxResponseBytes (which caps buffered answers, and here a line).
 */
import { describe, expect } from 'vitest';
import { LineSplitter } from '../../../src/fhir/bulk/ndjson.js';
import { it, json } from '../../fixtures.js';
import { simToken } from '../helpers.js';
import { collect, idsOf, quick, rawExport } from './helpers.js';

describe('streamed NDJSON downloads', () => {
  it('splits lines the same wherever the chunks end, multi-byte characters and \\r\\n included', () => {
    const text = '{"a":"é漢🙂"}\r\n{"b":"x"}\n\n{"c":"ü"}';
    const bytes = new TextEncoder().encode(text);
    const expected = ['{"a":"é漢🙂"}', '{"b":"x"}', '', '{"c":"ü"}'];
    for (let cut = 0; cut <= bytes.length; cut++) {
      const splitter = new LineSplitter(100, 1024);
      const lines = [...splitter.push(bytes.subarray(0, cut)), ...splitter.push(bytes.subarray(cut))];
      const last = splitter.finish();
      expect([...lines, last].map((l) => l?.text)).toEqual(expected);
      expect(last?.end).toBe(100 + bytes.length);
      expect(lines[1]?.end).toBe(100 + new TextEncoder().encode('{"a":"é漢🙂"}\r\n{"b":"x"}\n').length);
    }
  });

  it('works the same over the fetch sender, cut downloads included', async ({ sim, client }) => {
    quick(sim, { pollsBeforeDone: 1 });
    const athena = client({ fetch: (input, init) => fetch(input, init) });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient', 'Encounter'] });
    const expected = await rawExport(job, await simToken(sim));
    sim.bulk.cutNextDownloads(2);
    let resumes = 0;
    job.on('resume', () => resumes++);
    expect(idsOf(await collect(job.resources()))).toEqual(expected);
    expect(resumes).toBe(2);
  });

  it('a server that stalls mid-file is cut by timeoutMs between chunks, and the download resumes', async ({ startStubServer, stubClient }) => {
    let downloads = 0;
    const stub = await startStubServer((req, res) => {
      const url = req.url ?? '';
      if (url.includes('$export')) return json(res, 202, {}, { 'content-location': `${stub.url}/status/1` });
      if (url.startsWith('/status/')) return json(res, 200, { transactionTime: 't', request: 'x', requiresAccessToken: true, output: [{ type: 'Patient', url: `${stub.url}/f.ndjson` }] });
      res.writeHead(200, { 'content-type': 'application/fhir+ndjson' });
      // The first download stalls forever inside the second line; the second sends the whole file.
      if (++downloads === 1) res.write('{"resourceType":"Patient","id":"p1"}\n{"resourceType":"Pat');
      else res.end('{"resourceType":"Patient","id":"p1"}\n{"resourceType":"Patient","id":"p2"}\n');
    });
    const athena = stubClient(stub, { timeoutMs: 300 });
    const job = await athena.fhir.bulkExport({ patient: true });
    const resources = await collect(job.resources());
    // The second answer restarts the file (no Range support): p1 is skipped, not repeated.
    expect(idsOf(resources)).toEqual(['Patient/p1', 'Patient/p2']);
    expect(downloads).toBe(2);
  });

  it('on the fetch sender, a download whose next read never settles is cut by timeoutMs and resumes', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((req, res) => {
      const url = req.url ?? '';
      if (url.includes('$export')) return json(res, 202, {}, { 'content-location': `${stub.url}/status/1` });
      if (url.startsWith('/status/')) return json(res, 200, { transactionTime: 't', request: 'x', requiresAccessToken: true, output: [{ type: 'Patient', url: `${stub.url}/f.ndjson` }] });
      res.writeHead(200, { 'content-type': 'application/fhir+ndjson' });
      res.end('{"resourceType":"Patient","id":"p1"}\n{"resourceType":"Patient","id":"p2"}\n');
    });
    let downloads = 0;
    const athena = stubClient(stub, {
      timeoutMs: 300,
      fetch: (input, init) => {
        if (!String(input).endsWith('.ndjson') || ++downloads > 1) return fetch(input, init);
        // The first download yields a line and a half, then a read that never settles and
        // ignores the abort (how Node's fetch can behave when a connection resets mid-body).
        let sent = false;
        const body = new ReadableStream<Uint8Array>({
          pull: (controller) => {
            if (sent) return new Promise<void>(() => {});
            sent = true;
            controller.enqueue(new TextEncoder().encode('{"resourceType":"Patient","id":"p1"}\n{"resourceType":"Pat'));
            return undefined;
          },
        });
        return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/fhir+ndjson' } }));
      },
    });
    const job = await athena.fhir.bulkExport({ patient: true });
    expect(idsOf(await collect(job.resources()))).toEqual(['Patient/p1', 'Patient/p2']);
    expect(downloads).toBe(2);
  });

  it('a file many times maxResponseBytes streams through; maxResponseBytes caps one line', async ({ sim, client }) => {
    quick(sim, { pollsBeforeDone: 0, resourcesPerFile: 1000 });
    const athena = client({ maxResponseBytes: 16 * 1024 });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient'] });
    const patients = await collect(job.resources());
    expect(patients).toHaveLength(120);
    expect(JSON.stringify(patients).length).toBeGreaterThan(4 * 16 * 1024);

    // Patient lines are about 700 bytes; the kick-off and manifest answers fit in 600.
    const tiny = await client({ maxResponseBytes: 600 }).fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient'] });
    await expect(collect(tiny.resources())).rejects.toMatchObject({ code: 'line-too-long' });
  });
});
