import { describe, expect } from 'vitest';
import { BulkExportError, FhirError, InvalidRequestError, type BulkExportProgress } from '../../../src/index.js';
import { it } from '../../fixtures.js';
import { simToken } from '../helpers.js';
import { collect, idsOf, quick, rawExport } from './helpers.js';

describe('athena.fhir.bulkExport against the simulator', () => {
  it('kicks off Group/{id}/$export with Prefer, Accept and ah-practice, polls with progress, and reads every resource', async ({ sim, athena }) => {
    quick(sim, { pollsBeforeDone: 3 });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, types: ['Patient', 'Condition'], since: '2020-01-01' });
    const kickOff = sim.requests.find((r) => r.path.endsWith('/$export'));
    expect(kickOff?.path).toBe(`/fhir/r4/Group/${sim.bulk.groupId}/$export`);
    expect(kickOff?.headers.prefer).toBe('respond-async');
    expect(kickOff?.headers.accept).toBe('application/fhir+json');
    expect(kickOff?.query).toMatchObject({ _type: 'Patient,Condition', _since: '2020-01-01T00:00:00Z', 'ah-practice': 'Organization/a-1.Practice-195900' });
    expect(job.statusUrl).toMatch(/\/fhir\/bulkstatus\/[0-9a-f]+$/);

    const progress: BulkExportProgress[] = [];
    job.on('progress', (p) => progress.push(p));
    const manifest = await job.manifest();
    expect(progress.map((p) => p.polls)).toEqual([1, 2, 3]);
    expect(progress[0]?.progress).toMatch(/% complete/);
    expect(progress[0]?.nextPollMs).toBe(10);
    expect(manifest.requiresAccessToken).toBe(true);
    expect(manifest.transactionTime).toMatch(/\+00:00$/);
    expect(new Set(manifest.output.map((f) => f.type))).toEqual(new Set(['Patient', 'Condition']));
    expect(manifest.output.filter((f) => f.type === 'Patient').length).toBeGreaterThan(1);
    // The same promise: no more polls.
    const polls = sim.requests.filter((r) => r.path.startsWith('/fhir/bulkstatus/')).length;
    await job.manifest();
    expect(sim.requests.filter((r) => r.path.startsWith('/fhir/bulkstatus/')).length).toBe(polls);

    const all = await collect(job.resources());
    const expected = await rawExport(job, await simToken(sim));
    expect(idsOf(all)).toEqual(expected);
    expect(all.filter((r) => r.resourceType === 'Patient')).toHaveLength(120);
    const counted = manifest.output.reduce((n, f) => n + (f.count ?? 0), 0);
    expect(all).toHaveLength(counted);
  });

  it('resources(type) reads only that type; a finished file is not downloaded again', async ({ sim, athena }) => {
    quick(sim, { pollsBeforeDone: 0 });
    const job = await athena.fhir.bulkExport({ patient: true, types: ['Patient', 'AllergyIntolerance'] });
    const allergies = await collect(job.resources('AllergyIntolerance'));
    expect(allergies.length).toBeGreaterThan(0);
    expect(allergies.every((r) => r.resourceType === 'AllergyIntolerance')).toBe(true);
    const downloads = sim.bulk.downloads;
    expect(downloads).toBe((await job.files()).filter((f) => f.type === 'AllergyIntolerance').length);
    await expect(collect(job.resources('AllergyIntolerance'))).resolves.toEqual([]);
    expect(sim.bulk.downloads).toBe(downloads);
    const patients = await collect(job.resources());
    expect(patients.map((r) => r.resourceType)).toEqual(Array(120).fill('Patient'));
  });

  it('a system export goes to [base]/$export; types the server does not serve come back as error files, read by issues()', async ({ sim, athena }) => {
    quick(sim, { pollsBeforeDone: 0 });
    const job = await athena.fhir.bulkExport({ types: ['Practitioner', 'Goal', 'CarePlan'], outputFormat: 'application/fhir+ndjson', typeFilters: ['Practitioner?active=true'] });
    const kickOff = sim.requests.find((r) => r.path.endsWith('/$export'));
    expect(kickOff?.path).toBe('/fhir/r4/$export');
    expect(kickOff?.query._outputFormat).toBe('application/fhir+ndjson');
    expect(kickOff?.query._typeFilter).toBe('Practitioner?active=true');
    const files = await job.files();
    expect(files.filter((f) => f.kind === 'error').map((f) => f.type)).toEqual(['OperationOutcome']);
    const issues = await collect(job.issues());
    expect(issues.map((o) => o.issue[0]?.details?.text)).toEqual(['Resource type Goal is not exported.', 'Resource type CarePlan is not exported.']);
    const practitioners = await collect(job.resources());
    expect(practitioners.length).toBeGreaterThan(0);
    expect(practitioners.every((r) => r.resourceType === 'Practitioner')).toBe(true);
  });

  it('a _since after the data changed gives an empty manifest and no resources', async ({ sim, athena }) => {
    quick(sim, { pollsBeforeDone: 0 });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId, since: new Date(Date.now() + 60_000) });
    expect((await job.manifest()).output).toEqual([]);
    await expect(collect(job.resources())).resolves.toEqual([]);
  });

  it('refuses bad options before any request, with InvalidRequestError', async ({ sim, athena }) => {
    const bad: unknown[] = [
      { group: 'a/b' },
      { group: 'g-1', patient: true },
      { patient: 'yes' },
      { types: [] },
      { types: ['patient'] },
      { types: 'Patient' },
      { since: '01/02/2026' },
      { since: '2026-01-01T00:00:00' },
      { since: new Date(Number.NaN) },
      { typeFilters: ['category=lab'] },
      { types: ['Patient'], typeFilters: ['Observation?category=laboratory'] },
      { outputFormat: 'text/csv' },
      { pollIntervalMs: -1 },
      { maxLineBytes: 0 },
      { grop: 'typo' },
      'Patient',
    ];
    for (const options of bad) {
      await expect(athena.fhir.bulkExport(options as never), JSON.stringify(options)).rejects.toBeInstanceOf(InvalidRequestError);
    }
    expect(sim.requests).toHaveLength(0);
  });

  it('an unknown group is the server’s FhirError (404); polling a cancelled job is an expired BulkExportError', async ({ sim, athena }) => {
    await expect(athena.fhir.bulkExport({ group: 'a-195900.group-nope' })).rejects.toMatchObject({ name: 'FhirError', status: 404 });
    quick(sim, { pollsBeforeDone: 50, retryAfter: '0.05' });
    const job = await athena.fhir.bulkExport({ group: sim.bulk.groupId });
    const polled = job.manifest().catch((e: unknown) => e);
    await new Promise<void>((resolve) => job.on('progress', () => resolve()));
    await job.cancel();
    const deletes = sim.requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.path)).toEqual([new URL(job.statusUrl).pathname]);
    expect(deletes[0]?.status).toBe(202);
    expect(await polled).toMatchObject({ name: 'BulkExportError', code: 'cancelled' });
    // Cancelled on the server too: a new job handle for it finds it gone.
    const again = athena.fhir.resumeBulkExport({ version: 1, statusUrl: job.statusUrl, files: {} });
    const error = await again.manifest().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkExportError);
    expect(error).toMatchObject({ code: 'expired', status: 404 });
    expect(error).not.toBeInstanceOf(FhirError);
  });
});
