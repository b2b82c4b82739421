import { describe, expect } from 'vitest';
import { AthenaError } from '../../src/index.js';
import { it, json, type StubServer } from '../fixtures.js';

describe('FHIR paging against the simulator', () => {
  it('iterates every resource across several Bundles, following next with its cursor', async ({ clientFor, simulator }) => {
    const sim = await simulator({ patientCount: 300 });
    const athena = clientFor(sim);
    const first = await athena.fhir.search('Patient', { family: 'Smith', gender: 'female', _count: 5 });
    expect(first.entry).toHaveLength(5);
    const total = first.total as number;
    expect(total).toBeGreaterThan(10);
    expect(first.link?.find((l) => l.relation === 'next')?.url).toMatch(/cursor=/);

    sim.resetStats();
    const ids: string[] = [];
    for await (const p of athena.fhir.search('Patient', { family: 'Smith', gender: 'female', _count: 5 })) {
      expect(p.name?.[0]?.family).toBe('Smith');
      expect(p.gender).toBe('female');
      ids.push(p.id as string);
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(sim.stats.fhirRequests).toBe(Math.ceil(total / 5));

    const sizes: number[] = [];
    for await (const bundle of athena.fhir.search('Patient', { family: 'Smith', gender: 'female', _count: 5 }).byPage()) sizes.push(bundle.entry?.length ?? 0);
    expect(sizes.length).toBe(Math.ceil(total / 5));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);

    await expect(athena.fhir.search('Patient', { family: 'Smith', _count: 5, gender: 'female' }).toArray({ limit: 7 })).resolves.toHaveLength(7);
  });

  it('nothing is sent until the search is awaited or iterated', async ({ sim, client }) => {
    const search = client().fhir.search('Patient', { name: 'Smith' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sim.stats.fhirRequests).toBe(0);
    await search;
    expect(sim.stats.fhirRequests).toBe(1);
  });
});

describe('FHIR paging edge cases', () => {
  const bundle = (ids: string[], next?: string) => ({
    resourceType: 'Bundle',
    type: 'searchset',
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: ids.map((id) => ({ resource: { resourceType: 'Patient', id }, search: { mode: 'match' } })),
  });

  it('refuses a next link to another origin, which would carry the token away', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => json(res, 200, bundle(['a-1.E-1'], 'http://evil.example/fhir/r4/Patient?cursor=x')));
    const iterate = async () => {
      for await (const _ of stubClient(stub as StubServer).fhir.search('Patient', { name: 'x' })) void _;
    };
    await expect(iterate()).rejects.toThrow(/outside this client's FHIR server/);
    expect(stub.requests.filter((r) => r.url.startsWith('/fhir/'))).toHaveLength(1);
  });

  it('refuses a next link into another practice, adds ah-practice when the link lacks it, and stops on a repeated link', async ({ startStubServer, stubClient }) => {
    let stub = await startStubServer((req, res) => {
      const url = req.url ?? '';
      if (url.includes('cursor=2')) json(res, 200, bundle(['a-1.E-3'], `${stub?.url}/fhir/r4/Patient?name=x&cursor=2`));
      else if (url.includes('cursor=1')) json(res, 200, bundle(['a-1.E-2'], `/fhir/r4/Patient?name=x&cursor=2`));
      else json(res, 200, bundle(['a-1.E-1'], `${stub?.url}/fhir/r4/Patient?name=x&cursor=1`));
    });
    const ids: string[] = [];
    for await (const p of stubClient(stub).fhir.search('Patient', { name: 'x' })) ids.push(p.id as string);
    expect(ids).toEqual(['a-1.E-1', 'a-1.E-2', 'a-1.E-3']);
    const fhir = stub.requests.filter((r) => r.url.startsWith('/fhir/'));
    expect(fhir).toHaveLength(3);
    for (const r of fhir) expect(new URL(r.url, stub.url).searchParams.get('ah-practice')).toBe('Organization/a-1.Practice-195900');

    stub = await startStubServer((_req, res) =>
      json(res, 200, bundle(['a-1.E-1'], `/fhir/r4/Patient?name=x&cursor=1&ah-practice=Organization/a-1.Practice-1`)),
    );
    const other = async () => {
      for await (const _ of stubClient(stub as StubServer).fhir.search('Patient', { name: 'x' })) void _;
    };
    await expect(other()).rejects.toBeInstanceOf(AthenaError);
    expect(stub.requests.filter((r) => r.url.startsWith('/fhir/'))).toHaveLength(1);
  });

  it('leaves _include-d resources out of iteration but keeps them in byPage', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) =>
      json(res, 200, {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [
          { resource: { resourceType: 'Condition', id: 'c1' }, search: { mode: 'match' } },
          { resource: { resourceType: 'Patient', id: 'p1' }, search: { mode: 'include' } },
        ],
      }),
    );
    const client = stubClient(stub);
    const items = await client.fhir.search('Condition', { patient: 'p1', _include: 'Condition:patient' }).toArray({ limit: 10 });
    expect(items.map((c) => c.id)).toEqual(['c1']);
    for await (const page of client.fhir.search('Condition', { patient: 'p1' }).byPage()) expect(page.entry).toHaveLength(2);
  });
});
