import { describe, expect } from 'vitest';
import { NotFoundError } from '../../src/index.js';
import { fileTest as it } from '../fixtures.js';

describe('practice', () => {
  it('getPracticeInfo returns the practice record out of its envelope', async ({ sim, athena }) => {
    const info = await athena.practice.getPracticeInfo();
    expect(info.practiceid).toBe(sim.practiceId);
    expect(typeof info.name).toBe('string');
  });

  it('ping is true when athena answers pong', async ({ athena }) => {
    await expect(athena.practice.ping()).resolves.toBe(true);
  });
});

describe('departments', () => {
  it('lists departments with string ids and gets one by id', async ({ athena }) => {
    const page = await athena.departments.listDepartments();
    expect(page.items.length).toBeGreaterThan(1);
    const first = page.items[0];
    expect(typeof first?.departmentid).toBe('string');
    const one = await athena.departments.getDepartment(first?.departmentid as string);
    expect(one.departmentid).toBe(first?.departmentid);
    expect(one.name).toBe(first?.name);
  });
});

describe('providers', () => {
  it('lists providers with ids normalised to strings and gets one', async ({ athena }) => {
    const providers = await athena.providers.listProviders().toArray({ limit: 100 });
    expect(providers.length).toBeGreaterThan(1);
    for (const p of providers) {
      expect(typeof p.providerid).toBe('string');
      if (p.npi !== undefined) expect(typeof p.npi).toBe('string');
    }
    const one = await athena.providers.getProvider(providers[0]?.providerid as string);
    expect(one.providerid).toBe(providers[0]?.providerid);
  });
});

describe('patients', () => {
  it('getPatient returns one record although athena answers an array', async ({ athena }) => {
    const patient = await athena.patients.getPatient('1');
    expect(Array.isArray(patient)).toBe(false);
    expect(patient.patientid).toBe('1');
    expect(patient.dob).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('getPatient of an unknown id is a NotFoundError', async ({ athena }) => {
    await expect(athena.patients.getPatient('987654321')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('searchPatients finds by last name', async ({ athena }) => {
    const page = await athena.patients.searchPatients({ lastname: 'Smith' });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.lastname?.toLowerCase() === 'smith')).toBe(true);
  });

  it('findBestMatch returns an array, empty when nobody matches', async ({ athena }) => {
    const known = await athena.patients.getPatient('3');
    const [mm, dd, yyyy] = (known.dob as string).split('/');
    const matches = await athena.patients.findBestMatch({
      lastname: known.lastname as string,
      firstname: known.firstname as string,
      dob: `${yyyy}-${mm}-${dd}`,
      zip: known.zip as string,
    });
    expect(matches.map((p) => p.patientid)).toContain('3');
    const none = await athena.patients.findBestMatch({ lastname: 'Nobody', firstname: 'Noone', dob: '1901-01-01', zip: '00000' });
    expect(none).toEqual([]);
  });

  it('createPatient then updatePatient, and status d deletes', async ({ athena }) => {
    const created = await athena.patients.createPatient({ departmentid: '1', firstname: 'Ivy', lastname: 'Newcomb', dob: new Date(Date.UTC(1988, 10, 9)) });
    expect(created.patientid).toMatch(/^\d+$/);
    const fetched = await athena.patients.getPatient(created.patientid);
    expect(fetched).toMatchObject({ firstname: 'Ivy', lastname: 'Newcomb', dob: '11/09/1988' });

    const updated = await athena.patients.updatePatient(created.patientid, { email: 'ivy@example.com' });
    expect(updated.patientid).toBe(created.patientid);
    await expect(athena.patients.getPatient(created.patientid)).resolves.toMatchObject({ email: 'ivy@example.com' });

    await athena.patients.updatePatient(created.patientid, { status: 'd' });
    await expect(athena.patients.getPatient(created.patientid)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sends writes as a form body with athena dates and booleans', async ({ sim, athena }) => {
    await athena.patients.createPatient({ departmentid: '1', firstname: 'Ola', lastname: 'Form', dob: '1999-12-31', bypasspatientmatching: true, ignored: undefined });
    const post = sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/patients')).at(-1);
    expect(post?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(post?.body);
    expect(form.get('dob')).toBe('12/31/1999');
    expect(form.get('bypasspatientmatching')).toBe('true');
    expect(form.has('ignored')).toBe(false);
  });

  it('sends a nested value as one JSON string field', async ({ sim, athena }) => {
    const customfields = [{ customfieldid: '1', customfieldvalue: 'blue' }];
    await athena.patients.updatePatient('2', { customfields });
    const put = sim.requests.filter((r) => r.method === 'PUT').at(-1);
    expect(JSON.parse(new URLSearchParams(put?.body).get('customfields') ?? 'null')).toEqual(customfields);
  });
});
