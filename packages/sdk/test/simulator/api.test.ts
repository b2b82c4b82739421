import { describe, expect } from 'vitest';
import { callApi, getToken, tokenTest as it } from './helpers.js';

describe('bearer token and practice', () => {
  it('answers 401 "Developer Inactive" as text when no bearer is sent', async ({ sim }) => {
    const res = await callApi(sim, undefined, '/ping');
    expect(res.status).toBe(401);
    expect(res.text).toBe('Developer Inactive');
    expect(res.json).toBeUndefined();
  });

  it('answers 401 with an HTML body for an unknown token', async ({ sim }) => {
    const res = await callApi(sim, 'not-a-token', '/ping');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toBe('<h1>Not Authorized</h1>');
  });

  it('answers 404 "Invalid practice." for another practice id', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/v1/999/ping');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'Invalid practice.', detailedmessage: 'The practice ID does not exist.' });
  });

  it('answers 404 with a JSON error for an unknown path or method', async ({ sim, token }) => {
    const unknown = await callApi(sim, token, '/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: expect.any(String) });
    const wrongMethod = await callApi(sim, token, '/ping', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(404);
    const outside = await fetch(`${sim.url}/elsewhere`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toMatchObject({ error: expect.any(String) });
  });

  it('stamps every API answer with X-Request-Id and the daily quota', async ({ sim, token }) => {
    const first = await callApi(sim, token, '/ping');
    const second = await callApi(sim, undefined, '/ping');
    for (const res of [first, second]) {
      expect(res.headers.get('x-request-id')).toMatch(/^rrt-\d+-c-sim-\d+$/);
      expect(res.headers.get('x-ratelimit-limit')).toBe('50000');
    }
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(Number(first.headers.get('x-ratelimit-remaining')) - 1);
  });
});

describe('practice', () => {
  it('answers /ping with leading newlines before {"pong":"true"}', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/ping');
    expect(res.status).toBe(200);
    expect(res.text.startsWith('\n')).toBe(true);
    expect(JSON.parse(res.text)).toEqual({ pong: 'true' });
  });

  it('answers /practiceinfo with leading newlines and a one-record envelope', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/practiceinfo');
    expect(res.text.startsWith('\n')).toBe(true);
    expect(JSON.parse(res.text)).toEqual({
      practiceinfo: [expect.objectContaining({ practiceid: '195900', name: 'athenahealth MDP Sandbox', hasclinicals: 'true' })],
      totalcount: 1,
    });
  });

  it('lists the practice under practice 1, as athena does for "all practices"', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/v1/1/practiceinfo');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ practiceinfo: [{ practiceid: '195900' }] });
  });
});

describe('departments and providers', () => {
  it('lists departments with string ids and a numeric timezoneoffset', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/departments');
    const body = res.json as { departments: Record<string, unknown>[]; totalcount: number; next?: string };
    expect(body.totalcount).toBe(5);
    expect(body.next).toBeUndefined();
    expect(body.departments.map((d) => d.departmentid)).toEqual(['1', '21', '82', '102', '150']);
    expect(body.departments[0]).toMatchObject({ name: expect.any(String), timezoneoffset: -5 });
    expect(body.departments[0]).not.toHaveProperty('providerlist');
  });

  it('adds providerlist when asked and filters hospital departments', async ({ sim, token }) => {
    const withProviders = (await callApi(sim, token, '/departments?providerlist=true')).json as { departments: { providerlist: string[] }[] };
    expect(withProviders.departments[0]?.providerlist).toEqual(expect.arrayContaining(['1']));
    const hospitals = (await callApi(sim, token, '/departments?hospitalonly=true')).json as { totalcount: number };
    expect(hospitals.totalcount).toBe(1);
  });

  it('pages departments with host-less next and previous links', async ({ sim, token }) => {
    const first = (await callApi(sim, token, '/departments?limit=2')).json as Record<string, unknown>;
    expect(first.next).toBe('/v1/195900/departments?limit=2&offset=2');
    expect(first.previous).toBeUndefined();
    const second = (await callApi(sim, token, first.next as string)).json as Record<string, unknown>;
    expect(second.previous).toBe('/v1/195900/departments?limit=2&offset=0');
  });

  it('answers a single department as a one-element array, 404 when unknown', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/departments/82');
    expect(res.json).toEqual([expect.objectContaining({ departmentid: '82', timezoneoffset: -6 })]);
    expect((await callApi(sim, token, '/departments/9999')).status).toBe(404);
  });

  it('sends providerid and npi as numbers, and a single provider as an array', async ({ sim, token }) => {
    const list = (await callApi(sim, token, '/providers')).json as { providers: Record<string, unknown>[]; totalcount: number };
    expect(list.totalcount).toBe(10);
    expect(typeof list.providers[0]?.providerid).toBe('number');
    expect(typeof list.providers[0]?.npi).toBe('number');
    expect(String(list.providers[0]?.npi)).toMatch(/^\d{10}$/);
    const one = await callApi(sim, token, '/providers/4');
    expect(one.json).toEqual([expect.objectContaining({ providerid: 4, specialty: 'Pediatrics' })]);
    expect((await callApi(sim, token, '/providers/404')).status).toBe(404);
  });

  it('filters providers by name and type', async ({ sim, token }) => {
    const md = (await callApi(sim, token, '/providers?providertype=MD')).json as { totalcount: number };
    expect(md.totalcount).toBeGreaterThan(1);
    const byName = (await callApi(sim, token, '/providers?name=bricker')).json as { providers: { lastname: string }[] };
    expect(byName.providers.map((p) => p.lastname)).toEqual(['Bricker']);
  });

  it('refuses a non-numeric limit like athena', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/departments?limit=abc');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: 'The data provided is invalid.' });
  });
});

describe('required parameters from the operation table', () => {
  it('lists the missing required fields and unmet one-of groups', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients/bestmatch?lastname=Smith');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: 'Additional fields are required.',
      missingfields: ['dob', 'ssn', 'zip', 'homephone', 'mobilephone', 'anyphone', 'email', 'firstname', 'preferredname', 'anyfirstname'],
      invalidfields: [],
    });
  });

  it('lists the required form fields of a write', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients', { method: 'POST', form: { firstname: 'Ann' } });
    expect(res.status).toBe(400);
    expect((res.json as { missingfields: string[] }).missingfields.sort()).toEqual(['departmentid', 'dob', 'lastname']);
  });

  it('matches parameter names case-insensitively', async ({ sim, token }) => {
    const res = await callApi(sim, token, '/patients?LastName=Smith&LIMIT=3');
    expect(res.status).toBe(200);
    expect((res.json as { patients: unknown[] }).patients).toHaveLength(3);
  });
});

describe('request log and stats', () => {
  it('records method, path, query, lower-case headers, body, operation and status', async ({ sim, token }) => {
    await callApi(sim, token, '/patients/1?showinsurance=true', { headers: { 'X-Request-Id': 'client-id-1' } });
    const entry = sim.requests.at(-1);
    expect(entry).toMatchObject({
      method: 'GET',
      path: '/v1/195900/patients/1',
      query: { showinsurance: 'true' },
      body: '',
      operationId: 'patients.getPatient',
      status: 200,
    });
    expect(entry?.headers['authorization']).toBe(`Bearer ${token}`);
    expect(entry?.headers['x-request-id']).toBe('client-id-1');
    expect(sim.stats.byOperation['patients.getPatient']).toBeGreaterThan(0);
    expect(sim.stats.statusCounts['200']).toBeGreaterThan(0);
  });
});

describe('throttle and quota', () => {
  it('answers 429 with Retry-After: 1 beyond requestsPerSecond', async ({ simulator }) => {
    const limited = await simulator({ requestsPerSecond: 3 });
    const t = await getToken(limited);
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 5));
    const answers = await Promise.all(Array.from({ length: 5 }, () => callApi(limited, t, '/ping')));
    const throttled = answers.filter((a) => a.status === 429);
    expect(throttled).toHaveLength(2);
    expect(throttled[0]?.headers.get('retry-after')).toBe('1');
    expect(throttled[0]?.json).toMatchObject({ error: expect.any(String) });
    expect(limited.stats.throttled).toBe(2);
  });

  it('counts the daily quota down and answers 429 when it is spent', async ({ simulator }) => {
    const small = await simulator({ dailyQuota: 2 });
    const t = await getToken(small);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await callApi(small, t, '/ping'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers.map((a) => a.headers.get('x-ratelimit-remaining'))).toEqual(['1', '0', '0']);
    small.resetStats();
    expect((await callApi(small, t, '/ping')).status).toBe(200);
  });
});
