import { describe, expect, it } from 'vitest';
import {
  InvalidRequestError,
  parseFhirId,
  toFhirChartSharingGroupId,
  toFhirDepartmentId,
  toFhirPatientId,
  toFhirPracticeId,
  toFhirPractitionerId,
} from '../../src/index.js';

describe('REST ids to FHIR ids', () => {
  it('builds athena logical ids', () => {
    expect(toFhirPatientId('195900', '12')).toBe('a-195900.E-12');
    expect(toFhirPatientId(195900, 12)).toBe('a-195900.E-12');
    expect(toFhirDepartmentId('195900', '1')).toBe('a-195900.Department-1');
    expect(toFhirPracticeId('195900')).toBe('a-1.Practice-195900');
    expect(toFhirChartSharingGroupId('195900', '7')).toBe('a-195900.CSG-7');
    expect(toFhirPractitionerId('195900', '71')).toBe('a-195900.Provider-71');
  });

  it('refuses ids that are not athena numbers', () => {
    for (const bad of ['', '0', '-1', '1.5', 'abc', '12/..', ' 12', '01']) {
      expect(() => toFhirPatientId('195900', bad)).toThrow(InvalidRequestError);
      expect(() => toFhirDepartmentId(bad, '1')).toThrow(InvalidRequestError);
    }
    expect(() => toFhirPracticeId(undefined as unknown as string)).toThrow(InvalidRequestError);
    expect(() => toFhirPatientId('195900', 1.5)).toThrow(InvalidRequestError);
  });
});

describe('FHIR references back to REST ids', () => {
  it('reads references, bare ids and absolute URLs', () => {
    expect(parseFhirId('Patient/a-195900.E-12')).toEqual({ kind: 'patient', resourceType: 'Patient', practiceId: '195900', id: '12' });
    expect(parseFhirId('a-195900.E-12')).toEqual({ kind: 'patient', resourceType: 'Patient', practiceId: '195900', id: '12' });
    expect(parseFhirId('https://api.platform.athenahealth.com/fhir/r4/Patient/a-195900.E-12')).toMatchObject({ kind: 'patient', id: '12' });
    expect(parseFhirId('Organization/a-195900.Department-21')).toEqual({ kind: 'department', resourceType: 'Organization', practiceId: '195900', id: '21' });
    expect(parseFhirId('Organization/a-1.Practice-195900')).toEqual({ kind: 'practice', resourceType: 'Organization', practiceId: '195900', id: '195900' });
    expect(parseFhirId('Organization/a-195900.CSG-3')).toMatchObject({ kind: 'chartSharingGroup', id: '3' });
    expect(parseFhirId('Practitioner/a-195900.Provider-71')).toMatchObject({ kind: 'provider', id: '71' });
  });

  it('round-trips every converter', () => {
    expect(parseFhirId(toFhirPatientId('1128700', '99')).id).toBe('99');
    expect(parseFhirId(toFhirDepartmentId('1128700', '5')).practiceId).toBe('1128700');
    expect(parseFhirId(toFhirPracticeId('1128700')).id).toBe('1128700');
  });

  it('refuses what is not an athena id, or a type that does not fit', () => {
    for (const bad of ['', 'Patient/', 'Patient/12', 'a-195900.X-12', 'a-195900.E-', 'a-195900.E-12x', 'Organization/a-195900.E-12', 'Organization/a-2.Practice-1']) {
      expect(() => parseFhirId(bad)).toThrow(InvalidRequestError);
    }
    expect(() => parseFhirId(42 as unknown as string)).toThrow(InvalidRequestError);
  });
});
