import { describe, expect } from 'vitest';
import { AthenaError, InvalidRequestError } from '../../src/index.js';
import { it, json, type StubServer } from '../fixtures.js';

describe('pagination against the simulator', () => {
  it.override({ simOptions: { patientCount: 300 } });

  it('iterates every item across several pages, following next as given', async ({ athena }) => {
    const first = await athena.patients.searchPatients({ lastname: 'Smith', limit: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.hasNextPage()).toBe(true);
    expect(first.totalCount).toBeGreaterThan(20);

    const ids: string[] = [];
    for await (const patient of athena.patients.searchPatients({ lastname: 'Smith', limit: 10 })) ids.push(patient.patientid);
    expect(ids).toHaveLength(first.totalCount as number);
    expect(new Set(ids).size).toBe(ids.length);

    const pageSizes: number[] = [];
    for await (const page of athena.patients.searchPatients({ lastname: 'Smith', limit: 10 }).byPage()) pageSizes.push(page.items.length);
    expect(pageSizes.length).toBe(Math.ceil(ids.length / 10));

    const second = await first.getNextPage();
    expect(second.items[0]?.patientid).toBe(ids[10]);
  });

  it('toArray needs a limit and stops there', async ({ athena }) => {
    await expect(athena.patients.searchPatients({ lastname: 'Smith' }).toArray({ limit: 15 })).resolves.toHaveLength(15);
    await expect(athena.patients.searchPatients({ lastname: 'Smith' }).toArray({ limit: 0 })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

describe('pagination edge cases', () => {
  const page = (ids: number[], next?: string) => ({ patients: ids.map((id) => ({ patientid: String(id) })), totalcount: 99, ...(next ? { next } : {}) });

  it('stops when next repeats a page already fetched', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((req, res) => {
      if (req.url?.includes('offset=1')) json(res, 200, page([2], '/v1/195900/patients?lastname=Loop&offset=1'));
      else json(res, 200, page([1], '/v1/195900/patients?lastname=Loop&offset=1'));
    });
    const ids: string[] = [];
    for await (const p of stubClient(stub).patients.searchPatients({ lastname: 'Loop' })) ids.push(p.patientid);
    expect(ids).toEqual(['1', '2']);
  });

  it('stops on an empty page even when it has a next link', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((req, res) => {
      if (req.url?.includes('offset=1')) json(res, 200, page([], '/v1/195900/patients?lastname=E&offset=2'));
      else json(res, 200, page([1], '/v1/195900/patients?lastname=E&offset=1'));
    });
    const ids: string[] = [];
    for await (const p of stubClient(stub).patients.searchPatients({ lastname: 'E' })) ids.push(p.patientid);
    expect(ids).toEqual(['1']);
    expect(stub.requests.filter((r) => r.url.startsWith('/v1/')).length).toBe(2);
  });

  it('refuses a next link to another origin, which would leak the token', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => json(res, 200, page([1], 'http://evil.example/v1/195900/patients?offset=1')));
    const iterate = async () => {
      for await (const _ of stubClient(stub as StubServer).patients.searchPatients({ lastname: 'X' })) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(AthenaError);
    expect(stub.requests.every((r) => !r.url.includes('evil'))).toBe(true);
  });
});
