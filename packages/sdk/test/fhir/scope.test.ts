import { describe, expect } from 'vitest';
import { buildScope, FhirError, InvalidRequestError } from '../../src/index.js';
import { it } from '../fixtures.js';

describe('buildScope', () => {
  it('joins the REST scope and one system read scope per FHIR type', () => {
    expect(buildScope({ rest: true, fhir: ['Patient', 'Condition'] })).toBe('athena/service/Athenanet.MDP.* system/Patient.read system/Condition.read');
    expect(buildScope({ rest: false, fhir: ['Patient'], smartVersion: 'v2' })).toBe('system/Patient.rs');
    expect(buildScope()).toBe('athena/service/Athenanet.MDP.*');
    expect(buildScope({ fhir: ['Patient', 'Patient'], extra: ['system/Subscription.write'] })).toBe(
      'athena/service/Athenanet.MDP.* system/Patient.read system/Subscription.write',
    );
  });

  it('refuses names that are not resource types, and an empty scope', () => {
    expect(() => buildScope({ fhir: ['patient' as 'Patient'] })).toThrow(InvalidRequestError);
    expect(() => buildScope({ fhir: ['Patient.read system/*' as 'Patient'] })).toThrow(InvalidRequestError);
    expect(() => buildScope({ extra: ['two words'] })).toThrow(InvalidRequestError);
    expect(() => buildScope({ rest: false })).toThrow(InvalidRequestError);
  });
});

describe('one token for REST and FHIR', () => {
  it('asks the token endpoint for the built scope and uses the token on both APIs', async ({ sim, client }) => {
    const athena = client({ scope: buildScope({ fhir: ['Patient', 'Condition'] }) });
    await athena.patients.getPatient('3');
    await athena.fhir.read('Patient', 'a-195900.E-3');
    const tokenRequests = sim.requests.filter((r) => r.path === '/oauth2/v1/token');
    expect(tokenRequests).toHaveLength(1);
    expect(new URLSearchParams(tokenRequests[0]?.body).get('scope')).toBe('athena/service/Athenanet.MDP.* system/Patient.read system/Condition.read');
    expect(sim.stats.tokensIssued).toBe(1);
  });
});

describe('the FHIR server checks the token scope per type, as athena does', () => {
  it('refuses a read or search the scope does not cover with 403 and an OperationOutcome; broader scopes pass', async ({ sim, client }) => {
    const restOnly = client({ scope: 'athena/service/Athenanet.MDP.*' });
    const error = await restOnly.fhir.read('Patient', 'a-195900.E-3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirError);
    expect(error).toMatchObject({ status: 403, issues: [{ severity: 'error', code: 'forbidden' }] });
    expect((error as FhirError).message).toContain('system/Patient.read');

    const patientsOnly = client({ scope: buildScope({ fhir: ['Patient'] }) });
    await expect(patientsOnly.fhir.read('Patient', 'a-195900.E-3')).resolves.toMatchObject({ id: 'a-195900.E-3' });
    await expect(patientsOnly.fhir.searchBundle('Condition', { patient: 'a-195900.E-3' })).rejects.toMatchObject({ status: 403 });
    // An include of a type the token cannot read is left out, the search itself answers.
    const withInclude = await patientsOnly.fhir.searchBundle('Patient', { _id: 'a-195900.E-3', _include: 'Patient:general-practitioner' });
    expect(withInclude.entry?.map((e) => e.search?.mode)).toEqual(['match']);

    const v2 = client({ scope: buildScope({ rest: false, fhir: ['Condition'], smartVersion: 'v2' }) });
    await expect(v2.fhir.search('Condition', { patient: 'a-195900.E-3' }).toArray({ limit: 10 })).resolves.not.toHaveLength(0);
    const everything = client({ scope: 'system/*.read' });
    const withPractitioner = await everything.fhir.searchBundle('Patient', { _id: 'a-195900.E-3', _include: 'Patient:general-practitioner' });
    expect(withPractitioner.entry?.map((e) => e.search?.mode)).toEqual(['match', 'include']);
    expect(sim.stats.statusCounts['403']).toBe(2);
  });
});
