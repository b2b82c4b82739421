/** Shared by the bulk export tests: a simulator set for quick polls, and small helpers. */
import type { BulkExportJob, FhirResource } from '../../../src/index.js';
import type { Simulator } from '../../../src/simulator/index.js';

/** Fast polls, small files: a few patients make several files per type. */
export function quick(sim: Simulator, extra: Parameters<Simulator['bulk']['configure']>[0] = {}): void {
  sim.bulk.configure({ pollsBeforeDone: 2, retryAfter: '0.01', resourcesPerFile: 7, ...extra });
}

export async function collect<T = FhirResource>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

export function idsOf(resources: readonly FhirResource[]): string[] {
  return resources.map((r) => `${r.resourceType}/${r.id}`);
}

/** Every resource the job's files hold, read by the test itself with fetch (the token given when the files need it). */
export async function rawExport(job: BulkExportJob, token?: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of await job.files()) {
    if (file.kind !== 'output') continue;
    const response = await fetch(file.url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
    for (const line of (await response.text()).split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as FhirResource;
      out.push(`${r.resourceType}/${r.id}`);
    }
  }
  return out;
}
