import { describe, expect } from 'vitest';
import { callApi, getToken, tokenTest as it } from './helpers.js';

type Patient = Record<string, unknown>;
interface PatientPage {
  patients: Patient[];
  totalcount: number;
  next?: string;
  previous?: string;
}

describe('reading patients', () => {
  it('answers one patient as a one-element array with realistic fields', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients/3');
    expect(res.status).toBe(200);
    const [patient, ...rest] = res.json as Patient[];
    expect(rest).toEqual([]);
    expect(patient).toMatchObject({ patientid: '3', status: 'a', countrycode: 'USA' });
    expect(patient?.dob).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(patient?.sex).toMatch(/^[MF]$/);
    expect(patient?.email).toMatch(/@example\.com$/);
    expect(['1', '21', '82', '102', '150']).toContain(patient?.departmentid);
  });

  it('generates the same patient every time', async ({ sim, token }) => {
    const a = await callApi(sim, token, '/patients/42');
    const b = await callApi(sim, token, '/patients/42');
    expect(a.text).toBe(b.text);
  });

  it('answers 404 for an unknown patient id', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients/999999');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'The patient ID does not exist.' });
  });

  it('follows next links through every page of lastname=Smith', async ({ sim, token }) => {
    const first = (await callApi(sim, token, '/patients?lastname=Smith')).json as PatientPage;
    expect(first.patients).toHaveLength(10); // athena's default limit for patients
    expect(first.next).toBe('/v1/195900/patients?LASTNAME=Smith&limit=10&offset=10');
    const seen = [...first.patients];
    let page = first;
    while (page.next !== undefined) {
      page = (await callApi(sim, token, page.next)).json as PatientPage;
      expect(page.previous).toBeDefined();
      seen.push(...page.patients);
    }
    expect(seen).toHaveLength(first.totalcount);
    expect(first.totalcount).toBe(Math.floor(120 / 7));
    expect(new Set(seen.map((p) => p.patientid)).size).toBe(seen.length);
    expect(seen.every((p) => p.lastname === 'Smith')).toBe(true);
  });

  it('searches names case-insensitively and by dob, department and phone', async ({ sim, token }) => {
    const [p] = (await callApi(sim, token, '/patients/5')).json as Patient[];
    const search = async (query: string) => ((await callApi(sim, token, `/patients?${query}`)).json as PatientPage).patients;
    const byName = await search(`firstname=${String(p?.firstname).toUpperCase()}&lastname=${String(p?.lastname).toLowerCase()}`);
    expect(byName.map((x) => x.patientid)).toContain('5');
    const byDob = await search(new URLSearchParams({ dob: String(p?.dob) }).toString());
    expect(byDob.map((x) => x.patientid)).toContain('5');
    const byDepartment = await search(`departmentid=${String(p?.departmentid)}&limit=200`);
    expect(byDepartment.map((x) => x.patientid)).toContain('5');
    expect(byDepartment.every((x) => x.departmentid === p?.departmentid)).toBe(true);
    const byPhone = await search(`homephone=${String(p?.homephone)}`);
    expect(byPhone.map((x) => x.patientid)).toContain('5');
  });

  it('answers bestmatch with a bare array, empty when nobody matches', async ({ sim, token }) => {
    const [p] = (await callApi(sim, token, '/patients/9')).json as Patient[];
    const query = new URLSearchParams({ lastname: String(p?.lastname), dob: String(p?.dob), firstname: String(p?.firstname), zip: '02472' });
    const found = await callApi(sim, token, `/patients/bestmatch?${query}`);
    expect(Array.isArray(found.json)).toBe(true);
    expect((found.json as Patient[]).map((x) => x.patientid)).toContain('9');
    const none = await callApi(sim, token, '/patients/bestmatch?lastname=Nobody&dob=01/01/1900&firstname=No&zip=00000');
    expect(none.status).toBe(200);
    expect(none.json).toEqual([]);
  });
});

describe('writing patients', () => {
  const newPatient = { departmentid: '1', firstname: 'Ada', lastname: 'Lovelace', dob: '12/10/1985', sex: 'F' };

  it('registers a patient from a form body and answers [{patientid}]', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients', { method: 'POST', form: newPatient });
    expect(res.status).toBe(200);
    const [created] = res.json as { patientid: string }[];
    expect(created?.patientid).toMatch(/^\d+$/);
    const read = (await callApi(sim, token, `/patients/${created?.patientid}`)).json as Patient[];
    expect(read[0]).toMatchObject({ ...newPatient, patientid: created?.patientid, status: 'a' });
    const search = (await callApi(sim, token, '/patients?lastname=lovelace')).json as PatientPage;
    expect(search.patients.map((p) => p.patientid)).toContain(created?.patientid);
  });

  it('refuses an improper DOB with 400', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients', { method: 'POST', form: { ...newPatient, dob: '1985-12-10' } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'Improper DOB.' });
  });

  it('answers an unknown department with HTTP 200 and an errormessage (a soft failure)', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients', { method: 'POST', form: { ...newPatient, departmentid: '7777' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual([{ errormessage: 'Invalid department ID.' }]);
  });

  it('updates a patient from the body or the query and answers [{patientid}]', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients/12', { method: 'PUT', form: { email: 'new@example.org' } });
    expect(res.json).toEqual([{ patientid: '12' }]);
    await callApi(sim, token, '/patients/12?mobilephone=6175559999', { method: 'PUT' });
    const [p] = (await callApi(sim, token, '/patients/12')).json as Patient[];
    expect(p).toMatchObject({ email: 'new@example.org', mobilephone: '6175559999' });
    expect((await callApi(sim, token, '/patients/999999', { method: 'PUT', form: { email: 'x@y.z' } })).status).toBe(404);
  });

  it('deletes with status=d: the patient then reads as 404 and leaves searches', async ({ sim, token }) => {
    const [p] = (await callApi(sim, token, '/patients/14')).json as Patient[];
    expect((await callApi(sim, token, '/patients/14', { method: 'PUT', form: { status: 'd' } })).status).toBe(200);
    expect((await callApi(sim, token, '/patients/14')).status).toBe(404);
    const search = (await callApi(sim, token, `/patients?lastname=${String(p?.lastname)}&limit=100`)).json as PatientPage;
    expect(search.patients.map((x) => x.patientid)).not.toContain('14');
  });
});

describe('a large practice', () => {
  it('serves 200,000 patients from their index without building them all', async ({ simulator }) => {
    const before = process.memoryUsage().heapUsed;
    const big = await simulator({ patientCount: 200_000 });
    const t = await getToken(big);
    const last = (await callApi(big, t, '/patients/200000')).json as Patient[];
    expect(last[0]?.patientid).toBe('200000');
    const page = (await callApi(big, t, '/patients?lastname=Smith&offset=28560')).json as PatientPage;
    expect(page.totalcount).toBe(Math.floor(200_000 / 7));
    expect(page.patients.map((p) => p.patientid)).toEqual(
      ['199927', '199934', '199941', '199948', '199955', '199962', '199969', '199976', '199983', '199990'],
    );
    expect(page.next).toBe('/v1/195900/patients?LASTNAME=Smith&limit=10&offset=28570');
    const { totalcount } = (await callApi(big, t, '/patients?departmentid=1&limit=1')).json as PatientPage;
    expect(totalcount).toBeGreaterThan(30_000);
    const tail = (await callApi(big, t, `/patients?departmentid=1&offset=${totalcount - 3}&limit=100`)).json as PatientPage;
    expect(tail.patients).toHaveLength(3);
    expect(tail.next).toBeUndefined();
    expect((await callApi(big, t, '/patients/200001')).status).toBe(404);
    // 200,000 records built at once would take well over 100 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(60 * 1024 * 1024);
  });
});
