/**
 * The FHIR faces of the simulator's REST seeds: a REST patient is a Patient, a provider a
 * Practitioner, departments, the chart sharing group and the practice are Organizations.
 * Built on demand from the same records the REST routes serve, so both sides agree.
 */
import type { Organization, Patient, Practitioner } from '../../internal.js';
import {
  toFhirChartSharingGroupId,
  toFhirDepartmentId,
  toFhirPatientId,
  toFhirPracticeId,
  toFhirPractitionerId,
} from '../../internal.js';
import { departments, type Department } from '../data/departments.js';
import type { PatientRecord } from '../data/patient-generator.js';
import { practiceInfo } from '../data/practice.js';
import { providers, type Provider } from '../data/providers.js';

/** The identifier system the simulator gives athena's REST ids (athena's own is not public). */
export const PATIENT_ID_SYSTEM = 'https://fhir.athena.io/sid/ah-patient';
export const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';

/** `mm/dd/yyyy` to `yyyy-mm-dd`. */
export function isoDate(athenaDate: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(athenaDate);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : undefined;
}

function gender(sex: unknown): 'male' | 'female' | 'unknown' {
  return sex === 'M' ? 'male' : sex === 'F' ? 'female' : 'unknown';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function patientResource(practiceId: string, p: PatientRecord): Patient {
  const telecom: NonNullable<Patient['telecom']> = [];
  if (text(p.homephone)) telecom.push({ system: 'phone', use: 'home', value: p.homephone as string });
  if (text(p.mobilephone)) telecom.push({ system: 'phone', use: 'mobile', value: p.mobilephone as string });
  if (text(p.email)) telecom.push({ system: 'email', value: p.email as string });
  const departmentId = text(p.departmentid);
  const providerId = text(p.primaryproviderid);
  return {
    resourceType: 'Patient',
    id: toFhirPatientId(practiceId, String(p.patientid)),
    identifier: [{ use: 'usual', system: PATIENT_ID_SYSTEM, value: String(p.patientid) }],
    active: p.status !== 'd' && p.status !== 'i',
    name: [{ use: 'official', family: text(p.lastname), given: text(p.firstname) ? [p.firstname as string] : [] }],
    gender: gender(p.sex),
    birthDate: typeof p.dob === 'string' ? isoDate(p.dob) : undefined,
    telecom,
    address: text(p.address1)
      ? [{ use: 'home', line: [p.address1 as string], city: text(p.city), state: text(p.state), postalCode: text(p.zip), country: text(p.countrycode3166) }]
      : [],
    ...(providerId ? { generalPractitioner: [{ reference: `Practitioner/${toFhirPractitionerId(practiceId, providerId)}` }] } : {}),
    ...(departmentId ? { managingOrganization: { reference: `Organization/${toFhirDepartmentId(practiceId, departmentId)}` } } : {}),
  };
}

export function practitionerResource(practiceId: string, p: Provider): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: toFhirPractitionerId(practiceId, p.providerid),
    identifier: [{ system: NPI_SYSTEM, value: String(p.npi) }],
    active: true,
    name: [{ use: 'official', family: p.lastname, given: [p.firstname], suffix: [p.providertype] }],
    gender: gender(p.sex),
  };
}

export function practiceOrganization(practiceId: string): Organization {
  const info = practiceInfo(practiceId);
  return {
    resourceType: 'Organization',
    id: toFhirPracticeId(practiceId),
    identifier: [{ system: 'https://fhir.athena.io/sid/ah-practice', value: practiceId }],
    active: true,
    name: String(info.name),
  };
}

export function departmentOrganization(practiceId: string, d: Department): Organization {
  return {
    resourceType: 'Organization',
    id: toFhirDepartmentId(practiceId, d.departmentid),
    active: true,
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov', display: 'Healthcare Provider' }] }],
    name: d.name,
    telecom: [{ system: 'phone', value: d.phone }, { system: 'fax', value: d.fax }],
    address: [{ line: [d.address], city: d.city, state: d.state, postalCode: d.zip, country: 'US' }],
    partOf: { reference: `Organization/${toFhirPracticeId(practiceId)}` },
  };
}

export function chartSharingGroupOrganization(practiceId: string, id: string): Organization {
  return {
    resourceType: 'Organization',
    id: toFhirChartSharingGroupId(practiceId, id),
    active: true,
    name: 'MDP Sandbox Chart Sharing Group',
    partOf: { reference: `Organization/${toFhirPracticeId(practiceId)}` },
  };
}

/** Every Organization the simulator serves: the practice, its departments, its chart sharing groups. */
export function allOrganizations(practiceId: string): Organization[] {
  const groups = [...new Set(departments.map((d) => d.chartsharinggroupid))];
  return [
    practiceOrganization(practiceId),
    ...departments.map((d) => departmentOrganization(practiceId, d)),
    ...groups.map((g) => chartSharingGroupOrganization(practiceId, g)),
  ];
}

export function allPractitioners(practiceId: string): Practitioner[] {
  return providers.map((p) => practitionerResource(practiceId, p));
}
