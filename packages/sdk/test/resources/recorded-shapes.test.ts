/**
 * Recorded shapes (issue 14, item 6): for every area, answers in athena's real shapes, each
 * a minimal synthetic reproduction of a recorded answer whose source the fixture names
 * (test/fixtures/recorded/<area>/*.json). A local server answers them; the typed method
 * decodes them. Asserts that nothing athena sent is dropped and that every numeric id
 * (listed in the fixture as `numericIds`) comes out a string, and that the arguments went
 * out as athena expects them (`sent`: dates as mm/dd/yyyy, booleans as "true").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allOperations, type AthenaClient, type Page } from '../../src/index.js';
import { json, startStubServer, stubClient, type StubServer } from '../helpers.js';

interface Recorded {
  source: string;
  method: string;
  args: unknown[];
  /** `METHOD /path` under `/v1/{practiceid}`. */
  request: string;
  /** Parameters as they must appear on the wire (query or form body). */
  sent?: Record<string, string>;
  /** Where the decoded record sits in the answer (`0`, `practiceinfo.0`); the whole answer when absent. */
  result?: string;
  answer: unknown;
  /** Paths of the answer's numeric `…id`/`npi` fields: the decoded value holds them as strings. */
  numericIds: string[];
}

const root = fileURLToPath(new URL('../fixtures/recorded/', import.meta.url));
const areas = readdirSync(root).sort();

function load(area: string): [string, Recorded][] {
  return readdirSync(`${root}${area}`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(`${root}${area}/${f}`, 'utf8')) as Recorded]);
}

/** Walks a dotted path (`appointments.0.appointmentid`). */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], value);
}

/** The answer as the SDK must give it back: the listed ids as strings, nothing else changed. */
function expected(fixture: Recorded): unknown {
  const copy = structuredClone(fixture.answer);
  for (const path of fixture.numericIds) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = (keys.length > 0 ? at(copy, keys.join('.')) : copy) as Record<string, unknown>;
    expect(typeof parent[last], `${path} is a number in the recorded answer`).toBe('number');
    parent[last] = String(parent[last]);
  }
  return copy;
}

function without(value: unknown, ...keys: string[]): Record<string, unknown> {
  const out = { ...(value as Record<string, unknown>) };
  for (const key of keys) delete out[key];
  return out;
}

let stub: StubServer;
let athena: AthenaClient;
let current: Recorded | undefined;

beforeAll(async () => {
  stub = await startStubServer((_req, res) => json(res, 200, current?.answer ?? {}));
  athena = stubClient(stub);
});

afterAll(async () => {
  athena.close();
  await stub.stop();
});

async function call(fixture: Recorded): Promise<unknown> {
  current = fixture;
  const [area, name] = fixture.method.split('.') as [string, string];
  const resource = (athena as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>)[area];
  if (typeof resource?.[name] !== 'function') throw new Error(`${fixture.method} is not a method of the client`);
  const sentBefore = stub.requests.length;
  const result = await resource[name](...structuredClone(fixture.args));
  const request = stub.requests.slice(sentBefore).find((r) => r.url !== '/oauth2/v1/token');
  const [method, path] = fixture.request.split(' ') as [string, string];
  const url = new URL(request?.url ?? '/', 'http://stub');
  expect(`${request?.method} ${url.pathname}`).toBe(`${method} /v1/195900${path}`);
  const wire = method === 'GET' || method === 'DELETE' ? url.searchParams : new URLSearchParams(request?.body);
  for (const [key, value] of Object.entries(fixture.sent ?? {})) expect(wire.get(key), `${key} on the wire`).toBe(value);
  return result;
}

for (const area of areas) {
  describe(`recorded shapes: ${area}`, () => {
    const fixtures = load(area);

    it('has a recorded answer with a source, and at least one numeric id to convert', () => {
      expect(fixtures.length).toBeGreaterThan(0);
      for (const [, f] of fixtures) expect(f.source).toMatch(/\S/);
      expect(fixtures.some(([, f]) => f.numericIds.length > 0)).toBe(true);
    });

    for (const [file, fixture] of fixtures) {
      it(`${fixture.method} keeps every field athena sent (${file})`, async () => {
        const op = allOperations.find((o) => o.id === fixture.method);
        expect(op, `${fixture.method} is in the operation table`).toBeDefined();
        const want = expected(fixture);
        const result = await call(fixture);
        if (op?.response.kind === 'page') {
          const page = result as Page<unknown>;
          // A page is its items, its section-level fields and athena's paging fields; `previous` is not kept (the SDK follows `next`).
          const rebuilt: Record<string, unknown> = { [op.response.collectionKey]: page.items, ...page.section };
          if ('totalcount' in (want as object)) rebuilt.totalcount = page.totalCount;
          if ('next' in (want as object)) rebuilt.next = page.next;
          expect(rebuilt).toEqual(without(want, 'previous'));
        } else if (fixture.method === 'chart.getAllergies') {
          const list = result as Record<string, unknown>;
          expect(without(list, 'section')).toEqual(want);
          expect(list.section).toEqual(without(want, 'allergies'));
        } else {
          expect(result).toEqual(fixture.result === undefined ? want : at(want, fixture.result));
        }
      });
    }
  });
}

describe('recorded shapes: chart lists keep their section-level fields the same way', () => {
  const chart = Object.fromEntries(load('chart')) as Record<string, Recorded>;

  it('a paged chart list has them on page.section', async () => {
    const fixture = chart['list-problems.json'] as Recorded;
    const page = (await call(fixture)) as Page<unknown>;
    expect(page.section).toEqual({ lastmodifieddatetime: '2026-01-11T17:03:05-05:00', lastupdated: '01/11/2026', lastmodifiedby: 'jdoe', noproblemsreported: 'false' });
  });

  it('a section field named like a prototype key stays a plain field', async () => {
    current = { ...(chart['list-problems.json'] as Recorded), answer: JSON.parse('{"problems":[],"__proto__":{"polluted":"yes"},"lastupdated":"01/11/2026"}') };
    const page = (await athena.chart.listProblems('1', { departmentid: '1' })) as Page<unknown>;
    expect(Object.getPrototypeOf(page.section)).toBe(Object.prototype);
    expect(Object.keys(page.section)).toEqual(['__proto__', 'lastupdated']);
    expect((page.section as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('getMedications has them on section, with the download-consent fields', async () => {
    const fixture = chart['get-medications.json'] as Recorded;
    current = fixture;
    const list = await athena.chart.getMedications('1', { departmentid: '1', medicationtype: 'ACTIVE' });
    expect(list.section).toEqual(without(fixture.answer, 'medications'));
    expect(list.section).toMatchObject({ patientdownloadconsent: true, patientneedsdownloadconsent: false });
    expect(list.entries.map((m) => [m.medicationid, m.historyIndex])).toEqual([['231555', 0], ['231753', 1]]);
    expect(list.lastupdated).toBe('03/16/2026');
  });

  it('getAllergies has them on section, also through withResponse()', async () => {
    current = chart['get-allergies.json'] as Recorded;
    const { data, response } = await athena.chart.getAllergies('1', { departmentid: '1' }).withResponse();
    expect(response.status).toBe(200);
    expect(data.section).toMatchObject({ nkda: false, sectionnote: 'confirmed', lastupdated: '06/13/2026' });
    expect(data.section).not.toHaveProperty('allergies');
    expect(data.allergies[0]?.allergenid).toBe('24329');
    expect(await athena.chart.getAllergies('1', { departmentid: '1' })).toHaveProperty('section.sectionnote', 'confirmed');
  });

  it('a failed getAllergies rejects through await and withResponse() alike', async () => {
    current = undefined;
    const failing = await startStubServer((_req, res) => json(res, 404, { error: 'Patient not found.' }));
    const client = stubClient(failing);
    try {
      await expect(client.chart.getAllergies('1', { departmentid: '1' }).withResponse()).rejects.toThrow(/not found/i);
      await expect(client.chart.getAllergies('1', { departmentid: '1' })).rejects.toThrow(/not found/i);
    } finally {
      client.close();
      await failing.stop();
    }
  });
});
