import { describe, expect } from 'vitest';
import { buildScope, InvalidRequestError } from '../../src/index.js';
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
