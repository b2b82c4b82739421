import { describe, expect } from 'vitest';
import { parseFhirId, toFhirDepartmentId, toFhirPatientId, toFhirPracticeId, toFhirPractitionerId } from '../../src/index.js';
import { fileTest as it } from '../fixtures.js';

const patient = toFhirPatientId('195900', '12');

describe('the same records through REST and FHIR', () => {
  it('REST patient 12 is FHIR Patient a-195900.E-12 with the same name and birth date', async ({ athena }) => {
    const rest = await athena.patients.getPatient('12');
    const fhir = await athena.fhir.read('Patient', patient);
    expect(fhir.resourceType).toBe('Patient');
    expect(fhir.id).toBe('a-195900.E-12');
    expect(fhir.name?.[0]?.family).toBe(rest.lastname);
    expect(fhir.name?.[0]?.given?.[0]).toBe(rest.firstname);
    const [mm, dd, yyyy] = (rest.dob as string).split('/');
    expect(fhir.birthDate).toBe(`${yyyy}-${mm}-${dd}`);
    expect(fhir.gender).toBe(rest.sex === 'F' ? 'female' : 'male');
    expect(parseFhirId(fhir.managingOrganization?.reference as string)).toMatchObject({ kind: 'department', id: rest.departmentid });
  });

  it('finds the patient by name and birth date, by identifier and by _id', async ({ athena }) => {
    const rest = await athena.patients.getPatient('12');
    const [mm, dd, yyyy] = (rest.dob as string).split('/');
    const byName = await athena.fhir.search('Patient', { family: rest.lastname as string, birthdate: `${yyyy}-${mm}-${dd}` }).toArray({ limit: 50 });
    expect(byName.map((p) => p.id)).toContain(patient);
    const byIdentifier = await athena.fhir.searchBundle('Patient', { identifier: '12' });
    expect(byIdentifier.entry?.map((e) => e.resource?.id)).toEqual([patient]);
    const byId = await athena.fhir.searchBundle('Patient', { _id: patient });
    expect(byId.total).toBe(1);
  });

  it('a patient registered over REST shows up over FHIR', async ({ athena }) => {
    const { patientid } = await athena.patients.createPatient({ departmentid: '1', firstname: 'Ann', lastname: 'Quill', dob: '1980-05-01', sex: 'F' });
    const fhir = await athena.fhir.read('Patient', toFhirPatientId('195900', patientid));
    expect(fhir.name?.[0]).toMatchObject({ family: 'Quill', given: ['Ann'] });
    expect(fhir.birthDate).toBe('1980-05-01');
    const found = await athena.fhir.searchBundle('Patient', { family: 'Quill', given: 'Ann' });
    expect(found.entry?.map((e) => e.resource?.id)).toEqual([fhir.id]);
  });

  it('providers are Practitioners, read and searched', async ({ athena }) => {
    const provider = await athena.providers.getProvider('4');
    const practitioner = await athena.fhir.read('Practitioner', toFhirPractitionerId('195900', '4'));
    expect(practitioner.name?.[0]).toMatchObject({ family: provider.lastname, given: [provider.firstname] });
    expect(practitioner.identifier?.[0]?.value).toBe(provider.npi);
    const byNpi = await athena.fhir.searchBundle('Practitioner', { identifier: `http://hl7.org/fhir/sid/us-npi|${provider.npi}` });
    expect(byNpi.entry?.map((e) => e.resource?.id)).toEqual([practitioner.id]);
  });

  it('departments and the practice are Organizations', async ({ athena }) => {
    const department = await athena.departments.getDepartment('21');
    const org = await athena.fhir.read('Organization', toFhirDepartmentId('195900', '21'));
    expect(org.name).toBe(department.name);
    expect(org.partOf?.reference).toBe(`Organization/${toFhirPracticeId('195900')}`);
    const practice = await athena.fhir.read('Organization', toFhirPracticeId('195900'));
    const info = await athena.practice.getPracticeInfo();
    expect(practice.name).toBe(info.name);
    const both = await athena.fhir.searchBundle('Organization', { _id: `${org.id},${practice.id}` });
    expect(both.entry?.map((e) => e.resource?.id).sort()).toEqual([org.id, practice.id].sort());
  });
});

describe('clinical resources: search by patient, then read each by id', () => {
  const cases = [
    ['Encounter', {}],
    ['Condition', {}],
    ['AllergyIntolerance', {}],
    ['MedicationRequest', { intent: 'order,plan' }],
    ['Observation', {}],
    ['Immunization', {}],
    ['DocumentReference', {}],
  ] as const;

  it.for(cases)('%s', async ([type, extra], { athena }) => {
    // Patient 12 has no allergies; pick the first patient that has some of each type.
    let found: { id?: string; resourceType: string }[] = [];
    let owner = '';
    for (let i = 1; i <= 20 && found.length === 0; i++) {
      owner = toFhirPatientId('195900', String(i));
      found = await athena.fhir.search(type, { patient: `Patient/${owner}`, ...extra }).toArray({ limit: 100 });
    }
    expect(found.length).toBeGreaterThan(0);
    for (const resource of found) {
      expect(resource.resourceType).toBe(type);
      const read = await athena.fhir.read(type, resource.id as string);
      expect(read).toEqual(resource);
      expect(JSON.stringify(read)).toContain(`Patient/${owner}`);
    }
  });

  it('Condition by encounter and MedicationRequest by intent filter what they say', async ({ athena }) => {
    const encounters = await athena.fhir.search('Encounter', { patient: patient }).toArray({ limit: 10 });
    const byEncounter = await athena.fhir.search('Condition', { encounter: `Encounter/${encounters[0]?.id}` }).toArray({ limit: 10 });
    expect(byEncounter.length).toBeGreaterThan(0);
    expect(byEncounter.every((c) => c.encounter?.reference === `Encounter/${encounters[0]?.id}`)).toBe(true);
    const orders = await athena.fhir.search('MedicationRequest', { patient, intent: 'order' }).toArray({ limit: 10 });
    expect(orders.every((m) => m.intent === 'order')).toBe(true);
  });

  it('Appointment is found by _id, as athena requires', async ({ athena }) => {
    const id = 'a-195900.appointment-12-1';
    const bundle = await athena.fhir.searchBundle('Appointment', { _id: id });
    expect(bundle.entry?.[0]?.resource?.id).toBe(id);
    const read = await athena.fhir.read('Appointment', id);
    expect(read.participant.map((p) => p.actor?.reference)).toContain(`Patient/${patient}`);
  });

  it('sends ah-practice with every request, reads and next pages included', async ({ sim, athena }) => {
    sim.resetStats();
    await athena.fhir.read('Patient', patient);
    for await (const _ of athena.fhir.search('Observation', { patient, _count: 1 })) void _;
    const fhirRequests = sim.requests.filter((r) => r.path.startsWith('/fhir/r4/'));
    expect(fhirRequests.length).toBe(4);
    for (const r of fhirRequests) expect(r.query['ah-practice']).toBe('Organization/a-1.Practice-195900');
    expect(fhirRequests.every((r) => r.headers.accept === 'application/fhir+json')).toBe(true);
  });
});

describe('/metadata', () => {
  it('is anonymous and lists every type the simulator serves with athena search requirements', async ({ sim, athena }) => {
    const response = await fetch(`${sim.url}/fhir/r4/metadata`);
    expect(response.status).toBe(200);
    const capability = (await response.json()) as { resourceType: string; rest: { resource: { type: string; extension?: unknown[] }[] }[] };
    expect(capability.resourceType).toBe('CapabilityStatement');
    const types = capability.rest[0]?.resource.map((r) => r.type);
    for (const type of ['Patient', 'Encounter', 'Condition', 'AllergyIntolerance', 'MedicationRequest', 'Observation', 'Immunization', 'DocumentReference', 'Practitioner', 'Organization', 'Appointment']) {
      expect(types).toContain(type);
    }
    expect(JSON.stringify(capability)).toContain('"valueString":"patient, intent"');
    const viaClient = await athena.fhir.capabilities();
    expect(viaClient.rest?.[0]?.resource?.length).toBe(types?.length);
  });
});

describe('transport options', () => {
  it('works through the fetch transport, and honours abort signals and timeouts', async ({ sim, athena, client }) => {
    const viaFetch = client({ fetch: (input, init) => globalThis.fetch(input, init) });
    await expect(viaFetch.fhir.read('Patient', patient)).resolves.toMatchObject({ id: patient });
    await expect(viaFetch.fhir.search('Observation', { patient, _count: 2 }).toArray({ limit: 10 })).resolves.toHaveLength(3);

    const { RequestAbortedError, TimeoutError } = await import('../../src/index.js');
    const controller = new AbortController();
    controller.abort();
    await expect(athena.fhir.read('Patient', patient, { signal: controller.signal })).rejects.toBeInstanceOf(RequestAbortedError);
    sim.faults.hangNext(1, { match: { path: `/Patient/${patient}` } });
    await expect(athena.fhir.read('Patient', patient, { timeoutMs: 200, maxRetries: 0 })).rejects.toBeInstanceOf(TimeoutError);
  });
});
