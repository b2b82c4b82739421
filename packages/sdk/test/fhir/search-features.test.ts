import { describe, expect } from 'vitest';
import { FhirError, type fhir4 } from '../../src/index.js';
import { it } from '../fixtures.js';

const patient = 'Patient/a-195900.E-12';
const idsOf = (bundle: fhir4.Bundle, mode: 'match' | 'include') =>
  (bundle.entry ?? []).filter((e) => e.search?.mode === mode).map((e) => `${e.resource?.resourceType}/${e.resource?.id}`);

describe('_include and _revinclude=Provenance:target', () => {
  it('Encounter?_include=Encounter:patient adds the patient once, as an include entry outside total', async ({ athena }) => {
    const plain = await athena.fhir.searchBundle('Encounter', { patient });
    const bundle = await athena.fhir.searchBundle('Encounter', { patient, _include: 'Encounter:patient' });
    expect(idsOf(bundle, 'match')).toEqual(idsOf(plain, 'match'));
    expect(idsOf(bundle, 'match').length).toBeGreaterThanOrEqual(2);
    expect(idsOf(bundle, 'include')).toEqual([patient]);
    expect(bundle.total).toBe(plain.total);
    const included = bundle.entry?.find((e) => e.search?.mode === 'include');
    expect(included?.fullUrl).toMatch(/\/fhir\/r4\/Patient\/a-195900\.E-12$/);
    // Iteration yields the matches only.
    const iterated = await athena.fhir.search('Encounter', { patient, _include: 'Encounter:patient' }).toArray({ limit: 10_000 });
    expect(iterated.map((e) => e.resourceType)).toEqual(idsOf(plain, 'match').map(() => 'Encounter'));
  });

  it('follows several includes, a target type, and keeps includes per page', async ({ athena }) => {
    const bundle = await athena.fhir.searchBundle('Observation', { patient, _include: ['Observation:encounter', 'Observation:patient'], _count: 2 });
    expect(idsOf(bundle, 'match')).toHaveLength(2);
    expect(idsOf(bundle, 'include').sort()).toEqual(['Encounter/a-195900.encounter-12-1', patient].sort());
    const encounters = await athena.fhir.searchBundle('Encounter', { patient, _include: 'Encounter:participant:Practitioner' });
    expect(idsOf(encounters, 'include')).toHaveLength(1);
    expect(idsOf(encounters, 'include')[0]).toMatch(/^Practitioner\/a-195900\.Provider-\d+$/);
    const next = encounters.link?.find((l) => l.relation === 'next');
    expect(next).toBeUndefined();
  });

  it('_revinclude=Provenance:target adds one Provenance per match, readable and searchable by target', async ({ athena }) => {
    const bundle = await athena.fhir.searchBundle('Condition', { patient, _revinclude: 'Provenance:target' });
    const matches = idsOf(bundle, 'match');
    const provenances = (bundle.entry ?? []).filter((e) => e.search?.mode === 'include').map((e) => e.resource as unknown as fhir4.Provenance);
    expect(provenances.map((p) => p.target[0]?.reference)).toEqual(matches);
    expect(provenances[0]?.agent[0]?.who?.reference).toBe('Organization/a-1.Practice-195900');
    const read = await athena.fhir.read('Provenance', provenances[0]?.id as string);
    expect(read).toEqual(provenances[0]);
    const byTarget = await athena.fhir.search('Provenance', { target: matches[0] as string }).toArray({ limit: 10_000 });
    expect(byTarget.map((p) => p.id)).toEqual([provenances[0]?.id]);
  });

  it('refuses an include it cannot follow and any other _revinclude', async ({ athena }) => {
    await expect(athena.fhir.searchBundle('Encounter', { patient, _include: 'Encounter:nothing' })).rejects.toMatchObject({ status: 400 });
    await expect(athena.fhir.searchBundle('Encounter', { patient, _revinclude: 'Condition:encounter' })).rejects.toBeInstanceOf(FhirError);
  });
});

describe('date and _lastUpdated with comparison prefixes', () => {
  const starts = (bundle: fhir4.Bundle) => (bundle.entry ?? []).map((e) => (e.resource as fhir4.Encounter).period?.start as string);
  /** Patients 1..40: enough encounters on either side of any date. */
  const patients = Array.from({ length: 40 }, (_, i) => `Patient/a-195900.E-${i + 1}`).join(',');

  it('ge, lt, eq, ne, sa and eb split the encounters as their ranges say', async ({ athena }) => {
    const all = starts(await athena.fhir.searchBundle('Encounter', { patient: patients, _count: 1000 }));
    expect(all.length).toBe(80);
    const ge = starts(await athena.fhir.searchBundle('Encounter', { patient: patients, date: 'ge2024-06-01', _count: 1000 }));
    const lt = starts(await athena.fhir.searchBundle('Encounter', { patient: patients, date: 'lt2024-06-01', _count: 1000 }));
    expect(ge.length).toBeGreaterThan(0);
    expect(lt.length).toBeGreaterThan(0);
    expect(ge.every((s) => s >= '2024-06-01')).toBe(true);
    expect(lt.every((s) => s < '2024-06-01')).toBe(true);
    expect(ge.length + lt.length).toBe(all.length);

    // A year is a range: eq2024 keeps the visits inside it, ne2024 the others.
    const in2024 = all.filter((s) => s.startsWith('2024'));
    expect(in2024.length).toBeGreaterThan(0);
    expect(starts(await athena.fhir.searchBundle('Encounter', { patient: patients, date: '2024', _count: 1000 }))).toEqual(in2024);
    expect(starts(await athena.fhir.searchBundle('Encounter', { patient: patients, date: 'ne2024', _count: 1000 })).length).toBe(all.length - in2024.length);
    // Repeating the parameter ANDs: the second half of 2024.
    const half = starts(await athena.fhir.searchBundle('Encounter', { patient: patients, date: ['sa2024-06-30', 'eb2025-01-01'], _count: 1000 }));
    expect(half).toEqual(all.filter((s) => s >= '2024-07-01' && s < '2025'));
    // A comma ORs: 2023 or 2025.
    const either = starts(await athena.fhir.searchBundle('Encounter', { patient: patients, date: '2023,2025', _count: 1000 }));
    expect(either).toEqual(all.filter((s) => !s.startsWith('2024')));
  });

  it('_lastUpdated filters on meta.lastUpdated; a bad value or a date the type lacks is a 400', async ({ athena }) => {
    const all = (await athena.fhir.search('Observation', { patient: patients, _count: 1000 }).toArray({ limit: 10_000 })) as fhir4.Observation[];
    const cut = '2024-01-01T00:00:00Z';
    const after = await athena.fhir.search('Observation', { patient: patients, _lastUpdated: `gt${cut}`, _count: 1000 }).toArray({ limit: 10_000 });
    const expected = all.filter((o) => (o.meta?.lastUpdated as string) > cut).map((o) => o.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(after.map((o) => o.id)).toEqual(expected);
    await expect(athena.fhir.searchBundle('Observation', { patient, _lastUpdated: 'after2024' })).rejects.toMatchObject({ status: 400 });
    await expect(athena.fhir.searchBundle('Observation', { patient, date: 'ge2024-02-30' })).rejects.toMatchObject({ status: 400 });
    await expect(athena.fhir.searchBundle('MedicationRequest', { patient, intent: 'order', date: 'ge2024' })).rejects.toMatchObject({ status: 400 });
  });
});

describe('_count', () => {
  it('caps a page at 1000 and the next links carry on to the last match; _count=0 gives the total alone', async ({ simulator, clientFor }) => {
    const sim = await simulator({ patientCount: 400 });
    const athena = clientFor(sim);
    // 350 patients × 3 vital-sign Observations = 1050 matches.
    const many = Array.from({ length: 350 }, (_, i) => `a-195900.E-${i + 1}`).join(',');
    const first = await athena.fhir.searchBundle('Observation', { patient: many, _count: 5000 });
    expect(first.total).toBe(1050);
    expect(first.entry).toHaveLength(1000);
    const next = new URL(first.link?.find((l) => l.relation === 'next')?.url as string).searchParams;
    expect(next.get('_count')).toBe('1000');
    expect(next.get('cursor')).not.toBeNull();
    sim.resetStats();
    const all = await athena.fhir.search('Observation', { patient: many, _count: 5000 }).toArray({ limit: 10_000 });
    expect(all).toHaveLength(1050);
    expect(new Set(all.map((o) => o.id)).size).toBe(1050);
    expect(sim.stats.fhirRequests).toBe(2);

    const countOnly = await athena.fhir.searchBundle('Observation', { patient: many, _count: 0 });
    expect(countOnly.total).toBe(1050);
    expect(countOnly.entry ?? []).toHaveLength(0);
    expect(countOnly.link?.find((l) => l.relation === 'next')).toBeUndefined();
  });
});
